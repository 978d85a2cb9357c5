// An indicator's series of actuals, with the history of the indicators it continues (1.1 `replaces`).
import { isTotal, type Actual, type Plan, type Text } from '../model/plan.js';
import { sameUnit } from '../model/units.js';

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
 * years that it has no value for itself. A replaced indicator that is still defined with another
 * unit is left out: its values would not be comparable.
 */
export function historyIndex(plan: Plan): Map<string, Series> {
  const m = actualIndex(plan.actuals);
  const units = new Map<string, { unit: string; unitText?: Text }>();
  for (const i of [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)]) if (!units.has(i.id)) units.set(i.id, i);
  for (const ind of [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)]) {
    if (ind.replaces.length === 0) continue;
    let own = m.get(ind.id);
    for (const old of ind.replaces) {
      const oldUnit = units.get(old);
      if (oldUnit !== undefined && !sameUnit(oldUnit, ind)) continue;
      for (const [year, value] of m.get(old) ?? []) {
        if (!own) m.set(ind.id, (own = new Map()));
        if (!own.has(year)) own.set(year, value);
      }
    }
    if (own) m.set(ind.id, new Map([...own].sort(([a], [b]) => a - b)));
  }
  return m;
}
