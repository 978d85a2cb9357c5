// Which indicators and tasks of an earlier revision the plan continues (format 1.1 `replaces`).
// A merged task's actuals stay the plan's history: an indicator's `replaces` names the old
// indicators it continues; any other indicator of a replaced task is history that nothing continues.
import type { Plan } from './plan.js';

export interface Lineage {
  /** Old indicator ID -> the indicator that continues it (first declaration wins). */
  continuedBy: ReadonlyMap<string, string>;
  /** Replaced task ID -> the task that replaced it. */
  taskReplacedBy: ReadonlyMap<string, string>;
}

export function lineageOf(plan: Plan): Lineage {
  const continuedBy = new Map<string, string>();
  const taskReplacedBy = new Map<string, string>();
  for (const ind of [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)]) {
    for (const old of ind.replaces) if (!continuedBy.has(old)) continuedBy.set(old, ind.id);
  }
  for (const t of plan.tasks) for (const old of t.replaces) if (!taskReplacedBy.has(old)) taskReplacedBy.set(old, t.id);
  return { continuedBy, taskReplacedBy };
}

/**
 * The replaced task an old indicator ID belonged to. The format does not keep the old indicator
 * lists, so this reads the naming convention every plan uses: the task ID, a separator, a suffix
 * (T-0703-P1 belongs to T-0703). The longest matching task ID wins.
 */
export function replacedTaskOf(indicator: string, lineage: Lineage): { task: string; by: string } | undefined {
  let best: { task: string; by: string } | undefined;
  for (let i = indicator.length - 1; i > 0; i--) {
    const ch = indicator[i]!;
    if (ch !== '-' && ch !== '.' && ch !== '_') continue;
    const task = indicator.slice(0, i);
    const by = lineage.taskReplacedBy.get(task);
    if (by !== undefined) return (best = { task, by });
  }
  return best;
}
