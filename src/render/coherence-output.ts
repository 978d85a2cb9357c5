// Coherence matrix and cooperation lists: JSON, a text table, Markdown.
import type { Coherence } from '../overlap/coherence.js';
import type { InfluenceRanking } from '../overlap/influence.js';
import { plainTable } from './plain-table.js';
import type { CooperationList } from '../overlap/cooperation.js';
import type { Lang } from './labels.js';
import { mdText } from './markdown-escape.js';

export function coherenceObject(c: Coherence, ranking?: InfluenceRanking): Record<string, unknown> {
  return { ...c, ...(ranking ? { ranking } : {}) };
}

const signed = (x: number) => (x > 0 ? `+${x}` : `${x}`);

/** A goal-by-goal grid: row = goal of the tasks, column = goal of the indicators; "+helps/-hurts". */
export async function coherenceGrid(c: Coherence, lang: Lang, markdown: boolean): Promise<string> {
  const used = c.goals.filter((g) => c.cells.some((x) => x.from === g || x.to === g));
  const at = new Map(c.cells.map((x) => [`${x.from}\u0000${x.to}`, x]));
  const corner = lang === 'ko' ? '과제 목표 → 지표 목표' : 'tasks of → indicators of';
  const rows = [[corner, ...used], ...used.map((from) => [from, ...used.map((to) => {
    const x = at.get(`${from}\u0000${to}`);
    if (!x) return '';
    if (x.source === 'scored') return `[${signed(x.score)}]${x.contradicts ? '!' : ''}`;
    return `+${x.helps.length}${x.hurts.length ? `/-${x.hurts.length}` : ''}`;
  })])];
  if (markdown) {
    return [`| ${rows[0]!.join(' | ')} |`, `| --- |${' ---: |'.repeat(used.length)}`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
  }
  const hurts = c.cells.filter((x) => x.hurts.length > 0).map((x) => `  ${x.from} -> ${x.to}: ${x.hurts.join(', ')}`);
  const legend = lang === 'ko'
    ? '+도움/-저해 과제 수(선언된 효과); [점수] 분과위원회가 매긴 상호작용(-3~+3); ! 선언된 효과와 어긋나는 점수'
    : '+tasks that help/-tasks that hurt (declared effects); [score] interaction scored by a subcommittee (-3..+3); ! a score that contradicts the declared effects';
  return [await plainTable(rows[0]!, rows.slice(1), 1), '', legend, ...(hurts.length ? [lang === 'ko' ? '저해하는 과제:' : 'tasks that hurt:', ...hurts] : [])].join('\n') + '\n';
}

/** `team` names a team (its ID where the plan does not define it). */
export function cooperationText(lists: CooperationList[], lang: Lang, markdown: boolean, team: (id: string) => string = String): string {
  const out: string[] = [];
  const esc = markdown ? mdText : (s: string) => s;
  for (const l of lists) {
    const heading = esc(team(l.team) === l.team ? l.team : `${team(l.team)} (${l.team})`);
    out.push(markdown ? `### ${heading}` : heading);
    if (l.partners.length === 0) out.push(lang === 'ko' ? '  (같은 목표의 다른 팀 없음)' : '  (no other team on the same goals)');
    for (const p of l.partners) {
      const what = [...(p.strategies.length ? [`${lang === 'ko' ? '전략' : 'strategies'} ${p.strategies.join(', ')}`] : []), ...(p.goals.length ? [`${lang === 'ko' ? '목표' : 'goals'} ${p.goals.join(', ')}`] : [])].join('; ');
      out.push(`${markdown ? '- ' : '  '}${esc(team(p.team))} (${p.shared}): ${what} — ${p.tasks.join(', ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The influence ranking as text or Markdown: goals by net influence, negative links, clusters. */
export async function rankingText(r: InfluenceRanking, lang: Lang, markdown: boolean, name: (goal: string) => string): Promise<string> {
  const ko = lang === 'ko';
  const head = ko ? ['목표', '나가는 영향', '들어오는 영향', '순영향', '2차 영향'] : ['Goal', 'Outgoing', 'Incoming', 'Net', 'Second-order'];
  const esc = markdown ? mdText : (s: string) => s;
  const rows = r.goals.map((g) => [esc(`${g.goal} ${name(g.goal)}`), signed(g.outgoing), signed(g.incoming), signed(g.net), signed(g.secondOrder)]);
  const out: string[] = [];
  out.push(markdown ? `### ${ko ? '목표별 영향력 순위' : 'Goals ranked by influence'}` : ko ? '목표별 영향력 순위' : 'Goals ranked by influence', '');
  if (markdown) {
    out.push(`| ${head.join(' | ')} |`, '| --- | ---: | ---: | ---: | ---: |', ...rows.map((x) => `| ${x.join(' | ')} |`));
  } else {
    out.push(await plainTable(head, rows, 1));
  }
  out.push('', markdown ? `### ${ko ? '가장 강한 부정적 연결' : 'Strongest negative links'}` : ko ? '가장 강한 부정적 연결' : 'Strongest negative links');
  if (r.negative.length === 0) out.push(ko ? '없음' : 'none');
  for (const x of r.negative) out.push(`${markdown ? '- ' : '  '}${x.from} → ${x.to}: ${signed(x.score)} (${ko ? (x.source === 'scored' ? '분과위원회 평가' : '선언된 효과') : x.source === 'scored' ? 'scored' : 'declared effects'})`);
  out.push('', markdown ? `### ${ko ? '서로 강화하는 목표 묶음' : 'Clusters of goals that reinforce each other'}` : ko ? '서로 강화하는 목표 묶음' : 'Clusters of goals that reinforce each other');
  if (r.clusters.length === 0) out.push(ko ? '없음' : 'none');
  for (const c of r.clusters) out.push(`${markdown ? '- ' : '  '}${esc(c.map((g) => `${g} ${name(g)}`).join(', '))}`);
  return out.join('\n') + '\n';
}
