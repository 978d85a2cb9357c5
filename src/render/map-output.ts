// `sdplan map` output: Markdown (with a Mermaid diagram that GitHub renders), Mermaid, DOT, JSON.
import type { MapTask, PlanMap } from '../overlap/plan-map.js';
import type { Text } from '../model/plan.js';
import type { Lang } from './labels.js';
import { GOALS, TARGETS } from '../sdg/catalog-titles.js';
import { localText } from '../model/text.js';
import { mdText } from './markdown-escape.js';

type Pick = (t: Text | undefined) => string;

/** The lead team by its name, its ID where the plan does not define it. */
const lead = (t: MapTask, pick: Pick) => (t.leadName ? pick(t.leadName) : t.lead);

// one line: a line break would end the node, and a line of backticks the Markdown fence around the diagram
const mermaidLabel = (s: string) =>
  `"${s
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/"/g, '#quot;')
    .replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'))}"`;
const mermaidId = (s: string) => `n_${s.replace(/[^A-Za-z0-9_]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
const dotString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, ' ')}"`;

export function mapMermaid(m: PlanMap, pick: Pick): string {
  const out = ['flowchart LR'];
  const root = mermaidId(`plan-${m.plan}`);
  out.push(`  ${root}[${mermaidLabel(pick(m.vision) || pick(m.title))}]`);
  for (const g of m.goals) {
    out.push(
      `  ${mermaidId(g.id)}[${mermaidLabel(`${g.id} ${pick(g.title)}${g.sdgTargets.length ? ` (SDG ${g.sdgTargets.join(', ')})` : ''}`)}]`,
      `  ${root} --> ${mermaidId(g.id)}`,
    );
    for (const s of g.strategies) {
      out.push(`  ${mermaidId(s.id)}[${mermaidLabel(`${s.id} ${pick(s.title)}`)}]`, `  ${mermaidId(g.id)} --> ${mermaidId(s.id)}`);
      for (const t of s.tasks)
        out.push(`  ${mermaidId(t.id)}[${mermaidLabel(`${t.id} ${pick(t.title)} / ${lead(t, pick)}`)}]`, `  ${mermaidId(s.id)} --> ${mermaidId(t.id)}`);
    }
  }
  return out.join('\n') + '\n';
}

export function mapDot(m: PlanMap, pick: Pick): string {
  const out = [`digraph ${dotString(m.plan)} {`, '  rankdir=LR;', '  node [shape=box, fontname="Noto Sans CJK KR"];'];
  out.push(`  ${dotString(`plan:${m.plan}`)} [label=${dotString(pick(m.vision) || pick(m.title))}];`);
  for (const g of m.goals) {
    out.push(`  ${dotString(g.id)} [label=${dotString(`${g.id} ${pick(g.title)}`)}];`, `  ${dotString(`plan:${m.plan}`)} -> ${dotString(g.id)};`);
    for (const s of g.strategies) {
      out.push(`  ${dotString(s.id)} [label=${dotString(`${s.id} ${pick(s.title)}`)}];`, `  ${dotString(g.id)} -> ${dotString(s.id)};`);
      for (const t of s.tasks)
        out.push(`  ${dotString(t.id)} [label=${dotString(`${t.id} ${pick(t.title)}\n${lead(t, pick)}`)}];`, `  ${dotString(s.id)} -> ${dotString(t.id)};`);
    }
  }
  out.push('}');
  return out.join('\n') + '\n';
}

export function mapMarkdown(m: PlanMap, pick: Pick, lang: Lang): string {
  const ko = lang === 'ko';
  const out = [`# ${mdText(pick(m.title))}`, ''];
  if (m.vision) out.push(`> ${mdText(pick(m.vision))}`, '');
  for (const g of m.goals) {
    out.push(`- **${g.id}** ${mdText(pick(g.title))}${g.sdgTargets.length ? ` (SDG ${g.sdgTargets.join(', ')})` : ''}`);
    for (const s of g.strategies) {
      out.push(`  - **${s.id}** ${mdText(pick(s.title))}`);
      for (const t of s.tasks) out.push(`    - ${t.id} ${mdText(pick(t.title))} (${mdText(lead(t, pick))})`);
    }
  }
  out.push('', '```mermaid', mapMermaid(m, pick).trimEnd(), '```', '');
  out.push(`## ${ko ? 'SDG 세부목표 반영' : 'SDG coverage'}`, '');
  out.push(
    `| ${ko ? '세부목표' : 'Target'} | ${ko ? '내용' : 'UN text'} | ${ko ? '목표' : 'Goals'} | ${ko ? '과제 수' : 'Tasks'} |`,
    '| --- | --- | --- | ---: |',
  );
  for (const t of m.coverage.targets) out.push(`| ${t.target} | ${mdText(TARGETS[t.target]?.[ko ? 'ko' : 'en'] ?? '')} | ${t.goals.join(', ')} | ${t.tasks} |`);
  const uncovered = m.coverage.uncoveredGoals.map((g) => `${g} ${GOALS[g]?.[ko ? 'short_ko' : 'short_en'] ?? ''}`.trim());
  out.push('', `${ko ? '다루지 않는 SDG 목표' : 'UN goals not covered'}: ${uncovered.length ? uncovered.join(', ') : ko ? '없음' : 'none'}`, '');
  return out.join('\n');
}

export function mapObject(m: PlanMap, pick: Pick): Record<string, unknown> {
  return {
    title: pick(m.title),
    vision: m.vision ? pick(m.vision) : null,
    goals: m.goals.map((g) => ({
      id: g.id,
      title: pick(g.title),
      sdg_targets: g.sdgTargets,
      strategies: g.strategies.map((s) => ({ id: s.id, title: pick(s.title), tasks: s.tasks.map((t) => ({ id: t.id, title: pick(t.title), lead: t.lead })) })),
    })),
    sdg_coverage: { targets: m.coverage.targets, uncovered_goals: m.coverage.uncoveredGoals },
  };
}

export function picker(lang: string, defaultLang: string): Pick {
  return (t) => localText(t, lang, defaultLang).text;
}
