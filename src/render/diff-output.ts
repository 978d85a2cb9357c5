// `sdplan diff` output: JSON (the contract), Markdown for a pull-request comment or job summary
// (a headline, then collapsible sections), and plain text.
import { jsonText } from './plans-output.js';
import type { Change, DiffSummary } from '../diff/plan-diff.js';
import type { DeltaFinding } from '../diff/findings-delta.js';
import { messageOf } from './messages.js';
import { isRuleId } from '../model/rule-ids.js';

export interface DiffReport {
  base: string;
  head: string;
  /** Files that could not be read or parsed at each side; when any is listed, no change is computed. */
  unreadable: { base: string[]; head: string[] };
  summary: DiffSummary;
  changes: Change[];
  findings: { introduced: DeltaFinding[]; fixed: DeltaFinding[] };
}

const show = (v: unknown): string => {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('year' in o && 'value' in o) return `${o.value} (${o.year})`;
    if ('start' in o && 'end' in o) return `${o.start}–${o.end}`;
    if (Object.values(o).every((x) => typeof x === 'string')) return Object.values(o).join(' / ');
    return JSON.stringify(v);
  }
  return String(v);
};

export function changeText(c: Change): string {
  const what = c.entity === 'indicator' ? 'Indicator' : c.entity[0]!.toUpperCase() + c.entity.slice(1);
  switch (c.kind) {
    case 'added': return `${what} ${c.id} added`;
    case 'removed': return `${what} ${c.id} removed`;
    case 'renamed': return `${what} ${show(c.from)} renamed ${show(c.to)}`;
    case 'merged': return `${c.ids!.join(' and ')} merged into ${c.id}`;
    case 'split': return `${c.id} split into ${c.ids!.join(' and ')}`;
    case 'replaced-not-removed': return `${c.id} replaces ${c.ids!.join(', ')}, which is still in the plan`;
    case 'moved': return `Task ${c.id} moved from strategy ${show(c.from)} to ${show(c.to)}`;
    case 'lead-changed': return `Task ${c.id} now led by ${show(c.to)} (was ${show(c.from)})`;
    case 'period-changed': return `Task ${c.id} runs ${show(c.to)} (was ${show(c.from)})`;
    case 'budget-changed': {
      const f = c.from as Record<string, number>;
      const t = c.to as Record<string, number>;
      const years = [...new Set([...Object.keys(f), ...Object.keys(t)])].filter((y) => y !== 'total' && f[y] !== t[y]).sort();
      return `Task ${c.id} budget ${years.map((y) => `${y}: ${f[y] ?? '—'} → ${t[y] ?? '—'}`).join(', ')} (total ${f.total} → ${t.total})`;
    }
    case 'title-changed': return `${what} ${c.id} retitled: ${show(c.from)} → ${show(c.to)}`;
    case 'baseline-changed': return `Indicator ${c.id} baseline ${show(c.from)} → ${show(c.to)}`;
    case 'target-changed': return `Indicator ${c.id} target ${c.year}: ${show(c.from)} → ${show(c.to)}${c.note === 'raised' || c.note === 'lowered' ? ` (${c.note} ambition)` : ` (${c.note})`}`;
    case 'unit-changed': return `⚠ Indicator ${c.id} unit ${show(c.from)} → ${show(c.to)}: its history no longer compares`;
    case 'direction-changed': return `⚠ Indicator ${c.id} direction ${show(c.from)} → ${show(c.to)}: its history no longer compares`;
    case 'actual-added': return `Actual ${c.id} ${c.year}: ${show(c.to)}`;
    case 'actual-changed': return `⚠ Actual ${c.id} ${c.year} changed ${show(c.from)} → ${show(c.to)}: history rewritten`;
    case 'actual-removed': return `⚠ Actual ${c.id} ${c.year} (${show(c.from)}) removed`;
    case 'composition-changed': return `Body ${c.id} composition ${show(c.from)} → ${show(c.to)}`;
    case 'settings-changed': return `Setting ${c.id}: ${show(c.from)} → ${show(c.to)}`;
    case 'decision-recorded': return `Overlap ${c.id.replace('+', ' / ')}: decision recorded, ${decisionText(c.to)}`;
    case 'decision-changed': return `Overlap ${c.id.replace('+', ' / ')}: decision ${decisionText(c.from)} → ${decisionText(c.to)}`;
    case 'decision-withdrawn': return `Overlap ${c.id.replace('+', ' / ')}: decision withdrawn (was ${decisionText(c.from)})`;
  }
}

/** "coordinate: One programme run jointly" */
function decisionText(v: unknown): string {
  const d = (v ?? {}) as { decision?: string | null; reason?: string };
  return `${d.decision ?? 'accepted'}${d.reason ? `: ${d.reason}` : ''}`;
}

export function findingText(f: DeltaFinding): string {
  if (f.rule === 'overlap') {
    const what = f.args.type === 'overlap' ? 'overlap' : 'likely duplicate each other';
    return `Tasks ${f.args.a} and ${f.args.b} ${what} (score ${f.args.score})${f.args.why ? `; now ${f.args.why}` : ''}`;
  }
  if (f.rule === 'conflict') {
    const a = f.args;
    if (a.kind === 'budget-cap') return `Team ${a.team} over its budget cap in ${a.year}: ${Number(a.total).toLocaleString('en-US')} against ${Number(a.cap).toLocaleString('en-US')} (tasks ${a.tasks})`;
    return `Conflict (${a.kind}) between tasks ${a.tasks}${a.indicator ? ` on ${a.indicator}` : ''}`;
  }
  return isRuleId(f.rule) ? messageOf({ rule: f.rule, args: f.args }) : f.rule;
}

export function diffJson(r: DiffReport): string {
  const finding = (f: DeltaFinding) => ({ rule: f.rule, severity: f.severity, args: f.args, message: findingText(f), file: f.file, line: f.line });
  return jsonText({ base: r.base, head: r.head, unreadable: r.unreadable, summary: r.summary, changes: r.changes, findings: { introduced: r.findings.introduced.map(finding), fixed: r.findings.fixed.map(finding) } });
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 tasks added, 2 merged into 1, 14 targets lowered" */
/** Why the plans were not compared, or null when they were. */
function notCompared(r: DiffReport): string | null {
  const sides = (['base', 'head'] as const).filter((k) => r.unreadable[k].length > 0);
  if (sides.length === 0) return null;
  return `Not compared: ${sides.map((k) => `at ${k === 'base' ? r.base : r.head}, ${r.unreadable[k].join(', ')} cannot be read`).join('; ')}. Fix the file first; the findings below say why.`;
}

export function headline(r: DiffReport): string {
  const why = notCompared(r);
  if (why !== null) return why;
  const s = r.summary;
  const parts: string[] = [];
  for (const entity of ['goal', 'strategy', 'task', 'indicator'] as const) {
    if (s[`${entity}.added`]) parts.push(`${plural(s[`${entity}.added`]!, entity, entity === 'strategy' ? 'strategies' : undefined)} added`);
    if (s[`${entity}.removed`]) parts.push(`${plural(s[`${entity}.removed`]!, entity, entity === 'strategy' ? 'strategies' : undefined)} removed`);
    if (s[`${entity}.renamed`]) parts.push(`${plural(s[`${entity}.renamed`]!, entity, entity === 'strategy' ? 'strategies' : undefined)} renamed`);
  }
  const merges = r.changes.filter((c) => c.kind === 'merged');
  if (merges.length) parts.push(`${merges.reduce((n, c) => n + c.ids!.length, 0)} merged into ${merges.length}`);
  const splits = r.changes.filter((c) => c.kind === 'split');
  if (splits.length) parts.push(`${splits.length} split into ${splits.reduce((n, c) => n + c.ids!.length, 0)}`);
  if (s['targets.raised']) parts.push(`${plural(s['targets.raised'], 'target')} raised`);
  if (s['targets.lowered']) parts.push(`${plural(s['targets.lowered'], 'target')} lowered`);
  if (s['actual.actual-added']) parts.push(`${plural(s['actual.actual-added'], 'actual')} added`);
  if (s['actual.actual-changed']) parts.push(`${plural(s['actual.actual-changed'], 'past actual')} changed`);
  const other = r.changes.length - parts.length;
  if (parts.length === 0 && r.changes.length > 0) parts.push(plural(other, 'change'));
  return parts.length ? parts.join(', ') : 'no changes to the plan';
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');

export function diffMarkdown(r: DiffReport): string {
  const out = [`### sdplan diff ${mdCell(r.base)}…${mdCell(r.head)}`, '', `**${headline(r)}**`];
  const errors = r.findings.introduced.filter((f) => f.severity === 'error').length;
  out.push('', `Findings: ${r.findings.introduced.length} introduced${errors ? ` (${errors} errors)` : ''}, ${r.findings.fixed.length} fixed.`, '');
  const groups: Array<[string, Change[]]> = [
    ['Goals and strategies', r.changes.filter((c) => c.entity === 'goal' || c.entity === 'strategy')],
    ['Tasks', r.changes.filter((c) => c.entity === 'task')],
    ['Indicators and targets', r.changes.filter((c) => c.entity === 'indicator')],
    ['Actuals', r.changes.filter((c) => c.entity === 'actual')],
    ['Teams', r.changes.filter((c) => c.entity === 'team')],
    ['Decisions on overlapping tasks', r.changes.filter((c) => c.entity === 'overlap')],
    ['Governance and settings', r.changes.filter((c) => c.entity === 'governance' || c.entity === 'settings')],
  ];
  for (const [title, list] of groups) {
    if (list.length === 0) continue;
    out.push(`<details><summary>${title} (${list.length})</summary>`, '', ...list.map((c) => `- ${mdCell(changeText(c))}`), '', '</details>', '');
  }
  for (const [title, list] of [['Findings introduced', r.findings.introduced], ['Findings fixed', r.findings.fixed]] as const) {
    if (list.length === 0) continue;
    out.push(`<details><summary>${title} (${list.length})</summary>`, '', '| Rule | Where | Message |', '| --- | --- | --- |');
    for (const f of list) out.push(`| \`${f.rule}\` | ${mdCell(f.file ? `${f.file}:${f.line}` : '')} | ${mdCell(findingText(f))} |`);
    out.push('', '</details>', '');
  }
  return out.join('\n');
}

export function diffText(r: DiffReport): string {
  const lines = [`${r.base}..${r.head}: ${headline(r)}`, ...r.changes.map((c) => `  ${changeText(c)}`)];
  for (const f of r.findings.introduced) lines.push(`  + ${f.rule} ${f.file ? `${f.file}:${f.line} ` : ''}${findingText(f)}`);
  for (const f of r.findings.fixed) lines.push(`  - ${f.rule} ${f.file ? `${f.file}:${f.line} ` : ''}${findingText(f)}`);
  return lines.join('\n') + '\n';
}
