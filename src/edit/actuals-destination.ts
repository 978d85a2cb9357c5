// Where `actuals import` writes: a file the plan reads (actuals/*.csv, lower-case .csv, no
// subfolder), named after what the rows are, never after the clerk's file (data.txt, DATA.CSV):
// `<owner>-<years>.csv` when one team leads every task the rows measure (or one department manages
// every sustainability indicator they measure), else `<years>.csv`; years `2025` or `2018-2020`.
import type { Actual, Plan } from '../model/plan.js';

/** The plan-relative path `--to` names, or why it is not one the plan reads. */
export function destinationOf(to: string): { ok: true; rel: string } | { ok: false } {
  const rel = to.replace(/\\/g, '/').replace(/^\.\//, '');
  const m = /^actuals\/([^/]+)$/.exec(rel);
  // the loader reads actuals/*.csv: a name before a lower-case .csv, no folder, nothing hidden
  if (!m || !/^[^.].*\.csv$/.test(m[1]!) || m[1]!.includes('\0')) return { ok: false };
  return { ok: true, rel };
}

export function defaultDestination(plan: Plan, rows: readonly Actual[]): string {
  const leadOf = new Map<string, string>();
  for (const t of plan.tasks) for (const pi of t.indicators) leadOf.set(pi.id, t.lead);
  const managers = new Map(plan.indicators.map((i) => [i.id, i.managedBy] as const));
  const owners = new Set<string>();
  let common: string[] | null = null;
  for (const r of rows) {
    const lead = leadOf.get(r.indicator);
    if (lead !== undefined) owners.add(`team:${lead}`);
    else {
      const by = managers.get(r.indicator) ?? [];
      common = common === null ? [...by] : common.filter((d) => by.includes(d));
      owners.add('department');
    }
  }
  const owner =
    owners.size !== 1 ? undefined : owners.has('department') ? (common?.length === 1 ? common[0] : undefined) : [...owners][0]!.slice('team:'.length);
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const span = years.length === 0 ? 'actuals' : years.length === 1 ? String(years[0]) : `${years[0]}-${years[years.length - 1]}`;
  return `actuals/${owner !== undefined ? `${owner}-` : ''}${span}.csv`;
}
