// What changed between two revisions of a plan, as a planning officer reads it: entities added,
// removed, renamed, merged and split; tasks moved or re-led; targets raised or lowered; history
// rewritten. Pure: two plans (and their findings) in, a sorted list of changes out.
import type { Baseline, Plan, PerformanceIndicator, SustainabilityIndicator, Task, Text, YearMap } from '../model/plan.js';
import { sameUnit } from '../model/units.js';
import { bodyCompositions } from '../model/governance-composition.js';

type Entity = 'goal' | 'strategy' | 'task' | 'indicator' | 'actual' | 'team' | 'overlap' | 'governance' | 'settings';

type ChangeKind =
  | 'added'
  | 'removed'
  | 'renamed'
  | 'merged'
  | 'split'
  | 'replaced-not-removed'
  | 'moved'
  | 'lead-changed'
  | 'period-changed'
  | 'budget-changed'
  | 'title-changed'
  | 'baseline-changed'
  | 'target-changed'
  | 'unit-changed'
  | 'direction-changed'
  | 'actual-added'
  | 'actual-changed'
  | 'actual-removed'
  | 'composition-changed'
  | 'settings-changed'
  | 'decision-recorded'
  | 'decision-changed'
  | 'decision-withdrawn';

export interface Change {
  kind: ChangeKind;
  entity: Entity;
  id: string;
  year?: number;
  from?: unknown;
  to?: unknown;
  ids?: string[];
  /** raised / lowered (ambition of a target), or what kind of indicator. */
  note?: string;
}

const ENTITY_ORDER: Entity[] = ['goal', 'strategy', 'task', 'indicator', 'actual', 'team', 'overlap', 'governance', 'settings'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ym = (m: YearMap) => Object.fromEntries(m.map(([y, v]) => [String(y), v]));

function pis(plan: Plan): Map<string, PerformanceIndicator> {
  return new Map(plan.tasks.flatMap((t) => t.indicators.map((i) => [i.id, i] as const)));
}

/** Content without IDs or positions: what stays when only an ID changes. */
const piSignature = (i: PerformanceIndicator) =>
  JSON.stringify([i.name, i.unit, i.direction, i.method ?? null, i.weight, i.baseline ?? null, i.targets, i.source ?? null]);
const siSignature = (i: SustainabilityIndicator) =>
  JSON.stringify([i.goal, i.name, i.unit, i.direction, i.baseline ?? null, i.targets, i.sdgIndicator ?? null, i.limit ?? null, i.managedBy, i.source ?? null]);
const taskSignature = (t: Task) =>
  JSON.stringify([
    t.title,
    t.description ?? null,
    t.strategy,
    t.alsoGoals,
    t.lead,
    t.partners,
    t.period ?? null,
    t.budget,
    t.targetGroups,
    t.areas,
    t.effects.map((e) => [e.indicator, e.change]),
    t.indicators.map((i) => piSignature(i)),
  ]);

/** Pairs removed and added items whose content is the same (and unique on both sides). */
function byContent<T>(removed: T[], added: T[], sig: (x: T) => string): Array<[T, T]> {
  const count = (xs: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of xs) m.set(sig(x), [...(m.get(sig(x)) ?? []), x]);
    return m;
  };
  const r = count(removed);
  const a = count(added);
  const out: Array<[T, T]> = [];
  for (const [s, rs] of r) {
    const as = a.get(s);
    if (rs.length === 1 && as?.length === 1) out.push([rs[0]!, as[0]!]);
  }
  return out;
}

function diffTargets(out: Change[], id: string, direction: string, from: YearMap, to: YearMap): void {
  const a = new Map(from);
  const b = new Map(to);
  for (const year of [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x - y)) {
    const x = a.get(year);
    const y = b.get(year);
    if (x === y) continue;
    const better = direction === 'decrease' ? (p: number, q: number) => q < p : (p: number, q: number) => q > p;
    const note = x === undefined ? 'added' : y === undefined ? 'removed' : better(x, y) ? 'raised' : 'lowered';
    out.push({ kind: 'target-changed', entity: 'indicator', id, year, ...(x !== undefined ? { from: x } : {}), ...(y !== undefined ? { to: y } : {}), note });
  }
}

function diffIndicator(
  out: Change[],
  id: string,
  a: { unit: string; unitText?: Text; direction: string; baseline?: Baseline; targets: YearMap },
  b: typeof a,
): void {
  // a unit now written in both languages ("persons" -> {ko: 명, en: persons}) is the same unit
  if (!sameUnit(a, b)) out.push({ kind: 'unit-changed', entity: 'indicator', id, from: a.unit, to: b.unit });
  if (a.direction !== b.direction) out.push({ kind: 'direction-changed', entity: 'indicator', id, from: a.direction, to: b.direction });
  if (!same(a.baseline ?? null, b.baseline ?? null))
    out.push({ kind: 'baseline-changed', entity: 'indicator', id, from: a.baseline ?? null, to: b.baseline ?? null });
  diffTargets(out, id, b.direction, a.targets, b.targets);
}

function diffTask(out: Change[], id: string, a: Task, b: Task): void {
  if (!same(a.title, b.title)) out.push({ kind: 'title-changed', entity: 'task', id, from: a.title, to: b.title });
  if (a.strategy !== b.strategy) out.push({ kind: 'moved', entity: 'task', id, from: a.strategy, to: b.strategy });
  if (a.lead !== b.lead) out.push({ kind: 'lead-changed', entity: 'task', id, from: a.lead, to: b.lead });
  if (!same(a.period ?? null, b.period ?? null)) out.push({ kind: 'period-changed', entity: 'task', id, from: a.period ?? null, to: b.period ?? null });
  if (!same(a.budget, b.budget)) {
    const total = (m: YearMap) => m.reduce((s, [, v]) => s + v, 0);
    out.push({
      kind: 'budget-changed',
      entity: 'task',
      id,
      from: { ...ym(a.budget), total: total(a.budget) },
      to: { ...ym(b.budget), total: total(b.budget) },
    });
  }
}

export function diffPlans(base: Plan, head: Plan): Change[] {
  const out: Change[] = [];

  // goals and strategies
  for (const [entity, A, B, title] of [
    ['goal', new Map(base.goals.map((g) => [g.id, g])), new Map(head.goals.map((g) => [g.id, g])), (x: { title: unknown }) => x.title],
    ['strategy', new Map(base.strategies.map((s) => [s.id, s])), new Map(head.strategies.map((s) => [s.id, s])), (x: { title: unknown }) => x.title],
  ] as const) {
    const removed = [...A.values()].filter((x) => !B.has(x.id));
    const added = [...B.values()].filter((x) => !A.has(x.id));
    const renamed = byContent<{ id: string; title: unknown }>(removed, added, (x) => JSON.stringify(title(x)));
    const renamedFrom = new Set(renamed.map(([r]) => r.id));
    const renamedTo = new Set(renamed.map(([, a]) => a.id));
    for (const [r, a] of renamed) out.push({ kind: 'renamed', entity, id: a.id, from: r.id, to: a.id });
    for (const r of removed) if (!renamedFrom.has(r.id)) out.push({ kind: 'removed', entity, id: r.id });
    for (const a of added) if (!renamedTo.has(a.id)) out.push({ kind: 'added', entity, id: a.id });
    for (const [id, a] of A) {
      const b = B.get(id);
      if (b && !same(title(a), title(b))) out.push({ kind: 'title-changed', entity, id, from: title(a), to: title(b) });
    }
  }

  // tasks: merges and splits declared by `replaces`, renames found by content, then field changes
  const A = new Map(base.tasks.map((t) => [t.id, t]));
  const B = new Map(head.tasks.map((t) => [t.id, t]));
  const consumedOld = new Set<string>();
  const consumedNew = new Set<string>();
  const successors = new Map<string, string[]>();
  for (const t of head.tasks) {
    for (const r of t.replaces) {
      if (B.has(r)) out.push({ kind: 'replaced-not-removed', entity: 'task', id: t.id, ids: [r] });
      else if (A.has(r)) successors.set(r, [...(successors.get(r) ?? []), t.id]);
    }
  }
  for (const t of head.tasks) {
    // old tasks that this task alone replaces: several are a merge, one into an existing task too;
    // one into a new task is that task renamed (and perhaps edited)
    const olds = t.replaces.filter((r) => successors.get(r)?.length === 1);
    if (olds.length === 0) continue;
    if (olds.length >= 2 || A.has(t.id)) out.push({ kind: 'merged', entity: 'task', id: t.id, ids: [...olds].sort(cmp) });
    else {
      out.push({ kind: 'renamed', entity: 'task', id: t.id, from: olds[0], to: t.id });
      diffTask(out, t.id, A.get(olds[0]!)!, t);
    }
    for (const o of olds) consumedOld.add(o);
    if (!A.has(t.id)) consumedNew.add(t.id);
  }
  for (const [old, news] of successors) {
    if (news.length < 2) continue;
    out.push({ kind: 'split', entity: 'task', id: old, ids: [...news].sort(cmp) });
    consumedOld.add(old);
    news.forEach((n) => {
      if (!A.has(n)) consumedNew.add(n);
    });
  }
  const removedTasks = [...A.values()].filter((t) => !B.has(t.id) && !consumedOld.has(t.id));
  const addedTasks = [...B.values()].filter((t) => !A.has(t.id) && !consumedNew.has(t.id));
  const renamedTasks = byContent(removedTasks, addedTasks, taskSignature);
  for (const [r, a] of renamedTasks) {
    out.push({ kind: 'renamed', entity: 'task', id: a.id, from: r.id, to: a.id });
    consumedOld.add(r.id);
    consumedNew.add(a.id);
  }
  for (const t of removedTasks) if (!consumedOld.has(t.id)) out.push({ kind: 'removed', entity: 'task', id: t.id });
  for (const t of addedTasks) if (!consumedNew.has(t.id)) out.push({ kind: 'added', entity: 'task', id: t.id });
  for (const [id, a] of A) {
    const b = B.get(id);
    if (b) diffTask(out, id, a, b);
  }

  // indicators: sustainability and performance, one namespace
  const pa = pis(base);
  const pb = pis(head);
  const sa = new Map(base.indicators.map((i) => [i.id, i]));
  const sb = new Map(head.indicators.map((i) => [i.id, i]));
  const renamedInd = [
    ...byContent(
      [...sa.values()].filter((i) => !sb.has(i.id)),
      [...sb.values()].filter((i) => !sa.has(i.id)),
      siSignature,
    ),
    ...byContent(
      [...pa.values()].filter((i) => !pb.has(i.id)),
      [...pb.values()].filter((i) => !pa.has(i.id)),
      piSignature,
    ),
  ];
  const indFrom = new Set(renamedInd.map(([r]) => r.id));
  const indTo = new Set(renamedInd.map(([, a]) => a.id));
  for (const [r, a] of renamedInd) out.push({ kind: 'renamed', entity: 'indicator', id: a.id, from: r.id, to: a.id });
  const gone = new Set([...consumedOld, ...removedTasks.map((t) => t.id)]);
  for (const [id, i] of [...sa, ...pa]) {
    if (sb.has(id) || pb.has(id) || indFrom.has(id)) continue;
    // indicators of a removed, merged or split task go with it; say so only for the others
    if ('task' in i && gone.has(i.task)) continue;
    out.push({ kind: 'removed', entity: 'indicator', id });
  }
  const fresh = new Set([...consumedNew, ...addedTasks.map((t) => t.id)]);
  for (const [id, i] of [...sb, ...pb]) {
    if (sa.has(id) || pa.has(id) || indTo.has(id)) continue;
    if ('task' in i && fresh.has(i.task)) continue;
    out.push({ kind: 'added', entity: 'indicator', id });
  }
  for (const [id, a] of sa) {
    const b = sb.get(id);
    if (b) diffIndicator(out, id, a, b);
  }
  for (const [id, a] of pa) {
    const b = pb.get(id);
    if (b) diffIndicator(out, id, a, b);
  }

  // actuals: a changed value is history rewritten
  const key = (i: string, y: number) => `${i}\u0000${y}`;
  const aa = new Map(base.actuals.map((x) => [key(x.indicator, x.year), x]));
  const ab = new Map(head.actuals.map((x) => [key(x.indicator, x.year), x]));
  for (const [k, x] of ab) {
    const old = aa.get(k);
    if (!old) out.push({ kind: 'actual-added', entity: 'actual', id: x.indicator, year: x.year, to: x.value });
    else if (old.value !== x.value) out.push({ kind: 'actual-changed', entity: 'actual', id: x.indicator, year: x.year, from: old.value, to: x.value });
  }
  for (const [k, x] of aa) if (!ab.has(k)) out.push({ kind: 'actual-removed', entity: 'actual', id: x.indicator, year: x.year, from: x.value });

  // teams: added, removed, renamed (a new ID with the same name), renamed in words (same ID, new name)
  const ta = new Map(base.teams.map((t) => [t.id, t]));
  const tb = new Map(head.teams.map((t) => [t.id, t]));
  const goneTeams = [...ta.values()].filter((t) => !tb.has(t.id));
  const newTeams = [...tb.values()].filter((t) => !ta.has(t.id));
  const teamRenames = byContent(goneTeams, newTeams, (t) => JSON.stringify(t.name));
  const renamedTeam = new Set(teamRenames.flatMap(([x, y]) => [x.id, y.id]));
  for (const [x, y] of teamRenames) out.push({ kind: 'renamed', entity: 'team', id: y.id, from: x.id, to: y.id });
  for (const t of goneTeams) if (!renamedTeam.has(t.id)) out.push({ kind: 'removed', entity: 'team', id: t.id });
  for (const t of newTeams) if (!renamedTeam.has(t.id)) out.push({ kind: 'added', entity: 'team', id: t.id });
  for (const [id, x] of ta) {
    const y = tb.get(id);
    if (y && !same(x.name, y.name)) out.push({ kind: 'title-changed', entity: 'team', id, from: x.name, to: y.name });
  }

  // decisions on overlapping pairs (overlaps.accepted): recorded, changed, withdrawn
  const pairId = (tasks: readonly string[]) => [...tasks].sort(cmp).join('+');
  const decision = (a: Plan['acceptedOverlaps'][number]) => ({ decision: a.decision ?? null, reason: a.reason });
  const da = new Map(base.acceptedOverlaps.map((a) => [pairId(a.tasks), decision(a)]));
  const db = new Map(head.acceptedOverlaps.map((a) => [pairId(a.tasks), decision(a)]));
  for (const [id, y] of db) {
    const x = da.get(id);
    if (!x) out.push({ kind: 'decision-recorded', entity: 'overlap', id, to: y });
    else if (!same(x, y)) out.push({ kind: 'decision-changed', entity: 'overlap', id, from: x, to: y });
  }
  for (const [id, x] of da) if (!db.has(id)) out.push({ kind: 'decision-withdrawn', entity: 'overlap', id, from: x });

  // governance (counts only) and settings
  const comp = (p: Plan) =>
    new Map(
      (p.governance ? bodyCompositions(p.governance) : []).map((c) => [
        c.id,
        { members: c.members, gender: Object.fromEntries(c.gender.map((g) => [g.key, g.count])), external: c.external },
      ]),
    );
  const ca = comp(base);
  const cb = comp(head);
  for (const id of [...new Set([...ca.keys(), ...cb.keys()])].sort(cmp)) {
    const x = ca.get(id) ?? null;
    const y = cb.get(id) ?? null;
    if (!same(x, y)) out.push({ kind: 'composition-changed', entity: 'governance', id, from: x, to: y });
  }
  const settings = (p: Plan): Record<string, unknown> => ({
    period: p.period,
    languages: p.languages,
    'evaluation.method': p.evaluation.method,
    'evaluation.decrease_ratio': p.evaluation.decreaseRatio,
    'evaluation.cap': p.evaluation.cap,
    'evaluation.weights': p.evaluation.weights,
    'evaluation.grades': p.evaluation.grades,
    'evaluation.grading.quota': p.evaluation.quota ?? null,
    'evaluation.progress_thresholds': p.evaluation.thresholds,
    'overlaps.threshold': p.overlapThreshold,
  });
  const xa = settings(base);
  const xb = settings(head);
  for (const id of Object.keys(xa)) if (!same(xa[id], xb[id])) out.push({ kind: 'settings-changed', entity: 'settings', id, from: xa[id], to: xb[id] });

  return out.sort(
    (x, y) => ENTITY_ORDER.indexOf(x.entity) - ENTITY_ORDER.indexOf(y.entity) || cmp(x.kind, y.kind) || cmp(x.id, y.id) || (x.year ?? 0) - (y.year ?? 0),
  );
}

export interface DiffSummary {
  [key: string]: number;
}

/** Counts by entity and kind ("task.added"), and targets raised and lowered. */
export function summarise(changes: readonly Change[]): DiffSummary {
  const s: DiffSummary = {};
  for (const c of changes) {
    const k = `${c.entity}.${c.kind}`;
    s[k] = (s[k] ?? 0) + 1;
    if (c.kind === 'target-changed' && (c.note === 'raised' || c.note === 'lowered')) s[`targets.${c.note}`] = (s[`targets.${c.note}`] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(s).sort(([a], [b]) => cmp(a, b)));
}
