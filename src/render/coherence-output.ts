// Coherence matrix and cooperation lists: JSON, a text table, Markdown.
import type { Coherence, CoherenceCell } from '../overlap/coherence.js';
import { plainNumber } from './plain-number.js';
import type { InfluenceRanking } from '../overlap/influence.js';
import { plainTable } from './plain-table.js';
import type { CooperationList } from '../overlap/cooperation.js';
import type { Lang } from './labels.js';
import { mdText } from './markdown-escape.js';

/**
 * The words that name and explain the two measures wherever they are shown: a cell's score, and
 * a goal's net influence (given minus received; below zero means it receives more than it gives,
 * which is not harm).
 */
export const COHERENCE_WORDS = {
  en: {
    cell: "Each cell is one score of how the tasks of the row goal act on the column goal, from −3 (cancelling) to +3 (indivisible) (Nilsson et al. 2016). A score in brackets, such as [+2], was given by a subcommittee (interactions.csv); a score without brackets comes from the tasks' declared effects: +1 where more of them help than hurt, −1 where more hurt, 0 where even (a direction, not a count of tasks). ! marks a score that contradicts the declared effects.",
    net: 'Net influence = what a goal gives the other goals minus what it receives from them. Below 0 the goal receives more than it gives: that is not harm (harm is a negative cell, listed under the strongest negative links).',
    gives: 'Gives',
    receives: 'Receives',
    net_head: 'Net (gives − receives)',
  },
  ko: {
    cell: '각 칸은 행 목표의 과제가 열 목표에 미치는 영향을 나타내는 점수 하나로, −3(상쇄)부터 +3(불가분)까지입니다(닐슨 외, 2016). [+2]처럼 괄호 안의 점수는 분과위원회가 매긴 점수(상호작용 점수 파일)이고, 괄호 없는 점수는 과제의 선언된 효과에서 나온 값으로 돕는 과제가 더 많으면 +1, 저해하는 과제가 더 많으면 −1, 같으면 0입니다(과제 수가 아니라 방향). 느낌표(!)는 선언된 효과와 어긋나는 점수입니다.',
    net: '순영향 = 다른 목표에 주는 영향 − 다른 목표에서 받는 영향. 0보다 작으면 주는 것보다 받는 것이 많다는 뜻이며, 해를 입는다는 뜻이 아닙니다(해로운 영향은 음수 칸이며 "가장 강한 부정적 연결"에 나옵니다).',
    gives: '주는 영향',
    receives: '받는 영향',
    net_head: '순영향(주는 − 받는)',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** A score or an influence as every view prints it: +1, −1 (a minus sign), 0; at most two decimals. */
export function signedScore(x: number): string {
  const s = plainNumber(Math.abs(x), 2);
  return s === '0' ? '0' : x > 0 ? `+${s}` : `−${s}`;
}

/** A cell of the matrix as the grid prints it: the score, bracketed when a subcommittee gave it. */
function cellText(x: CoherenceCell): string {
  return `${x.source === 'scored' ? `[${signedScore(x.score)}]` : signedScore(x.score)}${x.contradicts ? '!' : ''}`;
}

/** JSON: the matrix (and ranking), with the legend lines the other views print. */
export function coherenceObject(c: Coherence, ranking: InfluenceRanking | undefined, lang: Lang): Record<string, unknown> {
  const W = COHERENCE_WORDS[lang];
  return { ...c, ...(ranking ? { ranking } : {}), legend: [W.cell, ...(ranking ? [W.net] : [])] };
}

/** A goal-by-goal grid: row = goal of the tasks, column = goal of the indicators; one score per cell. */
export async function coherenceGrid(c: Coherence, lang: Lang, markdown: boolean): Promise<string> {
  const used = c.goals.filter((g) => c.cells.some((x) => x.from === g || x.to === g));
  const at = new Map(c.cells.map((x) => [`${x.from}\u0000${x.to}`, x]));
  const corner = lang === 'ko' ? '과제 목표 → 지표 목표' : 'tasks of → indicators of';
  const rows = [
    [corner, ...used],
    ...used.map((from) => [
      from,
      ...used.map((to) => {
        const x = at.get(`${from}\u0000${to}`);
        return x ? cellText(x) : '';
      }),
    ]),
  ];
  const legend = COHERENCE_WORDS[lang].cell;
  if (markdown) {
    return (
      [`| ${rows[0]!.join(' | ')} |`, `| --- |${' ---: |'.repeat(used.length)}`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`), '', legend].join('\n') +
      '\n'
    );
  }
  const hurts = c.cells.filter((x) => x.hurts.length > 0).map((x) => `  ${x.from} -> ${x.to}: ${x.hurts.join(', ')}`);
  return (
    [await plainTable(rows[0]!, rows.slice(1), 1), '', legend, ...(hurts.length ? [lang === 'ko' ? '저해하는 과제:' : 'tasks that hurt:', ...hurts] : [])].join(
      '\n',
    ) + '\n'
  );
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
      const what = [
        ...(p.strategies.length ? [`${lang === 'ko' ? '전략' : 'strategies'} ${p.strategies.join(', ')}`] : []),
        ...(p.goals.length ? [`${lang === 'ko' ? '목표' : 'goals'} ${p.goals.join(', ')}`] : []),
      ].join('; ');
      out.push(`${markdown ? '- ' : '  '}${esc(team(p.team))} (${p.shared}): ${what} — ${p.tasks.join(', ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The influence ranking as text or Markdown: goals by net influence, negative links, clusters. */
export async function rankingText(r: InfluenceRanking, lang: Lang, markdown: boolean, name: (goal: string) => string): Promise<string> {
  const ko = lang === 'ko';
  const W = COHERENCE_WORDS[lang];
  const head = [ko ? '목표' : 'Goal', W.gives, W.receives, W.net_head, ko ? '2차 영향' : 'Second-order'];
  const esc = markdown ? mdText : (s: string) => s;
  const rows = r.goals.map((g) => [
    esc(`${g.goal} ${name(g.goal)}`),
    signedScore(g.outgoing),
    signedScore(g.incoming),
    signedScore(g.net),
    signedScore(g.secondOrder),
  ]);
  const out: string[] = [];
  out.push(markdown ? `### ${ko ? '목표별 영향력 순위' : 'Goals ranked by influence'}` : ko ? '목표별 영향력 순위' : 'Goals ranked by influence', '');
  if (markdown) {
    out.push(`| ${head.join(' | ')} |`, '| --- | ---: | ---: | ---: | ---: |', ...rows.map((x) => `| ${x.join(' | ')} |`));
  } else {
    out.push(await plainTable(head, rows, 1));
  }
  out.push('', W.net);
  out.push('', markdown ? `### ${ko ? '가장 강한 부정적 연결' : 'Strongest negative links'}` : ko ? '가장 강한 부정적 연결' : 'Strongest negative links');
  if (r.negative.length === 0) out.push(ko ? '없음' : 'none');
  for (const x of r.negative)
    out.push(
      `${markdown ? '- ' : '  '}${x.from} → ${x.to}: ${signedScore(x.score)} (${ko ? (x.source === 'scored' ? '분과위원회 평가' : '선언된 효과') : x.source === 'scored' ? 'scored' : 'declared effects'})`,
    );
  out.push(
    '',
    markdown
      ? `### ${ko ? '서로 강화하는 목표 묶음' : 'Clusters of goals that reinforce each other'}`
      : ko
        ? '서로 강화하는 목표 묶음'
        : 'Clusters of goals that reinforce each other',
  );
  if (r.clusters.length === 0) out.push(ko ? '없음' : 'none');
  for (const c of r.clusters) out.push(`${markdown ? '- ' : '  '}${esc(c.map((g) => `${g} ${name(g)}`).join(', '))}`);
  return out.join('\n') + '\n';
}
