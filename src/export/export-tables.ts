// Flat tables of a plan for spreadsheets and other systems: tasks, indicators, targets, actuals;
// Decidim accountability results; Open SDG data and metadata. Pure: rows and texts out.
import { unitIn } from '../model/units.js';
import type { IndicatorExtras, Plan, Text } from '../model/plan.js';
import { scorePlan } from '../score/score-plan.js';
import { defaultYear } from '../score/evaluation-year.js';
import { historyIndex } from '../score/history.js';
import { yamlLib } from '../load/yaml-lib.js';
import { localText } from '../model/text.js';
import { breakdownKey } from '../model/plan.js';
import { csvText } from '../model/csv-cell.js';
import { cellsOf, columnsFor } from '../model/actual-columns.js';

import type { Cell, Table } from '../model/table.js';

export type { Table };
export type ExportWhat = 'goals' | 'strategies' | 'tasks' | 'budgets' | 'indicators' | 'targets' | 'actuals';

export function exportTable(plan: Plan, what: ExportWhat, lang: string): Table {
  const def = plan.languages[0] ?? lang;
  const langs = plan.languages;
  // text in every plan language, one column each; a text not written is null, not ''
  const texts = (name: string) => langs.map((l) => `${name}_${l}`);
  const inEvery = (t: Text | undefined) => langs.map((l) => (t && t[l] !== undefined ? t[l]! : t ? localText(t, l, def).text : null));
  const orNull = <X>(x: X | undefined | null): X | null => (x === undefined || x === '' ? null : x);
  const goalOf = new Map(plan.strategies.map((s) => [s.id, s.goal]));
  // format 1.1 provenance; a status set by hand is marked as such
  const provenance = (i: IndicatorExtras) => [
    i.kind,
    i.updateCycle ?? null,
    i.geography ?? 'city',
    i.proxy === true,
    i.disaggregation,
    i.progressStatus ? `${i.progressStatus.status} (manual)` : null,
  ];
  const byId = <X extends { id: string }>(a: X, b: X) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  switch (what) {
    case 'goals':
      return {
        columns: ['id', ...texts('title'), ...texts('description'), 'sdg_targets', 'subcommittee', 'strategies'],
        rows: [...plan.goals]
          .sort(byId)
          .map((g) => [g.id, ...inEvery(g.title), ...inEvery(g.description), g.sdgTargets, orNull(g.subcommittee), g.strategies.map((x) => x.id)]),
      };
    case 'strategies':
      return {
        columns: ['id', 'goal', ...texts('title')],
        rows: [...plan.strategies].sort(byId).map((x) => [x.id, x.goal, ...inEvery(x.title)]),
      };
    case 'tasks':
      return {
        columns: [
          'id',
          ...texts('title'),
          ...texts('description'),
          'goal',
          'strategy',
          'also_goals',
          'lead',
          'partners',
          'start',
          'end',
          'budget_total',
          'replaces',
          'target_groups',
          'areas',
        ],
        rows: [...plan.tasks]
          .sort(byId)
          .map((t) => [
            t.id,
            ...inEvery(t.title),
            ...inEvery(t.description),
            goalOf.get(t.strategy) ?? null,
            t.strategy,
            t.alsoGoals,
            t.lead,
            t.partners,
            t.period?.start ?? null,
            t.period?.end ?? null,
            t.budget.length > 0 ? t.budget.reduce((s, [, v]) => s + v, 0) : null,
            t.replaces,
            t.targetGroups,
            t.areas,
          ]),
      };
    case 'budgets':
      return {
        columns: ['task', 'year', 'amount', 'currency'],
        rows: [...plan.tasks].sort(byId).flatMap((t) => t.budget.map(([y, v]) => [t.id, y, v, plan.currency ?? null])),
      };
    case 'indicators':
      return {
        columns: [
          'id',
          'kind',
          'parent',
          ...texts('name'),
          ...texts('unit'),
          'direction',
          'method',
          'weight',
          'baseline_year',
          'baseline',
          'sdg_indicator',
          'source',
          'indicator_kind',
          'update_cycle',
          'geography',
          'proxy',
          'disaggregation',
          'progress_status',
        ],
        rows: [
          ...plan.indicators.map(
            (i) =>
              [
                i.id,
                'sustainability',
                i.goal,
                ...inEvery(i.name),
                ...inEvery(i.unitText),
                i.direction,
                null,
                null,
                i.baseline?.year ?? null,
                i.baseline?.value ?? null,
                orNull(i.sdgIndicator),
                orNull(i.source),
                ...provenance(i),
              ] as Cell[],
          ),
          ...plan.tasks.flatMap((t) =>
            t.indicators.map(
              (i) =>
                [
                  i.id,
                  'task',
                  t.id,
                  ...inEvery(i.name),
                  ...inEvery(i.unitText),
                  i.direction,
                  i.method ?? plan.evaluation.method,
                  i.weight,
                  i.baseline?.year ?? null,
                  i.baseline?.value ?? null,
                  null,
                  orNull(i.source),
                  ...provenance(i),
                ] as Cell[],
            ),
          ),
        ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
      };
    case 'targets':
      return {
        columns: ['indicator', 'year', 'target'],
        rows: [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)].sort(byId).flatMap((i) => i.targets.map(([y, v]) => [i.id, y, v])),
      };
    case 'actuals': {
      // the format's columns; dimension and flag columns only where the plan has them, so a plan
      // without breakdowns exports what it imports
      const dims = plan.dimensions.map((d) => d.id);
      const flags = plan.actuals.some((a) => a.flag !== undefined);
      const columns = columnsFor(dims).filter((c) => c !== 'flag' || flags);
      return {
        columns,
        rows: [...plan.actuals]
          .sort((a, b) =>
            a.indicator < b.indicator
              ? -1
              : a.indicator > b.indicator
                ? 1
                : a.year - b.year || (breakdownKey(a) < breakdownKey(b) ? -1 : breakdownKey(a) > breakdownKey(b) ? 1 : 0),
          )
          .map((a) => {
            const cells = cellsOf(a);
            return columns.map((c) => (c === 'value' ? a.value : (cells[c] ?? '')));
          }),
      };
    }
  }
}

/**
 * Completion of a task toward its final targets, 0..100, as Decidim's `progress` means it (percent
 * complete): per rated indicator, how far the latest actual has come from the baseline to the last
 * numeric target, clipped to 0..1; the task's value is their weighted mean. Null without data.
 */
function completion(_plan: Plan, task: Plan['tasks'][number], year: number, actuals: Map<string, Map<number, number | null>>): number | null {
  let sum = 0;
  let weights = 0;
  for (const i of task.indicators) {
    if (i.kind !== 'quantitative' || i.targets.length === 0) continue;
    const [, final] = i.targets[i.targets.length - 1]!;
    let latest: number | undefined;
    let latestYear = -Infinity;
    for (const [y, v] of actuals.get(i.id) ?? []) if (v !== null && y <= year && y > latestYear) [latest, latestYear] = [v, y];
    if (latest === undefined) continue;
    const base = i.baseline?.value ?? 0;
    const share = final === base ? ((i.direction === 'decrease' ? latest <= final : latest >= final) ? 1 : 0) : (latest - base) / (final - base);
    sum += Math.min(1, Math.max(0, share)) * i.weight;
    weights += i.weight;
  }
  return weights > 0 ? Math.round((sum / weights) * 1000) / 10 : null;
}

/**
 * Tasks as the results CSV that Decidim's accountability component imports (ResultsCsvImporter):
 * `title/<locale>` and `description/<locale>` for every plan language, `progress` as percent
 * complete toward the final targets, the evaluation year's rate and grade in the description, and
 * `external_id` = the task ID; `ids` (external_id -> Decidim id, from a Decidim export) fills `id`
 * so a re-import updates the results instead of duplicating them.
 */
export function decidimResults(plan: Plan, ids: ReadonlyMap<string, string> = new Map(), parents = false): Table {
  const year = defaultYear(plan)?.year ?? null;
  const tasks =
    year === null ? new Map<string, { rate: number | null; grade: string | null }>() : new Map(scorePlan(plan, year).groups.task.map((t) => [t.id, t]));
  const actuals = historyIndex(plan);
  const langs = plan.languages;
  const def = langs[0] ?? 'en';
  const rateLine = (lang: string, t: { rate: number | null; grade: string | null } | undefined) => {
    if (year === null || !t || t.rate === null) return '';
    const pct = `${Math.round(t.rate * 1000) / 10}%`;
    return lang === 'ko' ? `${year}년 달성률 ${pct} (${t.grade ?? '—'}등급)` : `Achievement ${year}: ${pct} (grade ${t.grade ?? '—'})`;
  };
  // goals and strategies as parent results (optional): Decidim links a child by its parent's own
  // id, so parents are linked once --ids gives the ids of a first import
  const parentRows: Cell[][] = !parents
    ? []
    : [...plan.goals]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .flatMap((g) => [
          [
            ids.get(g.id) ?? '',
            '',
            ...langs.map((l) => localText(g.title, l, def).text),
            ...langs.map((l) => (g.description ? localText(g.description, l, def).text : '')),
            '',
            '',
            null,
            g.id,
            1,
          ],
          ...[...g.strategies]
            .sort((a, b) => (a.id < b.id ? -1 : 1))
            .map(
              (st) =>
                [
                  ids.get(st.id) ?? '',
                  ids.get(g.id) ?? '',
                  ...langs.map((l) => localText(st.title, l, def).text),
                  ...langs.map(() => ''),
                  '',
                  '',
                  null,
                  st.id,
                  1,
                ] as Cell[],
            ),
        ]);
  return {
    columns: [
      'id',
      'parent/id',
      ...langs.map((l) => `title/${l}`),
      ...langs.map((l) => `description/${l}`),
      'start_date',
      'end_date',
      'progress',
      'external_id',
      'weight',
    ],
    rows: [
      ...parentRows,
      ...[...plan.tasks]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((t) => {
          const done = year === null ? null : completion(plan, t, year, actuals);
          return [
            ids.get(t.id) ?? '',
            parents ? (ids.get(t.strategy) ?? '') : '',
            ...langs.map((l) => localText(t.title, l, def).text),
            ...langs.map((l) =>
              [t.description ? localText(t.description, l, def).text : '', rateLine(l, tasks.get(t.id))].filter((x) => x !== '').join('\n\n'),
            ),
            t.period ? `${t.period.start}-01-01` : '',
            t.period ? `${t.period.end}-12-31` : '',
            done,
            t.id,
            1,
          ];
        }),
    ],
  };
}

export interface OpenSdgFile {
  path: string;
  text: string;
}

/**
 * The Open SDG file ID of each sustainability indicator. sdg-build takes an indicator's goal from
 * the first dash-separated part of its ID unless the metadata says `standalone: true`
 * (sdg/Indicator.py, get_goal_id), so an indicator with a UN `sdg_indicator` gets that number
 * (13.2.2 -> 13-2-2; a second local indicator of the same UN indicator 13-2-2-2, and so on) and any
 * other indicator is standalone under a slug of its own ID. An ID without a dash is refused.
 */
export function openSdgIds(plan: Plan): Map<string, { id: string; standalone: boolean }> {
  const slug = (id: string) =>
    id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const used = new Map<string, number>();
  const out = new Map<string, { id: string; standalone: boolean }>();
  for (const i of [...plan.indicators].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (i.sdgIndicator) {
      const base = i.sdgIndicator.replace(/\./g, '-');
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      out.set(i.id, { id: n === 1 ? base : `${base}-${n}`, standalone: false });
    } else {
      out.set(i.id, { id: slug(i.id), standalone: true });
    }
  }
  return out;
}

const GEOGRAPHY: Record<string, Record<string, string>> = {
  city: { ko: '시', en: 'City' },
  province: { ko: '도', en: 'Province' },
  nation: { ko: '국가', en: 'Nation' },
};

/**
 * Sustainability indicators for Open SDG as the open-sdg-data-starter lays them out: data CSVs
 * (Year, breakdown columns, Value), metadata in the default language under meta/ and in every other
 * plan language under meta/<lang>/ (sdg-build's InputMetaFiles.add_language_folders), and the
 * indicator settings (progress calculation) under indicator-config/.
 */
export async function openSdgFiles(plan: Plan, lang: string): Promise<OpenSdgFile[] | { refused: string[] }> {
  const { stringify } = yamlLib();
  const def = plan.languages[0] ?? lang;
  const ids = openSdgIds(plan);
  const refused = [...ids.values()].filter((x) => !x.id.includes('-')).map((x) => x.id);
  if (refused.length > 0) return { refused };
  const dims = plan.dimensions.map((d) => d.id);
  const th = plan.evaluation.thresholds.withTarget;
  const custom = th.high !== 0.95 || th.med !== 0.6 || th.low !== 0;
  const files: OpenSdgFile[] = [];
  const yaml = (v: unknown) => stringify(v, { lineWidth: 0 });
  for (const i of [...plan.indicators].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const { id, standalone } = ids.get(i.id)!;
    const mine = plan.actuals
      .filter((a) => a.indicator === i.id && a.value !== null)
      .sort((a, b) => a.year - b.year || (breakdownKey(a) < breakdownKey(b) ? -1 : 1));
    const rows: Array<Array<string | number | null>> = mine.map((a) => [a.year, ...dims.map((d) => a.breakdown[d] ?? ''), a.value]);
    // the baseline is the series' first value, as sdg-build reads the base year from the data
    if (i.baseline && !mine.some((a) => a.year === i.baseline!.year && Object.keys(a.breakdown).length === 0))
      rows.unshift([i.baseline.year, ...dims.map(() => ''), i.baseline.value]);
    const usedDims = dims.filter((_, k) => rows.some((r) => r[k + 1] !== ''));
    const keep = (r: Array<string | number | null>) => [r[0], ...dims.flatMap((d, k) => (usedDims.includes(d) ? [r[k + 1]] : [])), r[r.length - 1]];
    files.push({ path: `data/indicator_${id}.csv`, text: csvText([['Year', ...usedDims, 'Value'], ...rows.map(keep)]) });

    const rated = i.kind === 'quantitative';
    const last = rated ? i.targets[i.targets.length - 1] : undefined;
    const progress: Record<string, unknown> = { direction: i.direction === 'decrease' ? 'negative' : 'positive' };
    if (last) Object.assign(progress, { target: last[1], target_year: last[0] });
    // sdg-build ignores a limit when there is a target (get_progress_thresholds): write none then
    else if (i.limit !== undefined) progress.limit = i.limit;
    if (i.baseline) progress.base_year = i.baseline.year;
    if (custom && last) progress.progress_thresholds = { high: th.high, med: th.med, low: th.low };
    const config: Record<string, unknown> = {
      reporting_status: mine.length > 0 ? 'complete' : 'notstarted',
      published: true,
      graph_type: 'line',
      data_non_statistical: false,
    };
    if (i.progressStatus) {
      // a status set by hand is Open SDG's own field, used when the calculation is off
      Object.assign(config, { auto_progress_calculation: false, progress_status: i.progressStatus.status });
    } else if (i.kind === 'quantitative' || i.kind === 'qualitative') {
      Object.assign(config, { auto_progress_calculation: true, progress_calculation_options: [progress] });
    } else {
      config.auto_progress_calculation = false;
    }
    if (standalone) Object.assign(config, { standalone: true, permalink: id });
    files.push({ path: `indicator-config/${id}.yml`, text: yaml(config) });

    for (const l of plan.languages) {
      const name = localText(i.name, l, def).text;
      const meta: Record<string, unknown> = {
        indicator_number: standalone ? id : id.replace(/-/g, '.'),
        indicator_name: name,
        graph_title: name,
        computation_units: unitIn(i, l, def).text,
        national_geographical_coverage: GEOGRAPHY[i.geography ?? 'city']![l] ?? GEOGRAPHY[i.geography ?? 'city']!.en,
        source_active_1: Boolean(i.source),
        source_organisation_1: i.source ?? '',
      };
      if (i.sdgIndicator) meta.SDG_INDICATOR = i.sdgIndicator;
      if (i.progressStatus?.reason) meta.progress_status_reason = localText(i.progressStatus.reason, l, def).text;
      files.push({ path: l === def ? `meta/${id}.yml` : `meta/${l}/${id}.yml`, text: yaml(meta) });
    }
  }
  return files;
}
