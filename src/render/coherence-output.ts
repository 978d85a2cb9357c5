// Coherence matrix and cooperation lists: JSON, a text table, Markdown.
import type { Coherence } from '../overlap/coherence.js';
import type { CooperationList } from '../overlap/cooperation.js';
import type { Lang } from './labels.js';

export function coherenceObject(c: Coherence): Record<string, unknown> {
  return { ...c };
}

/** A goal-by-goal grid: row = goal of the tasks, column = goal of the indicators; "+helps/-hurts". */
export function coherenceGrid(c: Coherence, lang: Lang, markdown: boolean): string {
  const used = c.goals.filter((g) => c.cells.some((x) => x.from === g || x.to === g));
  const at = new Map(c.cells.map((x) => [`${x.from}\u0000${x.to}`, x]));
  const corner = lang === 'ko' ? '과제 목표 → 지표 목표' : 'tasks of → indicators of';
  const rows = [[corner, ...used], ...used.map((from) => [from, ...used.map((to) => {
    const x = at.get(`${from}\u0000${to}`);
    return x ? `+${x.helps.length}${x.hurts.length ? `/-${x.hurts.length}` : ''}` : '';
  })])];
  if (markdown) {
    return [`| ${rows[0]!.join(' | ')} |`, `| --- |${' ---: |'.repeat(used.length)}`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
  }
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const hurts = c.cells.filter((x) => x.hurts.length > 0).map((x) => `  ${x.from} -> ${x.to}: ${x.hurts.join(', ')}`);
  const legend = lang === 'ko' ? '+도움/-저해 과제 수' : '+tasks that help/-tasks that hurt';
  return [...rows.map((r) => r.map((s, i) => (i === 0 ? s.padEnd(w[i]!) : s.padStart(w[i]!))).join('  ')), '', legend, ...(hurts.length ? [lang === 'ko' ? '저해하는 과제:' : 'tasks that hurt:', ...hurts] : [])].join('\n') + '\n';
}

export function cooperationText(lists: CooperationList[], lang: Lang, markdown: boolean): string {
  const out: string[] = [];
  for (const l of lists) {
    out.push(markdown ? `### ${l.team}` : `${l.team}`);
    if (l.partners.length === 0) out.push(lang === 'ko' ? '  (같은 목표의 다른 팀 없음)' : '  (no other team on the same goals)');
    for (const p of l.partners) {
      const what = [...(p.strategies.length ? [`${lang === 'ko' ? '전략' : 'strategies'} ${p.strategies.join(', ')}`] : []), ...(p.goals.length ? [`${lang === 'ko' ? '목표' : 'goals'} ${p.goals.join(', ')}`] : [])].join('; ');
      out.push(`${markdown ? '- ' : '  '}${p.team} (${p.shared}): ${what} — ${p.tasks.join(', ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}
