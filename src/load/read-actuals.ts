// actuals/*.csv -> Actual rows. Long format: indicator,year,value[,note,source]. Every row keeps
// its line so findings can name it; a malformed row is a finding, and the rows around it survive.
import type { Finding } from '../model/diagnostic.js';
import type { Actual } from '../model/plan.js';
import { unneutralise } from '../model/csv-cell.js';
import { eachCsvRecord, rowFinding } from './csv-records.js';

const REQUIRED = ['indicator', 'year', 'value'] as const;
/** Columns sdplan reads, and the helper columns of `actuals template` (name, unit, target), which it ignores. */
const STANDARD = new Set(['indicator', 'year', 'value', 'note', 'source', 'flag', 'name', 'unit', 'target']);
const FLAGS = ['estimated', 'provisional', 'break'] as const;
const NO_BREAKDOWN: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export interface ActualsResult {
  rows: Actual[];
  findings: Finding[];
  /** The header's column names, trimmed and lower-cased ([] when there is none). */
  columns: string[];
  /** Findings past the cap, per rule: counted, not built. */
  omitted: Array<{ rule: 'actuals/syntax' | 'actuals/bad-value'; count: number }>;
}

/** `cap`: most findings of one rule built for the file; the others are counted (validate lists 100). */
export function readActuals(file: string, text: string, cap = Infinity): ActualsResult {
  let rows: Actual[] = [];
  let badValues = 0;
  const bad = (line: number, field: string, value: string) => {
    if (++badValues <= cap) findings.push(rowFinding(file, line, 'actuals/bad-value', { field, value }, field));
  };
  // row findings, added to in place (a spread of 100,000 would overflow the call stack)
  let findings: Finding[] = [];
  let cols: string[] | null = null;
  let headerProblem = false;
  let iInd = -1, iYear = -1, iValue = -1, iNote = -1, iSource = -1, iFlag = -1;
  let other: Array<readonly [string, number]> = [];
  // rows are read as the parser yields them: no record is kept beyond its own row
  const parsed = eachCsvRecord(file, text, 'actuals/syntax', (line, record) => {
    if (cols === null) {
      cols = record.map((c) => c.trim().toLowerCase());
      const missing = REQUIRED.filter((c) => !cols!.includes(c));
      if (missing.length > 0) {
        findings.push(rowFinding(file, line, 'actuals/syntax', { reason: 'missing-columns', columns: missing.join(', ') }));
        headerProblem = true;
      }
      const at = (name: string) => cols!.indexOf(name);
      [iInd, iYear, iValue, iNote, iSource, iFlag] = [at('indicator'), at('year'), at('value'), at('note'), at('source'), at('flag')];
      // any other column may name a breakdown dimension (1.1); the plan decides which are
      other = cols.map((c, k) => [c, k] as const).filter(([c]) => !STANDARD.has(c) && c !== '');
      return;
    }
    if (!headerProblem) readRow(line, record);
  }, cap);
  const omitted: ActualsResult['omitted'] = [];
  if (parsed.omitted > 0) omitted.push({ rule: 'actuals/syntax', count: parsed.omitted });
  if (!parsed.ok) return { rows: [], findings: parsed.findings, columns: [], omitted };
  if (badValues > cap) omitted.push({ rule: 'actuals/bad-value', count: badValues - cap });
  findings = parsed.findings.concat(findings);
  if (cols === null) {
    findings.push(rowFinding(file, 1, 'actuals/syntax', { reason: 'empty' }));
    return { rows, findings, columns: [], omitted };
  }
  if (headerProblem) rows = [];
  return { rows, findings, columns: cols, omitted };

  function readRow(line: number, record: string[]): void {
    const indicator = (record[iInd] ?? '').trim();
    const yearText = (record[iYear] ?? '').trim();
    const valueText = (record[iValue] ?? '').trim();
    if (indicator === '') {
      bad(line, 'indicator', '');
      return;
    }
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!(year >= 1900 && year <= 2200)) {
      bad(line, 'year', yearText);
      return;
    }
    let value: number | null = null;
    if (valueText !== '') {
      value = NUMBER.test(valueText) ? Number(valueText) : NaN;
      if (!Number.isFinite(value)) {
        bad(line, 'value', valueText);
        return;
      }
    }
    const flagText = iFlag >= 0 ? (record[iFlag] ?? '').trim() : '';
    if (flagText !== '' && !FLAGS.includes(flagText as (typeof FLAGS)[number])) {
      bad(line, 'flag', flagText);
      return;
    }
    // a total (no breakdown, nearly every row) shares one empty object: nothing writes to it
    let breakdown: Record<string, string> = NO_BREAKDOWN;
    for (const [c, k] of other) {
      const v = (record[k] ?? '').trim();
      if (v === '') continue;
      if (breakdown === NO_BREAKDOWN) breakdown = {};
      breakdown[c] = v;
    }
    const row: Actual = { indicator, year, value, line, file, breakdown };
    if (flagText !== '') row.flag = flagText as (typeof FLAGS)[number];
    // a text that sdplan neutralised for spreadsheets ('-0.4 after audit) reads back as written
    const note = iNote >= 0 ? unneutralise(record[iNote]?.trim() ?? '') : undefined;
    const source = iSource >= 0 ? unneutralise(record[iSource]?.trim() ?? '') : undefined;
    if (note) row.note = note;
    if (source) row.source = source;
    rows.push(row);
  }
}
