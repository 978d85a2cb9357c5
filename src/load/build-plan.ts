// Parsed values -> typed Plan. Schema validation has already reported what is malformed; this
// builder takes what it can from any shape (never trusts it), so rules always see a usable plan.
import type {
  AcceptedOverlap,
  Actual,
  Interaction,
  Baseline,
  Body,
  BodyKind,
  Change,
  Combine,
  Department,
  Dimension,
  Direction,
  Effect,
  Evaluation,
  Geography,
  Goal,
  Governance,
  IndicatorExtras,
  IndicatorKind,
  Member,
  Method,
  PerformanceIndicator,
  Plan,
  ProgressStatusId,
  Source,
  Strategy,
  SustainabilityIndicator,
  Task,
  Team,
  Text,
  TextTargets,
  Thresholds,
  YearMap,
} from '../model/plan.js';
import { DEFAULT_GRADES } from '../model/plan.js';
import { joinPointer } from './source-map.js';
import { DEFAULT_THRESHOLD } from '../model/defaults.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const int = (v: unknown): number | undefined => (Number.isInteger(v) ? (v as number) : undefined);
const strs = (v: unknown): string[] =>
  arr(v)
    .map(str)
    .filter((s): s is string => s !== undefined);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | undefined => (allowed.includes(v as T) ? (v as T) : undefined);

const DIRECTIONS = ['increase', 'decrease', 'milestone'] as const;
const METHODS = ['progress', 'ratio', 'linear'] as const;
const CHANGES = ['increase', 'decrease'] as const;
const COMBINES = ['sum', 'mean', 'last'] as const;
const BODY_KINDS = ['council', 'subcommittee', 'evaluation-committee', 'other'] as const;

/** Inputs of the builder: each file's parsed value, by kind; tasks may come from many files. */
export interface ParsedFiles {
  plan?: { file: string; value: unknown };
  goals?: { file: string; value: unknown };
  indicators?: { file: string; value: unknown };
  governance?: { file: string; value: unknown };
  tasks: Array<{ file: string; value: unknown }>;
  actuals: Actual[];
  /** interactions.csv rows (1.1), when the plan has the file. */
  interactions?: Interaction[];
}

function textOf(v: unknown, defaultLang: string): Text | undefined {
  if (typeof v === 'string') return Object.fromEntries([[defaultLang, v]]);
  if (!isObj(v)) return undefined;
  // fromEntries defines own properties, so a key such as __proto__ cannot reach a prototype.
  const entries = Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function yearMapOf(v: unknown): YearMap {
  if (!isObj(v)) return [];
  return Object.entries(v)
    .filter(([k, n]) => /^\d{4}$/.test(k) && num(n) !== undefined)
    .map(([k, n]) => [Number(k), n as number] as const)
    .sort((a, b) => a[0] - b[0]);
}

/** Targets that are text (1.1): a string or a language map instead of a number. */
function textTargetsOf(v: unknown, lang: string): TextTargets {
  if (!isObj(v)) return [];
  return Object.entries(v)
    .filter(([k, n]) => /^\d{4}$/.test(k) && num(n) === undefined)
    .flatMap(([k, n]) => {
      const t = textOf(n, lang);
      return t ? [[Number(k), t] as const] : [];
    })
    .sort((a, b) => a[0] - b[0]);
}

const KINDS = ['quantitative', 'qualitative', 'monitoring', 'future'] as const;
const STATUSES = ['target_achieved', 'substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration', 'not_available'] as const;

/** The format 1.1 fields every indicator may carry. */
function extrasOf(o: Record<string, unknown>, lang: string): IndicatorExtras {
  const unitText = textOf(o.unit, lang);
  const extras: IndicatorExtras = {
    kind: oneOf<IndicatorKind>(o.kind, KINDS) ?? 'quantitative',
    textTargets: textTargetsOf(o.targets, lang),
    disaggregation: strs(o.disaggregation),
  };
  if (unitText) extras.unitText = unitText;
  const from = int(o.planned_from);
  if (from !== undefined) extras.plannedFrom = from;
  const cycle = oneOf<'annual' | 'biennial' | 'irregular'>(o.update_cycle, ['annual', 'biennial', 'irregular']);
  if (cycle) extras.updateCycle = cycle;
  const geography = oneOf<Geography>(o.geography, ['city', 'province', 'nation']);
  if (geography) extras.geography = geography;
  if (typeof o.proxy === 'boolean') extras.proxy = o.proxy;
  const ps = obj(o.progress_status);
  const status = oneOf<ProgressStatusId>(ps.status, STATUSES);
  if (status) {
    const reason = textOf(ps.reason, lang);
    extras.progressStatus = reason ? { status, reason } : { status };
  }
  return extras;
}

/** The default-language text of a unit (a plain string, or a language map). */
const unitString = (v: unknown, lang: string): string => {
  const t = textOf(v, lang);
  return t ? (t[lang] ?? Object.values(t)[0] ?? '') : '';
};

function baselineOf(v: unknown): Baseline | undefined {
  const o = obj(v);
  const year = int(o.year);
  const value = num(o.value);
  return year !== undefined && value !== undefined ? { year, value } : undefined;
}

function periodOf(v: unknown): { start: number; end: number } | undefined {
  const o = obj(v);
  const start = int(o.start);
  const end = int(o.end);
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}

function evaluationOf(v: unknown): Evaluation {
  const o = obj(v);
  const grades = arr(o.grades)
    .map((g) => ({ grade: str(obj(g).grade), min: num(obj(g).min) }))
    .filter((g): g is { grade: string; min: number } => g.grade !== undefined && g.min !== undefined);
  const quota = obj(obj(o.grading).quota);
  const pt = obj(o.progress_thresholds);
  const thresholds = (v: unknown, d: Thresholds): Thresholds => {
    const t = obj(v);
    return { high: num(t.high) ?? d.high, med: num(t.med) ?? d.med, low: num(t.low) ?? d.low };
  };
  const evaluation: Evaluation = {
    method: o.method === 'ratio' ? 'ratio' : 'progress',
    decreaseRatio: o.decrease_ratio === 'linear' ? 'linear' : 'target-over-actual',
    thresholds: {
      withTarget: thresholds(pt.with_target, { high: 0.95, med: 0.6, low: 0 }),
      withoutTarget: thresholds(pt.without_target, { high: 0.015, med: 0.005, low: 0 }),
    },
    cap: num(o.cap) ?? 1.2,
    weights: o.weights === 'budget' ? 'budget' : 'equal',
    grades: grades.length > 0 ? grades : DEFAULT_GRADES,
  };
  const quotaEntries = Object.entries(quota).filter((e): e is [string, number] => num(e[1]) !== undefined);
  if (quotaEntries.length > 0) evaluation.quota = Object.fromEntries(quotaEntries);
  return evaluation;
}

/**
 * Actuals columns named after a dimension (case-insensitively) hold the row's breakdown, under the
 * dimension's ID; any other extra column is kept apart (`extra`) for actuals/unknown-column.
 */
export function withBreakdowns(actuals: Actual[], dimensions: readonly Dimension[]): Actual[] {
  const byLower = new Map(dimensions.map((d) => [d.id.toLowerCase(), d.id]));
  return actuals.map((a) => {
    const keys = Object.keys(a.breakdown);
    if (keys.length === 0) return a;
    const breakdown: Record<string, string> = {};
    const extra: Record<string, string> = {};
    for (const k of keys) {
      const dim = byLower.get(k);
      if (dim !== undefined) breakdown[dim] = a.breakdown[k]!;
      // a column named __proto__ is unknown like any other (assignment would drop it)
      else Object.defineProperty(extra, k, { value: a.breakdown[k]!, enumerable: true, writable: true, configurable: true });
    }
    return { ...a, breakdown, ...(Object.keys(extra).length ? { extra } : {}) };
  });
}

export function buildPlan(files: ParsedFiles): Plan {
  const planFile = files.plan?.file ?? 'plan.yaml';
  const p = obj(files.plan?.value);
  const languages = strs(p.languages);
  const lang = languages[0] ?? 'en';
  const T = (v: unknown) => textOf(v, lang);
  const at = (file: string, ...segs: Array<string | number>): Source => ({ file, pointer: joinPointer(...segs) });

  const departments: Department[] = [];
  const teams: Team[] = [];
  arr(p.organization).forEach((d, di) => {
    const dep = obj(d);
    const id = str(dep.id);
    if (id === undefined) return;
    const department: Department = { id, name: T(dep.name) ?? {}, teams: [], src: at(planFile, 'organization', di) };
    arr(dep.teams).forEach((t, ti) => {
      const to = obj(t);
      const tid = str(to.id);
      if (tid === undefined) return;
      const team: Team = { id: tid, name: T(to.name) ?? {}, department: id, src: at(planFile, 'organization', di, 'teams', ti) };
      const cap = num(to.budget_cap);
      if (cap !== undefined) team.budgetCap = cap;
      department.teams.push(team);
      teams.push(team);
    });
    departments.push(department);
  });

  const overlaps = obj(p.overlaps);
  const acceptedOverlaps: AcceptedOverlap[] = arr(overlaps.accepted).map((a, i) => {
    const decision = oneOf<'merge' | 'coordinate' | 'keep'>(obj(a).decision, ['merge', 'coordinate', 'keep']);
    return { tasks: strs(obj(a).tasks), reason: str(obj(a).reason) ?? '', ...(decision ? { decision } : {}), src: at(planFile, 'overlaps', 'accepted', i) };
  });
  const dimensions: Dimension[] = Object.entries(obj(p.dimensions)).map(([id, d]) => {
    const name = T(obj(d).name);
    return { id, ...(name ? { name } : {}), values: strs(obj(d).values), src: at(planFile, 'dimensions', id) };
  });
  const ruleOverrides = Object.entries(obj(p.rules))
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([rule, level]) => ({ rule, level, src: at(planFile, 'rules', rule) }));

  const plan: Plan = {
    id: str(p.id) ?? '',
    src: at(planFile),
    title: T(p.title) ?? {},
    period: periodOf(p.period) ?? { start: 0, end: 0 },
    languages: languages.length > 0 ? languages : [lang],
    departments,
    teams,
    evaluation: evaluationOf(p.evaluation),
    overlapThreshold: num(overlaps.threshold) ?? DEFAULT_THRESHOLD,
    acceptedOverlaps,
    synonyms: arr(overlaps.synonyms)
      .map(strs)
      .filter((g) => g.length > 1),
    broader: Object.entries(obj(overlaps.broader))
      .map(([b, ns]): [string, string[]] => [b, strs(ns)])
      .filter(([, ns]) => ns.length > 0),
    interactions: files.interactions ?? [],
    dimensions,
    ruleOverrides,
    goals: [],
    strategies: [],
    indicators: [],
    tasks: [],
    actuals: withBreakdowns(files.actuals, dimensions),
  };
  const vision = T(p.vision);
  if (vision) plan.vision = vision;
  const baseYear = int(p.base_year);
  if (baseYear !== undefined) plan.baseYear = baseYear;
  const currency = str(p.currency);
  if (currency) plan.currency = currency;
  if (isObj(p.revision)) {
    const r = p.revision;
    plan.revision = { cycleYears: int(r.cycle_years) ?? 2 };
    const n = int(r.number);
    if (n !== undefined) plan.revision.number = n;
    const adopted = str(r.adopted);
    if (adopted) plan.revision.adopted = adopted;
  }

  if (files.goals) {
    const gf = files.goals.file;
    arr(obj(files.goals.value).goals).forEach((g, gi) => {
      const go = obj(g);
      const id = str(go.id);
      if (id === undefined) return;
      const goal: Goal = {
        id,
        title: T(go.title) ?? {},
        sdgTargets: strs(go.sdg_targets),
        strategies: [],
        src: at(gf, 'goals', gi),
      };
      const description = T(go.description);
      if (description) goal.description = description;
      const sub = str(go.subcommittee);
      if (sub !== undefined) goal.subcommittee = sub;
      arr(go.strategies).forEach((s, si) => {
        const so = obj(s);
        const sid = str(so.id);
        if (sid === undefined) return;
        const strategy: Strategy = { id: sid, goal: id, title: T(so.title) ?? {}, src: at(gf, 'goals', gi, 'strategies', si) };
        goal.strategies.push(strategy);
        plan.strategies.push(strategy);
      });
      plan.goals.push(goal);
    });
  }

  if (files.indicators) {
    const inf = files.indicators.file;
    arr(obj(files.indicators.value).indicators).forEach((v, i) => {
      const o = obj(v);
      const id = str(o.id);
      if (id === undefined) return;
      const ind: SustainabilityIndicator = {
        id,
        goal: str(o.goal) ?? '',
        name: T(o.name) ?? {},
        unit: unitString(o.unit, lang),
        direction: oneOf<Direction>(o.direction, DIRECTIONS) ?? 'increase',
        targets: yearMapOf(o.targets),
        managedBy: strs(o.managed_by),
        ...extrasOf(o, lang),
        replaces: strs(o.replaces),
        src: at(inf, 'indicators', i),
      };
      const combine = oneOf<Combine>(o.combine, COMBINES);
      if (combine) ind.combine = combine;
      const baseline = baselineOf(o.baseline);
      if (baseline) ind.baseline = baseline;
      const sdg = str(o.sdg_indicator);
      if (sdg !== undefined) ind.sdgIndicator = sdg;
      const limit = num(o.limit);
      if (limit !== undefined) ind.limit = limit;
      const source = str(o.source);
      if (source !== undefined) ind.source = source;
      plan.indicators.push(ind);
    });
  }

  for (const tf of files.tasks) {
    arr(obj(tf.value).tasks).forEach((v, ti) => {
      const o = obj(v);
      const id = str(o.id);
      if (id === undefined) return;
      const effects: Effect[] = arr(o.effects).flatMap((e, ei) => {
        const eo = obj(e);
        const indicator = str(eo.indicator);
        const change = oneOf<Change>(eo.change, CHANGES);
        return indicator !== undefined && change !== undefined ? [{ indicator, change, src: at(tf.file, 'tasks', ti, 'effects', ei) }] : [];
      });
      const indicators: PerformanceIndicator[] = arr(o.indicators).flatMap((pi, pii) => {
        const po = obj(pi);
        const pid = str(po.id);
        if (pid === undefined) return [];
        const ind: PerformanceIndicator = {
          id: pid,
          task: id,
          name: T(po.name) ?? {},
          unit: unitString(po.unit, lang),
          direction: oneOf<Direction>(po.direction, DIRECTIONS) ?? 'increase',
          ...extrasOf(po, lang),
          weight: po.weight === undefined ? 1 : typeof po.weight === 'number' ? po.weight : NaN,
          targets: yearMapOf(po.targets),
          replaces: strs(po.replaces),
          src: at(tf.file, 'tasks', ti, 'indicators', pii),
        };
        const method = oneOf<Method>(po.method, METHODS);
        if (method) ind.method = method;
        const combine = oneOf<Combine>(po.combine, COMBINES);
        if (combine) ind.combine = combine;
        const baseline = baselineOf(po.baseline);
        if (baseline) ind.baseline = baseline;
        const source = str(po.source);
        if (source !== undefined) ind.source = source;
        return [ind];
      });
      const task: Task = {
        id,
        title: T(o.title) ?? {},
        strategy: str(o.strategy) ?? '',
        replaces: strs(o.replaces),
        alsoGoals: strs(o.also_goals),
        lead: str(o.lead) ?? '',
        partners: strs(o.partners),
        budget: yearMapOf(o.budget),
        targetGroups: strs(o.target_groups),
        areas: strs(o.areas),
        effects,
        indicators,
        src: at(tf.file, 'tasks', ti),
      };
      const description = T(o.description);
      if (description) task.description = description;
      const period = periodOf(o.period);
      if (period) task.period = period;
      plan.tasks.push(task);
    });
  }

  if (files.governance) {
    const gvf = files.governance.file;
    const g = obj(files.governance.value);
    const policy = obj(g.policy);
    const governance: Governance = {
      minExternalShare: Object.fromEntries(Object.entries(obj(policy.min_external_share)).filter((e): e is [string, number] => num(e[1]) !== undefined)),
      bodies: [],
      src: at(gvf),
    };
    const maxGender = num(policy.max_gender_share);
    if (maxGender !== undefined) governance.maxGenderShare = maxGender;
    arr(g.bodies).forEach((b, bi) => {
      const bo = obj(b);
      const id = str(bo.id);
      if (id === undefined) return;
      const members: Member[] = arr(bo.members).flatMap((m, mi) => {
        const mo = obj(m);
        const mid = str(mo.id);
        if (mid === undefined) return [];
        const member: Member = { id: mid, src: at(gvf, 'bodies', bi, 'members', mi) };
        const gender = str(mo.gender);
        if (gender !== undefined) member.gender = gender;
        const sector = str(mo.sector);
        if (sector !== undefined) member.sector = sector;
        if (typeof mo.external === 'boolean') member.external = mo.external;
        return [member];
      });
      const body: Body = {
        id,
        kind: oneOf<BodyKind>(bo.kind, BODY_KINDS) ?? 'other',
        name: T(bo.name) ?? {},
        members,
        src: at(gvf, 'bodies', bi),
      };
      const parent = str(bo.parent);
      if (parent !== undefined) body.parent = parent;
      governance.bodies.push(body);
    });
    plan.governance = governance;
  }
  return plan;
}
