// The scoring functions in-process, with exact figures: what mutation testing found the CLI tests
// could not see (they run the CLI in a child process).
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, cleanup, edit, makePlan } from './helpers.js';
import { loadPlan } from '../src/load/load-plan.js';
import { dueList } from '../src/score/due.js';
import { gradeByBands, gradeByQuota } from '../src/score/grades.js';
import { coverageByYear, cycleOf, defaultYear } from '../src/score/evaluation-year.js';
import { progressMeasure, limitAdjustment, statusFromScore } from '../src/score/progress-measure.js';
import { trajectory } from '../src/score/trajectory.js';
import { actualIndex, historyIndex } from '../src/score/history.js';

afterAll(cleanup);

const TH = { withTarget: { high: 0.95, med: 0.6, low: 0 }, withoutTarget: { high: 0.015, med: 0.005, low: 0 } };

describe('due', () => {
  it('lists, per team then indicator, what was due and not measured, with its state', () => {
    const tasks = edit('tasks/a.yaml', 'targets: {2021: 40}', 'targets: {2019: 30, 2021: 40}');
    const dir = makePlan({ ...tasks, 'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,4\nT-02-P1,2019,\n' });
    const plan = loadPlan(dir).plan;
    expect(dueList(plan, 2019)).toEqual([{ team: 'team-b', task: 'T-02', indicator: 'T-02-P1', year: 2019, target: 30, state: 'empty' }]);
    expect(dueList(plan, 2018)).toEqual([]);
    expect(dueList(plan, 2021)).toEqual([
      { team: 'team-a', task: 'T-01', indicator: 'T-01-P1', year: 2021, target: 20, state: 'no-row' },
      { team: 'team-b', task: 'T-02', indicator: 'T-02-P1', year: 2021, target: 40, state: 'no-row' },
    ]);
    // a task that has not started yet owes nothing, even with a target
    const late = makePlan(
      edit('tasks/a.yaml', '    lead: team-a\n    period: {start: 2018, end: 2021}', '    lead: team-a\n    period: {start: 2019, end: 2021}'),
    );
    expect(dueList(loadPlan(late).plan, 2018)).toEqual([]);
  });
});

describe('due order', () => {
  it('sorted by team, then indicator, whatever the order tasks and indicators are written in', () => {
    const tasks = `tasks:
  - id: T-03
    title: {ko: 셋, en: Three}
    strategy: G01-S1
    lead: team-b
    period: {start: 2018, end: 2021}
    indicators:
      - {id: T-03-P2, name: {ko: 가, en: A}, unit: x, direction: increase, targets: {2019: 1}}
      - {id: T-03-P1, name: {ko: 나, en: B}, unit: x, direction: increase, targets: {2019: 2}}
  - id: T-01
    title: {ko: 하나, en: One}
    strategy: G01-S1
    lead: team-a
    period: {start: 2018, end: 2021}
    indicators:
      - {id: T-01-P9, name: {ko: 다, en: C}, unit: x, direction: increase, targets: {2019: 3}}
      - {id: T-01-P1, name: {ko: 라, en: D}, unit: x, direction: increase, targets: {2019: 4, 2021: 5}}
`;
    const dir = makePlan({ 'tasks/a.yaml': tasks, 'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,1\nT-03-P1,2019,\n' });
    expect(dueList(loadPlan(dir).plan, 2019).map((d) => [d.team, d.indicator, d.target, d.state])).toEqual([
      ['team-a', 'T-01-P1', 4, 'no-row'],
      ['team-a', 'T-01-P9', 3, 'no-row'],
      ['team-b', 'T-03-P1', 2, 'empty'],
      ['team-b', 'T-03-P2', 1, 'no-row'],
    ]);
  });
});

describe('grades', () => {
  it('bands: highest first whatever the written order; rounding absorbs float noise', () => {
    const bands = [
      { grade: 'C', min: 0.6 },
      { grade: 'S', min: 1 },
      { grade: 'A', min: 0.9 },
    ];
    expect([1.1, 1, 0.9999999999, 0.9, 0.89, 0.6, 0.59].map((r) => gradeByBands(r, bands))).toEqual(['S', 'S', 'S', 'A', 'C', 'C', null]);
    expect(gradeByBands(null, bands)).toBeNull();
  });

  it('quota: ranks by rate, ties share the better grade, the rest get the last grade', () => {
    const items = [
      { id: 'b', rate: 0.5 },
      { id: 'a', rate: 0.9 },
      { id: 'c', rate: 0.5 },
      { id: 'd', rate: 0.1 },
      { id: 'e', rate: null },
    ];
    expect([...gradeByQuota(items, { S: 0.25, A: 0.25, B: 0.5 })].sort()).toEqual([
      ['a', 'S'],
      ['b', 'A'],
      ['c', 'A'],
      ['d', 'B'],
    ]);
    expect([...gradeByQuota(items, { S: 0.25 })].sort()).toEqual([
      ['a', 'S'],
      ['b', 'S'],
      ['c', 'S'],
      ['d', 'S'],
    ]);
  });
});

describe('evaluation year and cycle', () => {
  it('coverage counts rated indicators with a target in a year their task runs', () => {
    const dir = makePlan({ 'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,4\nT-01-P1,2021,\nSI-01,2025,70\n' });
    const cov = coverageByYear(loadPlan(dir).plan);
    expect([...cov].sort((a, b) => a[0] - b[0])).toEqual([
      [2018, { measured: 1, targeted: 1 }],
      [2021, { measured: 0, targeted: 2 }],
      [2025, { measured: 1, targeted: 1 }],
    ]);
    expect(defaultYear(loadPlan(dir).plan)).toEqual({ year: 2025, measured: 1, targeted: 1, low: false });
  });

  it('cycles count from period.start in steps of cycle_years', () => {
    const plan = loadPlan(makePlan({ 'plan.yaml': BASE['plan.yaml'] + 'revision: {number: 1, cycle_years: 3}\n' })).plan;
    expect([2018, 2020, 2021, 2025].map((y) => cycleOf(plan, y))).toEqual([
      { start: 2018, end: 2018 },
      { start: 2018, end: 2020 },
      { start: 2021, end: 2021 },
      { start: 2024, end: 2025 },
    ]);
    expect(cycleOf(loadPlan(makePlan()).plan, 2019)).toEqual({ start: 2018, end: 2019 });
  });
});

describe('progress measure (Open SDG), every branch', () => {
  const p = (latest: number, extra: Partial<Parameters<typeof progressMeasure>[0]> = {}) =>
    progressMeasure({
      direction: 'increase',
      baseline: { year: 2015, value: 100 },
      latest: { year: 2020, value: latest },
      withTarget: TH.withTarget,
      withoutTarget: TH.withoutTarget,
      ...extra,
    });
  const P = (v: number) => Math.pow(v / 100, 1 / 5) - 1;

  it('without a target: the four score lines at their thresholds', () => {
    // P >= high: 500P - 5 (capped at 5); P >= med: 250P - 1.25; P >= low: 500P - 2.5; below: 125P - 2.5 (floor -5)
    expect(p(110).score).toBeCloseTo(Math.min(500 * P(110) - 5, 5), 12);
    expect(p(104).score).toBeCloseTo(250 * P(104) - 1.25, 12);
    expect(p(101).score).toBeCloseTo(500 * P(101) - 2.5, 12);
    expect(p(95).score).toBeCloseTo(Math.max(125 * P(95) - 2.5, -5), 12);
    expect([p(110).status, p(104).status, p(101).status, p(95).status]).toEqual([
      'substantial_progress',
      'moderate_progress',
      'limited_progress',
      'deterioration',
    ]);
  });

  it('a limit scales the thresholds by C; at the limit any gain is substantial', () => {
    expect(limitAdjustment(100, undefined)).toBe(1);
    expect(limitAdjustment(300, 100)).toBe(1);
    expect(limitAdjustment(50, 100)).toBeCloseTo(1 - Math.pow(0.5, 4.44), 12);
    expect(limitAdjustment(150, 100)).toBeCloseTo(1 - Math.pow(0.5, 4.44), 12);
    expect(limitAdjustment(-150, -100)).toBeCloseTo(1 - Math.pow(0.5, 4.44), 12);
    const C = 1 - Math.pow(0.5, 4.44);
    // baseline 100 under a limit of 200: C = 1 - (100/200)^4.44; P(104) lies between med*C and high*C
    expect(p(104, { limit: 200 }).score).toBeCloseTo((250 * P(104)) / C - 1.25, 12);
    expect(p(110, { limit: 200 }).score).toBe(5);
    expect(p(101, { limit: 100 })).toMatchObject({ score: 5, status: 'substantial_progress', c: 0 });
  });

  it('with a target: the two score lines, the cap and the floor; status from the score', () => {
    const R = (v: number) => P(v) / (Math.pow(200 / 100, 1 / 15) - 1);
    const t = { target: { year: 2030, value: 200 } };
    for (const v of [130, 115, 105, 80]) {
      const r = R(v);
      expect(p(v, t).score, String(v)).toBeCloseTo(r >= 0.6 ? Math.min(7.1429 * r - 4.2857, 5) : Math.max(4.1667 * r - 2.5, -5), 12);
    }
    expect(p(200, t)).toMatchObject({ status: 'target_achieved', score: 5 });
    expect(p(20, t).score).toBe(-5);
  });

  it('not available: no baseline, no actual, opposite signs, less than a year', () => {
    expect(progressMeasure({ direction: 'increase', latest: { year: 2020, value: 1 }, ...TH }).reason).toBe('no-baseline');
    expect(progressMeasure({ direction: 'increase', baseline: { year: 2015, value: 1 }, ...TH }).reason).toBe('no-actual');
    expect(p(-5).reason).toBe('opposite-signs');
    expect(progressMeasure({ direction: 'increase', baseline: { year: 2020, value: 1 }, latest: { year: 2020, value: 2 }, ...TH }).reason).toBe('too-short');
    // a zero baseline is read as 0.001, as sdg-build does
    expect(progressMeasure({ direction: 'decrease', baseline: { year: 2015, value: 0 }, latest: { year: 2016, value: 0.0005 }, ...TH }).value).toBeCloseTo(
      -(0.0005 / 0.001 - 1),
      12,
    );
  });

  it('status bands on the score', () => {
    expect([5, 2.5, 2.4, 0, -0.1, -2.5, -2.6, null].map((s) => statusFromScore(s, false))).toEqual([
      'substantial_progress',
      'substantial_progress',
      'moderate_progress',
      'moderate_progress',
      'limited_progress',
      'limited_progress',
      'deterioration',
      'not_available',
    ]);
    expect(statusFromScore(-5, true)).toBe('target_achieved');
  });
});

describe('trajectory and history', () => {
  it('on track within 5% of the whole change; ahead and behind beyond it', () => {
    const t = (actual: number) => trajectory('increase', { year: 2015, value: 0 }, { year: 2025, value: 100 }, { year: 2020, value: actual })?.status;
    // expected at 2020: 50; tolerance 5
    expect([t(56), t(55), t(50), t(45), t(44)]).toEqual(['ahead', 'on_track', 'on_track', 'on_track', 'behind']);
    expect(trajectory('decrease', { year: 2015, value: 100 }, { year: 2025, value: 0 }, { year: 2020, value: 40 })?.status).toBe('ahead');
  });

  it('totals only; a continuing indicator takes the years it lacks, in year order', () => {
    const dir = makePlan({
      'plan.yaml': BASE['plan.yaml'] + 'dimensions:\n  sex: {values: [female, male]}\n',
      ...edit('tasks/a.yaml', '      - id: T-02-P1\n', '      - id: T-02-P1\n        replaces: [T-09-P1]\n'),
      'actuals/a.csv': 'indicator,year,sex,value\nT-02-P1,2019,,30\nT-02-P1,2019,female,31\nT-09-P1,2019,,99\nT-09-P1,2017,,11\nT-09-P1,2018,,22\n',
    });
    const plan = loadPlan(dir).plan;
    expect([...actualIndex(plan.actuals).get('T-02-P1')!]).toEqual([[2019, 30]]);
    expect([...historyIndex(plan).get('T-02-P1')!]).toEqual([
      [2017, 11],
      [2018, 22],
      [2019, 30],
    ]);
  });

  it('a replaced indicator still defined passes on its history only in the same unit, in whichever language it is written', () => {
    const continuing = (unit: string) =>
      loadPlan(
        makePlan(
          edit(
            'tasks/a.yaml',
            '      - id: T-02-P1\n        name: {ko: 교육, en: Training}\n        unit: persons\n',
            `      - id: T-02-P1\n        replaces: [T-01-P1]\n        name: {ko: 교육, en: Training}\n        unit: ${unit}\n`,
          ),
        ),
      ).plan;
    // T-01-P1 measures in MW: {ko: 메가와트, en: MW} is that unit, persons is not
    expect(historyIndex(continuing('{ko: 메가와트, en: MW}')).get('T-02-P1')).toEqual(new Map([[2018, 4]]));
    expect(historyIndex(continuing('persons')).get('T-02-P1')).toBeUndefined();
  });
});
