// GAO's fragmentation (GAO-15-49SP): more than one team serves one strategy with similar tasks, and
// nothing ties them together (neither is the other's partner, they share no partner). Reported per
// strategy, as the groups of tasks that are linked by such pairs.
import type { Plan } from '../model/plan.js';
import { taskDocs, type TaskDoc } from './task-docs.js';
import { cosine, tfidf } from './vectors.js';
import { candidatePairs } from './similarity-join.js';

export interface Fragmentation {
  strategy: string;
  teams: string[];
  tasks: string[];
  /** The highest word similarity between two of the tasks. */
  similarity: number;
}

/** Tasks of one strategy whose words are at least this similar (cosine) do similar things. */
const SIMILAR_TASKS = 0.25;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function findFragmentation(plan: Plan, docs: TaskDoc[] = taskDocs(plan)): Fragmentation[] {
  const n = docs.length;
  const { vectors, vocab } = tfidf(docs.map((d) => d.textTokens));
  const task = (i: number) => docs[i]!.task;
  const apart = (i: number, j: number) => {
    const a = task(i);
    const b = task(j);
    if (a.lead === b.lead) return false;
    return !a.partners.includes(b.lead) && !b.partners.includes(a.lead) && !a.partners.some((p) => b.partners.includes(p));
  };
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const best = new Map<number, number>();
  // only tasks of one strategy can fragment it: join each strategy's tasks among themselves
  const byStrategy = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (d.task.strategy === '') return;
    const g = byStrategy.get(d.task.strategy);
    if (g) g.push(i);
    else byStrategy.set(d.task.strategy, [i]);
  });
  for (const members of byStrategy.values()) {
    if (members.length < 2 || new Set(members.map((i) => task(i).lead)).size < 2) continue;
    const local = members.map((i) => vectors[i]!);
    const m = members.length;
    for (const k of [...candidatePairs(local, vocab.df, SIMILAR_TASKS, (x, y) => apart(members[x]!, members[y]!))].sort((x, y) => x - y)) {
      const i = members[Math.floor(k / m)]!;
      const j = members[k % m]!;
      const s = cosine(vectors[i]!, vectors[j]!);
      if (s < SIMILAR_TASKS) continue;
      const [ri, rj] = [find(i), find(j)];
      const top = Math.max(s, best.get(ri) ?? 0, best.get(rj) ?? 0);
      parent[ri] = rj;
      best.set(rj, top);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    if (!best.has(r)) continue;
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(i);
  }
  const order = new Map(plan.strategies.map((s, i) => [s.id, i]));
  return [...groups.entries()]
    .filter(([, g]) => g.length > 1)
    .map(([r, g]) => ({
      strategy: task(g[0]!).strategy,
      teams: [...new Set(g.map((i) => task(i).lead))].sort(cmp),
      tasks: g.map((i) => task(i).id).sort(cmp),
      similarity: Math.round(best.get(r)! * 10000) / 10000,
    }))
    .sort((a, b) => (order.get(a.strategy) ?? 0) - (order.get(b.strategy) ?? 0) || cmp(a.tasks[0]!, b.tasks[0]!));
}
