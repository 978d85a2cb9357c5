// Scores a whole plan for one evaluation year: every indicator, then tasks, strategies, goals,
// teams, departments and the plan. Missing data is missing: it never counts as 0, and every
// rolled-up figure carries how many of its indicators had data (coverage).
import type { Baseline, Direction, IndicatorKind, Method, Plan, Task, Text, YearMap } from '../model/plan.js';
import { achievementRate, type Formula } from './achievement.js';
import { gradeByBands, gradeByQuota } from './grades.js';
import { progressMeasure, type Progress } from './progress-measure.js';
import { trajectory, type Trajectory } from './trajectory.js';
import { historyIndex, type Series } from './history.js';
import { dueRule } from './due.js';

export type GroupKind = 'task' | 'strategy' | 'goal' | 'team' | 'department' | 'plan';
export type RowKind = 'indicator' | GroupKind;

interface Coverage {
  /** Indicators with a target for the year and an actual. */
  measured: number;
  /** Indicators with a target for the year. */
  targeted: number;
}

export interface IndicatorScore {
  id: string;
  kind: 'indicator';
  scope: 'task' | 'sustainability';
  /** Task of a performance indicator; goal of a sustainability indicator. */
  parent: string;
  name: Text;
  unit: string;
  direction: Direction;
  method: Method | null;
  weight: number | null;
  baseline: Baseline | null;
  target: number | null;
  actual: number | null;
  rate: number | null;
  raw: number | null;
  formula: Formula;
  grade: string | null;
  coverage: Coverage;
  trajectory: Trajectory | null;
  /** 1.1 kind, and how the indicator was assessed: rated against a numeric target, by its trend (qualitative), tracked only (monitoring), or not measured yet (future). */
  indicatorKind: IndicatorKind;
  assessment: 'rated' | 'trend' | 'tracked' | 'future';
  /** The text target for the year, else the last one (1.1): shown beside the figures, never rated. */
  textTarget: { year: number; text: Text } | null;
  progress?: Progress & {
    latest: { year: number; value: number } | null;
    finalTarget: { year: number; value: number } | null;
    /** The base the progress was measured from (the baseline, or as sdg-build picks one without it). */
    base: { year: number; value: number; from: 'baseline' | 'data' } | null;
    /**
     * A status set by hand (progress_status) replaces the computed one. As in sdg-build's
     * IndicatorProgress, a manual status carries no score (score and value are null); the computed
     * status, score and value stay here, apart, to be shown as computed.
     */
    manual?: { computed: Progress; reason: Text | null };
  };
}

export interface GroupScore {
  id: string;
  kind: GroupKind;
  name: Text;
  rate: number | null;
  grade: string | null;
  coverage: Coverage;
  /** Members rolled up: indicator IDs for a task, task IDs otherwise, each with its rate and weight. */
  parts: Array<{ id: string; rate: number | null; weight: number }>;
  /** How the parts were weighted. */
  weighting: 'indicator-weights' | 'equal' | 'budget' | 'equal-no-budget';
}

export interface PlanScore {
  plan: string;
  year: number;
  /** Under budget weights: each year's fallback weight for a task without a budget (the mean of the budgeted tasks). */
  budgetFallback?: number;
  indicators: IndicatorScore[];
  groups: Record<GroupKind, GroupScore[]>;
}

const valueAt = (m: YearMap, year: number): number | undefined => m.find(([y]) => y === year)?.[1];
const last = (m: YearMap) => (m.length > 0 ? { year: m[m.length - 1]![0], value: m[m.length - 1]![1] } : null);
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const assessmentOf = (kind: IndicatorKind): IndicatorScore['assessment'] =>
  kind === 'quantitative' ? 'rated' : kind === 'qualitative' ? 'trend' : kind === 'monitoring' ? 'tracked' : 'future';

function textTargetFor(targets: ReadonlyArray<readonly [number, Text]>, year: number): IndicatorScore['textTarget'] {
  const hit = targets.find(([y]) => y === year) ?? targets[targets.length - 1];
  return hit ? { year: hit[0], text: hit[1] } : null;
}

/** sdg-build's base year when there is no baseline: 2015, else the first later year with data. */
const OPEN_SDG_BASE_YEAR = 2015;

function baseOf(baseline: Baseline | undefined, years: Series | undefined, upTo: number): NonNullable<IndicatorScore['progress']>['base'] {
  if (baseline) return { ...baseline, from: 'baseline' };
  let best: { year: number; value: number } | null = null;
  for (const [y, v] of years ?? []) if (v !== null && y >= OPEN_SDG_BASE_YEAR && y <= upTo && (!best || y < best.year)) best = { year: y, value: v };
  return best ? { ...best, from: 'data' } : null;
}

/**
 * Progress of an indicator by the Open SDG method: toward its final numeric target when it is
 * rated, by its trend otherwise (qualitative); a manual progress_status wins and says so.
 */
function progressOf(
  ind: Plan['indicators'][number] | Task['indicators'][number],
  years: Series | undefined,
  year: number,
  withTarget: boolean,
  ev: Plan['evaluation'],
): NonNullable<IndicatorScore['progress']> {
  const latest = latestUpTo(years, year);
  const finalTarget = withTarget ? last(ind.targets) : null;
  const base = baseOf(ind.baseline, years, year);
  const limit = 'limit' in ind ? ind.limit : undefined;
  const computed = progressMeasure({
    direction: ind.direction,
    ...(base ? { baseline: { year: base.year, value: base.value } } : {}),
    ...(latest ? { latest } : {}),
    ...(finalTarget ? { target: finalTarget } : {}),
    ...(limit !== undefined ? { limit } : {}),
    withTarget: ev.thresholds.withTarget,
    withoutTarget: ev.thresholds.withoutTarget,
  });
  if (ind.progressStatus) {
    const manual = { computed, reason: ind.progressStatus.reason ?? null };
    return { status: ind.progressStatus.status, score: null, value: null, latest, finalTarget, base, manual };
  }
  return { ...computed, latest, finalTarget, base };
}

function latestUpTo(years: Map<number, number | null> | undefined, year: number): { year: number; value: number } | null {
  let best: { year: number; value: number } | null = null;
  for (const [y, v] of years ?? []) if (y <= year && v !== null && (!best || y > best.year)) best = { year: y, value: v };
  return best;
}

function weightedMean(parts: ReadonlyArray<{ rate: number | null; weight: number }>): number | null {
  let sum = 0;
  let w = 0;
  for (const p of parts) {
    if (p.rate === null || !(p.weight > 0)) continue;
    sum += p.rate * p.weight;
    w += p.weight;
  }
  return w > 0 ? sum / w : null;
}

export function scorePlan(plan: Plan, year: number): PlanScore {
  const ev = plan.evaluation;
  const actuals = historyIndex(plan);
  // the year's target is what made an actual due (score/due.ts): outside its task's years, or
  // for a replaced task in its replacement's years, an indicator has no target and is not counted
  const due = dueRule(plan);
  const indicators: IndicatorScore[] = [];

  // Task (performance) indicators
  const taskScores: GroupScore[] = [];
  for (const task of plan.tasks) {
    const parts: GroupScore['parts'] = [];
    const coverage: Coverage = { measured: 0, targeted: 0 };
    for (const pi of task.indicators) {
      // only quantitative indicators are rated; the others are shown with their trend or as tracked
      const rated = pi.kind === 'quantitative';
      const target = due(pi.id, year);
      const years = actuals.get(pi.id);
      const actual = years?.has(year) ? years.get(year)! : undefined;
      const r = achievementRate({
        direction: pi.direction,
        method: pi.method ?? ev.method,
        decreaseRatio: ev.decreaseRatio,
        cap: ev.cap,
        ...(pi.baseline ? { baseline: pi.baseline.value } : {}),
        ...(target !== undefined ? { target } : {}),
        actual,
      });
      const cov: Coverage = { targeted: target !== undefined ? 1 : 0, measured: r.rate !== null ? 1 : 0 };
      coverage.targeted += cov.targeted;
      coverage.measured += cov.measured;
      parts.push({ id: pi.id, rate: r.rate, weight: pi.weight });
      indicators.push({
        id: pi.id,
        kind: 'indicator',
        scope: 'task',
        parent: task.id,
        name: pi.name,
        unit: pi.unit,
        direction: pi.direction,
        method: r.method,
        weight: pi.weight,
        baseline: pi.baseline ?? null,
        target: target ?? null,
        actual: actual ?? null,
        rate: r.rate,
        raw: r.raw,
        formula: r.formula,
        grade: gradeByBands(r.rate, ev.grades),
        coverage: cov,
        trajectory: rated ? trajectory(pi.direction, pi.baseline, last(pi.targets) ?? undefined, latestUpTo(years, year) ?? undefined) : null,
        indicatorKind: pi.kind,
        assessment: assessmentOf(pi.kind),
        textTarget: textTargetFor(pi.textTargets, year),
        ...(pi.kind === 'qualitative' ? { progress: progressOf(pi, years, year, false, ev) } : {}),
      });
    }
    const rate = weightedMean(parts);
    taskScores.push({
      id: task.id,
      kind: 'task',
      name: task.title,
      rate,
      grade: gradeByBands(rate, ev.grades),
      coverage,
      parts,
      weighting: 'indicator-weights',
    });
  }

  // Sustainability indicators: progress toward the final target, and the year's rate where a target exists
  for (const si of plan.indicators) {
    const years = actuals.get(si.id);
    const rated = si.kind === 'quantitative';
    const finalTarget = rated ? last(si.targets) : null;
    const target = due(si.id, year);
    const actual = years?.has(year) ? years.get(year)! : undefined;
    const r = achievementRate({
      direction: si.direction,
      method: ev.method,
      decreaseRatio: ev.decreaseRatio,
      cap: ev.cap,
      ...(si.baseline ? { baseline: si.baseline.value } : {}),
      ...(target !== undefined ? { target } : {}),
      actual,
    });
    const latest = latestUpTo(years, year);
    indicators.push({
      id: si.id,
      kind: 'indicator',
      scope: 'sustainability',
      parent: si.goal,
      name: si.name,
      unit: si.unit,
      direction: si.direction,
      method: r.method,
      weight: null,
      baseline: si.baseline ?? null,
      target: target ?? null,
      actual: actual ?? null,
      rate: r.rate,
      raw: r.raw,
      formula: r.formula,
      grade: gradeByBands(r.rate, ev.grades),
      coverage: { targeted: target !== undefined ? 1 : 0, measured: r.rate !== null ? 1 : 0 },
      trajectory: rated ? trajectory(si.direction, si.baseline, finalTarget ?? undefined, latest ?? undefined) : null,
      indicatorKind: si.kind,
      assessment: assessmentOf(si.kind),
      textTarget: textTargetFor(si.textTargets, year),
      ...(si.kind === 'quantitative' || si.kind === 'qualitative' ? { progress: progressOf(si, years, year, rated, ev) } : {}),
    });
  }

  // Roll-ups over tasks
  const taskById = new Map(taskScores.map((t) => [t.id, t]));
  // Under budget weights a task without a budget for the year weighs as the mean budgeted task
  // of that year (weights/no-budget warns): neither 0, which would drop it while its indicators
  // still count in coverage, nor a guess of its own
  const budgeted = plan.tasks.map((t) => valueAt(t.budget, year)).filter((b): b is number => b !== undefined && b > 0);
  const fallback = budgeted.length > 0 ? budgeted.reduce((a, b) => a + b, 0) / budgeted.length : 0;
  const budgetOf = (t: Task) => valueAt(t.budget, year) ?? fallback;
  const rollUp = (kind: GroupKind, id: string, name: Text, tasks: readonly Task[]): GroupScore => {
    const scored = tasks.map((t) => ({ task: t, score: taskById.get(t.id)! }));
    let weighting: GroupScore['weighting'] = ev.weights === 'budget' ? 'budget' : 'equal';
    let parts = scored.map(({ task, score }) => ({ id: task.id, rate: score.rate, weight: weighting === 'budget' ? budgetOf(task) : 1 }));
    if (weighting === 'budget' && !parts.some((p) => p.rate !== null && p.weight > 0)) {
      weighting = 'equal-no-budget';
      parts = parts.map((p) => ({ ...p, weight: 1 }));
    }
    // summed in ID order: floating-point sums depend on order, and the result must not depend on
    // the order tasks were written in
    parts.sort(byId);
    const rate = weightedMean(parts);
    const coverage = scored.reduce((c, { score }) => ({ measured: c.measured + score.coverage.measured, targeted: c.targeted + score.coverage.targeted }), {
      measured: 0,
      targeted: 0,
    });
    return { id, kind, name, rate, grade: gradeByBands(rate, ev.grades), coverage, parts, weighting };
  };

  const strategyGoal = new Map(plan.strategies.map((s) => [s.id, s.goal]));
  const strategies = plan.strategies.map((s) =>
    rollUp(
      'strategy',
      s.id,
      s.title,
      plan.tasks.filter((t) => t.strategy === s.id),
    ),
  );
  const goals = plan.goals.map((g) =>
    rollUp(
      'goal',
      g.id,
      g.title,
      plan.tasks.filter((t) => strategyGoal.get(t.strategy) === g.id),
    ),
  );
  const teams = plan.teams.map((tm) =>
    rollUp(
      'team',
      tm.id,
      tm.name,
      plan.tasks.filter((t) => t.lead === tm.id),
    ),
  );
  const departments = plan.departments.map((d) => {
    const ids = new Set(d.teams.map((t) => t.id));
    return rollUp(
      'department',
      d.id,
      d.name,
      plan.tasks.filter((t) => ids.has(t.lead)),
    );
  });
  const whole = rollUp('plan', plan.id, plan.title, plan.tasks);

  if (ev.quota) {
    const q = gradeByQuota(teams, ev.quota);
    for (const t of teams) t.grade = q.get(t.id) ?? null;
  }

  return {
    plan: plan.id,
    year,
    ...(ev.weights === 'budget' ? { budgetFallback: fallback } : {}),
    indicators: indicators.sort(byId),
    groups: {
      task: taskScores.sort(byId),
      strategy: strategies.sort(byId),
      goal: goals.sort(byId),
      team: teams.sort(byId),
      department: departments.sort(byId),
      plan: [whole],
    },
  };
}
