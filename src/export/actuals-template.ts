// What a team or a department fills in for one year: per team, the performance indicators of the
// tasks it leads that are due that year (score/due.ts); per managing department, its sustainability
// indicators (no yearly targets needed), with a row for each expected breakdown (1.1). Pure rows;
// the CSV and xlsx writers are in render/.
import { unitIn } from '../model/units.js';
import type { Plan, Text } from '../model/plan.js';
import { localText } from '../model/text.js';
import { dueRule } from '../score/due.js';

interface TemplateRow {
  indicator: string;
  name: string;
  unit: string;
  /** The year's target: a number, a text target, or null (sustainability indicators). */
  target: number | string | null;
  source: string;
  /** Dimension -> value for a breakdown row; empty for the total. */
  breakdown: Record<string, string>;
}

export interface TemplateSheet {
  /** Team or department ID: the sheet's name. */
  id: string;
  title: string;
  rows: TemplateRow[];
}

export function templateSheets(plan: Plan, year: number, only: { team?: string; department?: string }): TemplateSheet[] {
  const def = plan.languages[0] ?? 'en';
  const T = (t: Text | undefined) => (t ? localText(t, def, def).text : '');
  const dims = new Map(plan.dimensions.map((d) => [d.id, d]));
  const withBreakdowns = (base: Omit<TemplateRow, 'breakdown'>, disaggregation: readonly string[]): TemplateRow[] => [
    { ...base, breakdown: {} },
    ...disaggregation.flatMap((d) => (dims.get(d)?.values ?? []).map((v) => ({ ...base, breakdown: { [d]: v } }))),
  ];
  if (only.department !== undefined) {
    const dep = plan.departments.find((d) => d.id === only.department);
    const rows = plan.indicators
      .filter((i) => i.managedBy.includes(only.department!) && i.kind !== 'future')
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .flatMap((i) => {
        const numeric = i.targets.find(([y]) => y === year)?.[1];
        const text = i.textTargets.find(([y]) => y === year)?.[1];
        return withBreakdowns(
          { indicator: i.id, name: T(i.name), unit: unitIn(i, def, def).text, target: numeric ?? (text ? T(text) : null), source: i.source ?? '' },
          i.disaggregation,
        );
      });
    return [{ id: only.department, title: dep ? T(dep.name) : only.department, rows }];
  }
  const due = dueRule(plan);
  const teams = plan.teams.filter((t) => only.team === undefined || t.id === only.team).sort((a, b) => (a.id < b.id ? -1 : 1));
  return teams
    .map((team) => ({
      id: team.id,
      title: T(team.name),
      // what is due (score/due.ts): the same rule as the reminder list and the report's 미제출
      rows: plan.tasks
        .filter((t) => t.lead === team.id)
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .flatMap((t) => t.indicators)
        .flatMap((pi) => {
          const target = due(pi.id, year);
          if (target === undefined) return [];
          return withBreakdowns({ indicator: pi.id, name: T(pi.name), unit: unitIn(pi, def, def).text, target, source: pi.source ?? '' }, pi.disaggregation);
        }),
    }))
    .filter((s) => only.team !== undefined || s.rows.length > 0);
}
