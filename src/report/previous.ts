// The change since the previous report (`report --previous REV`): the previous report's model,
// built from the plan as it was at REV for its own period, set beside this one. Rates, statuses and
// targets that moved, and tasks merged in the revision. Pure: two models and the plan diff in.
import type { Change } from '../diff/plan-diff.js';
import type { LocalText, ReportModel } from './report-model.js';

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
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function comparePrevious(revision: string, before: ReportModel, after: ReportModel, changes: readonly Change[]): PreviousReport {
  const prevSi = new Map(before.sustainability.map((r) => [r.id, r]));
  const indicators = after.sustainability
    .map((r) => ({ r, p: prevSi.get(r.id) }))
    .filter(({ r, p }) => !p || p.progress?.status !== r.progress?.status || p.progress?.score !== r.progress?.score)
    .map(({ r, p }) => ({ id: r.id, name: r.name, before: p?.progress?.status ?? null, after: r.progress?.status ?? null, scoreBefore: p?.progress?.score ?? null, scoreAfter: r.progress?.score ?? null }))
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
  };
}
