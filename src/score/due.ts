// The reminder list: per team, the indicators with a target for the year and no actual.
import type { Plan } from '../model/plan.js';
import { historyIndex } from './history.js';

export interface DueItem {
  team: string;
  task: string;
  indicator: string;
  year: number;
  target: number;
  /** 'no-row': nothing reported; 'empty': a row says "not measured". */
  state: 'no-row' | 'empty';
}

export function dueList(plan: Plan, year: number): DueItem[] {
  const actuals = historyIndex(plan);
  const out: DueItem[] = [];
  for (const task of plan.tasks) {
    for (const pi of task.indicators) {
      // due only where an actual was expected: a rated indicator with a target for a year its task ran
      if (pi.kind !== 'quantitative') continue;
      if (task.period && (year < task.period.start || year > task.period.end)) continue;
      const target = pi.targets.find(([y]) => y === year)?.[1];
      if (target === undefined) continue;
      const years = actuals.get(pi.id);
      if (years?.has(year) && years.get(year) !== null) continue;
      out.push({ team: task.lead, task: task.id, indicator: pi.id, year, target, state: years?.has(year) ? 'empty' : 'no-row' });
    }
  }
  return out.sort((a, b) => (a.team < b.team ? -1 : a.team > b.team ? 1 : a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0));
}
