// Conflicts between tasks, reported apart from overlaps: opposite declared effects, effects that
// work against another goal (trade-offs), inconsistent targets for the same measure, and teams
// over their yearly budget cap.
import type { Plan } from '../model/plan.js';
import { taskDocs, type TaskDoc } from './task-docs.js';
import { cosine, tfidf } from './vectors.js';
import { candidatePairs } from './similarity-join.js';

type ConflictKind = 'opposite-effects' | 'trade-off' | 'inconsistent-targets' | 'budget-cap';

export interface Conflict {
  kind: ConflictKind;
  tasks: string[];
  indicator?: string;
  goals?: string[];
  /** Facts as data; render/ makes the sentence. */
  detail: Record<string, string | number | string[]>;
}

/** Names at least this similar (cosine of their words, same unit) measure the same thing. */
const SAME_MEASURE = 0.8;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function findConflicts(plan: Plan, docs: TaskDoc[] = taskDocs(plan)): Conflict[] {
  const out: Conflict[] = [];
  const goalOf = new Map(plan.strategies.map((s) => [s.id, s.goal]));
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));

  // opposite-effects: one conflict per indicator, naming the tasks on each side
  const sides = new Map<string, { increase: Set<string>; decrease: Set<string> }>();
  for (const t of plan.tasks) {
    for (const e of t.effects) {
      let s = sides.get(e.indicator);
      if (!s) sides.set(e.indicator, (s = { increase: new Set(), decrease: new Set() }));
      s[e.change].add(t.id);
    }
  }
  for (const [indicator, s] of [...sides].sort((a, b) => cmp(a[0], b[0]))) {
    if (s.increase.size === 0 || s.decrease.size === 0) continue;
    const raise = [...s.increase].sort(cmp);
    const lower = [...s.decrease].sort(cmp);
    out.push({ kind: 'opposite-effects', tasks: [...raise, ...lower].sort(cmp), indicator, detail: { raise, lower } });
  }

  // trade-off: an effect against the indicator's own direction
  for (const t of [...plan.tasks].sort((a, b) => cmp(a.id, b.id))) {
    for (const e of t.effects) {
      const ind = indicators.get(e.indicator);
      if (!ind) continue;
      const wanted = ind.direction === 'decrease' ? 'decrease' : 'increase';
      if (e.change === wanted) continue;
      const taskGoal = goalOf.get(t.strategy) ?? '';
      out.push({
        kind: 'trade-off',
        tasks: [t.id],
        indicator: ind.id,
        goals: [taskGoal, ind.goal],
        detail: { change: e.change, wanted, taskGoal, indicatorGoal: ind.goal },
      });
    }
  }

  // inconsistent-targets: the same measure in two tasks, different targets for one year
  const flat = docs.flatMap((d) => d.indicators.map((i) => ({ ...i, task: d.task.id })));
  const { vectors, vocab } = tfidf(flat.map((i) => i.tokens.map((t) => `${i.unit}\u0000${t}`)));
  const m = flat.length;
  const keys = [...candidatePairs(vectors, vocab.df, SAME_MEASURE, (x, y) => flat[x]!.task !== flat[y]!.task)].sort((a, b) => a - b);
  for (const k of keys) {
    const a = flat[Math.floor(k / m)]!;
    const b = flat[k % m]!;
    if (a.unit !== b.unit || cosine(vectors[Math.floor(k / m)]!, vectors[k % m]!) < SAME_MEASURE) continue;
    const tb = new Map(b.targets);
    const years = a.targets.filter(([y, v]) => tb.has(y) && tb.get(y) !== v).map(([y]) => y);
    if (years.length === 0) continue;
    const [x, y] = cmp(a.id, b.id) <= 0 ? [a, b] : [b, a];
    const year = years[0]!;
    out.push({
      kind: 'inconsistent-targets',
      tasks: [x.task, y.task].sort(cmp),
      indicator: `${x.id} / ${y.id}`,
      detail: { a: x.id, b: y.id, year, targetA: new Map(x.targets).get(year)!, targetB: new Map(y.targets).get(year)!, years: years.length, unit: x.unit },
    });
  }

  // budget-cap: a team's tasks together over its cap in a year
  for (const team of [...plan.teams].sort((a, b) => cmp(a.id, b.id))) {
    if (team.budgetCap === undefined) continue;
    const led = plan.tasks.filter((t) => t.lead === team.id);
    const byYear = new Map<number, number>();
    for (const t of led) for (const [y, v] of t.budget) byYear.set(y, (byYear.get(y) ?? 0) + v);
    for (const [year, total] of [...byYear].sort((a, b) => a[0] - b[0])) {
      if (total <= team.budgetCap) continue;
      const tasks = led
        .filter((t) => t.budget.some(([y]) => y === year))
        .map((t) => t.id)
        .sort(cmp);
      out.push({ kind: 'budget-cap', tasks, detail: { team: team.id, year, total, cap: team.budgetCap } });
    }
  }
  return out;
}
