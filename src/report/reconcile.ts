// Reconciles the change since the previous report (`report --previous`): the change of the overall,
// each goal's and each team's rate is split into the contributions of its causes, by a step-wise
// decomposition. From the previous plan at its own evaluation year, one cause at a time is taken
// from the current plan, and each step's change of the rate is that cause's contribution:
//   1. actuals     the current actuals (revised and added values)
//   2. targets     the current targets, baselines, directions and task periods of indicators and tasks in both
//   3. tasks       the current tasks and indicators: merged, new, removed or moved (the previous method still)
//   4. method      the current evaluation settings, indicator methods and weights (the current plan)
//   5. year        the current report's evaluation year (the current plan, as the report shows it)
// Where a report shows a record, a step goes from the previous record to its computation today
// (`recomputed`: what the sdplan version changed) and from today's computation to this report's
// record (`recorded`). The steps telescope, so the contributions add up exactly to the change; shown in tenths of a
// point, they are rounded by largest remainder so they add up to the change as shown. The order
// matters where causes interact (a revised actual of a task later merged counts under actuals);
// it is fixed and documented so the same plans always give the same split.
import type { Plan, Task } from '../model/plan.js';
import { scorePlan, type PlanScore } from '../score/score-plan.js';

export type ReconcileStep = 'recomputed' | 'actuals' | 'targets' | 'tasks' | 'method' | 'year' | 'recorded';
export const RECONCILE_STEPS: readonly ReconcileStep[] = ['actuals', 'targets', 'tasks', 'method', 'year'];

/**
 * Recorded figures, where a report shows them: the previous report's record (the first step then
 * goes from it to its computation today, `recomputed`) and this report's (the last step goes from
 * today's computation to it, `recorded`).
 */
export interface RecordedEnds {
  previous?: PlanScore;
  current?: PlanScore;
}

/** The steps of a decomposition, in order. */
export const stepsOf = (ends: RecordedEnds = {}): ReconcileStep[] => [
  ...(ends.previous ? ['recomputed' as const] : []),
  ...RECONCILE_STEPS,
  ...(ends.current ? ['recorded' as const] : []),
];

export interface Contribution {
  /** The step, or several when a figure was missing between them (the change is theirs together). */
  steps: ReconcileStep[];
  /** Change of the rate (1 = 100 points). */
  delta: number;
  /** The change in tenths of a percentage point, rounded so the contributions add up to `changeTenths`. */
  tenths: number;
}

export interface Reconciled {
  kind: 'plan' | 'goal' | 'team';
  id: string;
  before: number | null;
  after: number | null;
  /** The change as shown (after and before each rounded to 0.1 point), in tenths; null when either is missing. */
  changeTenths: number | null;
  contributions: Contribution[];
  /** The step at which the figure went missing (a goal whose tasks were all merged away), or came to be. */
  gone: ReconcileStep | null;
  came: ReconcileStep | null;
}

const shownTenths = (r: number) => Math.round(r * 1000);

/** Rounds deltas (in tenths) to integers adding up to `total`, by largest remainder. */
export function apportion(raw: readonly number[], total: number): number[] {
  const base = raw.map((x) => Math.round(x));
  let rest = total - base.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => ({ i, frac: x - base[i]! })).sort((a, b) => (rest > 0 ? b.frac - a.frac : a.frac - b.frac) || a.i - b.i);
  for (let k = 0; rest !== 0 && order.length > 0; k = (k + 1) % order.length) {
    const step = rest > 0 ? 1 : -1;
    base[order[k]!.i]! += step;
    rest -= step;
  }
  return base.map((x) => (x === 0 ? 0 : x));
}

/** The contributions of each step to a series of rates (one per state: previous, after each step). */
export function contributions(
  values: ReadonlyArray<number | null>,
  steps: readonly ReconcileStep[],
): { contributions: Contribution[]; changeTenths: number | null } {
  const out: Array<Omit<Contribution, 'tenths'>> = [];
  let last = values[0] ?? null;
  let pending: ReconcileStep[] = [];
  for (let k = 1; k < values.length; k++) {
    const v = values[k] ?? null;
    pending.push(steps[k - 1]!);
    if (v === null) continue;
    if (last !== null && Math.abs(v - last) > 1e-12) out.push({ steps: pending, delta: v - last });
    last = v;
    pending = [];
  }
  const before = values[0] ?? null;
  const after = values[values.length - 1] ?? null;
  if (before === null || after === null) return { contributions: out.map((c) => ({ ...c, tenths: Math.round(c.delta * 1000) })), changeTenths: null };
  const changeTenths = shownTenths(after) - shownTenths(before);
  const tenths = apportion(
    out.map((c) => c.delta * 1000),
    changeTenths,
  );
  return { contributions: out.map((c, i) => ({ ...c, tenths: tenths[i]! })), changeTenths };
}

/** The previous plan with the current plan's targets, baselines, directions and task periods, where both have the ID. */
function withTargets(prev: Plan, cur: Plan): Plan {
  const curTasks = new Map(cur.tasks.map((t) => [t.id, t]));
  const curInd = new Map(cur.tasks.flatMap((t) => t.indicators).map((i) => [i.id, i]));
  const curSi = new Map(cur.indicators.map((i) => [i.id, i]));
  const tasks: Task[] = prev.tasks.map((t) => {
    const now = curTasks.get(t.id);
    const { period: _period, ...rest } = t;
    const period = now ? now.period : t.period;
    return {
      ...rest,
      ...(period ? { period } : {}),
      indicators: t.indicators.map((i) => {
        const n = curInd.get(i.id);
        if (!n) return i;
        const { baseline: _b, ...r } = i;
        return { ...r, targets: n.targets, textTargets: n.textTargets, direction: n.direction, ...(n.baseline ? { baseline: n.baseline } : {}) };
      }),
    };
  });
  const indicators = prev.indicators.map((i) => {
    const n = curSi.get(i.id);
    if (!n) return i;
    const { baseline: _b, ...r } = i;
    return { ...r, targets: n.targets, textTargets: n.textTargets, direction: n.direction, ...(n.baseline ? { baseline: n.baseline } : {}) };
  });
  return { ...prev, tasks, indicators };
}

/** The current plan with the previous evaluation settings, and the previous method and weight of every indicator in both. */
function withPreviousMethod(cur: Plan, prev: Plan): Plan {
  const prevInd = new Map(prev.tasks.flatMap((t) => t.indicators).map((i) => [i.id, i]));
  const tasks: Task[] = cur.tasks.map((t) => ({
    ...t,
    indicators: t.indicators.map((i) => {
      const p = prevInd.get(i.id);
      if (!p) return i;
      const { method: _m, ...r } = i;
      return { ...r, weight: p.weight, ...(p.method ? { method: p.method } : {}) };
    }),
  }));
  return { ...cur, tasks, evaluation: prev.evaluation };
}

/** The states of the decomposition, in order: previous, then after each step (stepsOf(ends)). */
function reconcileStates(prev: Plan, prevYear: number, cur: Plan, curYear: number, ends: RecordedEnds = {}): PlanScore[] {
  const s1 = { ...prev, actuals: cur.actuals };
  const s2 = withTargets(s1, cur);
  const s3 = withPreviousMethod(cur, prev);
  return [
    ...(ends.previous ? [ends.previous] : []),
    scorePlan(prev, prevYear),
    scorePlan(s1, prevYear),
    scorePlan(s2, prevYear),
    scorePlan(s3, prevYear),
    scorePlan(cur, prevYear),
    scorePlan(cur, curYear),
    ...(ends.current ? [ends.current] : []),
  ];
}

/**
 * The overall, goal and team rates of both reports, each with the contributions of its causes.
 * Rows: the plan, then goals and teams that either report has, by ID.
 */
export function reconcile(prev: Plan, prevYear: number, cur: Plan, curYear: number, ends: RecordedEnds = {}): Reconciled[] {
  const states = reconcileStates(prev, prevYear, cur, curYear, ends);
  const steps = stepsOf(ends);
  const rateOf = (s: PlanScore, kind: 'plan' | 'goal' | 'team', id: string) =>
    kind === 'plan' ? (s.groups.plan[0]?.rate ?? null) : (s.groups[kind].find((g) => g.id === id)?.rate ?? null);
  const rows: Reconciled[] = [];
  const row = (kind: 'plan' | 'goal' | 'team', id: string) => {
    const values = states.map((s) => rateOf(s, kind, id));
    const c = contributions(values, steps);
    let gone: ReconcileStep | null = null;
    let came: ReconcileStep | null = null;
    for (let k = 1; k < values.length; k++) {
      if (values[k - 1] !== null && values[k] === null) gone = steps[k - 1]!;
      if (values[k - 1] === null && values[k] !== null) came = steps[k - 1]!;
    }
    const before = values[0]!;
    const after = values[values.length - 1]!;
    rows.push({ kind, id, before, after, ...c, gone: before !== null && after === null ? gone : null, came: before === null && after !== null ? came : null });
  };
  row('plan', cur.id);
  for (const kind of ['goal', 'team'] as const) {
    const ids = [...new Set([...states[0]!.groups[kind].map((g) => g.id), ...states[states.length - 1]!.groups[kind].map((g) => g.id)])].sort();
    for (const id of ids) row(kind, id);
  }
  return rows;
}
