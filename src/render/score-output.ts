// `sdplan score` output: rows of one level as JSON (the contract), a table, or CSV.
import { plainNumber } from './plain-number.js';
import type { Plan } from '../model/plan.js';
import type { GroupKind, IndicatorScore, GroupScore, PlanScore, RowKind } from '../score/score-plan.js';
import { label, type Lang } from './labels.js';
import type { Cell, Table } from './plans-output.js';
import { localText } from '../model/text.js';
import { formulaText } from './formula-text.js';
import { decimalsToExplain } from '../score/explaining-decimals.js';
import { REPORT_LABELS } from './report-labels.js';

export type ScoreBy = RowKind;

const share = (c: { measured: number; targeted: number }) => (c.targeted > 0 ? c.measured / c.targeted : null);

function scoreRows(score: PlanScore, by: ScoreBy, plan: Plan, lang: string): Array<Record<string, unknown>> {
  const name = (t: IndicatorScore['name']) => localText(t, lang, plan.languages[0] ?? lang).text;
  if (by === 'indicator') {
    return score.indicators.map((i) => ({
      id: i.id,
      kind: 'indicator',
      scope: i.scope,
      parent: i.parent,
      name: name(i.name),
      unit: i.unit,
      direction: i.direction,
      method: i.method,
      weight: i.weight,
      baseline: i.baseline,
      target: i.target,
      actual: i.actual,
      formula: i.formula,
      formula_text: formulaText(i.formula, lang === 'ko' ? 'ko' : 'en'),
      rate: i.rate,
      grade: i.grade,
      coverage: share(i.coverage),
      measured: i.coverage.measured,
      targeted: i.coverage.targeted,
      trajectory: i.trajectory,
      indicator_kind: i.indicatorKind,
      assessment: i.assessment,
      text_target: i.textTarget ? { year: i.textTarget.year, text: localText(i.textTarget.text, lang, plan.languages[0] ?? lang).text } : null,
      ...(i.progress
        ? {
            progress: {
              status: i.progress.status,
              score: i.progress.score,
              value: i.progress.value,
              // set by hand: no score (as sdg-build), and the computed status and score apart, as computed
              ...(i.progress.manual
                ? {
                    manual: true,
                    reason: i.progress.manual.reason ? localText(i.progress.manual.reason, lang, plan.languages[0] ?? lang).text : null,
                    computed: { status: i.progress.manual.computed.status, score: i.progress.manual.computed.score, value: i.progress.manual.computed.value },
                  }
                : {}),
            },
            latest: i.progress.latest,
            final_target: i.progress.finalTarget,
            base: i.progress.base,
          }
        : {}),
    }));
  }
  const progressCounts = () => {
    const counts: Record<string, number> = {};
    for (const i of score.indicators) if (i.progress) counts[i.progress.status] = (counts[i.progress.status] ?? 0) + 1;
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
  };
  return score.groups[by as GroupKind].map((g: GroupScore) => ({
    id: g.id,
    kind: g.kind,
    name: name(g.name),
    rate: g.rate,
    grade: g.grade,
    coverage: share(g.coverage),
    measured: g.coverage.measured,
    targeted: g.coverage.targeted,
    weighting: g.weighting,
    parts: g.parts,
    ...(by === 'plan' ? { progress_counts: progressCounts() } : {}),
  }));
}

export interface ScoredPlan {
  plan: Plan;
  score: PlanScore;
}

/** Several plans side by side (a provincial review): every row carries its plan and year. */
function multiRows(scored: readonly ScoredPlan[], by: ScoreBy, lang: string): Array<Record<string, unknown>> {
  return scored.flatMap(({ plan, score }) => scoreRows(score, by, plan, lang).map((r) => ({ plan: plan.id, year: score.year, ...r })));
}

export async function multiTable(scored: readonly ScoredPlan[], by: ScoreBy, lang: Lang): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const L = (k: Parameters<typeof label>[1]) => label(lang, k);
  const table = new Table({ head: ['Plan', L('year'), L('id'), L('name'), L('rate'), L('grade'), L('coverage')], style: { head: [], border: [] } });
  for (const r of multiRows(scored, by, lang))
    table.push([String(r.plan), String(r.year), String(r.id), String(r.name), pct(r.rate), String(r.grade ?? '—'), `${r.measured}/${r.targeted}`]);
  return table.toString() + '\n';
}

export function scoreObject(score: PlanScore, by: ScoreBy, plan: Plan, lang: string): Record<string, unknown> {
  return { year: score.year, by, rows: scoreRows(score, by, plan, lang) };
}

const pct = (x: unknown) => (typeof x === 'number' ? `${(x * 100).toFixed(1)}%` : '—');
const numOrDash = (x: unknown, decimals = 4) => (typeof x === 'number' ? plainNumber(x, decimals) : '—');

type ProgressRow = { status: 'not_available'; score: number | null; manual?: boolean };
/** A status, its score, and "(set by hand)" when progress_status set it: never silently. */
const progressCell = (p: ProgressRow, L: (k: Parameters<typeof label>[1]) => string) =>
  `${L(p.status)}${p.manual ? ` (${L('manual')})` : ` ${numOrDash(p.score)}`}`;

export async function scoreTable(score: PlanScore, by: ScoreBy, plan: Plan, lang: Lang): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const rows = scoreRows(score, by, plan, lang);
  const L = (k: Parameters<typeof label>[1]) => label(lang, k);
  const cov = (r: Record<string, unknown>) => `${r.measured}/${r.targeted}`;
  let head: string[];
  let body: string[][];
  if (by === 'indicator') {
    head = [L('id'), L('name'), L('baseline'), L('target'), L('actual'), L('rate'), L('grade'), L('status'), L('trajectory')];
    body = rows.map((r, k) => {
      // baseline, target and actual with as many places as the shown rate needs to follow from them
      const i = score.indicators[k]!;
      const d = decimalsToExplain(i.formula, i.rate, i.direction === 'milestone' ? 1 : plan.evaluation.cap, 4, pct, [i.baseline?.value, i.target, i.actual]);
      return [
        String(r.id),
        String(r.name),
        numOrDash((r.baseline as { value: number } | null)?.value, d),
        r.target !== null ? numOrDash(r.target, d) : r.text_target ? String((r.text_target as { text: string }).text) : '—',
        r.actual === null
          ? r.assessment === 'future'
            ? L('future_note')
            : r.assessment === 'rated' && r.target !== null
              ? L('missing')
              : '—'
          : numOrDash(r.actual, d),
        pct(r.rate),
        String(r.grade ?? (r.assessment === 'tracked' ? L('tracked') : '—')),
        r.progress ? progressCell(r.progress as ProgressRow, L) : '',
        r.trajectory ? L((r.trajectory as { status: 'ahead' }).status) : '',
      ];
    });
  } else {
    head = [L('id'), L('name'), L('rate'), L('grade'), L('coverage')];
    body = rows.map((r) => [String(r.id), String(r.name), pct(r.rate), String(r.grade ?? '—'), cov(r)]);
  }
  const table = new Table({ head, style: { head: [], border: [] } });
  for (const b of body) table.push(b);
  const kind = L(`${by}_kind` as Parameters<typeof label>[1]);
  // the method in the output language, as the report's method section names it
  const words = REPORT_LABELS[lang === 'ko' ? 'ko' : 'en'] as Record<string, string>;
  const ev = plan.evaluation;
  const method = `${words[`mm_${ev.method}`] ?? ev.method}, ${lang === 'ko' ? '상한' : 'cap'} ${ev.cap}, ${words[`mw_${ev.weights}`] ?? ev.weights}`;
  return `${plan.id} ${score.year} (${kind}; ${method})\n${table.toString()}\n`;
}

/** One plan's rows as a table; every row names its year, so several plans compare in one sheet. */
export function scoreCsvRows(score: PlanScore, by: ScoreBy, plan: Plan, lang: string): Table {
  const rows = scoreRows(score, by, plan, lang);
  const columns =
    by === 'indicator'
      ? [
          'year',
          'id',
          'scope',
          'parent',
          'name',
          'unit',
          'direction',
          'method',
          'weight',
          'baseline_year',
          'baseline',
          'target',
          'actual',
          'rate',
          'grade',
          'progress_status',
          'progress_score',
          'progress_manual',
          'computed_status',
          'computed_score',
          'trajectory',
        ]
      : ['year', 'id', 'kind', 'name', 'rate', 'grade', 'measured', 'targeted', 'coverage', 'weighting'];
  const flat = rows.map((r) => {
    const b = r.baseline as { year: number; value: number } | null | undefined;
    const p = r.progress as { status: string; score: number | null; manual?: true; computed?: { status: string; score: number | null } } | undefined;
    const full: Record<string, unknown> = {
      ...r,
      year: score.year,
      baseline_year: b?.year ?? null,
      baseline: b?.value ?? null,
      // a status set by hand has no score; the computed one stands apart, marked as computed
      progress_status: p?.status ?? null,
      progress_score: p?.score ?? null,
      progress_manual: p ? p.manual === true : null,
      computed_status: p?.computed?.status ?? null,
      computed_score: p?.computed?.score ?? null,
      trajectory: (r.trajectory as { status: string } | null | undefined)?.status ?? null,
    };
    return columns.map((c) => cellOf(full[c]));
  });
  return { columns, rows: flat };
}

const cellOf = (v: unknown): Cell => (v === null || v === undefined ? null : typeof v === 'number' ? v : String(v));
