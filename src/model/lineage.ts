// Which indicators and tasks of an earlier revision the plan continues (format 1.1 `replaces`).
// A merged task's actuals stay the plan's history: an indicator's `replaces` names the old
// indicators it continues; any other indicator of a replaced task is history that nothing continues.
import { isTotal, type Actual, type Plan, type Source, type Text } from './plan.js';
import { sameUnit } from './units.js';

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

/** A year's value in a series, with the CSV rows it comes from (one, or several when combined). */
interface Entry {
  value: number | null;
  rows: readonly Actual[];
}

/** Two replaced indicators give a value for the same year and the continuing one says not how to combine them. */
interface MergeConflict {
  kind: 'conflict';
  /** The continuing indicator. */
  indicator: string;
  year: number;
  /** Each replaced indicator's value for the year, in `replaces` order (two or more), with its first CSV row. */
  values: Array<{ indicator: string; value: number; row: Actual }>;
}

/** `combine: sum` for a year some replaced indicators give no value for: the sum would be a part of the total. */
interface MergePartial {
  kind: 'partial';
  indicator: string;
  src: Source;
  year: number;
  /** Replaced indicators with a value for the year, and those without one, in `replaces` order. */
  given: string[];
  missing: string[];
}

export interface History {
  /** Actuals by indicator ID (totals only), each continuing indicator holding its merged history. */
  series: Map<string, Map<number, number | null>>;
  problems: Array<MergeConflict | MergePartial>;
}

/**
 * Actuals by indicator ID, where an indicator that continues others (`replaces`) also holds their
 * years. Precedence, for a year:
 * 1. the indicator's own row (even an empty one, "not measured") wins, and its history is not read;
 * 2. else the replaced indicators' values, in `replaces` order (a replaced indicator still defined
 *    with another unit is left out: its values would not be comparable). One value is taken as it
 *    is. Two or more are combined as `combine` says: `sum` adds them, `mean` averages them, `last`
 *    takes the one listed last in `replaces`. Without `combine` the year has no value and a
 *    conflict is returned (rule actuals/merge-conflict): the plan must say which.
 *    Under `sum`, a year some replaced indicators give no value for has no value either (a part
 *    of a total is not the total; rule actuals/merge-partial).
 *    Empty rows ("not measured") give no value; a year where every row is empty stays empty.
 * Only totals are merged: breakdown rows stay under their own indicator IDs.
 * Indicators are read in the order they are written (sustainability, then tasks), so a chain
 * A -> B -> C carries A's years into C when B is written before C.
 */
export function historyOf(plan: Plan): History {
  const m = new Map<string, Map<number, Entry>>();
  for (const a of plan.actuals) {
    if (!isTotal(a)) continue;
    let years = m.get(a.indicator);
    if (!years) m.set(a.indicator, (years = new Map()));
    // first row wins (actuals/conflict reports the rest)
    if (!years.has(a.year)) years.set(a.year, { value: a.value, rows: [a] });
  }
  const all = [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)];
  const units = new Map<string, { unit: string; unitText?: Text }>();
  for (const i of all) if (!units.has(i.id)) units.set(i.id, i);
  const problems: History['problems'] = [];
  for (const ind of all) {
    if (ind.replaces.length === 0) continue;
    const own = m.get(ind.id) ?? new Map<number, Entry>();
    const olds = ind.replaces.filter((old) => {
      const u = units.get(old);
      return u === undefined || sameUnit(u, ind);
    });
    const years = new Set<number>();
    for (const old of olds) for (const y of m.get(old)?.keys() ?? []) if (!own.has(y)) years.add(y);
    for (const year of [...years].sort((a, b) => a - b)) {
      const entries = olds.map((old) => ({ old, e: m.get(old)?.get(year) }));
      const given = entries.filter((x): x is { old: string; e: Entry } => x.e !== undefined && x.e.value !== null);
      if (given.length === 0) {
        own.set(year, { value: null, rows: entries.flatMap((x) => x.e?.rows ?? []) });
        continue;
      }
      if (ind.combine === 'sum' && given.length < olds.length) {
        problems.push({
          kind: 'partial',
          indicator: ind.id,
          src: ind.src,
          year,
          given: given.map((x) => x.old),
          missing: olds.filter((o) => !given.some((x) => x.old === o)),
        });
        continue;
      }
      const rows = given.flatMap((x) => x.e.rows);
      const values = given.map((x) => x.e.value!);
      if (given.length === 1) own.set(year, given[0]!.e);
      else if (ind.combine === 'sum') own.set(year, { value: values.reduce((s, v) => s + v, 0), rows });
      else if (ind.combine === 'mean') own.set(year, { value: values.reduce((s, v) => s + v, 0) / values.length, rows });
      else if (ind.combine === 'last') own.set(year, given[given.length - 1]!.e);
      else problems.push({ kind: 'conflict', indicator: ind.id, year, values: given.map((x) => ({ indicator: x.old, value: x.e.value!, row: x.e.rows[0]! })) });
    }
    if (own.size > 0) m.set(ind.id, new Map([...own].sort(([a], [b]) => a - b)));
  }
  const series = new Map<string, Map<number, number | null>>();
  for (const [id, years] of m) series.set(id, new Map([...years].map(([y, e]) => [y, e.value])));
  return { series, problems };
}
