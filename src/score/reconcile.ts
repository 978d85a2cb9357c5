// A recorded evaluation against a computation today: which figures differ, and why (revised or
// added actuals, changed targets or baselines, merged, removed or new tasks and indicators, or
// the method). Pure: the record and the plan in, the differences out. validate reports them
// (evaluation/recomputed-differs).
import type { ChangeCause, EvaluationRecord, RecordedFigure, RecordedIndicator, RecordedLevel, RecordedYear } from '../model/evaluation-record.js';
import { CHANGE_CAUSES } from '../model/evaluation-record.js';
import type { Plan } from '../model/plan.js';
import { methodOf, recordedYearOf } from './record-evaluation.js';
import { scorePlan } from './score-plan.js';

export type DifferenceLevel = 'plan' | RecordedLevel | 'indicator';

interface FigureDifference {
  year: number;
  level: DifferenceLevel;
  id: string;
  /** The rate as recorded and as computed today (null: no figure, or the ID is gone or new). */
  recorded: number | null;
  now: number | null;
  /** Grade and coverage (measured / targeted) as recorded and today; null where the ID is absent. */
  grades: { recorded: string | null; now: string | null };
  coverage: { recorded: { measured: number; targeted: number } | null; now: { measured: number; targeted: number } | null };
  /** The ID is in the record only, or today only. */
  presence: 'both' | 'recorded-only' | 'now-only';
  causes: ChangeCause[];
}

export interface RecordComparison {
  record: EvaluationRecord;
  /** The evaluation settings differ from the record's. */
  methodChanged: boolean;
  differences: FigureDifference[];
}

const EPS = 1e-9;
const sameNum = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? null) === null || (b ?? null) === null ? (a ?? null) === (b ?? null) : Math.abs(a! - b!) <= EPS * Math.max(1, Math.abs(a!), Math.abs(b!));
const samePoint = (a: { year: number; value: number } | null | undefined, b: { year: number; value: number } | null | undefined) =>
  (a ?? null) === null || (b ?? null) === null ? (a ?? null) === (b ?? null) : a!.year === b!.year && sameNum(a!.value, b!.value);
const sorted = (c: Set<ChangeCause>): ChangeCause[] => CHANGE_CAUSES.filter((x) => c.has(x));

type Fig = { rate: number | null; grade: string | null; measured: number; targeted: number } | undefined;
function difference(year: number, level: DifferenceLevel, id: string, r: Fig, n: Fig, causes: Set<ChangeCause>): FigureDifference {
  return {
    year,
    level,
    id,
    recorded: r?.rate ?? null,
    now: n?.rate ?? null,
    grades: { recorded: r?.grade ?? null, now: n?.grade ?? null },
    coverage: { recorded: r ? { measured: r.measured, targeted: r.targeted } : null, now: n ? { measured: n.measured, targeted: n.targeted } : null },
    presence: r && n ? 'both' : r ? 'recorded-only' : 'now-only',
    causes: sorted(causes),
  };
}

function figureDiffers(a: RecordedFigure, b: RecordedFigure): boolean {
  return !sameNum(a.rate, b.rate) || a.grade !== b.grade || a.measured !== b.measured || a.targeted !== b.targeted;
}

function indicatorDiffers(a: RecordedIndicator, b: RecordedIndicator): boolean {
  return (
    !sameNum(a.rate, b.rate) ||
    a.grade !== b.grade ||
    a.measured !== b.measured ||
    a.targeted !== b.targeted ||
    (a.status ?? null) !== (b.status ?? null) ||
    !sameNum(a.score, b.score) ||
    (a.computedStatus ?? null) !== (b.computedStatus ?? null)
  );
}

/** What differs in the inputs of one indicator's figures. */
function indicatorCauses(r: RecordedIndicator, n: RecordedIndicator, methodChanged: boolean): Set<ChangeCause> {
  const c = new Set<ChangeCause>();
  if (!sameNum(r.target, n.target) || !samePoint(r.finalTarget, n.finalTarget)) c.add('target-changed');
  if (!samePoint(r.baseline, n.baseline)) c.add('baseline-changed');
  if (r.actual === null && n.actual !== null) c.add('actual-added');
  else if (!sameNum(r.actual, n.actual)) c.add('actual-revised');
  if (!samePoint(r.latest, n.latest))
    c.add(r.latest === null || r.latest === undefined || (n.latest && n.latest.year > r.latest.year) ? 'actual-added' : 'actual-revised');
  if (r.method !== n.method || !sameNum(r.weight, n.weight) || r.direction !== n.direction || methodChanged) c.add('method-changed');
  return c;
}

/** Tasks and indicators that a task or indicator of today's plan continues (`replaces`). */
function replacedIds(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const t of plan.tasks) {
    for (const r of t.replaces) out.add(r);
    for (const i of t.indicators) for (const r of i.replaces) out.add(r);
  }
  for (const i of plan.indicators) for (const r of i.replaces) out.add(r);
  return out;
}

function sameMethod(a: EvaluationRecord['evaluation'], b: EvaluationRecord['evaluation']): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One recorded year against today's computation of it. */
function compareYear(recorded: RecordedYear, now: RecordedYear, plan: Plan, methodChanged: boolean): FigureDifference[] {
  const replaced = replacedIds(plan);
  const gone = (id: string, parent?: string): ChangeCause => (replaced.has(id) || (parent !== undefined && replaced.has(parent)) ? 'merged' : 'removed');
  const out: FigureDifference[] = [];
  const year = recorded.year;

  // indicators: causes of each, kept for the tasks above them
  const indCauses = new Map<string, Set<ChangeCause>>();
  const ids = [...new Set([...recorded.indicators.keys(), ...now.indicators.keys()])].sort();
  for (const id of ids) {
    const r = recorded.indicators.get(id);
    const n = now.indicators.get(id);
    if (r && !n) {
      const c = new Set<ChangeCause>([gone(id, r.scope === 'task' ? r.parent : undefined)]);
      indCauses.set(id, c);
      out.push(difference(year, 'indicator', id, r, undefined, c));
    } else if (n && !r) {
      const c = new Set<ChangeCause>(['new']);
      indCauses.set(id, c);
      if (n.targeted > 0 || n.rate !== null) out.push(difference(year, 'indicator', id, undefined, n, c));
    } else if (r && n && indicatorDiffers(r, n)) {
      const c = indicatorCauses(r, n, methodChanged);
      if (c.size === 0) c.add('method-changed');
      indCauses.set(id, c);
      out.push(difference(year, 'indicator', id, r, n, c));
    }
  }

  // groups, tasks first: a group's causes are those of its parts that changed
  const taskCauses = new Map<string, Set<ChangeCause>>();
  /** A part that counts in a figure: it has a rate, or a target that was due. */
  const counts = (level: DifferenceLevel, year: RecordedYear, id: string) => {
    const f = level === 'task' ? year.indicators.get(id) : year.groups.task.get(id);
    return f !== undefined && (f.rate !== null || f.targeted > 0);
  };
  const groupDiff = (
    level: DifferenceLevel,
    id: string,
    r: RecordedFigure | undefined,
    n: RecordedFigure | undefined,
    partCauses: Map<string, Set<ChangeCause>>,
  ): Set<ChangeCause> | null => {
    if (r && !n) {
      const c = new Set<ChangeCause>([level === 'task' ? gone(id) : 'removed']);
      out.push(difference(year, level, id, r, undefined, c));
      return c;
    }
    if (n && !r) {
      const c = new Set<ChangeCause>(['new']);
      if (n.targeted > 0 || n.rate !== null) out.push(difference(year, level, id, undefined, n, c));
      return c;
    }
    if (!r || !n || !figureDiffers(r, n)) return null;
    const c = new Set<ChangeCause>();
    const rw = new Map(r.parts);
    const nw = new Map(n.parts);
    for (const p of new Set([...rw.keys(), ...nw.keys()])) {
      if (!nw.has(p)) {
        if (counts(level, recorded, p)) c.add(level === 'task' ? gone(p, id) : gone(p));
      } else if (!rw.has(p)) {
        if (counts(level, now, p)) c.add('new');
      } else {
        for (const x of partCauses.get(p) ?? []) c.add(x);
        if (!sameNum(rw.get(p), nw.get(p))) c.add('method-changed');
      }
    }
    if (methodChanged) c.add('method-changed');
    if (c.size === 0) c.add('method-changed');
    out.push(difference(year, level, id, r, n, c));
    return c;
  };
  for (const id of [...new Set([...recorded.groups.task.keys(), ...now.groups.task.keys()])].sort()) {
    const c = groupDiff('task', id, recorded.groups.task.get(id), now.groups.task.get(id), indCauses);
    if (c) taskCauses.set(id, c);
  }
  for (const level of ['strategy', 'goal', 'team', 'department'] as const) {
    for (const id of [...new Set([...recorded.groups[level].keys(), ...now.groups[level].keys()])].sort()) {
      groupDiff(level, id, recorded.groups[level].get(id), now.groups[level].get(id), taskCauses);
    }
  }
  groupDiff('plan', plan.id, recorded.plan, now.plan, taskCauses);
  const order: DifferenceLevel[] = ['plan', 'goal', 'strategy', 'team', 'department', 'task', 'indicator'];
  return out.sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every recorded year against today's computation. */
export function compareRecord(record: EvaluationRecord, plan: Plan): RecordComparison {
  const methodChanged = !sameMethod(record.evaluation, methodOf(plan));
  const differences = record.years.flatMap((y) => compareYear(y, recordedYearOf(scorePlan(plan, y.year)), plan, methodChanged));
  return { record, methodChanged, differences };
}
