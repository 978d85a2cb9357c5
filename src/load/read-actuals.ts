// actuals/*.csv -> Actual rows. Long format: indicator,year,value[,note,source]. Every row keeps
// its line so findings can name it; a malformed row is a finding, and the rows around it survive.
import type { Finding } from '../model/diagnostic.js';
import type { Actual } from '../model/plan.js';
import { unneutralise } from '../model/csv-cell.js';
import { csvRecords, rowFinding } from './csv-records.js';

const REQUIRED = ['indicator', 'year', 'value'] as const;
/** Columns sdplan reads, and the helper columns of `actuals template` (name, unit, target), which it ignores. */
const STANDARD = new Set(['indicator', 'year', 'value', 'note', 'source', 'flag', 'name', 'unit', 'target']);
const FLAGS = ['estimated', 'provisional', 'break'] as const;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export interface ActualsResult {
  rows: Actual[];
  findings: Finding[];
  /** The header's column names, trimmed and lower-cased ([] when there is none). */
  columns: string[];
}

export function readActuals(file: string, text: string): ActualsResult {
  const rows: Actual[] = [];
  const parsed = csvRecords(file, text, 'actuals/syntax');
  // the parser's findings, added to in place (a spread of 100,000 would overflow the call stack)
  const findings: Finding[] = parsed.findings;
  if (parsed.records === null) return { rows, findings, columns: [] };
  const records = parsed.records;
  const header = records[0];
  if (!header) {
    findings.push(rowFinding(file, 1, 'actuals/syntax', { reason: 'empty' }));
    return { rows, findings, columns: [] };
  }
  const cols = header.record.map((c) => c.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !cols.includes(c));
  if (missing.length > 0) {
    findings.push(rowFinding(file, header.line, 'actuals/syntax', { reason: 'missing-columns', columns: missing.join(', ') }));
    return { rows, findings, columns: cols };
  }
  const at = (name: string) => cols.indexOf(name);
  const [iInd, iYear, iValue, iNote, iSource, iFlag] = [at('indicator'), at('year'), at('value'), at('note'), at('source'), at('flag')];
  // any other column may name a breakdown dimension (1.1); the plan decides which are
  const other = cols.map((c, k) => [c, k] as const).filter(([c]) => !STANDARD.has(c) && c !== '');
  for (const { line, record } of records.slice(1)) {
    const indicator = (record[iInd] ?? '').trim();
    const yearText = (record[iYear] ?? '').trim();
    const valueText = (record[iValue] ?? '').trim();
    if (indicator === '') {
      findings.push(rowFinding(file, line, 'actuals/bad-value', { field: 'indicator', value: '' }, 'indicator'));
      continue;
    }
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!(year >= 1900 && year <= 2200)) {
      findings.push(rowFinding(file, line, 'actuals/bad-value', { field: 'year', value: yearText }, 'year'));
      continue;
    }
    let value: number | null = null;
    if (valueText !== '') {
      value = NUMBER.test(valueText) ? Number(valueText) : NaN;
      if (!Number.isFinite(value)) {
        findings.push(rowFinding(file, line, 'actuals/bad-value', { field: 'value', value: valueText }, 'value'));
        continue;
      }
    }
    const flagText = iFlag >= 0 ? (record[iFlag] ?? '').trim() : '';
    if (flagText !== '' && !FLAGS.includes(flagText as (typeof FLAGS)[number])) {
      findings.push(rowFinding(file, line, 'actuals/bad-value', { field: 'flag', value: flagText }, 'flag'));
      continue;
    }
    const breakdown: Record<string, string> = {};
    for (const [c, k] of other) {
      const v = (record[k] ?? '').trim();
      if (v !== '') breakdown[c] = v;
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
  return { rows, findings, columns: cols };
}
