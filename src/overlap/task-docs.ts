// What overlap detection compares, per task: its words (titles and descriptions in every language),
// its performance indicators' names by unit, and the structural facts (strategy, goals, effects...).
import type { Plan, Task, Text } from '../model/plan.js';
import { tokenize } from './tokenize.js';

export interface TaskDoc {
  task: Task;
  goal: string | undefined;
  goals: Set<string>;
  sdgTargets: Set<string>;
  textTokens: string[];
  /** "indicator change" of each declared effect, target groups and areas, as sets. */
  effects: Set<string>;
  groups: Set<string>;
  areas: Set<string>;
  /** One entry per performance indicator: its unit and the tokens of its names. */
  indicators: Array<{ id: string; unit: string; name: string; tokens: string[]; targets: ReadonlyArray<readonly [number, number]> }>;
}

const allText = (t: Text | undefined) => (t ? Object.keys(t).sort().map((k) => t[k]!).join(' ') : '');
export const normUnit = (u: string) => u.trim().toLowerCase().replace(/\s+/g, ' ');

export function taskDocs(plan: Plan): TaskDoc[] {
  const goalOf = new Map(plan.strategies.map((s) => [s.id, s.goal]));
  const sdg = new Map(plan.goals.map((g) => [g.id, g.sdgTargets]));
  return plan.tasks.map((task) => {
    const goal = goalOf.get(task.strategy);
    const goals = new Set([...(goal ? [goal] : []), ...task.alsoGoals]);
    return {
      task,
      goal,
      goals,
      sdgTargets: new Set([...goals].flatMap((g) => sdg.get(g) ?? [])),
      textTokens: tokenize(`${allText(task.title)} ${allText(task.description)}`),
      effects: new Set(task.effects.map((e) => `${e.indicator} ${e.change}`)),
      groups: new Set(task.targetGroups),
      areas: new Set(task.areas),
      indicators: task.indicators.map((i) => ({ id: i.id, unit: normUnit(i.unit), name: allText(i.name).toLowerCase().replace(/\s+/g, ' ').trim(), tokens: tokenize(allText(i.name)), targets: i.targets })),
    };
  });
}
