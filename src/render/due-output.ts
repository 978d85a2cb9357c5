// `sdplan due` output, grouped by team.
import type { Plan } from '../model/plan.js';
import type { DueItem } from '../score/due.js';
import { label, type Lang } from './labels.js';
import { neutralise } from '../model/csv-cell.js';
import { localText } from '../model/text.js';

export async function dueOutput(items: DueItem[], plan: Plan, format: 'table' | 'json' | 'csv', lang: Lang): Promise<string> {
  const def = plan.languages[0] ?? lang;
  const teamName = new Map(plan.teams.map((t) => [t.id, localText(t.name, lang, def).text]));
  const indName = new Map(plan.tasks.flatMap((t) => t.indicators).map((i) => [i.id, localText(i.name, lang, def).text]));
  if (format === 'json') return JSON.stringify({ plan: plan.id, year: items[0]?.year ?? null, items }, null, 2) + '\n';
  if (format === 'csv') {
    const { stringify } = await import('csv-stringify/sync');
    const cols = ['team', 'task', 'indicator', 'name', 'year', 'target', 'state'] as const;
    return stringify([cols as unknown as string[], ...items.map((i) => cols.map((c) => neutralise(c === 'name' ? indName.get(i.indicator) : i[c])))], { record_delimiter: '\n' });
  }
  if (items.length === 0) return `${label(lang, 'none_due')}\n`;
  const out = [`${label(lang, 'due_title')} (${items[0]!.year})`];
  let team = '';
  for (const i of items) {
    if (i.team !== team) {
      team = i.team;
      out.push('', `${team} (${teamName.get(team) ?? ''})`);
    }
    out.push(`  ${i.indicator}  ${indName.get(i.indicator) ?? ''}  ${label(lang, 'target')} ${i.target}${i.state === 'empty' ? `  (${label(lang, 'missing')})` : ''}`);
  }
  return out.join('\n') + '\n';
}
