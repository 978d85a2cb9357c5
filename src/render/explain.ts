// `sdplan score --explain ID`: how one figure was computed, from raw inputs to the grade.
import { plainNumber } from './plain-number.js';
import type { Plan, Text } from '../model/plan.js';
import type { GroupScore, IndicatorScore, PlanScore } from '../score/score-plan.js';
import { ON_TRACK_TOLERANCE } from '../model/defaults.js';
import { localText } from '../model/text.js';
import { formulaText } from './formula-text.js';

const n = (x: number | null | undefined) => (x === null || x === undefined ? 'missing' : plainNumber(x));

function bands(plan: Plan): string {
  return [...plan.evaluation.grades].sort((a, b) => b.min - a.min).map((b) => `${b.grade} >= ${b.min}`).join(', ');
}

function explainIndicator(i: IndicatorScore, plan: Plan, year: number, name: string, lang: string): string[] {
  const words = (t: Text) => localText(t, lang, plan.languages[0] ?? lang).text;
  const out = [`${i.scope === 'task' ? 'Performance' : 'Sustainability'} indicator ${i.id} (${name}), ${year}, ${i.direction}, unit ${i.unit}`];
  out.push(`  baseline: ${i.baseline ? `${n(i.baseline.value)} (${i.baseline.year})` : 'none'}; target ${year}: ${n(i.target)}; actual ${year}: ${n(i.actual)}`);
  out.push(`  method: ${i.method}${i.weight !== null ? `; weight in task ${i.parent}: ${i.weight}` : ''}`);
  if (i.indicatorKind !== 'quantitative') {
    const how = { trend: 'assessed by its trend, never rated', tracked: 'tracked, never rated', future: 'not measured yet; never counted as missing', rated: 'rated' }[i.assessment];
    out.push(`  kind: ${i.indicatorKind} (${how})`);
  }
  if (i.textTarget) out.push(`  target in words (${i.textTarget.year}): ${words(i.textTarget.text)}; shown, never rated`);
  if (i.assessment !== 'rated') {
    // nothing to rate: no formula line
  } else if (i.rate === null) out.push(`  rate: none (${formulaText(i.formula)}); left out of every mean`);
  else {
    const capped = i.raw !== i.rate ? ` -> clipped to [0, ${i.direction === 'milestone' ? 1 : plan.evaluation.cap}] = ${n(i.rate)}` : '';
    out.push(`  rate = ${formulaText(i.formula)} = ${n(i.raw)}${capped}`);
    out.push(`  grade: ${i.grade} (bands: ${bands(plan)})`);
  }
  if (i.trajectory) {
    out.push(`  trajectory: ${i.trajectory.status} (actual ${n(i.trajectory.actual)} in ${i.trajectory.year} against ${n(i.trajectory.expected)} on the straight path to the final target; on track within ${ON_TRACK_TOLERANCE * 100}% of the whole change)`);
  }
  if (i.progress) {
    const p = i.progress;
    const th = plan.evaluation.thresholds;
    out.push(`  progress (Open SDG method): latest ${p.latest ? `${n(p.latest.value)} (${p.latest.year})` : 'none'}; final target ${p.finalTarget ? `${n(p.finalTarget.value)} (${p.finalTarget.year})` : 'none'}`);
    if (p.base && p.base.from === 'data') out.push(`  no baseline: base ${n(p.base.value)} (${p.base.year}), the first value from 2015 on, as sdg-build picks it`);
    if (p.manual) out.push(`  status set by hand: ${p.status}${p.manual.reason ? ` (${words(p.manual.reason)})` : ''}; computed: ${p.manual.computed}`);
    if (p.value === null) out.push(`  status: ${p.status}${p.reason ? ` (${p.reason})` : ''}`);
    else if (p.finalTarget) {
      out.push(`  R = sign * d * CAGR(y, y0, t - t0) / |CAGR(target, y0, T - t0)| = ${n(p.value)}; thresholds ${th.withTarget.high} / ${th.withTarget.med} / ${th.withTarget.low}`);
      out.push(`  status: ${p.status}; score ${n(p.score)}`);
    } else {
      out.push(`  P = sign * d * CAGR(y, y0, t - t0) = ${n(p.value)}; C = ${n(p.c)}; thresholds ${th.withoutTarget.high} C / ${th.withoutTarget.med} C / ${th.withoutTarget.low}`);
      out.push(`  status: ${p.status}; score ${n(p.score)}`);
    }
  }
  return out;
}

function explainGroup(g: GroupScore, score: PlanScore, plan: Plan, name: string, lang: string): string[] {
  const out = [`${g.kind[0]!.toUpperCase()}${g.kind.slice(1)} ${g.id} (${name}), ${score.year}`];
  const what = g.kind === 'task' ? 'indicators (weighted by their weights)' : `tasks (${g.weighting === 'budget' ? `weighted by their ${score.year} budget` : g.weighting === 'equal-no-budget' ? 'equal weights: no task has a budget for the year' : 'equal weights'})`;
  out.push(`  the mean of its ${what}; parts without a rate are left out:`);
  for (const p of g.parts) out.push(`    ${p.id}  rate ${n(p.rate)}  weight ${n(p.weight)}`);
  const used = g.parts.filter((p) => p.rate !== null && p.weight > 0);
  if (used.length === 0) out.push('  rate: none (no part has a rate)');
  else {
    const sum = used.reduce((s, p) => s + p.rate! * p.weight, 0);
    const w = used.reduce((s, p) => s + p.weight, 0);
    out.push(`  rate = (${used.map((p) => `${n(p.rate)} x ${n(p.weight)}`).join(' + ')}) / ${n(w)} = ${n(sum)} / ${n(w)} = ${n(g.rate)}`);
    out.push(`  grade: ${g.grade}${g.kind === 'team' && plan.evaluation.quota ? ' (relative, by quota)' : ` (bands: ${bands(plan)})`}`);
  }
  out.push(`  coverage: ${g.coverage.measured} of ${g.coverage.targeted} indicators with a ${score.year} target have an actual`);
  if (g.kind !== 'task') {
    out.push('  tasks:');
    for (const p of g.parts) {
      const t = score.groups.task.find((x) => x.id === p.id);
      if (!t) continue;
      const parts = t.parts.map((ip) => `${ip.id} ${n(ip.rate)} x ${n(ip.weight)}`).join(', ');
      out.push(`    ${t.id} (${localText(t.name, lang, plan.languages[0] ?? lang).text}): ${n(t.rate)} from ${parts}`);
    }
  } else {
    for (const p of g.parts) {
      const i = score.indicators.find((x) => x.id === p.id);
      if (i) out.push(...explainIndicator(i, plan, score.year, localText(i.name, lang, plan.languages[0] ?? lang).text, lang).map((l) => `  ${l}`));
    }
  }
  return out;
}

/** null when no indicator, task, strategy, goal, team, department or plan has this ID. */
export function explain(score: PlanScore, plan: Plan, id: string, lang: string): string | null {
  const def = plan.languages[0] ?? lang;
  const ind = score.indicators.find((i) => i.id === id);
  if (ind) return explainIndicator(ind, plan, score.year, localText(ind.name, lang, def).text, lang).join('\n') + '\n';
  for (const kind of ['task', 'strategy', 'goal', 'team', 'department', 'plan'] as const) {
    const g = score.groups[kind].find((x) => x.id === id);
    if (g) return explainGroup(g, score, plan, localText(g.name, lang, def).text, lang).join('\n') + '\n';
  }
  return null;
}
