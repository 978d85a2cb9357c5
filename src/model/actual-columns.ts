// The columns of an actuals CSV row, shared by export and import so a round trip is the identity.
import { createHash } from 'node:crypto';
import type { Actual } from './plan.js';

/** A row's cells by column name: the standard columns and one per dimension of its breakdown. */
export function cellsOf(a: Actual): Record<string, string | number> {
  return { indicator: a.indicator, year: a.year, ...a.breakdown, value: a.value ?? '', flag: a.flag ?? '', note: a.note ?? '', source: a.source ?? '' };
}

/** The columns of an actuals table for these dimensions: indicator, year, the dimensions, then the rest. */
export const columnsFor = (dimensions: readonly string[]): string[] => ['indicator', 'year', ...dimensions, 'value', 'flag', 'note', 'source'];

/**
 * The header labels of sdplan's own template workbook, in each language it writes: a CSV saved
 * from that workbook (Excel's "Save as CSV") carries these instead of the column names, and
 * `actuals import` reads them as the columns they label.
 */
export const TEMPLATE_HEADERS = {
  en: { indicator: 'Indicator ID', name: 'Name', unit: 'Unit', target: 'Target', year: 'Year', value: 'Value', flag: 'Flag', note: 'Note', source: 'Source' },
  ko: { indicator: '지표 ID', name: '지표명', unit: '단위', target: '목표', year: '연도', value: '실적', flag: '표시', note: '비고', source: '출처' },
} as const;

/** A header label, lower-cased with single spaces, as compared. */
export const headerKey = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Header label -> column name for an import: the template's labels in both languages, and each
 * dimension's name in every language the plan gives it (성별 -> sex). A label that two columns
 * share is left out (read as written), never guessed.
 */
export function templateAliases(dimensions: ReadonlyArray<{ id: string; name?: Readonly<Record<string, string>> }>): Map<string, string> {
  const pairs: Array<[string, string]> = [];
  for (const labels of Object.values(TEMPLATE_HEADERS)) for (const [k, v] of Object.entries(labels)) pairs.push([headerKey(v), k]);
  // what a clerk retypes the template's headers as
  pairs.push(['지표', 'indicator'], ['값', 'value'], ['지표명칭', 'name'], ['indicator id', 'indicator']);
  for (const d of dimensions) for (const v of Object.values(d.name ?? {})) pairs.push([headerKey(v), d.id.toLowerCase()]);
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const [label, column] of pairs) {
    if (out.has(label) && out.get(label) !== column) clash.add(label);
    else out.set(label, column);
  }
  for (const c of clash) out.delete(c);
  return out;
}

/** The very hidden sheet of a template workbook that says what it holds. */
export const MARKER_SHEET = '_sdplan';

/** The marker sheet's fields in the order they are listed and checked. */
export const MARKER_FIELDS = ['plan', 'year', 'columns'] as const;

/**
 * The checksum the template writes under the fields of its hidden marker sheet: an edit of the
 * sheet (a `columns` list that reads the target column as the value) no longer matches it. Not a
 * secret: it guards against a changed sheet, not against someone who recomputes it.
 */
export function markerChecksum(fields: Readonly<Record<(typeof MARKER_FIELDS)[number], string>>): string {
  return createHash('sha256')
    .update(MARKER_FIELDS.map((k) => `${k}=${fields[k]}`).join('\n'))
    .digest('hex')
    .slice(0, 32);
}
