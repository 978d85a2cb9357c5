// `sdplan diff` output: JSON (the contract), Markdown for a pull-request comment or job summary
// (a headline, then collapsible sections), and plain text.
import { mdText } from './markdown-escape.js';
import { jsonText } from './plans-output.js';
import type { Change, DiffSummary } from '../diff/plan-diff.js';
import type { DeltaFinding } from '../diff/findings-delta.js';
import { messageOf } from './messages.js';
import { isRuleId } from '../model/rule-ids.js';
import { withParticle } from './particle.js';
import type { Lang } from './labels.js';
import type { PlanNames } from './overlap-messages.js';
import type { Conflict } from '../overlap/conflicts.js';
import { REPORT_LABELS } from './report-labels.js';

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

const ENTITY_KO: Record<string, string> = {
  goal: '목표',
  strategy: '전략',
  task: '과제',
  indicator: '지표',
  actual: '실적',
  team: '팀',
  overlap: '중복 쌍',
  governance: '기구',
  settings: '설정',
};
const NOTE_KO: Record<string, string> = { raised: '상향', lowered: '하향', added: '추가', removed: '삭제' };

/** A change in Korean: the same facts as changeText, in the Korean catalogue (particles by es-hangul). */
function changeTextKo(c: Change): string {
  const what = ENTITY_KO[c.entity] ?? c.entity;
  switch (c.kind) {
    case 'added':
      return `${what} ${c.id} 추가`;
    case 'removed':
      return `${what} ${c.id} 삭제`;
    case 'renamed':
      return `${what} ${show(c.from)} → ${show(c.to)} (ID 변경)`;
    case 'merged':
      return `${c.ids!.join(', ')} → ${withParticle(c.id, '으로/로')} 통합`;
    case 'split':
      return `${c.id} → ${withParticle(c.ids!.join(', '), '으로/로')} 분할`;
    case 'replaced-not-removed':
      return `${withParticle(c.id, '이/가')} ${withParticle(c.ids!.join(', '), '을/를')} 대체하지만 그 과제가 아직 계획에 있음`;
    case 'moved':
      return `과제 ${c.id}: 전략 ${show(c.from)} → ${show(c.to)}`;
    case 'lead-changed':
      return `과제 ${c.id}: 주관 팀 ${show(c.from)} → ${show(c.to)}`;
    case 'period-changed':
      return `과제 ${c.id}: 기간 ${show(c.from)} → ${show(c.to)}`;
    case 'budget-changed': {
      const f = c.from as Record<string, number>;
      const t = c.to as Record<string, number>;
      const years = [...new Set([...Object.keys(f), ...Object.keys(t)])].filter((y) => y !== 'total' && f[y] !== t[y]).sort();
      return `과제 ${c.id} 예산 ${years.map((y) => `${y}년 ${f[y] ?? '—'} → ${t[y] ?? '—'}`).join(', ')} (합계 ${f.total} → ${t.total})`;
    }
    case 'title-changed':
      return `${what} ${c.id} 이름 변경: ${show(c.from)} → ${show(c.to)}`;
    case 'baseline-changed':
      return `지표 ${c.id} 기준값 ${show(c.from)} → ${show(c.to)}`;
    case 'target-changed':
      return `지표 ${c.id} ${c.year}년 목표 ${show(c.from)} → ${show(c.to)} (${c.note === 'raised' || c.note === 'lowered' ? `목표 수준 ${NOTE_KO[c.note]}` : (NOTE_KO[c.note ?? ''] ?? c.note)})`;
    case 'unit-changed':
      return `⚠ 지표 ${c.id} 단위 ${show(c.from)} → ${show(c.to)}: 이력과 비교할 수 없음`;
    case 'direction-changed':
      return `⚠ 지표 ${c.id} 방향 ${show(c.from)} → ${show(c.to)}: 이력과 비교할 수 없음`;
    case 'actual-added':
      return `실적 ${c.id} ${c.year}년: ${show(c.to)}`;
    case 'actual-changed':
      return `⚠ 실적 ${c.id} ${c.year}년 ${show(c.from)} → ${show(c.to)}: 과거 실적 수정`;
    case 'actual-removed':
      return `⚠ 실적 ${c.id} ${c.year}년 (${show(c.from)}) 삭제`;
    case 'composition-changed':
      return `기구 ${c.id} 구성 ${show(c.from)} → ${show(c.to)}`;
    case 'settings-changed':
      return `설정 ${c.id}: ${show(c.from)} → ${show(c.to)}`;
    case 'decision-recorded':
      return `중복 쌍 ${c.id.replace('+', ' / ')}: 결정 기록, ${decisionText(c.to, 'ko')}`;
    case 'decision-changed':
      return `중복 쌍 ${c.id.replace('+', ' / ')}: 결정 ${decisionText(c.from, 'ko')} → ${decisionText(c.to, 'ko')}`;
    case 'decision-withdrawn':
      return `중복 쌍 ${c.id.replace('+', ' / ')}: 결정 철회 (이전: ${decisionText(c.from, 'ko')})`;
  }
}

function changeText(c: Change): string {
  const what = c.entity === 'indicator' ? 'Indicator' : c.entity[0]!.toUpperCase() + c.entity.slice(1);
  switch (c.kind) {
    case 'added':
      return `${what} ${c.id} added`;
    case 'removed':
      return `${what} ${c.id} removed`;
    case 'renamed':
      return `${what} ${show(c.from)} renamed ${show(c.to)}`;
    case 'merged':
      return `${c.ids!.join(' and ')} merged into ${c.id}`;
    case 'split':
      return `${c.id} split into ${c.ids!.join(' and ')}`;
    case 'replaced-not-removed':
      return `${c.id} replaces ${c.ids!.join(', ')}, which is still in the plan`;
    case 'moved':
      return `Task ${c.id} moved from strategy ${show(c.from)} to ${show(c.to)}`;
    case 'lead-changed':
      return `Task ${c.id} now led by ${show(c.to)} (was ${show(c.from)})`;
    case 'period-changed':
      return `Task ${c.id} runs ${show(c.to)} (was ${show(c.from)})`;
    case 'budget-changed': {
      const f = c.from as Record<string, number>;
      const t = c.to as Record<string, number>;
      const years = [...new Set([...Object.keys(f), ...Object.keys(t)])].filter((y) => y !== 'total' && f[y] !== t[y]).sort();
      return `Task ${c.id} budget ${years.map((y) => `${y}: ${f[y] ?? '—'} → ${t[y] ?? '—'}`).join(', ')} (total ${f.total} → ${t.total})`;
    }
    case 'title-changed':
      return `${what} ${c.id} retitled: ${show(c.from)} → ${show(c.to)}`;
    case 'baseline-changed':
      return `Indicator ${c.id} baseline ${show(c.from)} → ${show(c.to)}`;
    case 'target-changed':
      return `Indicator ${c.id} target ${c.year}: ${show(c.from)} → ${show(c.to)}${c.note === 'raised' || c.note === 'lowered' ? ` (${c.note} ambition)` : ` (${c.note})`}`;
    case 'unit-changed':
      return `⚠ Indicator ${c.id} unit ${show(c.from)} → ${show(c.to)}: its history no longer compares`;
    case 'direction-changed':
      return `⚠ Indicator ${c.id} direction ${show(c.from)} → ${show(c.to)}: its history no longer compares`;
    case 'actual-added':
      return `Actual ${c.id} ${c.year}: ${show(c.to)}`;
    case 'actual-changed':
      return `⚠ Actual ${c.id} ${c.year} changed ${show(c.from)} → ${show(c.to)}: history rewritten`;
    case 'actual-removed':
      return `⚠ Actual ${c.id} ${c.year} (${show(c.from)}) removed`;
    case 'composition-changed':
      return `Body ${c.id} composition ${show(c.from)} → ${show(c.to)}`;
    case 'settings-changed':
      return `Setting ${c.id}: ${show(c.from)} → ${show(c.to)}`;
    case 'decision-recorded':
      return `Overlap ${c.id.replace('+', ' / ')}: decision recorded, ${decisionText(c.to)}`;
    case 'decision-changed':
      return `Overlap ${c.id.replace('+', ' / ')}: decision ${decisionText(c.from)} → ${decisionText(c.to)}`;
    case 'decision-withdrawn':
      return `Overlap ${c.id.replace('+', ' / ')}: decision withdrawn (was ${decisionText(c.from)})`;
  }
}

const DECISION_KO: Record<string, string> = { merge: '통합', coordinate: '협업', keep: '유지', accepted: '검토 후 유지' };

/** "coordinate: One programme run jointly" */
function decisionText(v: unknown, lang: 'en' | 'ko' = 'en'): string {
  const d = (v ?? {}) as { decision?: string | null; reason?: string };
  const word = d.decision ?? 'accepted';
  return `${lang === 'ko' ? (DECISION_KO[word] ?? word) : word}${d.reason ? `: ${d.reason}` : ''}`;
}

/** `names` (the head plan's, see planNames) turns team and indicator IDs into names. */
function findingText(f: DeltaFinding, lang: Lang = 'en', names: PlanNames = {}): string {
  const team = (id: unknown) => (names.team ?? String)(String(id));
  const indicator = (id: unknown) => (names.indicator ?? String)(String(id));
  if (lang === 'ko') {
    const a = f.args;
    if (f.rule === 'overlap')
      return `과제 ${withParticle(String(a.a), '와/과')} ${a.b}: ${a.type === 'overlap' ? '유사' : '중복 가능성'} (점수 ${a.score})${
        a.why
          ? `; 지금은 ${String(a.why)
              .replace(/^merged: /, '통합됨: ')
              .replace(/ into /g, ' → ')
              .replace(/ removed/g, ' 삭제')
              .replace(/^decision: /, '결정: ')
              .replace(/^no longer alike$/, '더는 비슷하지 않음')}`
          : ''
      }`;
    if (f.rule === 'conflict') {
      if (a.kind === 'budget-cap')
        return `${withParticle(team(a.team), '이/가')} ${a.year}년 예산 상한을 넘음: ${Number(a.total).toLocaleString('ko-KR')} (상한 ${Number(a.cap).toLocaleString('ko-KR')}, 과제 ${a.tasks})`;
      return `과제 ${a.tasks} 사이의 ${REPORT_LABELS.ko[a.kind as Conflict['kind']] ?? a.kind}${a.indicator ? `, 지표 ${indicator(a.indicator)}` : ''}`;
    }
    return isRuleId(f.rule) ? messageOf({ rule: f.rule, args: f.args }, 'ko') : f.rule;
  }
  if (f.rule === 'overlap') {
    const what = f.args.type === 'overlap' ? 'overlap' : 'likely duplicate each other';
    return `Tasks ${f.args.a} and ${f.args.b} ${what} (score ${f.args.score})${f.args.why ? `; now ${f.args.why}` : ''}`;
  }
  if (f.rule === 'conflict') {
    const a = f.args;
    if (a.kind === 'budget-cap')
      return `${team(a.team) === String(a.team) ? `Team ${a.team}` : team(a.team)} over its budget cap in ${a.year}: ${Number(a.total).toLocaleString('en-US')} against ${Number(a.cap).toLocaleString('en-US')} (tasks ${a.tasks})`;
    return `Conflict (${a.kind}) between tasks ${a.tasks}${a.indicator ? ` on ${indicator(a.indicator)}` : ''}`;
  }
  return isRuleId(f.rule) ? messageOf({ rule: f.rule, args: f.args }) : f.rule;
}

export function diffJson(r: DiffReport, lang: Lang = 'en', names: PlanNames = {}): string {
  const finding = (f: DeltaFinding) => ({ rule: f.rule, severity: f.severity, args: f.args, message: findingText(f, lang, names), file: f.file, line: f.line });
  return jsonText({
    base: r.base,
    head: r.head,
    unreadable: r.unreadable,
    summary: r.summary,
    changes: r.changes,
    findings: { introduced: r.findings.introduced.map(finding), fixed: r.findings.fixed.map(finding) },
  });
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 tasks added, 2 merged into 1, 14 targets lowered" */
/** Why the plans were not compared, or null when they were. */
function notCompared(r: DiffReport): string | null {
  const sides = (['base', 'head'] as const).filter((k) => r.unreadable[k].length > 0);
  if (sides.length === 0) return null;
  return `Not compared: ${sides.map((k) => `at ${k === 'base' ? r.base : r.head}, ${r.unreadable[k].join(', ')} cannot be read`).join('; ')}. Fix the file first; the findings below say why.`;
}

function headlineKo(r: DiffReport): string {
  const sides = (['base', 'head'] as const).filter((k) => r.unreadable[k].length > 0);
  if (sides.length > 0)
    return `비교하지 않음: ${sides.map((k) => `${k === 'base' ? r.base : r.head} 시점의 ${r.unreadable[k].join(', ')} 파일을 읽을 수 없음`).join('; ')}. 그 파일을 먼저 고치세요. 아래 발견 사항이 이유를 알려 줍니다.`;
  const s = r.summary;
  const parts: string[] = [];
  for (const entity of ['goal', 'strategy', 'task', 'indicator'] as const) {
    for (const [kind, word] of [
      ['added', '추가'],
      ['removed', '삭제'],
      ['renamed', 'ID 변경'],
    ] as const)
      if (s[`${entity}.${kind}`]) parts.push(`${ENTITY_KO[entity]} ${s[`${entity}.${kind}`]}개 ${word}`);
  }
  const merges = r.changes.filter((c) => c.kind === 'merged');
  if (merges.length) parts.push(`${merges.reduce((n, c) => n + c.ids!.length, 0)}개 과제를 ${merges.length}개로 통합`);
  const splits = r.changes.filter((c) => c.kind === 'split');
  if (splits.length) parts.push(`${splits.length}개 과제를 ${splits.reduce((n, c) => n + c.ids!.length, 0)}개로 분할`);
  if (s['targets.raised']) parts.push(`목표 ${s['targets.raised']}개 상향`);
  if (s['targets.lowered']) parts.push(`목표 ${s['targets.lowered']}개 하향`);
  if (s['actual.actual-added']) parts.push(`실적 ${s['actual.actual-added']}건 추가`);
  if (s['actual.actual-changed']) parts.push(`과거 실적 ${s['actual.actual-changed']}건 수정`);
  if (parts.length === 0 && r.changes.length > 0) parts.push(`변경 ${r.changes.length}건`);
  return parts.length ? parts.join(', ') : '계획 변경 없음';
}

function headline(r: DiffReport, lang: Lang = 'en'): string {
  if (lang === 'ko') return headlineKo(r);
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

const mdCell = mdText;

const MD = {
  en: {
    findings: (n: number, e: number, f: number) => `Findings: ${n} introduced${e ? ` (${e} errors)` : ''}, ${f} fixed.`,
    goals: 'Goals and strategies',
    tasks: 'Tasks',
    indicators: 'Indicators and targets',
    actuals: 'Actuals',
    teams: 'Teams',
    overlaps: 'Decisions on overlapping tasks',
    governance: 'Governance and settings',
    introduced: 'Findings introduced',
    fixed: 'Findings fixed',
    rule: 'Rule',
    where: 'Where',
    message: 'Message',
  },
  ko: {
    findings: (n: number, e: number, f: number) => `발견 사항: 새로 ${n}건${e ? ` (오류 ${e}건)` : ''}, 해결 ${f}건.`,
    goals: '목표와 전략',
    tasks: '과제',
    indicators: '지표와 목표값',
    actuals: '실적',
    teams: '팀',
    overlaps: '중복 과제에 대한 결정',
    governance: '거버넌스와 설정',
    introduced: '새로 생긴 발견 사항',
    fixed: '해결된 발견 사항',
    rule: '규칙',
    where: '위치',
    message: '내용',
  },
} as const;

export function diffMarkdown(r: DiffReport, lang: Lang = 'en', names: PlanNames = {}): string {
  const W = MD[lang];
  const text = lang === 'ko' ? changeTextKo : changeText;
  const out = [`### sdplan diff ${mdCell(r.base)}…${mdCell(r.head)}`, '', `**${headline(r, lang)}**`];
  const errors = r.findings.introduced.filter((f) => f.severity === 'error').length;
  out.push('', W.findings(r.findings.introduced.length, errors, r.findings.fixed.length), '');
  const groups: Array<[string, Change[]]> = [
    [W.goals, r.changes.filter((c) => c.entity === 'goal' || c.entity === 'strategy')],
    [W.tasks, r.changes.filter((c) => c.entity === 'task')],
    [W.indicators, r.changes.filter((c) => c.entity === 'indicator')],
    [W.actuals, r.changes.filter((c) => c.entity === 'actual')],
    [W.teams, r.changes.filter((c) => c.entity === 'team')],
    [W.overlaps, r.changes.filter((c) => c.entity === 'overlap')],
    [W.governance, r.changes.filter((c) => c.entity === 'governance' || c.entity === 'settings')],
  ];
  for (const [title, list] of groups) {
    if (list.length === 0) continue;
    out.push(`<details><summary>${title} (${list.length})</summary>`, '', ...list.map((c) => `- ${mdCell(text(c))}`), '', '</details>', '');
  }
  for (const [title, list] of [
    [W.introduced, r.findings.introduced],
    [W.fixed, r.findings.fixed],
  ] as const) {
    if (list.length === 0) continue;
    out.push(`<details><summary>${title} (${list.length})</summary>`, '', `| ${W.rule} | ${W.where} | ${W.message} |`, '| --- | --- | --- |');
    for (const f of list) out.push(`| \`${f.rule}\` | ${mdCell(f.file ? `${f.file}:${f.line}` : '')} | ${mdCell(findingText(f, lang, names))} |`);
    out.push('', '</details>', '');
  }
  return out.join('\n');
}

export function diffText(r: DiffReport, lang: Lang = 'en', names: PlanNames = {}): string {
  const text = lang === 'ko' ? changeTextKo : changeText;
  const lines = [`${r.base}..${r.head}: ${headline(r, lang)}`, ...r.changes.map((c) => `  ${text(c)}`)];
  for (const f of r.findings.introduced) lines.push(`  + ${f.rule} ${f.file ? `${f.file}:${f.line} ` : ''}${findingText(f, lang, names)}`);
  for (const f of r.findings.fixed) lines.push(`  - ${f.rule} ${f.file ? `${f.file}:${f.line} ` : ''}${findingText(f, lang, names)}`);
  return lines.join('\n') + '\n';
}
