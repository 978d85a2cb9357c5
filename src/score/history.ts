// An indicator's series of actuals, with the history of the indicators it continues (1.1 `replaces`).
import { isTotal, type Actual, type Plan } from '../model/plan.js';
import { historyOf } from '../model/lineage.js';

export type Series = Map<number, number | null>;

/** Totals by indicator ID, first row wins (actuals/conflict reports the rest); breakdown rows are apart (breakdownIndex). */
export function actualIndex(actuals: readonly Actual[]): Map<string, Series> {
  const m = new Map<string, Series>();
  for (const a of actuals) {
    if (!isTotal(a)) continue;
    let years = m.get(a.indicator);
    if (!years) m.set(a.indicator, (years = new Map()));
    if (!years.has(a.year)) years.set(a.year, a.value);
  }
  return m;
}

/**
 * Actuals by indicator ID, where an indicator that continues others (`replaces`) also holds their
 * years it has no row for itself, combined as its `combine` says (model/lineage.ts historyOf).
 */
export function historyIndex(plan: Plan): Map<string, Series> {
  return historyOf(plan).series;
}
