// Policy coherence (SDG target 17.14), locally: for each pair of goals, the tasks of one whose
// declared effects help or hurt the sustainability indicators of the other.
import type { Plan } from '../model/plan.js';

export interface CoherenceCell {
  from: string;
  to: string;
  helps: string[];
  hurts: string[];
}

export interface Coherence {
  goals: string[];
  cells: CoherenceCell[];
}

export function coherenceMatrix(plan: Plan): Coherence {
  const goalOf = new Map(plan.strategies.map((s) => [s.id, s.goal]));
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const cells = new Map<string, CoherenceCell>();
  for (const t of plan.tasks) {
    const from = goalOf.get(t.strategy);
    if (!from) continue;
    for (const e of t.effects) {
      const ind = indicators.get(e.indicator);
      if (!ind) continue;
      const key = `${from}\u0000${ind.goal}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { from, to: ind.goal, helps: [], hurts: [] }));
      const wanted = ind.direction === 'decrease' ? 'decrease' : 'increase';
      const list = e.change === wanted ? cell.helps : cell.hurts;
      if (!list.includes(t.id)) list.push(t.id);
    }
  }
  const order = new Map(plan.goals.map((g, i) => [g.id, i]));
  const rank = (g: string) => order.get(g) ?? Number.MAX_SAFE_INTEGER;
  return {
    goals: plan.goals.map((g) => g.id),
    cells: [...cells.values()]
      .map((c) => ({ ...c, helps: c.helps.sort(), hurts: c.hurts.sort() }))
      .sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to) || (a.from < b.from ? -1 : 1)),
  };
}
