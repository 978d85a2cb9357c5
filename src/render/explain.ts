// `sdplan score --explain ID`: how one figure was computed, from raw inputs to the grade.
import { unitIn } from '../model/units.js';
import { plainNumber } from './plain-number.js';
import type { Plan, Text } from '../model/plan.js';
import type { GroupScore, IndicatorScore, PlanScore } from '../score/score-plan.js';
import { ON_TRACK_TOLERANCE } from '../model/defaults.js';
import { localText } from '../model/text.js';
import { formulaText } from './formula-text.js';
import { decimalsToExplain } from '../score/explaining-decimals.js';
import { EXPLAIN } from './explain-words.js';
import type { Lang } from './labels.js';

function bands(plan: Plan): string {
  return [...plan.evaluation.grades]
    .sort((a, b) => b.min - a.min)
    .map((b) => `${b.grade} >= ${b.min}`)
    .join(', ');
}

const langOf = (lang: string): Lang => (lang === 'ko' ? 'ko' : 'en');

function explainIndicator(i: IndicatorScore, plan: Plan, year: number, name: string, lang: string): string[] {
  const W = EXPLAIN[langOf(lang)];
  // the figures with as many places as the rate needs to follow from them (at least six)
  const places = decimalsToExplain(i.formula, i.rate, i.direction === 'milestone' ? 1 : plan.evaluation.cap, 6, (r) => plainNumber(r, 6), [
    i.baseline?.value,
    i.target,
    i.actual,
  ]);
  const n = (x: number | null | undefined) => (x === null || x === undefined ? W.missing : plainNumber(x, places));
  const st = (s: string) => W.statuses[s] ?? s;
  const words = (t: Text) => localText(t, lang, plan.languages[0] ?? lang).text;
  // the unit in the output language where the plan gives it as Text
  const def = [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)].find((x) => x.id === i.id);
  const unit = def ? unitIn(def, lang, plan.languages[0] ?? lang).text : i.unit;
  const out = [W.indicator(i.scope === 'task' ? W.performance : W.sustainability, i.id, name, year, W.directions[i.direction] ?? i.direction, unit)];
  out.push(W.baseline(i.baseline ? `${n(i.baseline.value)} (${i.baseline.year})` : W.none, year, n(i.target), n(i.actual)));
  out.push(W.method(i.method !== null ? (W.methods[i.method] ?? i.method) : W.none, i.weight !== null ? String(i.weight) : null, String(i.parent)));
  if (i.indicatorKind !== 'quantitative') out.push(W.kind(W.kinds[i.indicatorKind] ?? i.indicatorKind, W.how[i.assessment]));
  if (i.textTarget) out.push(W.textTarget(i.textTarget.year, words(i.textTarget.text)));
  const fl = langOf(lang);
  if (i.assessment !== 'rated') {
    // nothing to rate: no formula line
  } else if (i.rate === null) out.push(W.noRate(formulaText(i.formula, fl, places)));
  else {
    const capped = i.raw !== i.rate ? W.clipped(i.direction === 'milestone' ? 1 : plan.evaluation.cap, n(i.rate)) : '';
    out.push(W.rate(formulaText(i.formula, fl, places), n(i.raw), capped));
    out.push(W.grade(String(i.grade), bands(plan)));
  }
  if (i.trajectory?.line === 'hold') out.push(W.holdLine(st(i.trajectory.status), n(i.trajectory.actual), i.trajectory.year, n(i.trajectory.expected)));
  else if (i.trajectory)
    out.push(W.trajectory(st(i.trajectory.status), n(i.trajectory.actual), i.trajectory.year, n(i.trajectory.expected), ON_TRACK_TOLERANCE * 100));
  if (i.progress) {
    const p = i.progress;
    const th = plan.evaluation.thresholds;
    out.push(
      W.progressHead(
        p.latest ? `${n(p.latest.value)} (${p.latest.year})` : W.none,
        p.finalTarget ? `${n(p.finalTarget.value)} (${p.finalTarget.year})` : W.none,
      ),
    );
    if (p.base && p.base.from === 'data') out.push(W.dataBase(n(p.base.value), p.base.year));
    // set by hand: no score, and the computed status and score named as computed, not used
    if (p.manual) out.push(W.manual(st(p.status), p.manual.reason ? words(p.manual.reason) : '', st(p.manual.computed.status), n(p.manual.computed.score)));
    else if (p.value === null) out.push(W.status(st(p.status), p.reason ? W.progressReasons[p.reason] : ''));
    else if (p.finalTarget) {
      out.push(
        `  R = sign * d * CAGR(y, y0, t - t0) / |CAGR(target, y0, T - t0)| = ${n(p.value)}; ${W.thresholds} ${th.withTarget.high} / ${th.withTarget.med} / ${th.withTarget.low}`,
      );
      out.push(W.statusScore(st(p.status), n(p.score)));
    } else {
      out.push(
        `  P = sign * d * CAGR(y, y0, t - t0) = ${n(p.value)}; C = ${n(p.c)}; ${W.thresholds} ${th.withoutTarget.high} C / ${th.withoutTarget.med} C / ${th.withoutTarget.low}`,
      );
      out.push(W.statusScore(st(p.status), n(p.score)));
    }
  }
  return out;
}

function explainGroup(g: GroupScore, score: PlanScore, plan: Plan, name: string, lang: string): string[] {
  const W = EXPLAIN[langOf(lang)];
  const n = (x: number | null | undefined) => (x === null || x === undefined ? W.missing : plainNumber(x));
  const out = [W.group(W.groups[g.kind] ?? g.kind, g.id, name, score.year)];
  const what =
    g.kind === 'task'
      ? W.indicatorsWeighted
      : g.weighting === 'budget'
        ? W.tasksBudget(score.year)
        : g.weighting === 'equal-no-budget'
          ? W.tasksEqualNoBudget
          : W.tasksEqual;
  out.push(W.meanOf(what));
  for (const p of g.parts) out.push(W.partLine(p.id, n(p.rate), n(p.weight)));
  const used = g.parts.filter((p) => p.rate !== null && p.weight > 0);
  if (used.length === 0) out.push(W.noPart);
  else {
    const sum = used.reduce((s, p) => s + p.rate! * p.weight, 0);
    const w = used.reduce((s, p) => s + p.weight, 0);
    out.push(`  ${W.rateWord} = (${used.map((p) => `${n(p.rate)} x ${n(p.weight)}`).join(' + ')}) / ${n(w)} = ${n(sum)} / ${n(w)} = ${n(g.rate)}`);
    out.push(g.kind === 'team' && plan.evaluation.quota ? W.relativeGrade(String(g.grade)) : W.grade(String(g.grade), bands(plan)));
  }
  out.push(W.coverage(g.coverage.measured, g.coverage.targeted, score.year));
  if (g.kind !== 'task') {
    out.push(W.tasks);
    for (const p of g.parts) {
      const t = score.groups.task.find((x) => x.id === p.id);
      if (!t) continue;
      const parts = t.parts.map((ip) => `${ip.id} ${n(ip.rate)} x ${n(ip.weight)}`).join(', ');
      out.push(W.taskLine(t.id, localText(t.name, lang, plan.languages[0] ?? lang).text, n(t.rate), parts));
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
