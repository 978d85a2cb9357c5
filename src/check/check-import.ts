// Checks a team's filled-in actuals CSV against the plan before it is merged: the same actuals
// rules as validate, applied to the plan's rows plus the imported ones, kept for the imported file.
import type { Finding } from '../model/diagnostic.js';
import { breakdownKey, type Actual, type Plan } from '../model/plan.js';
import { withBreakdowns } from '../load/build-plan.js';
import { indexPlan } from './plan-index.js';
import { SDG } from '../sdg/catalog.js';
import actualsUnknownIndicator from './rules/actuals-unknown-indicator.js';
import actualsYearOutsidePlan from './rules/actuals-year-outside-plan.js';
import actualsConflict from './rules/actuals-conflict.js';

export interface ImportPlan {
  findings: Finding[];
  /** Rows not yet recorded (a row equal to a recorded one is left out). */
  additions: Actual[];
}

/** `files`: the file (or, for a workbook, the `file#sheet` labels) the imported rows come from. */
export function checkImport(plan: Plan, files: string | ReadonlySet<string>, rows: Actual[], readFindings: Finding[]): ImportPlan {
  const ours = typeof files === 'string' ? new Set([files]) : files;
  // the imported rows' breakdown columns are read as the plan reads its own files
  rows = withBreakdowns(rows, plan.dimensions);
  const combined: Plan = { ...plan, actuals: [...plan.actuals, ...rows] };
  const ctx = { plan: combined, index: indexPlan(combined), sdg: SDG };
  const findings = [
    ...readFindings,
    ...[actualsUnknownIndicator, actualsYearOutsidePlan, actualsConflict].flatMap((r) => r.run(ctx)).filter((f) => ours.has(f.file)),
  ];
  const keyOf = (a: Actual) => `${a.indicator}\u0000${a.year}\u0000${breakdownKey(a)}`;
  const recorded = new Set(plan.actuals.map(keyOf));
  const seen = new Set<string>();
  const additions = rows.filter((r) => {
    const key = keyOf(r);
    if (recorded.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { findings, additions };
}
