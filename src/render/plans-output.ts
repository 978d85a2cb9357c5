// One shape for the output of one plan or many, the same for every command:
// - JSON: one plan gives its object ({"plan": ID, ...}); several give {"plans": [those objects]}.
//   Keys are snake_case everywhere (as in the plan files); converted here, once.
// - CSV: rows are built per plan and stringified once; several plans add a leading `plan` column.
//   Cells that a spreadsheet would run as formulas are neutralised.
// - Text (table, md, ...): each plan's text in turn, under a heading with its ID when there are several.
import { csvText, type CsvCell } from '../model/csv-cell.js';
import type { Table } from '../model/table.js';

export type { Cell, Table } from '../model/table.js';

/** A result of one plan, as every command returns it. */
export interface PlanPart<T> {
  plan: string;
  value: T;
}

const CAMEL = /^[a-z][a-z0-9]*([A-Z][a-z0-9]*)+$/;
const converted = new Map<string, string>();
const snakeKey = (k: string): string => {
  let s = converted.get(k);
  if (s === undefined) converted.set(k, (s = CAMEL.test(k) ? k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : k));
  return s;
};

/** Converts camelCase keys of plain objects to snake_case; values (IDs, texts) are never touched. */
function snakeKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(snakeKeys);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const k in v) {
    const x = (v as Record<string, unknown>)[k];
    out[snakeKey(k)] = typeof x === 'object' && x !== null ? snakeKeys(x) : x;
  }
  return out;
}

export const jsonText = (v: unknown): string => JSON.stringify(snakeKeys(v), null, 2) + '\n';

export function manyJson(parts: ReadonlyArray<PlanPart<Record<string, unknown>>>): string {
  const objects = parts.map((p) => ({ plan: p.plan, ...p.value }));
  return jsonText(objects.length === 1 ? objects[0] : { plans: objects });
}

export async function manyCsv(parts: ReadonlyArray<PlanPart<Table>>, options: { bom?: boolean; delimiter?: string } = {}): Promise<string> {
  const several = parts.length > 1;
  const columns = parts[0]?.value.columns ?? [];
  const rows: CsvCell[][] = [several ? ['plan', ...columns] : columns];
  const cell = (c: Table['rows'][number][number]): CsvCell =>
    c === null || typeof c === 'string' || typeof c === 'number' ? c : typeof c === 'boolean' ? (c ? 'true' : 'false') : c.join(' ');
  for (const p of parts) for (const r of p.value.rows) rows.push((several ? [p.plan, ...r] : r).map(cell));
  return csvText(rows, { bom: options.bom === true, delimiter: options.delimiter ?? ',' });
}

export function manyText(parts: ReadonlyArray<PlanPart<string>>): string {
  if (parts.length === 1) return parts[0]!.value;
  return parts.map((p) => `# ${p.plan}\n\n${p.value}`).join('\n');
}
