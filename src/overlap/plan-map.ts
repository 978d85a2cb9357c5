// The map of the plan: vision -> goals (with SDG targets) -> strategies -> tasks (with lead team),
// filtered to a goal or a team, and the SDG coverage: which UN targets the plan addresses.
import type { Plan } from '../model/plan.js';

export interface MapTask {
  id: string;
  lead: string;
  /** The lead team's name, where the plan defines the team. */
  leadName?: Plan['teams'][number]['name'];
  title: Plan['tasks'][number]['title'];
}
interface MapStrategy {
  id: string;
  title: Plan['strategies'][number]['title'];
  tasks: MapTask[];
}
interface MapGoal {
  id: string;
  title: Plan['goals'][number]['title'];
  sdgTargets: string[];
  strategies: MapStrategy[];
}
interface SdgCoverage {
  targets: Array<{ target: string; goals: string[]; tasks: number }>;
  /** UN goals (1-17) that no target of the plan belongs to. */
  uncoveredGoals: string[];
}
export interface PlanMap {
  plan: string;
  title: Plan['title'];
  vision?: Plan['vision'];
  goals: MapGoal[];
  coverage: SdgCoverage;
}

export function planMap(plan: Plan, filter: { goal?: string; team?: string } = {}, unGoals: readonly string[] = []): PlanMap {
  const teamName = new Map(plan.teams.map((t) => [t.id, t.name]));
  const goals: MapGoal[] = plan.goals
    .filter((g) => filter.goal === undefined || g.id === filter.goal)
    .map((g) => ({
      id: g.id,
      title: g.title,
      sdgTargets: g.sdgTargets,
      strategies: g.strategies
        .map((s) => ({
          id: s.id,
          title: s.title,
          tasks: plan.tasks
            .filter((t) => t.strategy === s.id && (filter.team === undefined || t.lead === filter.team))
            .map((t) => ({ id: t.id, lead: t.lead, ...(teamName.has(t.lead) ? { leadName: teamName.get(t.lead)! } : {}), title: t.title }))
            .sort((a, b) => (a.id < b.id ? -1 : 1)),
        }))
        .filter((s) => filter.team === undefined || s.tasks.length > 0),
    }))
    .filter((g) => filter.team === undefined || g.strategies.length > 0);

  const goalOf = new Map(plan.strategies.map((s) => [s.id, s.goal]));
  const tasksPerGoal = new Map<string, number>();
  for (const t of plan.tasks) {
    const g = goalOf.get(t.strategy);
    if (g) tasksPerGoal.set(g, (tasksPerGoal.get(g) ?? 0) + 1);
  }
  const byTarget = new Map<string, Set<string>>();
  for (const g of plan.goals)
    for (const t of g.sdgTargets) {
      let s = byTarget.get(t);
      if (!s) byTarget.set(t, (s = new Set()));
      s.add(g.id);
    }
  const natural = (a: string, b: string) => {
    const [a1, a2 = ''] = a.split('.');
    const [b1, b2 = ''] = b.split('.');
    return Number(a1) - Number(b1) || (/^\d+$/.test(a2) && /^\d+$/.test(b2) ? Number(a2) - Number(b2) : a2 < b2 ? -1 : a2 > b2 ? 1 : 0);
  };
  const targets = [...byTarget]
    .map(([target, gs]) => ({ target, goals: [...gs].sort(), tasks: [...gs].reduce((n, g) => n + (tasksPerGoal.get(g) ?? 0), 0) }))
    .sort((a, b) => natural(a.target, b.target));
  const covered = new Set(targets.map((t) => t.target.split('.')[0]));
  const map: PlanMap = { plan: plan.id, title: plan.title, goals, coverage: { targets, uncoveredGoals: unGoals.filter((g) => !covered.has(g)) } };
  if (plan.vision) map.vision = plan.vision;
  return map;
}
