// The Open SDG export as sdg-build reads it. The checks follow sdg-build's own code:
// - sdg/check_csv.py check_headers: the first column is Year, the last Value; Year and Value numeric.
// - sdg/Indicator.py get_goal_id: the goal is the ID's first dash-separated part unless standalone.
// - sdg/inputs/InputMetaFiles.py add_language_folders: translations in meta/<language>/<file>.
// - sdg/ProgressMeasure.py: IndicatorProgress.get_indicator_progress (only with
//   auto_progress_calculation; else the manual progress_status), SeriesProgress (headline rows where
//   every disaggregation column is empty; base_year from the options, default 2015, else the next year
//   with data; current year = the latest year), methodology_1/2, get_score, and
//   get_progress_status_from_score. The implementation below is written from those functions, apart
//   from sdplan's, and must agree with `sdplan score` on every sustainability indicator.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { SAMPLE, cleanup, cli } from './helpers.js';
import { loadPlan } from '../src/load/load-plan.js';
import { openSdgIds } from '../src/export/export-tables.js';

afterAll(cleanup);

interface Options {
  direction?: string;
  target?: number;
  target_year?: number;
  base_year?: number;
  limit?: number;
  progress_thresholds?: { high: number; med: number; low: number };
}

/** sdg-build's SeriesProgress, for one series of one indicator: [score, status]. */
function sdgBuildProgress(rows: Array<Record<string, string>>, config: Options): { score: number | null; status: string } {
  const dims = Object.keys(rows[0] ?? {}).filter((c) => c !== 'Year' && c !== 'Value');
  const data = rows.filter((r) => dims.every((d) => r[d] === '') && r.Value !== '').map((r) => ({ year: Number(r.Year), value: Number(r.Value) }));
  if (data.length === 0) return { score: null, status: 'not_available' };
  let target = config.target ?? null;
  if (target === 0) target = 0.001;
  const targetYear = config.target_year ?? 2030;
  const direction = config.direction === 'positive' ? 1 : -1;
  const method = target === null ? 1 : 2;
  const currentYear = Math.max(...data.map((d) => d.year));
  const currentValue = data.find((d) => d.year === currentYear)!.value;
  let baseYear = config.base_year ?? 2015;
  if (!data.some((d) => d.year === baseYear)) baseYear = Math.min(...data.filter((d) => d.year > baseYear).map((d) => d.year));
  if (!Number.isFinite(baseYear)) return { score: null, status: 'not_available' };
  let baseValue = data.find((d) => d.year === baseYear)!.value;
  const sign = baseValue < 0 ? -1 : 1;
  const achieved = target !== null && ((direction === -1 && currentValue <= target) || (direction === 1 && currentValue >= target));
  const thresholds =
    method === 1 ? { high: 0.015, med: 0.005, low: 0, ...config.progress_thresholds } : { high: 0.95, med: 0.6, low: 0, ...config.progress_thresholds };
  let coeff = 1;
  if (method === 1 && config.limit !== undefined) {
    const b = Math.abs(baseValue);
    const l = Math.abs(config.limit);
    coeff = b >= 2 * l ? 1 : b <= l ? 1 - (b / l) ** 4.44 : 1 - ((2 * l - b) / l) ** 4.44;
    thresholds.high *= coeff;
    thresholds.med *= coeff;
    thresholds.low *= coeff;
  }
  if (baseValue === 0) baseValue = 0.001;
  const growth = (v1: number, v2: number, t1: number, t2: number) => (v1 / v2) ** (1 / (t1 - t2)) - 1;
  let value: number | null = null;
  if (!((baseValue > 0 && currentValue < 0) || (baseValue < 0 && currentValue > 0)) && baseYear <= currentYear && currentYear - baseYear >= 1) {
    value =
      method === 1
        ? sign * direction * growth(currentValue, baseValue, currentYear, baseYear)
        : (sign * direction * growth(currentValue, baseValue, currentYear, baseYear)) / Math.abs(growth(target!, baseValue, targetYear, baseYear));
  }
  let score: number | null = null;
  if (achieved) score = 5;
  else if (value !== null) {
    const { high, med, low } = thresholds;
    if (method === 1) {
      if (value < low) score = Math.max(125 * value - 2.5, -5);
      else if (coeff === 0) score = 5;
      else if (value >= high) score = Math.min((500 * value) / coeff - 5, 5);
      else if (value >= med) score = (250 * value) / coeff - 1.25;
      else score = (500 * value) / coeff - 2.5;
    } else {
      score = value >= med ? Math.min(7.1429 * value - 4.2857, 5) : Math.max(4.1667 * value - 2.5, -5);
    }
  }
  const status = achieved
    ? 'target_achieved'
    : score === null
      ? 'not_available'
      : score >= 2.5
        ? 'substantial_progress'
        : score >= 0
          ? 'moderate_progress'
          : score >= -2.5
            ? 'limited_progress'
            : 'deterioration';
  return { score, status };
}

describe('export -f opensdg, read as sdg-build reads it', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'sdplan-osdg-')), 'site');
  const run = cli(['export', 'indicators', 'plans/dangjin-2035', '-f', 'opensdg', '-o', out]);
  const ids = readdirSync(join(out, 'indicator-config'))
    .map((f) => f.replace(/\.yml$/, ''))
    .sort();
  const config = (id: string) => parseYaml(readFileSync(join(out, 'indicator-config', `${id}.yml`), 'utf8')) as Record<string, unknown>;
  const data = (id: string) => parseCsv(readFileSync(join(out, 'data', `indicator_${id}.csv`), 'utf8'), { columns: true }) as Array<Record<string, string>>;

  it('every indicator is under a real SDG goal or standalone, with data and metadata in every language', () => {
    expect(run.code).toBe(0);
    expect(ids).toHaveLength(39);
    for (const id of ids) {
      expect(id, 'an ID sdg-build would not drop').toContain('-');
      const c = config(id);
      const goal = id.split('-')[0]!;
      expect(c.standalone === true || (Number(goal) >= 1 && Number(goal) <= 17), id).toBe(true);
      const header = readFileSync(join(out, 'data', `indicator_${id}.csv`), 'utf8')
        .split('\n')[0]!
        .split(',');
      expect([header[0], header[header.length - 1]], id).toEqual(['Year', 'Value']);
      for (const r of data(id)) expect(Number.isFinite(Number(r.Year)) && Number.isFinite(Number(r.Value)), id).toBe(true);
      const meta = parseYaml(readFileSync(join(out, 'meta', `${id}.yml`), 'utf8')) as Record<string, unknown>;
      expect(meta.indicator_number, id).toBe(c.standalone ? id : id.replace(/-/g, '.'));
      expect(existsSync(join(out, 'meta', 'en', `${id}.yml`)), id).toBe(true);
    }
    // two local indicators of one UN indicator get distinct IDs under the same goal
    expect(ids.filter((id) => id.startsWith('12-5-1'))).toEqual(['12-5-1', '12-5-1-2']);
    expect(config('13-2-2')).toMatchObject({ auto_progress_calculation: false, progress_status: 'not_available' });
    expect(
      data('8-5-2')
        .filter((r) => r.sex === 'female')
        .map((r) => [r.Year, r.Value]),
    ).toEqual([
      ['2018', '2.1'],
      ['2019', '2.3'],
    ]);
  });

  it("sdg-build's progress calculation on the exported files gives sdplan's status and score for every sustainability indicator", () => {
    const rows = JSON.parse(cli(['score', 'plans/dangjin-2035', '--year', '2019', '--by', 'indicator', '-f', 'json']).stdout).rows as Array<{
      id: string;
      scope: string;
      progress?: { status: string; score: number | null; manual?: boolean };
    }>;
    // the export's own map from sdplan IDs to Open SDG IDs
    const exportIds = openSdgIds(loadPlan(SAMPLE).plan);
    let compared = 0;
    for (const row of rows.filter((r) => r.scope === 'sustainability' && r.progress)) {
      const id = exportIds.get(row.id)?.id;
      expect(id && ids.includes(id), row.id).toBe(true);
      const c = config(id!);
      if (c.auto_progress_calculation !== true) {
        expect(c.progress_status, row.id).toBe(row.progress!.status);
        continue;
      }
      const options = (c.progress_calculation_options as Options[])[0]!;
      const theirs = sdgBuildProgress(data(id!), options);
      expect(theirs.status, row.id).toBe(row.progress!.status);
      if (theirs.score === null) expect(row.progress!.score, row.id).toBeNull();
      else expect(row.progress!.score, row.id).toBeCloseTo(theirs.score, 9);
      compared++;
    }
    // 39 indicators: 2 future and 1 monitoring have no progress; 1 has its status set by hand
    expect(compared).toBe(35);
  });
});
