// Policy coherence (SDG target 17.14), locally: for each pair of goals, how one acts on the other.
// Where a subcommittee scored the interaction (interactions.csv, -3..+3, Nilsson et al. 2016) the
// cell holds that score; elsewhere it is derived from the tasks' declared effects on the other goal's
// sustainability indicators. Each cell says which, and flags a score that contradicts the effects.
import type { Plan } from '../model/plan.js';
import { contradiction, declaredEffects } from '../model/declared-effects.js';

export interface CoherenceCell {
  from: string;
  to: string;
  /** Tasks of `from` whose declared effects help or hurt the indicators of `to`. */
  helps: string[];
  hurts: string[];
  /** The cell's score on the seven-point scale (see `source`). */
  score: number;
  /**
   * `scored`: from interactions.csv (the goal pair's own row, else the mean of the rows between
   * their strategies and tasks); `declared`: +1 where the effects only help (or help more often than
   * they hurt), -1 the other way, 0 when even. A declaration gives a direction, not a strength, so
   * it counts as the weakest score, "enabling" or "constraining".
   */
  source: 'scored' | 'declared';
  /** The rows of interactions.csv behind a scored cell, as "from -> to score". */
  scoredRows: string[];
  /** The score says the opposite of the declared effects. */
  contradicts: boolean;
}

export interface Coherence {
  goals: string[];
  cells: CoherenceCell[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The goal an ID belongs to: a goal, a strategy's goal, a task's goal, an indicator's goal. */
function goalOfId(plan: Plan): (id: string) => string | undefined {
  const goals = new Set(plan.goals.map((g) => g.id));
  const ofStrategy = new Map(plan.strategies.map((s) => [s.id, s.goal]));
  const ofTask = new Map(plan.tasks.map((t) => [t.id, ofStrategy.get(t.strategy)]));
  const ofIndicator = new Map(plan.indicators.map((i) => [i.id, i.goal]));
  return (id) => (goals.has(id) ? id : (ofStrategy.get(id) ?? ofTask.get(id) ?? ofIndicator.get(id)));
}

export function coherenceMatrix(plan: Plan): Coherence {
  const goalOf = new Map(plan.strategies.map((s) => [s.id, s.goal]));
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const cells = new Map<string, { from: string; to: string; helps: string[]; hurts: string[] }>();
  const cellAt = (from: string, to: string) => {
    const key = `${from}\u0000${to}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { from, to, helps: [], hurts: [] }));
    return cell;
  };
  for (const t of plan.tasks) {
    const from = goalOf.get(t.strategy);
    if (!from) continue;
    for (const e of t.effects) {
      const ind = indicators.get(e.indicator);
      if (!ind) continue;
      const cell = cellAt(from, ind.goal);
      const wanted = ind.direction === 'decrease' ? 'decrease' : 'increase';
      const list = e.change === wanted ? cell.helps : cell.hurts;
      if (!list.includes(t.id)) list.push(t.id);
    }
  }
  // scored interactions, lifted to their goals; a goal pair's own row outranks its parts
  const goalOfAny = goalOfId(plan);
  const scored = new Map<string, { own?: number; parts: number[]; rows: string[] }>();
  const seen = new Set<string>();
  for (const x of plan.interactions) {
    const from = goalOfAny(x.from);
    const to = goalOfAny(x.to);
    if (!from || !to || seen.has(`${x.from}\u0000${x.to}`)) continue;
    seen.add(`${x.from}\u0000${x.to}`);
    const key = `${from}\u0000${to}`;
    let s = scored.get(key);
    if (!s) scored.set(key, (s = { parts: [], rows: [] }));
    if (x.from === from && x.to === to) s.own = x.score;
    else s.parts.push(x.score);
    s.rows.push(`${x.from} -> ${x.to} ${x.score > 0 ? '+' : ''}${x.score}`);
    cellAt(from, to);
  }
  const order = new Map(plan.goals.map((g, i) => [g.id, i]));
  const rank = (g: string) => order.get(g) ?? Number.MAX_SAFE_INTEGER;
  const out: CoherenceCell[] = [...cells.values()].map((c) => {
    const s = scored.get(`${c.from}\u0000${c.to}`);
    const helps = c.helps.sort(cmp);
    const hurts = c.hurts.sort(cmp);
    if (s) {
      const score = s.own ?? Math.round((s.parts.reduce((a, b) => a + b, 0) / s.parts.length) * 10) / 10;
      const effects = declaredEffects(plan, c.from, c.to);
      return {
        from: c.from,
        to: c.to,
        helps,
        hurts,
        score,
        source: 'scored' as const,
        scoredRows: s.rows.sort(cmp),
        contradicts: contradiction(score, effects) !== undefined,
      };
    }
    const score = Math.sign(helps.length - hurts.length);
    return { from: c.from, to: c.to, helps, hurts, score, source: 'declared' as const, scoredRows: [], contradicts: false };
  });
  return {
    goals: plan.goals.map((g) => g.id),
    cells: out.sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to) || cmp(a.from, b.from) || cmp(a.to, b.to)),
  };
}
