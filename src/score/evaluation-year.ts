// The default evaluation year. Not simply the latest year with any actual: one team's early
// import of next year's figures must not move the whole evaluation to a year with 7 of 175
// indicators measured. The default is the latest year whose coverage reaches half (indicators
// with a numeric target that year, of tasks running that year, that have an actual); when no year
// does, the latest year with any actual, marked as low coverage so the output can say so.
import type { Plan } from '../model/plan.js';
import { historyIndex } from './history.js';
import { dueRule } from './due.js';

export interface YearChoice {
  year: number;
  measured: number;
  targeted: number;
  /** Below half of what was due is measured. */
  low: boolean;
}

export const MIN_COVERAGE = 0.5;

/** Measured / targeted per year: what was due (score/due.ts) and how much of it has an actual (with history). */
export function coverageByYear(plan: Plan): Map<number, { measured: number; targeted: number }> {
  const actuals = historyIndex(plan);
  const due = dueRule(plan);
  const out = new Map<number, { measured: number; targeted: number }>();
  for (const i of [...plan.tasks.flatMap((t) => t.indicators), ...plan.indicators]) {
    for (const [y] of i.targets) {
      if (due(i.id, y) === undefined) continue;
      let c = out.get(y);
      if (!c) out.set(y, (c = { measured: 0, targeted: 0 }));
      c.targeted++;
      const v = actuals.get(i.id)?.get(y);
      if (v !== undefined && v !== null) c.measured++;
    }
  }
  return out;
}

/** The default evaluation year, or null when the plan has no actual yet. */
export function defaultYear(plan: Plan): YearChoice | null {
  const years = [...new Set(plan.actuals.filter((a) => a.value !== null).map((a) => a.year))].sort((a, b) => b - a);
  if (years.length === 0) return null;
  const cov = coverageByYear(plan);
  const at = (year: number) => cov.get(year) ?? { measured: 0, targeted: 0 };
  for (const year of years) {
    const c = at(year);
    if (c.targeted > 0 && c.measured / c.targeted >= MIN_COVERAGE) return { year, ...c, low: false };
  }
  const year = years[0]!;
  return { year, ...at(year), low: true };
}

/** The evaluation cycle holding a year: cycles run from period.start in steps of revision.cycle_years. */
export function cycleOf(plan: Plan, year: number): { start: number; end: number } {
  const c = plan.revision?.cycleYears ?? 2;
  const start = plan.period.start + Math.floor((year - plan.period.start) / c) * c;
  return { start: Math.max(plan.period.start, start), end: year };
}
