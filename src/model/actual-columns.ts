// The columns of an actuals CSV row, shared by export and import so a round trip is the identity.
import type { Actual } from './plan.js';

/** A row's cells by column name: the standard columns and one per dimension of its breakdown. */
export function cellsOf(a: Actual): Record<string, string | number> {
  return { indicator: a.indicator, year: a.year, ...a.breakdown, value: a.value ?? '', flag: a.flag ?? '', note: a.note ?? '', source: a.source ?? '' };
}

/** The columns of an actuals table for these dimensions: indicator, year, the dimensions, then the rest. */
export const columnsFor = (dimensions: readonly string[]): string[] => ['indicator', 'year', ...dimensions, 'value', 'flag', 'note', 'source'];

