// `sdplan due` output, grouped by team.
import type { Plan } from '../model/plan.js';
import type { DueItem } from '../score/due.js';
import { label, type Lang } from './labels.js';
import type { Table } from './plans-output.js';
import { localText } from '../model/text.js';

function names(plan: Plan, lang: Lang) {
  const def = plan.languages[0] ?? lang;
  return {
    teamName: new Map(plan.teams.map((t) => [t.id, localText(t.name, lang, def).text])),
    indName: new Map(plan.tasks.flatMap((t) => t.indicators).map((i) => [i.id, localText(i.name, lang, def).text])),
  };
}

export function dueRows(items: DueItem[], plan: Plan, lang: Lang): Table {
  const { indName } = names(plan, lang);
  const cols = ['team', 'task', 'indicator', 'name', 'year', 'target', 'state'] as const;
  return { columns: [...cols], rows: items.map((i) => cols.map((c) => (c === 'name' ? (indName.get(i.indicator) ?? null) : i[c]))) };
}

export function dueText(items: DueItem[], plan: Plan, lang: Lang): string {
  const { teamName, indName } = names(plan, lang);
  if (items.length === 0) return `${label(lang, 'none_due')}\n`;
  const out = [`${label(lang, 'due_title')} (${items[0]!.year})`];
  let team = '';
  for (const i of items) {
    if (i.team !== team) {
      team = i.team;
      out.push('', `${team} (${teamName.get(team) ?? ''})`);
    }
    out.push(
      `  ${i.indicator}  ${indName.get(i.indicator) ?? ''}  ${label(lang, 'target')} ${i.target}${i.state === 'empty' ? `  (${label(lang, 'missing')})` : ''}`,
    );
  }
  return out.join('\n') + '\n';
}
