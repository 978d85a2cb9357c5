// New actuals rows added to a CSV file of the plan, in that file's own column order. Appending
// keeps every byte already in the file (its BOM, its line endings, its other columns); a column
// that the new rows fill and the file lacks is refused, never dropped. Pure: texts in, text out.
import { parse } from 'csv-parse/sync';
import type { Actual } from '../model/plan.js';
import { csvText } from '../model/csv-cell.js';
import { cellsOf, columnsFor } from '../model/actual-columns.js';

export type AppendResult = { ok: true; text: string; columns: string[] } | { ok: false; reason: 'missing-columns'; columns: string[] };

const headerOf = (text: string): string[] => {
  const first = parse(text, { bom: true, to_line: 1, relax_column_count: true }) as string[][];
  return (first[0] ?? []).map((c) => c.trim().toLowerCase());
};

/**
 * `existing`: the target file's text, or null for a new file; `imported`: the header of the file
 * being imported, which orders the columns of a new file.
 */
export function appendActuals(existing: string | null, imported: readonly string[], rows: readonly Actual[], dimensions: readonly string[] = []): AppendResult {
  const all = columnsFor(dimensions);
  const known = (c: string) => all.includes(c);
  const filled = all.filter((c) => rows.some((r) => (cellsOf(r)[c] ?? '') !== ''));
  if (existing === null) {
    const columns = imported.filter(known);
    for (const c of filled) if (!columns.includes(c)) columns.push(c);
    const body = rows.map((r) => columns.map((c) => cellsOf(r)[c] ?? ''));
    return { ok: true, columns, text: csvText([columns, ...body]) };
  }
  const columns = headerOf(existing);
  const missing = filled.filter((c) => !columns.includes(c));
  if (missing.length > 0) return { ok: false, reason: 'missing-columns', columns: missing };
  const eol = /\r\n/.test(existing.slice(0, existing.indexOf('\n') + 1)) ? '\r\n' : '\n';
  // a column of the file that sdplan does not fill (a breakdown, a comment) stays empty
  const body = rows.map((r) => columns.map((c) => (known(c) ? (cellsOf(r)[c] ?? '') : '')));
  const sep = existing === '' || existing.endsWith('\n') ? '' : eol;
  return { ok: true, columns, text: existing + sep + csvText(body, { eol }) };
}
