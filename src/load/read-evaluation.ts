// A parsed evaluations/*.yaml -> EvaluationRecord, or null when its shape is not a record's
// (the schema check names every problem; nothing here guesses a figure).
import type { EvaluationRecord, RecordedFigure, RecordedIndicator, RecordedLevel, RecordedYear } from '../model/evaluation-record.js';
import type { Direction, Method, ProgressStatusId, Thresholds } from '../model/plan.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const numOrNull = (v: unknown): number | null | undefined => (v === null ? null : typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

class Shape extends Error {}
const fail = (): never => {
  throw new Shape();
};
const need = <T>(v: T | null | undefined): T => {
  if (v === null || v === undefined) throw new Shape();
  return v;
};

const LEVELS: ReadonlyArray<readonly [RecordedLevel, string]> = [
  ['goal', 'goals'],
  ['strategy', 'strategies'],
  ['team', 'teams'],
  ['department', 'departments'],
  ['task', 'tasks'],
];

function figure(v: unknown): RecordedFigure {
  if (!isObj(v) || !isObj(v.parts)) throw new Shape();
  const rate = numOrNull(v.rate);
  if (rate === undefined) throw new Shape();
  return {
    rate,
    grade: v.grade === null ? null : need(str(v.grade)),
    measured: need(num(v.measured)),
    targeted: need(num(v.targeted)),
    parts: Object.entries(v.parts)
      .map(([id, w]) => [id, need(num(w))] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
}

function indicator(v: unknown): RecordedIndicator {
  if (!isObj(v)) throw new Shape();
  const scope = typeof v.task === 'string' ? 'task' : typeof v.goal === 'string' ? 'sustainability' : null;
  const pick = (k: string) => {
    const x = numOrNull(v[k]);
    if (x === undefined) throw new Shape();
    return x;
  };
  const b = v.baseline;
  const out: RecordedIndicator = {
    scope: need(scope),
    parent: need(str(scope === 'task' ? v.task : v.goal)),
    direction: need(str(v.direction)) as Direction,
    method: v.method === null ? null : (need(str(v.method)) as Method),
    weight: v.weight === undefined ? null : need(num(v.weight)),
    baseline: b === null ? null : isObj(b) ? { year: need(num(b.year)), value: need(num(b.value)) } : fail(),
    target: pick('target'),
    actual: pick('actual'),
    rate: pick('rate'),
    grade: v.grade === null ? null : need(str(v.grade)),
    measured: need(num(v.measured)),
    targeted: need(num(v.targeted)),
  };
  if (v.status !== undefined) {
    out.status = need(str(v.status)) as ProgressStatusId;
    out.score = v.score === undefined ? null : pick('score');
    if (v.computed_status !== undefined) out.computedStatus = need(str(v.computed_status)) as ProgressStatusId;
    const point = (x: unknown) => (x === null || x === undefined ? null : isObj(x) ? { year: need(num(x.year)), value: need(num(x.value)) } : fail());
    out.latest = point(v.latest);
    out.finalTarget = point(v.final_target);
  }
  return out;
}

function thresholds(v: unknown): Thresholds {
  if (!isObj(v)) throw new Shape();
  return { high: need(num(v.high)), med: need(num(v.med)), low: need(num(v.low)) };
}

export function readEvaluation(file: string, value: unknown): EvaluationRecord | null {
  try {
    if (!isObj(value) || value.sdplan_evaluation !== 1) return null;
    const period = value.period;
    const cw = value.computed_with;
    const ev = value.evaluation;
    if (!isObj(period) || !isObj(cw) || !isObj(cw.revision) || !isObj(ev) || !isObj(value.years) || !Array.isArray(ev.grades) || !isObj(ev.progress_thresholds))
      return null;
    const years: RecordedYear[] = Object.entries(value.years)
      .map(([y, body]) => {
        if (!/^\d{4}$/.test(y) || !isObj(body)) throw new Shape();
        const groups = {} as Record<RecordedLevel, Map<string, RecordedFigure>>;
        for (const [level, key] of LEVELS) {
          const m = body[key];
          if (!isObj(m)) throw new Shape();
          groups[level] = new Map(Object.entries(m).map(([id, f]) => [id, figure(f)] as const));
        }
        if (!isObj(body.indicators)) throw new Shape();
        return {
          year: Number(y),
          plan: figure(body.plan),
          groups,
          indicators: new Map(Object.entries(body.indicators).map(([id, i]) => [id, indicator(i)] as const)),
        };
      })
      .sort((a, b) => a.year - b.year);
    const rev = cw.revision;
    return {
      file,
      plan: need(str(value.plan)),
      period: { start: need(num(period.start)), end: need(num(period.end)) },
      computedWith: {
        revision: { number: rev.number === null ? null : need(num(rev.number)), adopted: rev.adopted === null ? null : need(str(rev.adopted)) },
        commit: cw.commit === undefined ? null : need(str(cw.commit)),
        sdplan: need(str(cw.sdplan)),
      },
      evaluation: {
        method: need(str(ev.method)) as Method,
        cap: need(num(ev.cap)),
        weights: need(str(ev.weights)) as 'equal' | 'budget',
        decreaseRatio: need(str(ev.decrease_ratio)) as 'target-over-actual' | 'linear',
        grades: ev.grades.map((g) => (isObj(g) ? { grade: need(str(g.grade)), min: need(num(g.min)) } : fail())),
        quota: ev.quota === undefined ? null : isObj(ev.quota) ? Object.fromEntries(Object.entries(ev.quota).map(([k, q]) => [k, need(num(q))])) : fail(),
        thresholds: { withTarget: thresholds(ev.progress_thresholds.with_target), withoutTarget: thresholds(ev.progress_thresholds.without_target) },
      },
      years,
      src: { file, pointer: '' },
    };
  } catch (e) {
    if (e instanceof Shape) return null;
    throw e;
  }
}
