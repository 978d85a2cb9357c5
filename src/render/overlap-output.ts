// `sdplan overlaps` output: the JSON contract, a table, CSV and Markdown.
import { mdText } from './markdown-escape.js';
import type { Plan } from '../model/plan.js';
import type { OverlapPair } from '../overlap/find-overlaps.js';
import type { Conflict } from '../overlap/conflicts.js';
import type { Fragmentation } from '../overlap/fragmentation.js';
import { conflictText, reasonText } from './overlap-messages.js';
import { planNames } from './plan-names.js';
import type { Cell, Table } from './plans-output.js';
import type { Lang } from './labels.js';
import { localText } from '../model/text.js';
import { REPORT_LABELS } from './report-labels.js';

export interface OverlapReport {
  plan: string;
  threshold: number;
  pairs: OverlapPair[];
  conflicts: Conflict[];
  fragmentation: Fragmentation[];
}

/** The JSON object of one plan's overlaps: coded reasons and conflicts, each with its words. */
export function overlapObject(r: OverlapReport, plan: Plan, lang: Lang): Record<string, unknown> {
  const names = planNames(plan, lang);
  return {
    threshold: r.threshold,
    pairs: r.pairs.map((p) => ({
      a: p.a,
      b: p.b,
      score: p.score,
      type: p.type,
      reasons: p.reasons.map((x) => ({ ...x, message: reasonText(x, lang, names) })),
      accepted: p.accepted,
      ...(p.decision !== undefined ? { decision: p.decision } : {}),
      ...(p.reason !== undefined ? { reason: p.reason } : {}),
    })),
    fragmentation: r.fragmentation,
    conflicts: r.conflicts.map((c) => ({
      kind: c.kind,
      tasks: c.tasks,
      ...(c.indicator ? { indicator: c.indicator } : {}),
      ...(c.goals ? { goals: c.goals } : {}),
      detail: c.detail,
      message: conflictText(c, lang, names),
    })),
  };
}

const H = {
  en: {
    pairs: 'Likely duplicate tasks',
    conflicts: 'Conflicts',
    none: 'none',
    accepted: 'accepted',
    score: 'Score',
    a: 'Task A',
    b: 'Task B',
    why: 'Why',
    kind: 'Kind',
    tasks: 'Tasks',
    message: 'Message',
    threshold: 'threshold',
    type: 'Type',
    duplication: 'duplication',
    overlap: 'overlap',
    merge: 'merge',
    coordinate: 'coordinate',
    keep: 'keep',
    fragmentation: 'Fragmentation (several teams on one strategy with similar tasks and no shared partner)',
    strategy: 'Strategy',
    teams: 'Teams',
  },
  ko: {
    pairs: '중복 가능성이 있는 과제',
    conflicts: '상충',
    none: '없음',
    accepted: '검토 후 유지',
    score: '점수',
    a: '과제 A',
    b: '과제 B',
    why: '근거',
    kind: '유형',
    tasks: '과제',
    message: '설명',
    threshold: '기준',
    type: '구분',
    duplication: '중복',
    overlap: '유사',
    merge: '통합',
    coordinate: '협업',
    keep: '유지',
    fragmentation: '분절 (여러 팀이 한 전략에서 비슷한 과제를 공동 협력 없이 수행)',
    strategy: '전략',
    teams: '팀',
  },
} as const;

function title(plan: Plan, id: string, lang: Lang): string {
  const t = plan.tasks.find((x) => x.id === id);
  return t ? `${id} ${localText(t.title, lang, plan.languages[0] ?? lang).text}` : id;
}

export function overlapMarkdown(r: OverlapReport, plan: Plan, lang: Lang): string {
  const h = H[lang];
  const names = planNames(plan, lang);
  const out = [`## ${h.pairs} (${h.threshold} ${r.threshold})`, ''];
  if (r.pairs.length === 0) out.push(h.none, '');
  else {
    out.push(`| ${h.score} | ${h.a} | ${h.b} | ${h.type} | ${h.why} |`, '| ---: | --- | --- | --- | --- |');
    for (const p of r.pairs) {
      const why = p.reasons.map((x) => mdText(`${reasonText(x, lang, names)} (${x.weight > 0 ? '+' : ''}${x.weight})`)).join('<br>');
      const acc = p.accepted ? `<br>**${p.decision ? h[p.decision] : h.accepted}**: ${mdText(p.reason ?? '')}` : '';
      out.push(`| ${p.score.toFixed(2)} | ${mdText(title(plan, p.a, lang))} | ${mdText(title(plan, p.b, lang))} | ${h[p.type]} | ${why}${acc} |`);
    }
    out.push('');
  }
  out.push(`## ${h.fragmentation}`, '');
  if (r.fragmentation.length === 0) out.push(h.none, '');
  else {
    out.push(`| ${h.strategy} | ${h.teams} | ${h.tasks} |`, '| --- | --- | --- |');
    for (const f of r.fragmentation)
      out.push(`| ${f.strategy} | ${mdText(f.teams.map(names.team).join(', '))} | ${mdText(f.tasks.map((t) => title(plan, t, lang)).join('; '))} |`);
    out.push('');
  }
  out.push(`## ${h.conflicts}`, '');
  if (r.conflicts.length === 0) out.push(h.none, '');
  else {
    out.push(`| ${h.kind} | ${h.tasks} | ${h.message} |`, '| --- | --- | --- |');
    for (const c of r.conflicts) out.push(`| ${REPORT_LABELS[lang][c.kind]} | ${c.tasks.join(', ')} | ${mdText(conflictText(c, lang, names))} |`);
    out.push('');
  }
  return out.join('\n');
}

export async function overlapTable(r: OverlapReport, plan: Plan, lang: Lang): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const h = H[lang];
  const names = planNames(plan, lang);
  const pairs = new Table({ head: [h.score, h.a, h.b, h.type, h.why], style: { head: [], border: [] }, wordWrap: true, colWidths: [7, 26, 26, 8, 58] });
  for (const p of r.pairs) {
    pairs.push([
      p.score.toFixed(2),
      title(plan, p.a, lang),
      title(plan, p.b, lang),
      h[p.type],
      p.reasons.map((x) => reasonText(x, lang, names)).join('\n') + (p.accepted ? `\n[${p.decision ? h[p.decision] : h.accepted}] ${p.reason}` : ''),
    ]);
  }
  const frag = r.fragmentation.map((f) => `  ${f.strategy}: ${f.teams.map(names.team).join(', ')} — ${f.tasks.map((t) => title(plan, t, lang)).join('; ')}`);
  const conflicts = new Table({ head: [h.kind, h.tasks, h.message], style: { head: [], border: [] }, wordWrap: true, colWidths: [22, 24, 78] });
  for (const c of r.conflicts) conflicts.push([REPORT_LABELS[lang][c.kind], c.tasks.join(', '), conflictText(c, lang, names)]);
  return `${h.pairs} (${h.threshold} ${r.threshold}): ${r.pairs.length}\n${r.pairs.length ? pairs.toString() + '\n' : ''}${h.fragmentation}: ${r.fragmentation.length}\n${frag.length ? frag.join('\n') + '\n' : ''}${h.conflicts}: ${r.conflicts.length}\n${r.conflicts.length ? conflicts.toString() + '\n' : ''}`;
}

export function overlapRows(r: OverlapReport, plan: Plan, lang: Lang): Table {
  const names = planNames(plan, lang);
  const rows: Cell[][] = [];
  for (const p of r.pairs)
    rows.push([
      p.type,
      p.a,
      p.b,
      p.score,
      p.accepted ? (p.decision ?? 'yes') : 'no',
      p.reason ?? '',
      p.reasons.map((x) => reasonText(x, lang, names)).join('; '),
    ]);
  for (const f of r.fragmentation) rows.push(['fragmentation', f.tasks.join(' '), f.strategy, f.similarity, '', '', f.teams.join(' ')]);
  for (const c of r.conflicts) rows.push([c.kind, c.tasks.join(' '), c.indicator ?? '', '', '', '', conflictText(c, lang, names)]);
  return { columns: ['type', 'a', 'b', 'score', 'accepted', 'reason', 'detail'], rows };
}
