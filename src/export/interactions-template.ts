// The scoring sheet of a subcommittee (interactions.csv, format 1.1): for each goal the subcommittee
// is responsible for (goals.yaml `subcommittee`), a row for its action on every other goal, with what
// the tasks' declared effects already say, and any score on record. Pure rows; the CSV and xlsx
// writers are in cli/ and render/.
import type { Plan, Text } from '../model/plan.js';
import { localText } from '../model/text.js';
import { declaredEffects } from '../model/declared-effects.js';

interface InteractionRow {
  from: string;
  to: string;
  /** The score on record, or null to fill in. */
  score: number | null;
  confidence: string;
  note: string;
  scoredBy: string;
  fromName: string;
  toName: string;
  /** What the declared effects say, in the plan's language: how many tasks help and hurt, or '' when none. */
  declared: string;
}

export interface InteractionSheet {
  /** The body (subcommittee) ID: the sheet's name. */
  body: string;
  rows: InteractionRow[];
}

export function interactionSheets(plan: Plan, only?: string): InteractionSheet[] {
  const def = plan.languages[0] ?? 'en';
  const T = (t: Text | undefined) => (t ? localText(t, def, def).text : '');
  const recorded = new Map(plan.interactions.map((x) => [`${x.from}\u0000${x.to}`, x]));
  const bodies = [...new Set(plan.goals.map((g) => g.subcommittee).filter((b): b is string => b !== undefined && b !== ''))].sort();
  return bodies
    .filter((b) => only === undefined || b === only)
    .map((body) => ({
      body,
      rows: plan.goals
        .filter((g) => g.subcommittee === body)
        .flatMap((from) =>
          plan.goals
            .filter((to) => to.id !== from.id)
            .map((to) => {
              const x = recorded.get(`${from.id}\u0000${to.id}`);
              const e = declaredEffects(plan, from.id, to.id);
              return {
                from: from.id,
                to: to.id,
                score: x?.score ?? null,
                confidence: x?.confidence ?? '',
                note: x?.note ?? '',
                scoredBy: x?.scoredBy || body,
                fromName: T(from.title),
                toName: T(to.title),
                declared:
                  e.helps.length + e.hurts.length > 0
                    ? def === 'ko'
                      ? `도움 ${e.helps.length}, 저해 ${e.hurts.length}`
                      : `${e.helps.length} help, ${e.hurts.length} hurt`
                    : '',
              };
            }),
        ),
    }));
}
