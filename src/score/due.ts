// What was due: the one rule every view uses (score's targets and coverage, the reminder list,
// the report's 미제출 cells). An actual is due for an indicator and a year when
// - the indicator is rated: quantitative (not qualitative, monitoring or future);
// - it has a numeric target for that year (a text target is shown, never owed);
// - its task runs that year (inside `period`; a task without one runs every year);
// - its task is not replaced that year: a task another one `replaces` owes nothing in the years
//   the replacing task runs (that task's indicators report instead);
// - it is not continued that year: an indicator another one `replaces` owes nothing in the years
//   the continuing indicator's task runs (every year, for a sustainability indicator).
// Anything else is "not due": shown blank, never as missing.
import { lineageOf } from '../model/lineage.js';
import type { Plan, SustainabilityIndicator, PerformanceIndicator, Task } from '../model/plan.js';
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

/** The target that makes an actual due for an indicator and a year, or undefined when none is due. */
export type DueTarget = (indicator: string, year: number) => number | undefined;

const runs = (task: Pick<Task, 'period'> | undefined, year: number) => !task?.period || (year >= task.period.start && year <= task.period.end);

export function dueRule(plan: Plan): DueTarget {
  const lineage = lineageOf(plan);
  const taskById = new Map(plan.tasks.map((t) => [t.id, t]));
  const byId = new Map<string, { ind: SustainabilityIndicator | PerformanceIndicator; task?: Task }>();
  for (const si of plan.indicators) if (!byId.has(si.id)) byId.set(si.id, { ind: si });
  for (const t of plan.tasks) for (const pi of t.indicators) if (!byId.has(pi.id)) byId.set(pi.id, { ind: pi, task: t });
  return (id, year) => {
    const x = byId.get(id);
    if (x?.ind.kind !== 'quantitative') return undefined;
    if (x.task && !runs(x.task, year)) return undefined;
    const replacedBy = x.task ? lineage.taskReplacedBy.get(x.task.id) : undefined;
    if (replacedBy !== undefined && taskById.has(replacedBy) && runs(taskById.get(replacedBy), year)) return undefined;
    const continuedBy = lineage.continuedBy.get(id);
    const next = continuedBy === undefined ? undefined : byId.get(continuedBy);
    if (next && runs(next.task, year)) return undefined;
    return x.ind.targets.find(([y]) => y === year)?.[1];
  };
}

export function dueList(plan: Plan, year: number): DueItem[] {
  const actuals = historyIndex(plan);
  const due = dueRule(plan);
  const out: DueItem[] = [];
  for (const task of plan.tasks) {
    for (const pi of task.indicators) {
      const target = due(pi.id, year);
      if (target === undefined) continue;
      const years = actuals.get(pi.id);
      if (years?.has(year) && years.get(year) !== null) continue;
      out.push({ team: task.lead, task: task.id, indicator: pi.id, year, target, state: years?.has(year) ? 'empty' : 'no-row' });
    }
  }
  return out.sort((a, b) => (a.team < b.team ? -1 : a.team > b.team ? 1 : a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0));
}
