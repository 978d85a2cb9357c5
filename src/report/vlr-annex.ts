// The statistical annex of a Voluntary Local Review, in the shape UN DESA's guiding elements for
// VLRs and the JRC European Handbook for SDG VLRs expect: per sustainability indicator its goal and
// SDG target(s), definition, unit, direction, source, managing department, update cycle, geography,
// proxy flag, baseline / latest / target values, trend, method, progress status, breakdowns
// expected and available, quality flags, and its change since the previous report. Pure: rows
// of the report model in, rows out.
import type { LocalText, SustainabilityRow } from './report-model.js';

export interface AnnexRow {
  id: string;
  goal: string;
  sdgTargets: string[];
  sdgIndicator: string | null;
  name: LocalText;
  unit: string;
  direction: string;
  source: string | null;
  managedBy: LocalText[];
  updateCycle: string | null;
  geography: string;
  proxy: boolean;
  baseline: { year: number; value: number } | null;
  latest: { year: number; value: number } | null;
  target: { year: number; value: number } | null;
  /** The trajectory's status (ahead, on track, behind on a straight path; held, not held on a line to hold), or null. */
  trend: string | null;
  /** `progress` (Open SDG progress measure) for indicators with a numeric series, else how it was assessed. */
  method: string;
  status: string | null;
  breakdownsExpected: LocalText[];
  breakdownsAvailable: LocalText[];
  flags: Array<{ year: number; flag: string }>;
  /** Status in the previous report, when one was given (--previous), else null. */
  previousStatus: string | null;
}

export interface AnnexContext {
  sdgTargetsOf: (goal: string) => string[];
  sdgIndicatorOf: (id: string) => string | null;
  managedByOf: (id: string) => LocalText[];
  breakdownsOf: (id: string) => { expected: LocalText[]; available: LocalText[] };
  previousStatusOf: (id: string) => string | null;
}

export function vlrAnnex(rows: readonly SustainabilityRow[], ctx: AnnexContext): AnnexRow[] {
  return rows.map((r) => {
    const b = ctx.breakdownsOf(r.id);
    return {
      id: r.id,
      goal: r.goal,
      sdgTargets: ctx.sdgTargetsOf(r.goal),
      sdgIndicator: ctx.sdgIndicatorOf(r.id),
      name: r.name,
      unit: r.unit,
      direction: r.direction,
      source: r.provenance.source,
      managedBy: ctx.managedByOf(r.id),
      updateCycle: r.provenance.updateCycle,
      geography: r.provenance.geography,
      proxy: r.provenance.proxy,
      baseline: r.baseline,
      latest: r.actuals.length > 0 ? r.actuals[r.actuals.length - 1]! : null,
      target: r.targets.length > 0 ? r.targets[r.targets.length - 1]! : null,
      trend: r.trajectory?.status ?? null,
      method: r.progress ? 'progress_measure' : r.assessment,
      status: r.progress?.status ?? null,
      breakdownsExpected: b.expected,
      breakdownsAvailable: b.available,
      flags: r.provenance.flags,
      previousStatus: ctx.previousStatusOf(r.id),
    };
  });
}
