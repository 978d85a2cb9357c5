// `sdplan overlaps` output: the JSON contract, a table, CSV and Markdown.
import type { Plan } from '../model/plan.js';
import type { OverlapPair } from '../overlap/find-overlaps.js';
import type { Conflict } from '../overlap/conflicts.js';
import { conflictText, reasonText } from './overlap-messages.js';
import type { Cell, Table } from './plans-output.js';
import { type Lang } from './labels.js';
import { localText } from '../model/text.js';

export interface OverlapReport {
  plan: string;
  threshold: number;
  pairs: OverlapPair[];
  conflicts: Conflict[];
}

/** The JSON object of one plan's overlaps: coded reasons and conflicts, each with its words. */
export function overlapObject(r: OverlapReport, lang: Lang): Record<string, unknown> {
  return {
    threshold: r.threshold,
    pairs: r.pairs.map((p) => ({
      a: p.a, b: p.b, score: p.score,
      reasons: p.reasons.map((x) => ({ ...x, message: reasonText(x, lang) })),
      accepted: p.accepted, ...(p.reason !== undefined ? { reason: p.reason } : {}),
    })),
    conflicts: r.conflicts.map((c) => ({
      kind: c.kind, tasks: c.tasks, ...(c.indicator ? { indicator: c.indicator } : {}), ...(c.goals ? { goals: c.goals } : {}), detail: c.detail, message: conflictText(c, lang),
    })),
  };
}

const H = {
  en: { pairs: 'Likely duplicate tasks', conflicts: 'Conflicts', none: 'none', accepted: 'accepted', score: 'Score', a: 'Task A', b: 'Task B', why: 'Why', kind: 'Kind', tasks: 'Tasks', message: 'Message', threshold: 'threshold' },
  ko: { pairs: '중복 가능성이 있는 과제', conflicts: '상충', none: '없음', accepted: '검토 후 유지', score: '점수', a: '과제 A', b: '과제 B', why: '근거', kind: '유형', tasks: '과제', message: '설명', threshold: '기준' },
} as const;

function title(plan: Plan, id: string, lang: Lang): string {
  const t = plan.tasks.find((x) => x.id === id);
  return t ? `${id} ${localText(t.title, lang, plan.languages[0] ?? lang).text}` : id;
}

export function overlapMarkdown(r: OverlapReport, plan: Plan, lang: Lang): string {
  const h = H[lang];
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const out = [`## ${h.pairs} (${h.threshold} ${r.threshold})`, ''];
  if (r.pairs.length === 0) out.push(h.none, '');
  else {
    out.push(`| ${h.score} | ${h.a} | ${h.b} | ${h.why} |`, '| ---: | --- | --- | --- |');
    for (const p of r.pairs) {
      const why = p.reasons.map((x) => `${x.signal} ${x.weight}: ${reasonText(x, lang)}`).join('<br>');
      const acc = p.accepted ? `<br>**${h.accepted}**: ${cell(p.reason ?? '')}` : '';
      out.push(`| ${p.score.toFixed(2)} | ${cell(title(plan, p.a, lang))} | ${cell(title(plan, p.b, lang))} | ${cell(why).replace(/&lt;br&gt;/g, '<br>')}${acc} |`);
    }
    out.push('');
  }
  out.push(`## ${h.conflicts}`, '');
  if (r.conflicts.length === 0) out.push(h.none, '');
  else {
    out.push(`| ${h.kind} | ${h.tasks} | ${h.message} |`, '| --- | --- | --- |');
    for (const c of r.conflicts) out.push(`| ${c.kind} | ${c.tasks.join(', ')} | ${cell(conflictText(c, lang))} |`);
    out.push('');
  }
  return out.join('\n');
}

export async function overlapTable(r: OverlapReport, plan: Plan, lang: Lang): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const h = H[lang];
  const pairs = new Table({ head: [h.score, h.a, h.b, h.why], style: { head: [], border: [] }, wordWrap: true, colWidths: [7, 28, 28, 60] });
  for (const p of r.pairs) {
    pairs.push([p.score.toFixed(2), title(plan, p.a, lang), title(plan, p.b, lang), p.reasons.map((x) => reasonText(x, lang)).join('\n') + (p.accepted ? `\n[${h.accepted}] ${p.reason}` : '')]);
  }
  const conflicts = new Table({ head: [h.kind, h.tasks, h.message], style: { head: [], border: [] }, wordWrap: true, colWidths: [22, 24, 78] });
  for (const c of r.conflicts) conflicts.push([c.kind, c.tasks.join(', '), conflictText(c, lang)]);
  return `${h.pairs} (${h.threshold} ${r.threshold}): ${r.pairs.length}\n${r.pairs.length ? pairs.toString() + '\n' : ''}${h.conflicts}: ${r.conflicts.length}\n${r.conflicts.length ? conflicts.toString() + '\n' : ''}`;
}

export function overlapRows(r: OverlapReport, lang: Lang): Table {
  const rows: Cell[][] = [];
  for (const p of r.pairs) rows.push(['pair', p.a, p.b, p.score, p.accepted ? 'yes' : 'no', p.reason ?? '', p.reasons.map((x) => reasonText(x, lang)).join('; ')]);
  for (const c of r.conflicts) rows.push([c.kind, c.tasks.join(' '), c.indicator ?? '', '', '', '', conflictText(c, lang)]);
  return { columns: ['type', 'a', 'b', 'score', 'accepted', 'reason', 'detail'], rows };
}
