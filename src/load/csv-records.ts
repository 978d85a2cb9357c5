// The records of a CSV file with the line each starts on, and a finding for each record that cannot
// be read (the records around it survive). Shared by actuals/*.csv and interactions.csv.
import { parse } from 'csv-parse/sync';
import type { Finding } from '../model/diagnostic.js';

export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  record: string[];
}

export type CsvSyntaxRule = 'actuals/syntax' | 'interactions/syntax';

/** A finding about one row (or field) of a CSV file, at its line. */
export const rowFinding = (file: string, line: number, rule: Finding['rule'], args: Finding['args'], field = ''): Finding => ({
  rule,
  args: { row: line, ...args },
  file,
  path: `/rows/${line}${field ? '/' + field : ''}`,
  line,
  column: 1,
});

/** csv-parse's error code (CSV_QUOTE_NOT_CLOSED, ...) as a stable reason; render/ words it. */
const syntaxCode = (err: { code?: string } | undefined): string => err?.code ?? 'CSV_UNREADABLE';

/** The records, or null when the file cannot be parsed at all (its finding is in `findings`). */
export function csvRecords(file: string, text: string, rule: CsvSyntaxRule): { records: CsvRecord[] | null; findings: Finding[] } {
  const records: CsvRecord[] = [];
  const r = eachCsvRecord(file, text, rule, (line, record) => records.push({ line, record }));
  return { records: r.ok ? records : null, findings: r.findings };
}

/**
 * Each record in turn, with the line it starts on, as the parser reads it: nothing is kept for a
 * record once `each` has seen it (a million rows are never a million objects at once). `ok` is
 * false when the file cannot be parsed at all (its finding is in `findings`); the records before
 * the failure have been seen.
 */
export function eachCsvRecord(
  file: string,
  text: string,
  rule: CsvSyntaxRule,
  each: (line: number, record: string[]) => void,
  cap = Infinity,
): { ok: boolean; findings: Finding[]; omitted: number } {
  const findings: Finding[] = [];
  // rows that cannot be read past `cap`: counted, not built
  let omitted = 0;
  try {
    parse(text, {
      bom: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err: { message: string; code?: string; lines?: number } | undefined) => {
        if (findings.length < cap) findings.push(rowFinding(file, err?.lines ?? 0, rule, { reason: syntaxCode(err) }));
        else omitted++;
        return undefined;
      },
      // the context's `lines` is where the record is; returning null keeps nothing
      on_record: (record: unknown, context: { lines: number }) => {
        if (Array.isArray(record)) each(context.lines, record as string[]);
        return null;
      },
    });
    return { ok: true, findings, omitted };
  } catch (e) {
    findings.push(rowFinding(file, (e as { lines?: number }).lines ?? 1, rule, { reason: syntaxCode(e as { code?: string }) }));
    return { ok: false, findings, omitted };
  }
}
