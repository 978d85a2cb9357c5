// An evaluation as a record (evaluations/<period>.yaml), and a record back as scores to show.
// Pure: the plan, the period and what the CLI knows of the run (commit, version) in; data out.
import type {
  EvaluationRecord,
  RecordInfo,
  RecordedFigure,
  RecordedIndicator,
  RecordedLevel,
  RecordedMethod,
  RecordedYear,
} from '../model/evaluation-record.js';
import type { Plan, Text } from '../model/plan.js';
import { achievementRate } from './achievement.js';
import { scorePlan, type GroupKind, type GroupScore, type IndicatorScore, type PlanScore } from './score-plan.js';

const byKey = <T>(a: readonly [string, T], b: readonly [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export function methodOf(plan: Plan): RecordedMethod {
  const ev = plan.evaluation;
  return {
    method: ev.method,
    cap: ev.cap,
    weights: ev.weights,
    decreaseRatio: ev.decreaseRatio,
    grades: [...ev.grades].sort((a, b) => b.min - a.min).map((g) => ({ grade: g.grade, min: g.min })),
    quota: ev.quota ? { ...ev.quota } : null,
    thresholds: { withTarget: { ...ev.thresholds.withTarget }, withoutTarget: { ...ev.thresholds.withoutTarget } },
  };
}

function figureOf(g: GroupScore): RecordedFigure {
  return {
    rate: g.rate,
    grade: g.grade,
    measured: g.coverage.measured,
    targeted: g.coverage.targeted,
    parts: g.parts.map((p) => [p.id, p.weight] as const).sort(byKey),
  };
}

function indicatorOf(i: IndicatorScore): RecordedIndicator {
  const out: RecordedIndicator = {
    scope: i.scope,
    parent: i.parent,
    direction: i.direction,
    method: i.method,
    weight: i.weight,
    baseline: i.baseline ? { year: i.baseline.year, value: i.baseline.value } : null,
    target: i.target,
    actual: i.actual,
    rate: i.rate,
    grade: i.grade,
    measured: i.coverage.measured,
    targeted: i.coverage.targeted,
  };
  if (i.progress) {
    out.status = i.progress.status;
    out.score = i.progress.score;
    if (i.progress.manual) out.computedStatus = i.progress.manual.computed.status;
    out.latest = i.progress.latest;
    out.finalTarget = i.progress.finalTarget;
  }
  return out;
}

/** The figures of one year as a record holds them. */
export function recordedYearOf(score: PlanScore): RecordedYear {
  const map = (list: readonly GroupScore[]) => new Map(list.map((g) => [g.id, figureOf(g)] as const));
  return {
    year: score.year,
    plan: figureOf(score.groups.plan[0]!),
    groups: {
      goal: map(score.groups.goal),
      strategy: map(score.groups.strategy),
      team: map(score.groups.team),
      department: map(score.groups.department),
      task: map(score.groups.task),
    },
    indicators: new Map(score.indicators.map((i) => [i.id, indicatorOf(i)] as const)),
  };
}

export interface RecordMeta {
  /** The git commit of the plan folder, when it is in git. */
  commit: string | null;
  /** The sdplan version computing it. */
  sdplan: string;
}

/** The evaluation of a period (every year of it) as a record; `file` is where it will be written. */
export function recordEvaluation(plan: Plan, period: { start: number; end: number }, meta: RecordMeta, file: string): EvaluationRecord {
  const years: RecordedYear[] = [];
  for (let y = period.start; y <= period.end; y++) years.push(recordedYearOf(scorePlan(plan, y)));
  return {
    file,
    plan: plan.id,
    period: { ...period },
    computedWith: { revision: { number: plan.revision?.number ?? null, adopted: plan.revision?.adopted ?? null }, commit: meta.commit, sdplan: meta.sdplan },
    evaluation: methodOf(plan),
    years,
    src: { file, pointer: '' },
  };
}

/** The recorded evaluation holding a year, if any (the latest period first when two overlap). */
export function recordFor(records: readonly EvaluationRecord[], year: number): { record: EvaluationRecord; year: RecordedYear } | null {
  const sorted = [...records].sort((a, b) => b.period.end - a.period.end || b.period.start - a.period.start);
  for (const record of sorted) {
    const y = record.years.find((x) => x.year === year);
    if (y) return { record, year: y };
  }
  return null;
}

/** The record of exactly a period, if any. */
export function recordOfPeriod(records: readonly EvaluationRecord[], period: { start: number; end: number }): EvaluationRecord | null {
  return records.find((r) => r.period.start === period.start && r.period.end === period.end) ?? null;
}

/**
 * A recorded year as scores, so every output shows it as it shows a computation: the figures are
 * the record's; names, units and trajectories come from today's plan where the ID still exists
 * (an ID the plan no longer has is named by its ID). The formula is derived again from the
 * recorded inputs, so --explain-like output and the figure never disagree.
 */
export function recordedScore(record: EvaluationRecord, year: RecordedYear, plan: Plan): PlanScore {
  const today = scorePlan(plan, year.year);
  const def = plan.languages[0] ?? 'en';
  const idText = (id: string): Text => ({ [def]: id });
  const todayInd = new Map(today.indicators.map((i) => [i.id, i]));
  const ev = record.evaluation;
  const indicators: IndicatorScore[] = [...year.indicators].sort(byKey).map(([id, r]) => {
    const now = todayInd.get(id);
    const f = achievementRate({
      direction: r.direction,
      method: r.method ?? ev.method,
      decreaseRatio: ev.decreaseRatio,
      cap: ev.cap,
      ...(r.baseline ? { baseline: r.baseline.value } : {}),
      ...(r.target !== null ? { target: r.target } : {}),
      actual: r.actual,
    });
    const base: IndicatorScore = {
      id,
      kind: 'indicator',
      scope: r.scope,
      parent: r.parent,
      name: now?.name ?? idText(id),
      unit: now?.unit ?? '',
      direction: r.direction,
      method: r.method,
      weight: r.weight,
      baseline: r.baseline,
      target: r.target,
      actual: r.actual,
      rate: r.rate,
      raw: f.raw,
      formula: f.formula,
      grade: r.grade,
      coverage: { measured: r.measured, targeted: r.targeted },
      trajectory: now?.trajectory ?? null,
      indicatorKind: now?.indicatorKind ?? 'quantitative',
      assessment: now?.assessment ?? 'rated',
      textTarget: now?.textTarget ?? null,
    };
    if (r.status !== undefined) {
      const p = now?.progress;
      base.progress = {
        status: r.status,
        score: r.score ?? null,
        value: p?.value ?? null,
        latest: r.latest ?? null,
        finalTarget: r.finalTarget ?? null,
        base: p?.base ?? null,
      };
      // set by hand when recorded: the reason is today's plan's, where it still sets the same status
      if (r.computedStatus !== undefined)
        base.progress.manual = {
          computed: { status: r.computedStatus, score: p?.manual?.computed.status === r.computedStatus ? p.manual.computed.score : null, value: null },
          reason: p?.manual && p.status === r.status ? p.manual.reason : null,
        };
    }
    return base;
  });
  const names = new Map<string, Text>();
  for (const kind of ['task', 'strategy', 'goal', 'team', 'department'] as const) for (const g of today.groups[kind]) names.set(`${kind}\u0000${g.id}`, g.name);
  const group = (kind: GroupKind, id: string, f: RecordedFigure, name: Text | undefined, weighting: GroupScore['weighting']): GroupScore => ({
    id,
    kind,
    name: name ?? idText(id),
    rate: f.rate,
    grade: f.grade,
    coverage: { measured: f.measured, targeted: f.targeted },
    parts: f.parts.map(([pid, weight]) => ({
      id: pid,
      weight,
      rate: (kind === 'task' ? year.indicators.get(pid)?.rate : year.groups.task.get(pid)?.rate) ?? null,
    })),
    weighting,
  });
  const rollWeighting: GroupScore['weighting'] = ev.weights === 'budget' ? 'budget' : 'equal';
  const groupsOf = (kind: RecordedLevel) =>
    [...year.groups[kind]]
      .sort(byKey)
      .map(([id, f]) => group(kind, id, f, names.get(`${kind}\u0000${id}`), kind === 'task' ? 'indicator-weights' : rollWeighting));
  return {
    plan: record.plan,
    year: year.year,
    indicators,
    groups: {
      task: groupsOf('task'),
      strategy: groupsOf('strategy'),
      goal: groupsOf('goal'),
      team: groupsOf('team'),
      department: groupsOf('department'),
      plan: [group('plan', record.plan, year.plan, plan.id === record.plan ? plan.title : undefined, rollWeighting)],
    },
  };
}

export const recordInfo = (r: EvaluationRecord): RecordInfo => ({
  file: r.file,
  period: { ...r.period },
  revision: r.computedWith.revision.number,
  adopted: r.computedWith.revision.adopted,
  commit: r.computedWith.commit,
  sdplan: r.computedWith.sdplan,
});

/**
 * Today's scores with every figure the record holds put in their place; an ID the record does not
 * hold (a task added since) has no figure: it was not part of the evaluation.
 */
export function overlayRecorded(today: PlanScore, recorded: PlanScore): PlanScore {
  const ind = new Map(recorded.indicators.map((i) => [i.id, i]));
  const indicators = today.indicators.map((i): IndicatorScore => {
    const r = ind.get(i.id);
    if (r) return r;
    const { progress: _p, ...rest } = i;
    return { ...rest, rate: null, grade: null, coverage: { measured: 0, targeted: 0 } };
  });
  const groups = {} as PlanScore['groups'];
  for (const kind of ['task', 'strategy', 'goal', 'team', 'department', 'plan'] as const) {
    const rec = new Map(recorded.groups[kind].map((g) => [g.id, g]));
    groups[kind] = today.groups[kind].map(
      (g) =>
        rec.get(g.id) ?? (kind === 'plan' ? recorded.groups.plan[0]! : { ...g, rate: null, grade: null, coverage: { measured: 0, targeted: 0 }, parts: [] }),
    );
  }
  return { ...today, indicators, groups };
}
