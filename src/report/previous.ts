// The change since the previous report (`report --previous REV`): the previous report's model,
// built from the plan as it was at REV for its own period, set beside this one. Rates, statuses and
// targets that moved, and tasks merged in the revision. Pure: two models and the plan diff in.
import type { Change } from '../diff/plan-diff.js';
import type { LocalText, ReportModel } from './report-model.js';
import { RECONCILE_STEPS, type Reconciled, type ReconcileStep } from './reconcile.js';

/** One reconciled rate as the report shows it: the change and each step's share, in tenths of a point. */
interface ReconciledRow {
  kind: 'plan' | 'goal' | 'team';
  id: string;
  name: LocalText;
  before: number | null;
  after: number | null;
  /** Tenths of a point, as shown; null when either rate is missing. */
  change: number | null;
  /** Per step (the report's `steps`), its contribution in tenths, or null when it moved nothing. */
  steps: Array<{ step: ReconcileStep; tenths: number | null; gone: boolean; came: boolean }>;
  /** Steps whose change could only be told together (a figure missing between them), listed under the last. */
  joint: ReconcileStep[][];
}

export interface PreviousReport {
  revision: string;
  period: { start: number; end: number };
  overall: { before: number | null; after: number | null };
  /** Sustainability indicators whose progress status or score moved. */
  indicators: Array<{ id: string; name: LocalText; before: string | null; after: string | null; scoreBefore: number | null; scoreAfter: number | null }>;
  /** Tasks in both reports whose rate moved by at least a point. */
  tasks: Array<{ id: string; name: LocalText; before: number | null; after: number | null }>;
  targets: Change[];
  merged: Change[];
  /** Every sustainability indicator's status in the previous report (the VLR annex shows it). */
  statuses: Array<{ id: string; status: string | null }>;
  /** The steps of the reconciliation, in order (its columns). */
  steps: ReconcileStep[];
  /** The overall rate, then every goal and team whose rate as shown moved, with the contributions of its causes. */
  reconciled: ReconciledRow[];
  /** The overall rate as shown moved (then "no task moved" is never said alone). */
  totalsMoved: boolean;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function reconciledRows(rows: readonly Reconciled[], steps: readonly ReconcileStep[], before: ReportModel, after: ReportModel): ReconciledRow[] {
  const names = new Map<string, LocalText>();
  for (const m of [before, after]) {
    names.set(`plan\u0000${m.plan.id}`, m.plan.title);
    for (const g of m.goals) names.set(`goal\u0000${g.id}`, g.title);
    for (const t of m.teams) names.set(`team\u0000${t.id}`, t.name);
  }
  return rows
    .filter((r) => r.kind === 'plan' || r.changeTenths !== 0 || (r.before === null) !== (r.after === null))
    .filter((r) => r.kind === 'plan' || r.before !== null || r.after !== null)
    .map((r) => {
      const joint = r.contributions.filter((c) => c.steps.length > 1).map((c) => c.steps);
      const last = new Map(r.contributions.map((c) => [c.steps[c.steps.length - 1]!, c.tenths] as const));
      return {
        kind: r.kind,
        id: r.id,
        name: names.get(`${r.kind}\u0000${r.id}`) ?? { text: r.id, fallback: false },
        before: r.before,
        after: r.after,
        change: r.changeTenths,
        steps: steps.map((step) => ({ step, tenths: r.changeTenths === null ? null : (last.get(step) ?? null), gone: r.gone === step, came: r.came === step })),
        joint,
      };
    });
}

export function comparePrevious(
  revision: string,
  before: ReportModel,
  after: ReportModel,
  changes: readonly Change[],
  reconciled: readonly Reconciled[] = [],
  steps: readonly ReconcileStep[] = RECONCILE_STEPS,
): PreviousReport {
  const prevSi = new Map(before.sustainability.map((r) => [r.id, r]));
  const indicators = after.sustainability
    .map((r) => ({ r, p: prevSi.get(r.id) }))
    .filter(({ r, p }) => !p || p.progress?.status !== r.progress?.status || p.progress?.score !== r.progress?.score)
    .map(({ r, p }) => ({
      id: r.id,
      name: r.name,
      before: p?.progress?.status ?? null,
      after: r.progress?.status ?? null,
      scoreBefore: p?.progress?.score ?? null,
      scoreAfter: r.progress?.score ?? null,
    }))
    .sort((a, b) => cmp(a.id, b.id));
  const tasksOf = (m: ReportModel) => new Map(m.goals.flatMap((g) => g.strategies.flatMap((s) => s.tasks)).map((t) => [t.id, t]));
  const tb = tasksOf(before);
  const tasks = [...tasksOf(after).values()]
    .flatMap((t) => {
      const p = tb.get(t.id);
      if (!p || p.rate === null || t.rate === null || Math.abs(p.rate - t.rate) < 0.01) return [];
      return [{ id: t.id, name: t.title, before: p.rate, after: t.rate }];
    })
    .sort((a, b) => cmp(a.id, b.id));
  return {
    revision,
    period: before.period,
    overall: { before: before.summary.overall.rate, after: after.summary.overall.rate },
    indicators,
    tasks,
    targets: changes.filter((c) => c.kind === 'target-changed'),
    merged: changes.filter((c) => c.kind === 'merged'),
    statuses: before.sustainability.map((r) => ({ id: r.id, status: r.progress?.status ?? null })),
    steps: [...steps],
    reconciled: reconciledRows(reconciled, steps, before, after),
    totalsMoved:
      (before.summary.overall.rate === null) !== (after.summary.overall.rate === null) ||
      (before.summary.overall.rate !== null && Math.round(before.summary.overall.rate * 1000) !== Math.round(after.summary.overall.rate! * 1000)),
  };
}
