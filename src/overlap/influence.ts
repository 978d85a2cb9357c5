// Which goals move the others (Weitz et al. 2018, "Towards systemic and contextual priority
// setting for implementing the 2030 Agenda"): from the goal-by-goal coherence matrix, each goal's
// outgoing and incoming influence, its net influence (out minus in), and its second-order influence
// through one intermediate goal; the strongest negative links; and clusters of goals that reinforce
// each other. Self-influence (a goal's tasks on its own indicators) is left out.
import type { Coherence } from './coherence.js';

interface GoalInfluence {
  goal: string;
  outgoing: number;
  incoming: number;
  net: number;
  /** Sum over j, k of score(goal -> j) * score(j -> k), for j and k other goals, k != j. */
  secondOrder: number;
}

export interface InfluenceRanking {
  goals: GoalInfluence[];
  /** Negative cells, most negative first. */
  negative: Array<{ from: string; to: string; score: number; source: 'scored' | 'declared' }>;
  /** Goals linked by mutual reinforcement (both directions positive), two or more per cluster. */
  clusters: string[][];
}

const round = (x: number) => Math.round(x * 100) / 100;

export function influenceRanking(c: Coherence): InfluenceRanking {
  const goals = c.goals;
  const index = new Map(goals.map((g, i) => [g, i]));
  const n = goals.length;
  const m = Array.from({ length: n }, () => new Float64Array(n));
  for (const cell of c.cells) {
    const i = index.get(cell.from);
    const j = index.get(cell.to);
    if (i === undefined || j === undefined || i === j) continue;
    m[i]![j] = cell.score;
  }
  const rows = goals.map((goal, i) => {
    let outgoing = 0;
    let incoming = 0;
    let secondOrder = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      outgoing += m[i]![j]!;
      incoming += m[j]![i]!;
      if (m[i]![j] === 0) continue;
      for (let k = 0; k < n; k++) if (k !== i && k !== j) secondOrder += m[i]![j]! * m[j]![k]!;
    }
    return { goal, outgoing: round(outgoing), incoming: round(incoming), net: round(outgoing - incoming), secondOrder: round(secondOrder) };
  });
  const order = new Map(goals.map((g, i) => [g, i]));
  rows.sort((a, b) => b.net - a.net || b.secondOrder - a.secondOrder || order.get(a.goal)! - order.get(b.goal)!);
  const negative = c.cells
    .filter((x) => x.from !== x.to && x.score < 0 && index.has(x.from) && index.has(x.to))
    .map((x) => ({ from: x.from, to: x.to, score: x.score, source: x.source }))
    .sort((a, b) => a.score - b.score || order.get(a.from)! - order.get(b.from)! || order.get(a.to)! - order.get(b.to)!);
  // union-find over mutually reinforcing pairs
  const parent = goals.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (m[i]![j]! > 0 && m[j]![i]! > 0) parent[find(i)] = find(j);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  }
  const clusters = [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort((a, b) => a - b).map((i) => goals[i]!))
    .sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
  return { goals: rows, negative, clusters };
}
