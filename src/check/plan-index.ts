// Lookups that many rules share, built once per check run.
import type { Goal, PerformanceIndicator, Plan, Strategy, SustainabilityIndicator, Task, Team, Body } from '../model/plan.js';

export interface PlanIndex {
  goals: Map<string, Goal>;
  strategies: Map<string, Strategy>;
  tasks: Map<string, Task>;
  indicators: Map<string, SustainabilityIndicator>;
  performance: Map<string, PerformanceIndicator>;
  teams: Map<string, Team>;
  bodies: Map<string, Body>;
}

/** First definition wins: later duplicates are id/duplicate findings, not silent replacements. */
function byId<T extends { id: string }>(items: Iterable<T>): Map<string, T> {
  const m = new Map<string, T>();
  for (const it of items) if (!m.has(it.id)) m.set(it.id, it);
  return m;
}

export function indexPlan(plan: Plan): PlanIndex {
  return {
    goals: byId(plan.goals),
    strategies: byId(plan.strategies),
    tasks: byId(plan.tasks),
    indicators: byId(plan.indicators),
    performance: byId(plan.tasks.flatMap((t) => t.indicators)),
    teams: byId(plan.teams),
    bodies: byId(plan.governance?.bodies ?? []),
  };
}
