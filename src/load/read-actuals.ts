// actuals/*.csv -> Actual rows. Long format: indicator,year,value[,note,source]. Every row keeps
// its line so findings can name it; a malformed row is a finding, and the rows around it survive.
// The checks of one row (actualOf) are shared with the workbook reader (read-workbook.ts), so a
// row reads the same whether it came from a CSV or a sheet.
import type { Finding } from '../model/diagnostic.js';
import type { Actual } from '../model/plan.js';
import { unneutralise } from '../model/csv-cell.js';
import { headerKey } from '../model/actual-columns.js';
import { eachCsvRecord, rowFinding } from './csv-records.js';

const REQUIRED = ['indicator', 'year', 'value'] as const;
/** Columns sdplan reads, and the helper columns of `actuals template` (name, unit, target), which it ignores. */
export const STANDARD_COLUMNS: ReadonlySet<string> = new Set(['indicator', 'year', 'value', 'note', 'source', 'flag', 'name', 'unit', 'target']);
const FLAGS = ['estimated', 'provisional', 'break'] as const;
const NO_BREAKDOWN: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)\s*%$/;

/** A value written as a percentage (45%, or a cell Excel formats as one), read as the number before the sign. */
export interface PercentValue {
  file: string;
  line: number;
  indicator: string;
  /** As the clerk sees it: `45%`. */
  shown: string;
  value: number;
  /** Workbook cell (`sheet!F7`); absent for a CSV. */
  cell?: string;
}

export interface ReadOptions {
  /**
   * For an import: header labels (lower case, single spaces) read as the column they label, so a
   * CSV saved from sdplan's own workbook (지표 ID, 연도, 실적, ...) reads as its columns.
   */
  aliases?: ReadonlyMap<string, string>;
  /** For an import: `45%` is read as 45 and listed in `percents` (the plan's unit decides if that is right). */
  percent?: boolean;
  /** Most findings of one rule built for the file; the others are counted in `omitted` (validate lists 100). */
  cap?: number;
}

export interface ActualsResult {
  rows: Actual[];
  findings: Finding[];
  /** The header's column names, trimmed and lower-cased ([] when there is none). */
  columns: string[];
  /** Values written with a percent sign (import only). */
  percents: PercentValue[];
  /** Findings past the cap, per rule: counted, not built. */
  omitted: Array<{ rule: 'actuals/syntax' | 'actuals/bad-value'; count: number }>;
}

/** The cells of one row by column name, read as text; `other` lists the columns that may be breakdowns. */
export interface RowCells {
  file: string;
  line: number;
  get(column: 'indicator' | 'year' | 'value' | 'note' | 'source' | 'flag'): string | undefined;
  other: ReadonlyArray<readonly [column: string, text: string]>;
  cell?: (column: string) => string;
}

/** One row's checks: the same for a CSV record and a workbook row. */
export function actualOf(r: RowCells, options: ReadOptions = {}): { row: Actual; percent?: PercentValue } | Finding {
  const { file, line } = r;
  const indicator = (r.get('indicator') ?? '').trim();
  const yearText = (r.get('year') ?? '').trim();
  const valueText = (r.get('value') ?? '').trim();
  if (indicator === '') return rowFinding(file, line, 'actuals/bad-value', { field: 'indicator', value: '' }, 'indicator');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= 1900 && year <= 2200)) return rowFinding(file, line, 'actuals/bad-value', { field: 'year', value: yearText }, 'year');
  let value: number | null = null;
  let percent: PercentValue | undefined;
  if (valueText !== '') {
    const pm = options.percent ? PERCENT.exec(valueText) : null;
    value = NUMBER.test(valueText) ? Number(valueText) : pm ? Number(pm[1]) : NaN;
    if (!Number.isFinite(value)) return rowFinding(file, line, 'actuals/bad-value', { field: 'value', value: valueText }, 'value');
    if (pm) percent = { file, line, indicator, shown: valueText, value, ...(r.cell ? { cell: r.cell('value') } : {}) };
  }
  const flagText = (r.get('flag') ?? '').trim();
  if (flagText !== '' && !FLAGS.includes(flagText as (typeof FLAGS)[number]))
    return rowFinding(file, line, 'actuals/bad-value', { field: 'flag', value: flagText }, 'flag');
  // defineProperty, not assignment: a column named __proto__ is a column like any other; a total
  // (no breakdown, nearly every row) shares one frozen empty object that nothing writes to
  let breakdown: Record<string, string> = NO_BREAKDOWN;
  for (const [c, text] of r.other) {
    const v = text.trim();
    if (v === '') continue;
    if (breakdown === NO_BREAKDOWN) breakdown = {};
    Object.defineProperty(breakdown, c, { value: v, enumerable: true, writable: true, configurable: true });
  }
  const row: Actual = { indicator, year, value, line, file, breakdown };
  if (flagText !== '') row.flag = flagText as (typeof FLAGS)[number];
  // a text that sdplan neutralised for spreadsheets ('-0.4 after audit) reads back as written
  const note = unneutralise(r.get('note')?.trim() ?? '');
  const source = unneutralise(r.get('source')?.trim() ?? '');
  if (note) row.note = note;
  if (source) row.source = source;
  return percent ? { row, percent } : { row };
}

export function readActuals(file: string, text: string, options: ReadOptions = {}): ActualsResult {
  const cap = options.cap ?? Infinity;
  let rows: Actual[] = [];
  const percents: PercentValue[] = [];
  let badValues = 0;
  // row findings, added to in place (a spread of 100,000 would overflow the call stack)
  let findings: Finding[] = [];
  let cols: string[] | null = null;
  let headerProblem = false;
  let index = new Map<string, number>();
  let other: Array<readonly [string, number]> = [];
  // rows are read as the parser yields them: no record is kept beyond its own row
  const parsed = eachCsvRecord(
    file,
    text,
    'actuals/syntax',
    (line, record) => {
      if (cols === null) {
        const header = record.map((c) => options.aliases?.get(headerKey(c)) ?? c.trim().toLowerCase());
        cols = header;
        const missing = REQUIRED.filter((c) => !header.includes(c));
        if (missing.length > 0) {
          findings.push(rowFinding(file, line, 'actuals/syntax', { reason: 'missing-columns', columns: missing.join(', ') }));
          headerProblem = true;
        }
        index = new Map();
        header.forEach((c, k) => {
          if (!index.has(c)) index.set(c, k);
        });
        // any other column may name a breakdown dimension (1.1); the plan decides which are
        other = header.map((c, k) => [c, k] as const).filter(([c]) => !STANDARD_COLUMNS.has(c) && c !== '');
        return;
      }
      if (headerProblem) return;
      const at = (name: string) => {
        const k = index.get(name);
        return k === undefined ? undefined : record[k];
      };
      const r = actualOf({ file, line, get: at, other: other.map(([c, k]) => [c, record[k] ?? ''] as const) }, options);
      if ('rule' in r) {
        if (++badValues <= cap) findings.push(r);
        return;
      }
      rows.push(r.row);
      if (r.percent) percents.push(r.percent);
    },
    cap,
  );
  const omitted: ActualsResult['omitted'] = [];
  if (parsed.omitted > 0) omitted.push({ rule: 'actuals/syntax', count: parsed.omitted });
  if (!parsed.ok) return { rows: [], findings: parsed.findings, columns: [], percents: [], omitted };
  if (badValues > cap) omitted.push({ rule: 'actuals/bad-value', count: badValues - cap });
  findings = parsed.findings.concat(findings);
  if (cols === null) {
    findings.push(rowFinding(file, 1, 'actuals/syntax', { reason: 'empty' }));
    return { rows, findings, columns: [], percents, omitted };
  }
  if (headerProblem) rows = [];
  return { rows, findings, columns: cols, percents, omitted };
}
