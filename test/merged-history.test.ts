// Issue 19, item 1: an indicator that continues two (`replaces`) takes one value a year from them,
// as its `combine` says; without `combine`, two values for one year are an error, never a silent pick.
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, cleanup, cli, edit, makePlan, validateDir } from './helpers.js';
import { loadPlan } from '../src/load/load-plan.js';
import { historyIndex } from '../src/score/history.js';
import { messageOf } from '../src/render/messages.js';

afterAll(cleanup);

// T-08 and T-09 were merged into T-02; T-02-P1 (baseline 0, target 20 in 2018) continues both.
// 2018: T-08-P1 12, T-09-P1 6 (T-02-P1 has no row); 2019: 9 and 3, and T-02-P1's own 30.
const ROWS = 'T-08-P1,2018,12,,\nT-09-P1,2018,6,,\nT-08-P1,2019,9,,\nT-09-P1,2019,3,,\nT-02-P1,2019,30,,\n';
const merged = (combine: string | null, rows = ROWS) =>
  makePlan({
    ...edit(
      'tasks/a.yaml',
      '      - id: T-02-P1\n        name: {ko: 교육, en: Training}\n        unit: persons\n        direction: increase\n        baseline: {year: 2017, value: 10}\n        targets: {2021: 40}\n',
      `      - id: T-02-P1\n        replaces: [T-08-P1, T-09-P1]\n${combine ? `        combine: ${combine}\n` : ''}        name: {ko: 교육, en: Training}\n        unit: persons\n        direction: increase\n        baseline: {year: 2017, value: 0}\n        targets: {2018: 20, 2021: 40}\n`,
    ),
    'actuals/a.csv': BASE['actuals/a.csv'] + rows,
  });
const scoreOf = (dir: string, year: number) => {
  const r = cli(['score', dir, '--year', String(year), '--by', 'indicator', '-f', 'json']);
  return { code: r.code, indicator: r.code === 0 ? JSON.parse(r.stdout).rows.find((i: { id: string }) => i.id === 'T-02-P1') : undefined, stderr: r.stderr };
};

describe('combine on a continuing indicator', () => {
  it('sum: 12 + 6 = 18 in 2018, rate 18 / 20 = 90%; the own 30 wins in 2019', () => {
    const dir = merged('sum');
    expect(validateDir(dir)).toEqual([]);
    expect(scoreOf(dir, 2018).indicator).toMatchObject({ actual: 18, target: 20, rate: 0.9 });
    expect(scoreOf(dir, 2019).indicator).toMatchObject({ actual: 30 });
    expect([...historyIndex(loadPlan(dir).plan).get('T-02-P1')!]).toEqual([
      [2018, 18],
      [2019, 30],
    ]);
  });

  it('mean: (12 + 6) / 2 = 9 in 2018, rate 9 / 20 = 45%', () => {
    const dir = merged('mean');
    expect(validateDir(dir)).toEqual([]);
    expect(scoreOf(dir, 2018).indicator).toMatchObject({ actual: 9, target: 20, rate: 0.45 });
  });

  it('last: the value of T-09-P1, listed last in replaces: 6, rate 30%', () => {
    const dir = merged('last');
    expect(validateDir(dir)).toEqual([]);
    expect(scoreOf(dir, 2018).indicator).toMatchObject({ actual: 6, rate: 0.3 });
    // listed last among those that give a value: T-09-P1's empty row leaves T-08-P1's 12
    const empty = merged('last', 'T-08-P1,2018,12,,\nT-09-P1,2018,,,\n');
    expect(scoreOf(empty, 2018).indicator).toMatchObject({ actual: 12, rate: 0.6 });
  });

  it('without combine: an error naming both values, their indicators and rows, and no score', () => {
    const dir = merged(null);
    const diags = validateDir(dir);
    // 2018 and 2019's history both conflict, but 2019 has T-02-P1's own row, which wins: one finding
    expect(diags.map((d) => [d.rule, d.severity, d.file, d.line])).toEqual([['actuals/merge-conflict', 'error', 'actuals/a.csv', 5]]);
    expect(messageOf(diags[0]!)).toBe(
      'T-02-P1 continues both T-08-P1 and T-09-P1, and both give a value for 2018: T-08-P1 12 (actuals/a.csv row 4), T-09-P1 6 (row 5). Say how they make one with `combine: sum`, `mean` or `last` on T-02-P1, or remove one; the year has no value until then.',
    );
    expect(messageOf(diags[0]!, 'ko')).toBe(
      'T-02-P1이 이어받는 T-08-P1과 T-09-P1 모두 2018년 값을 적었습니다: T-08-P1 12(actuals/a.csv 4행), T-09-P1 6(5행). T-02-P1에 `combine: sum`(합계), `mean`(평균) 또는 `last`(replaces의 마지막 지표)로 합치는 방법을 적거나 한쪽을 지우십시오. 그때까지 이 해의 값은 없습니다.',
    );
    const r = cli(['score', dir, '--year', '2018', '-f', 'json']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('actuals/merge-conflict');
    // the history holds no picked value for 2018
    expect(historyIndex(loadPlan(dir).plan).get('T-02-P1')!.has(2018)).toBe(false);
  });

  it('one value for a year needs no combine; two equal values still do (two halves of a total look alike)', () => {
    expect(validateDir(merged(null, 'T-08-P1,2018,12,,\n'))).toEqual([]);
    expect(validateDir(merged(null, 'T-08-P1,2018,12,,\nT-09-P1,2018,12,,\n')).map((d) => d.rule)).toEqual(['actuals/merge-conflict']);
  });

  it('sum with a part missing: a warning and no value, never the part as the total', () => {
    const dir = merged('sum', 'T-08-P1,2018,12,,\n');
    expect(validateDir(dir).map((d) => [d.rule, d.severity, d.args.year, d.args.missing])).toEqual([['actuals/merge-partial', 'warning', 2018, 'T-09-P1']]);
    expect(historyIndex(loadPlan(dir).plan).get('T-02-P1')?.has(2018) ?? false).toBe(false);
  });

  it('combine without replaces is a schema error naming both fields', () => {
    const dir = makePlan(edit('tasks/a.yaml', '        unit: persons\n', '        unit: persons\n        combine: sum\n'));
    const [d] = validateDir(dir);
    expect(d).toMatchObject({ rule: 'schema/missing-field', file: 'tasks/a.yaml', line: 25, args: { field: 'replaces', with: 'combine' } });
    expect(messageOf(d!)).toBe('The required field "replaces" is missing (it goes with "combine").');
    const bad = makePlan(edit('tasks/a.yaml', '      - id: T-02-P1\n', '      - id: T-02-P1\n        replaces: [T-08-P1]\n        combine: total\n'));
    expect(validateDir(bad).map((d) => [d.rule, d.args.allowed])).toEqual([['schema/invalid-value', 'sum, mean, last']]);
  });

  it('works on a sustainability indicator (indicators.yaml) too', () => {
    const dir = makePlan({
      ...edit('indicators.yaml', '    sdg_indicator: "13.2.2"\n', '    sdg_indicator: "13.2.2"\n    replaces: [SI-OLD-A, SI-OLD-B]\n    combine: sum\n'),
      'actuals/a.csv': 'indicator,year,value,note,source\nT-01-P1,2018,4,,\nSI-OLD-A,2019,40,,\nSI-OLD-B,2019,50.5,,\n',
    });
    expect(validateDir(dir)).toEqual([]);
    expect(historyIndex(loadPlan(dir).plan).get('SI-01')!.get(2019)).toBe(90.5);
  });
});
