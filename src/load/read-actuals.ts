// actuals/*.csv -> Actual rows. Long format: indicator,year,value[,note,source]. Every row keeps
// its line so findings can name it; a malformed row is a finding, and the rows around it survive.
// The checks of one row (actualOf) are shared with the workbook reader (read-workbook.ts), so a
// row reads the same whether it came from a CSV or a sheet.
import type { Finding } from '../model/diagnostic.js';
import type { Actual } from '../model/plan.js';
import { unneutralise } from '../model/csv-cell.js';
import { headerKey } from '../model/actual-columns.js';
import { csvRecords, rowFinding } from './csv-records.js';

const REQUIRED = ['indicator', 'year', 'value'] as const;
/** Columns sdplan reads, and the helper columns of `actuals template` (name, unit, target), which it ignores. */
export const STANDARD_COLUMNS: ReadonlySet<string> = new Set(['indicator', 'year', 'value', 'note', 'source', 'flag', 'name', 'unit', 'target']);
const FLAGS = ['estimated', 'provisional', 'break'] as const;
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
}

export interface ActualsResult {
  rows: Actual[];
  findings: Finding[];
  /** The header's column names, trimmed and lower-cased ([] when there is none). */
  columns: string[];
  /** Values written with a percent sign (import only). */
  percents: PercentValue[];
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
  if (flagText !== '' && !FLAGS.includes(flagText as (typeof FLAGS)[number])) return rowFinding(file, line, 'actuals/bad-value', { field: 'flag', value: flagText }, 'flag');
  // defineProperty, not assignment: a column named __proto__ is a column like any other
  const breakdown: Record<string, string> = {};
  for (const [c, text] of r.other) {
    const v = text.trim();
    if (v !== '') Object.defineProperty(breakdown, c, { value: v, enumerable: true, writable: true, configurable: true });
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
  const rows: Actual[] = [];
  const percents: PercentValue[] = [];
  const parsed = csvRecords(file, text, 'actuals/syntax');
  // the parser's findings, added to in place (a spread of 100,000 would overflow the call stack)
  const findings: Finding[] = parsed.findings;
  if (parsed.records === null) return { rows, findings, columns: [], percents };
  const records = parsed.records;
  const header = records[0];
  if (!header) {
    findings.push(rowFinding(file, 1, 'actuals/syntax', { reason: 'empty' }));
    return { rows, findings, columns: [], percents };
  }
  const cols = header.record.map((c) => {
    const name = c.trim().toLowerCase();
    return options.aliases?.get(headerKey(c)) ?? name;
  });
  const missing = REQUIRED.filter((c) => !cols.includes(c));
  if (missing.length > 0) {
    findings.push(rowFinding(file, header.line, 'actuals/syntax', { reason: 'missing-columns', columns: missing.join(', ') }));
    return { rows, findings, columns: cols, percents };
  }
  const index = new Map<string, number>();
  cols.forEach((c, k) => {
    if (!index.has(c)) index.set(c, k);
  });
  // any other column may name a breakdown dimension (1.1); the plan decides which are
  const other = cols.map((c, k) => [c, k] as const).filter(([c]) => !STANDARD_COLUMNS.has(c) && c !== '');
  for (const { line, record } of records.slice(1)) {
    const at = (name: string) => {
      const k = index.get(name);
      return k === undefined ? undefined : record[k];
    };
    const r = actualOf({ file, line, get: at, other: other.map(([c, k]) => [c, record[k] ?? ''] as const) }, options);
    if ('rule' in r) {
      findings.push(r);
      continue;
    }
    rows.push(r.row);
    if (r.percent) percents.push(r.percent);
  }
  return { rows, findings, columns: cols, percents };
}
