// The cooperation list the plan revision hands to every team: the other teams with tasks under the
// same goals or strategies, and those tasks, sorted by how much they share.
import type { Plan } from '../model/plan.js';

export interface Partner {
  team: string;
  /** Shared strategies count 2 each, shared goals (beyond those) 1 each. */
  shared: number;
  strategies: string[];
  goals: string[];
  tasks: string[];
}

export interface CooperationList {
  team: string;
  partners: Partner[];
}

export function cooperationLists(plan: Plan): CooperationList[] {
  const goalOf = new Map(plan.strategies.map((s) => [s.id, s.goal]));
  const teams = [...new Set([...plan.teams.map((t) => t.id), ...plan.tasks.map((t) => t.lead)])].filter((t) => t !== '').sort();
  const strategiesOf = new Map<string, Set<string>>();
  const goalsOf = new Map<string, Set<string>>();
  const tasksOf = new Map<string, typeof plan.tasks>();
  for (const team of teams) {
    strategiesOf.set(team, new Set());
    goalsOf.set(team, new Set());
    tasksOf.set(team, []);
  }
  for (const t of plan.tasks) {
    if (!tasksOf.has(t.lead)) continue;
    tasksOf.get(t.lead)!.push(t);
    strategiesOf.get(t.lead)!.add(t.strategy);
    const g = goalOf.get(t.strategy);
    if (g) goalsOf.get(t.lead)!.add(g);
    for (const a of t.alsoGoals) goalsOf.get(t.lead)!.add(a);
  }
  return teams.map((team) => {
    const myS = strategiesOf.get(team)!;
    const myG = goalsOf.get(team)!;
    const partners: Partner[] = [];
    for (const other of teams) {
      if (other === team) continue;
      const strategies = [...strategiesOf.get(other)!].filter((s) => myS.has(s)).sort();
      const goals = [...goalsOf.get(other)!].filter((g) => myG.has(g)).sort();
      if (strategies.length === 0 && goals.length === 0) continue;
      const sharedGoalsViaStrategies = new Set(strategies.map((s) => goalOf.get(s)));
      const shared = strategies.length * 2 + goals.filter((g) => !sharedGoalsViaStrategies.has(g)).length;
      const tasks = tasksOf
        .get(other)!
        .filter((t) => myS.has(t.strategy) || myG.has(goalOf.get(t.strategy) ?? '') || t.alsoGoals.some((g) => myG.has(g)))
        .map((t) => t.id)
        .sort();
      partners.push({ team: other, shared, strategies, goals, tasks });
    }
    partners.sort((a, b) => b.shared - a.shared || (a.team < b.team ? -1 : 1));
    return { team, partners };
  });
}
