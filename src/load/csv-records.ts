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

interface InfoRecord {
  info: { lines: number };
  record: string[];
}

function isInfoRecord(x: unknown): x is InfoRecord {
  return typeof x === 'object' && x !== null && 'info' in x && 'record' in x && Array.isArray(x.record);
}

/** csv-parse's error code (CSV_QUOTE_NOT_CLOSED, ...) as a stable reason; render/ words it. */
const syntaxCode = (err: { code?: string } | undefined): string => err?.code ?? 'CSV_UNREADABLE';

/** The records, or null when the file cannot be parsed at all (its finding is in `findings`). */
export function csvRecords(file: string, text: string, rule: CsvSyntaxRule): { records: CsvRecord[] | null; findings: Finding[] } {
  const findings: Finding[] = [];
  try {
    const out: unknown[] = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err: { message: string; code?: string; lines?: number } | undefined) => {
        findings.push(rowFinding(file, err?.lines ?? 0, rule, { reason: syntaxCode(err) }));
        return undefined;
      },
    });
    // With `info: true` csv-parse yields {info, record} objects; its typings do not say so.
    return { records: out.filter(isInfoRecord).map((r) => ({ line: r.info.lines, record: r.record })), findings };
  } catch (e) {
    findings.push(rowFinding(file, (e as { lines?: number }).lines ?? 1, rule, { reason: syntaxCode(e as { code?: string }) }));
    return { records: null, findings };
  }
}
