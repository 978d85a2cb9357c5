// Names for words made from a plan's IDs: indicators, units as written and teams, in one language.
import type { Plan } from '../model/plan.js';
import { localText } from '../model/text.js';
import { normUnit, unitIn } from '../model/units.js';
import type { PlanNames } from './overlap-messages.js';
import type { Lang } from './labels.js';

/**
 * Indicators by their names (‘노인 일자리 참여자 수’) and units as written (kW, not the kw that was
 * compared), in the output language, for the words of reasons and conflicts.
 */
export function planNames(plan: Plan, lang: Lang): Required<PlanNames> {
  const first = plan.languages[0] ?? lang;
  const teams = new Map(plan.teams.map((t) => [t.id, localText(t.name, lang, first).text]));
  const all = [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)];
  const indicators = new Map(all.map((i) => [i.id, `‘${localText(i.name, lang, first).text}’`]));
  const unitOf = (i: (typeof all)[number]) => unitIn(i, lang, first).text;
  const byIndicator = new Map(all.map((i) => [i.id, unitOf(i)]));
  const units = new Map<string, string>();
  for (const i of all) if (!units.has(normUnit(i.unit))) units.set(normUnit(i.unit), unitOf(i));
  return {
    indicator: (id) => indicators.get(id) ?? id,
    unit: (u, id) => (id !== undefined ? byIndicator.get(id) : undefined) ?? units.get(u) ?? u,
    team: (id) => teams.get(id) ?? id,
  };
}
