// What the tasks' declared effects say about one interaction `from -> to`: which of the acting
// tasks help and which hurt the indicators of the acted-on item. Shared by the contradiction rule
// and the coherence matrix, which must agree.
import type { Plan } from './plan.js';

export interface DeclaredEffects {
  helps: string[];
  hurts: string[];
  indicators: string[];
}

/** The tasks that act for an ID: the task itself, a strategy's tasks, or a goal's. */
function actingTasks(plan: Plan, id: string): string[] {
  if (plan.tasks.some((t) => t.id === id)) return [id];
  const goalOf = new Map(plan.strategies.map((s) => [s.id, s.goal]));
  return plan.tasks.filter((t) => t.strategy === id || goalOf.get(t.strategy) === id || t.alsoGoals.includes(id)).map((t) => t.id);
}

/** The sustainability indicators an ID stands for when acted on: the indicator, or a goal's (strategies and tasks have none). */
function actedOnIndicators(plan: Plan, id: string): string[] {
  if (plan.indicators.some((i) => i.id === id)) return [id];
  return plan.indicators.filter((i) => i.goal === id).map((i) => i.id);
}

export function declaredEffects(plan: Plan, from: string, to: string): DeclaredEffects {
  const tasks = new Set(actingTasks(plan, from));
  const targets = new Set(actedOnIndicators(plan, to));
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const helps = new Set<string>();
  const hurts = new Set<string>();
  const indicators = new Set<string>();
  for (const t of plan.tasks) {
    if (!tasks.has(t.id)) continue;
    for (const e of t.effects) {
      const ind = byId.get(e.indicator);
      if (!ind || !targets.has(ind.id)) continue;
      indicators.add(ind.id);
      (e.change === (ind.direction === 'decrease' ? 'decrease' : 'increase') ? helps : hurts).add(t.id);
    }
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { helps: sorted(helps), hurts: sorted(hurts), indicators: sorted(indicators) };
}

/** A score that says the opposite of the declared effects: positive where they only hurt, negative where they only help. */
export function contradiction(score: number, e: DeclaredEffects): 'hurts' | 'helps' | undefined {
  if (score > 0 && e.hurts.length > 0 && e.helps.length === 0) return 'hurts';
  if (score < 0 && e.helps.length > 0 && e.hurts.length === 0) return 'helps';
  return undefined;
}
