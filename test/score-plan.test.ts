// Scoring a plan: roll-ups, coverage, weights, the sample plan's spread, and --explain by hand.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, SAMPLE, cleanup, cli, edit, makePlan } from './helpers.js';
import { loadPlan } from '../src/load/load-plan.js';
import { scorePlan } from '../src/score/score-plan.js';

afterAll(cleanup);

// Two tasks, three indicators: T-01-P1 (weight 3) and T-01-P2 (weight 1) under T-01; T-02-P1 under T-02.
const TASKS = `tasks:
  - id: T-01
    title: {ko: 과제, en: Task}
    strategy: G01-S1
    lead: team-a
    period: {start: 2018, end: 2021}
    budget: {2019: 300}
    indicators:
      - {id: T-01-P1, name: {ko: 가, en: A}, unit: MW, direction: increase, weight: 3, baseline: {year: 2017, value: 0}, targets: {2019: 10, 2021: 20}}
      - {id: T-01-P2, name: {ko: 나, en: B}, unit: t, direction: decrease, weight: 1, method: ratio, baseline: {year: 2017, value: 100}, targets: {2019: 80, 2021: 60}}
  - id: T-02
    title: {ko: 과제2, en: Task 2}
    strategy: G01-S1
    lead: team-b
    period: {start: 2018, end: 2021}
    budget: {2019: 100}
    indicators:
      - {id: T-02-P1, name: {ko: 다, en: C}, unit: persons, direction: increase, baseline: {year: 2017, value: 10}, targets: {2019: 30, 2021: 40}}
`;
const ACTUALS = `indicator,year,value,note,source
T-01-P1,2019,8,,
T-01-P2,2019,100,,
T-02-P1,2019,,not measured,
SI-01,2019,90,,
`;

const score = (extra: Record<string, string> = {}) => scorePlan(loadPlan(makePlan({ 'tasks/a.yaml': TASKS, 'actuals/a.csv': ACTUALS, ...extra })).plan, 2019);

describe('roll-ups', () => {
  it('task: weighted mean of its indicators; missing data is left out, with coverage', () => {
    const s = score();
    // T-01-P1: (8 - 0) / (10 - 0) = 0.8; T-01-P2 ratio decrease: 80 / 100 = 0.8 -> (0.8*3 + 0.8*1) / 4 = 0.8
    const t1 = s.groups.task.find((t) => t.id === 'T-01')!;
    expect(t1.rate).toBeCloseTo(0.8, 12);
    expect(t1.coverage).toEqual({ measured: 2, targeted: 2 });
    const t2 = s.groups.task.find((t) => t.id === 'T-02')!;
    expect([t2.rate, t2.grade, t2.coverage]).toEqual([null, null, { measured: 0, targeted: 1 }]);
    // the goal's mean is T-01 alone, not (0.8 + 0) / 2: a missing value never drags it down
    const g = s.groups.goal[0]!;
    expect(g.rate).toBeCloseTo(0.8, 12);
    expect(g.coverage).toEqual({ measured: 2, targeted: 3 });
    expect(s.groups.plan[0]!.rate).toBeCloseTo(0.8, 12);
  });

  it('team and department roll up the tasks they lead', () => {
    const s = score();
    expect(s.groups.team.map((t) => [t.id, t.rate === null ? null : Math.round(t.rate * 1e9) / 1e9])).toEqual([
      ['team-a', 0.8],
      ['team-b', null],
    ]);
    expect(s.groups.department[0]!.rate).toBeCloseTo(0.8, 12);
  });

  it("weights: budget uses each task's budget for the year", () => {
    const actuals = ACTUALS.replace('T-02-P1,2019,,not measured,', 'T-02-P1,2019,20,,');
    const plan = BASE['plan.yaml'] + 'evaluation:\n  weights: budget\n';
    const s = score({ 'actuals/a.csv': actuals, 'plan.yaml': plan });
    // T-01 0.8 (budget 300), T-02 (20 - 10) / (30 - 10) = 0.5 (budget 100): (0.8*300 + 0.5*100) / 400 = 0.725
    expect(s.groups.goal[0]!.rate).toBeCloseTo(0.725, 12);
    expect(s.groups.goal[0]!.weighting).toBe('budget');
    const equal = score({ 'actuals/a.csv': actuals });
    expect(equal.groups.goal[0]!.rate).toBeCloseTo(0.65, 12);
  });

  it('relative grading of teams by quota', () => {
    const actuals = ACTUALS.replace('T-02-P1,2019,,not measured,', 'T-02-P1,2019,20,,');
    const plan = BASE['plan.yaml'] + 'evaluation:\n  grading:\n    quota: {S: 0.5, A: 0.5}\n';
    const s = score({ 'actuals/a.csv': actuals, 'plan.yaml': plan });
    expect(s.groups.team.map((t) => [t.id, t.grade])).toEqual([
      ['team-a', 'S'],
      ['team-b', 'A'],
    ]);
  });

  it('sustainability indicators get progress, and a rate only in a target year', () => {
    const s = score();
    const si = s.indicators.find((i) => i.id === 'SI-01')!;
    expect(si.rate).toBeNull();
    // 100 (2016) -> 90 (2019), decrease, target 80 in 2025: R = CAGR(90,100,3) / |CAGR(80,100,9)|
    const R = (1 - Math.pow(0.9, 1 / 3)) / (1 - Math.pow(0.8, 1 / 9));
    expect(si.progress!.value).toBeCloseTo(R, 12);
    expect(si.progress!.status).toBe('substantial_progress');
    expect(si.trajectory?.status).toBe('ahead');
  });
});

describe('a plan written out of order, scored by hand', () => {
  // Two departments, three teams, three strategies under two goals; files list goals, tasks and
  // indicators out of ID order. Budget weights for 2019: T-01 300, T-02 200, T-03 none (the mean
  // budgeted task: 250). T-01: P1 (weight 3) 8 of 10 = 0.8, P2 ratio decrease 80 / 100 = 0.8 -> 0.8.
  // T-02 runs 2020-2023, so its 2019 target does not count: nothing rated. T-03: 5 of 10 = 0.5, and
  // a qualitative indicator shown with its trend. SI-02 has a 2019 target (50): 40 -> 0.8.
  const files = {
    'plan.yaml':
      BASE['plan.yaml']!.replace(
        '      - {id: team-b, name: {ko: 나팀, en: Team B}}\n',
        '      - {id: team-b, name: {ko: 나팀, en: Team B}}\n  - id: dept2\n    name: {ko: 부서2, en: Department 2}\n    teams:\n      - {id: team-c, name: {ko: 다팀, en: Team C}}\n',
      ) + 'evaluation:\n  weights: budget\n',
    'goals.yaml': `goals:
  - id: G02
    title: {ko: 목표2, en: Goal 2}
    sdg_targets: ["11.2"]
    strategies:
      - {id: G02-S1, title: {ko: 전략3, en: Strategy 3}}
  - id: G01
    title: {ko: 목표, en: Goal}
    sdg_targets: ["7.2"]
    strategies:
      - {id: G01-S2, title: {ko: 전략2, en: Strategy 2}}
      - {id: G01-S1, title: {ko: 전략, en: Strategy}}
`,
    'indicators.yaml': `indicators:
  - {id: SI-02, goal: G02, name: {ko: 둘, en: Two}, unit: t, direction: increase, baseline: {year: 2016, value: 0}, targets: {2019: 50, 2025: 100}}
  - {id: SI-01, goal: G01, name: {ko: 온실가스, en: Emissions}, unit: tCO2eq, direction: decrease, baseline: {year: 2016, value: 100}, targets: {2025: 80}}
`,
    'tasks/a.yaml': `tasks:
  - id: T-03
    title: {ko: 과제3, en: Task 3}
    strategy: G02-S1
    lead: team-c
    period: {start: 2018, end: 2021}
    indicators:
      - {id: T-03-P2, name: {ko: 만족도, en: Satisfaction}, unit: points, direction: increase, kind: qualitative, baseline: {year: 2017, value: 60}, targets: {2021: 지속 향상}}
      - {id: T-03-P1, name: {ko: 라, en: D}, unit: persons, direction: increase, baseline: {year: 2017, value: 0}, targets: {2019: 10, 2021: 20}}
      - {id: T-03-P3, name: {ko: 참여, en: Turnout}, unit: persons, direction: increase, kind: qualitative, targets: {2021: 지속 확대}}
  - id: T-02
    title: {ko: 과제2, en: Task 2}
    strategy: G01-S2
    lead: team-b
    period: {start: 2020, end: 2023}
    budget: {2019: 200}
    indicators:
      - {id: T-02-P1, name: {ko: 다, en: C}, unit: persons, direction: increase, baseline: {year: 2017, value: 0}, targets: {2019: 3, 2023: 10}}
  - id: T-01
    title: {ko: 과제, en: Task}
    strategy: G01-S1
    lead: team-a
    period: {start: 2018, end: 2021}
    budget: {2019: 300}
    indicators:
      - {id: T-01-P2, name: {ko: 나, en: B}, unit: t, direction: decrease, weight: 1, method: ratio, baseline: {year: 2017, value: 100}, targets: {2019: 80, 2021: 60}}
      - {id: T-01-P1, name: {ko: 가, en: A}, unit: MW, direction: increase, weight: 3, baseline: {year: 2017, value: 0}, targets: {2019: 10, 2021: 20}}
`,
    'actuals/a.csv':
      'indicator,year,value\nT-01-P1,2019,8\nT-01-P2,2019,100\nT-02-P1,2019,2\nT-03-P1,2019,5\nT-03-P2,2018,62\nT-03-P2,2019,65\nT-03-P2,2020,70\nT-03-P3,2018,7\nT-03-P3,2014,1\nT-03-P3,2016,5\nSI-01,2019,90\nSI-02,2019,40\n',
  };
  const r9 = (x: number | null) => (x === null ? null : Math.round(x * 1e9) / 1e9);

  it('rates, weights, coverage and order of every group', () => {
    const s = scorePlan(loadPlan(makePlan(files)).plan, 2019);
    expect(s.budgetFallback).toBe(250);
    const groups = Object.fromEntries(
      Object.entries(s.groups).map(([k, gs]) => [
        k,
        gs.map((g) => [g.id, r9(g.rate), g.weighting, g.coverage.measured, g.coverage.targeted, g.parts.map((p) => `${p.id}:${p.weight}`).join(' ')]),
      ]),
    );
    expect(groups).toEqual({
      task: [
        ['T-01', 0.8, 'indicator-weights', 2, 2, 'T-01-P2:1 T-01-P1:3'],
        ['T-02', null, 'indicator-weights', 0, 0, 'T-02-P1:1'],
        ['T-03', 0.5, 'indicator-weights', 1, 1, 'T-03-P2:1 T-03-P1:1 T-03-P3:1'],
      ],
      strategy: [
        ['G01-S1', 0.8, 'budget', 2, 2, 'T-01:300'],
        // nothing rated: weights fall back to equal, and say so
        ['G01-S2', null, 'equal-no-budget', 0, 0, 'T-02:1'],
        ['G02-S1', 0.5, 'budget', 1, 1, 'T-03:250'],
      ],
      goal: [
        ['G01', 0.8, 'budget', 2, 2, 'T-01:300 T-02:200'],
        ['G02', 0.5, 'budget', 1, 1, 'T-03:250'],
      ],
      team: [
        ['team-a', 0.8, 'budget', 2, 2, 'T-01:300'],
        ['team-b', null, 'equal-no-budget', 0, 0, 'T-02:1'],
        ['team-c', 0.5, 'budget', 1, 1, 'T-03:250'],
      ],
      department: [
        ['dept', 0.8, 'budget', 2, 2, 'T-01:300 T-02:200'],
        ['dept2', 0.5, 'budget', 1, 1, 'T-03:250'],
      ],
      // (0.8 x 300 + 0.5 x 250) / 550
      plan: [['mini', r9(365 / 550), 'budget', 3, 3, 'T-01:300 T-02:200 T-03:250']],
    });
  });

  it('each indicator: its target that year, actual, rate, coverage and how it is assessed', () => {
    const s = scorePlan(loadPlan(makePlan(files)).plan, 2019);
    expect(
      s.indicators.map((i) => [
        i.id,
        i.parent,
        i.target,
        i.actual,
        r9(i.rate),
        i.coverage.targeted,
        i.coverage.measured,
        i.assessment,
        i.weight,
        i.progress?.latest ?? null,
      ]),
    ).toEqual([
      ['SI-01', 'G01', null, 90, null, 0, 0, 'rated', null, { year: 2019, value: 90 }],
      ['SI-02', 'G02', 50, 40, 0.8, 1, 1, 'rated', null, { year: 2019, value: 40 }],
      ['T-01-P1', 'T-01', 10, 8, 0.8, 1, 1, 'rated', 3, null],
      ['T-01-P2', 'T-01', 80, 100, 0.8, 1, 1, 'rated', 1, null],
      // outside its task's period: no target that year, so not rated
      ['T-02-P1', 'T-02', null, 2, null, 0, 0, 'rated', 1, null],
      ['T-03-P1', 'T-03', 10, 5, 0.5, 1, 1, 'rated', 1, null],
      // qualitative: its trend from the baseline, the latest value up to the year
      ['T-03-P2', 'T-03', null, 65, null, 0, 0, 'trend', 1, { year: 2019, value: 65 }],
      ['T-03-P3', 'T-03', null, null, null, 0, 0, 'trend', 1, { year: 2018, value: 7 }],
    ]);
    // no baseline: the first year with data from 2015 on (sdg-build's base year), not 2014
    expect(s.indicators.find((i) => i.id === 'T-03-P3')!.progress!.base).toEqual({ year: 2016, value: 5, from: 'data' });
    const q = s.indicators.find((i) => i.id === 'T-03-P2')!;
    expect(q.progress!.base).toEqual({ year: 2017, value: 60, from: 'baseline' });
    expect(q.progress!.finalTarget).toBeNull();
    expect(q.trajectory).toBeNull();
    expect(q.textTarget).toEqual({ year: 2021, text: { ko: '지속 향상' } });
  });
});

describe('the sample plan', () => {
  const plan = loadPlan(SAMPLE).plan;
  it.each([2018, 2019])('scores %i with a believable spread', (year) => {
    const s = scorePlan(plan, year);
    const grades = new Set(s.groups.task.map((t) => t.grade).filter((g) => g !== null));
    expect(grades.size).toBeGreaterThanOrEqual(4);
    const rates = s.groups.task.map((t) => t.rate).filter((r): r is number => r !== null);
    expect(rates.filter((r) => r >= 1).length / rates.length).toBeLessThan(0.6);
    expect(Math.min(...rates)).toBeLessThan(0.8);
  });

  it('shows missing 2019 actuals as missing coverage, not as zero', () => {
    const s = scorePlan(plan, 2019);
    const c = s.groups.plan[0]!.coverage;
    expect(c.targeted - c.measured).toBeGreaterThanOrEqual(5);
    expect(s.groups.task.filter((t) => t.rate === null).every((t) => t.coverage.measured === 0)).toBe(true);
  });

  it("--explain reproduces a goal's figure from its tasks, by hand", () => {
    const r = cli(['score', 'plans/dangjin-2035', '--year', '2019', '--explain', 'G07', '--lang', 'en']);
    expect(r.code).toBe(0);
    const taskRates = [...r.stdout.matchAll(/^ {4}(T-\d{4}) {2}rate ([\d.]+) {2}weight 1$/gm)].map((m) => Number(m[2]));
    expect(taskRates).toHaveLength(6);
    const mean = taskRates.reduce((a, b) => a + b, 0) / taskRates.length;
    const json = JSON.parse(cli(['score', 'plans/dangjin-2035', '--year', '2019', '--by', 'goal', '-f', 'json']).stdout);
    const g07 = json.rows.find((row: { id: string }) => row.id === 'G07');
    expect(g07.rate).toBeCloseTo(mean, 5);
    expect(r.stdout).toContain(`= ${Math.round(g07.rate * 1e6) / 1e6}\n`);
    // and each task rate from its indicators: T-0702 = (0.78*0.7 + 0.75*0.3 + 0.72*1) / 2
    expect(r.stdout).toContain('T-0702 (Renewable energy on public buildings): 0.7455 from T-0702-P1 0.78 x 0.7, T-0702-P2 0.75 x 0.3, T-0702-P3 0.72 x 1');
    // the same figure from the computed indicator rates and weights, not from constants
    const ind = JSON.parse(cli(['score', 'plans/dangjin-2035', '--year', '2019', '--by', 'indicator', '-f', 'json']).stdout).rows as Array<{
      id: string;
      parent: string;
      rate: number;
      weight: number;
    }>;
    const parts = ind.filter((row) => row.parent === 'T-0702');
    expect(parts.map((row) => [row.id, Math.round(row.rate * 1e9) / 1e9, row.weight])).toEqual([
      ['T-0702-P1', 0.78, 0.7],
      ['T-0702-P2', 0.75, 0.3],
      ['T-0702-P3', 0.72, 1],
    ]);
    const weighted = parts.reduce((a, row) => a + row.rate * row.weight, 0) / parts.reduce((a, row) => a + row.weight, 0);
    const task = (
      JSON.parse(cli(['score', 'plans/dangjin-2035', '--year', '2019', '--by', 'task', '-f', 'json']).stdout).rows as Array<{ id: string; rate: number }>
    ).find((row) => row.id === 'T-0702')!;
    expect(task.rate).toBeCloseTo(weighted, 12);
    expect(task.rate).toBeCloseTo(0.7455, 12);
  });
});

describe('sdplan score output', () => {
  it('json follows the contract, rows sorted by ID, every input beside the output', () => {
    const dir = makePlan({ 'tasks/a.yaml': TASKS, 'actuals/a.csv': ACTUALS });
    const out = JSON.parse(cli(['score', dir, '--year', '2019', '--by', 'indicator', '-f', 'json']).stdout);
    expect(Object.keys(out)).toEqual(['plan', 'year', 'by', 'rows']);
    expect([out.plan, out.year, out.by]).toEqual(['mini', 2019, 'indicator']);
    expect(out.rows.map((r: { id: string }) => r.id)).toEqual(['SI-01', 'T-01-P1', 'T-01-P2', 'T-02-P1']);
    expect(out.rows[1]).toMatchObject({
      kind: 'indicator',
      baseline: { year: 2017, value: 0 },
      target: 10,
      actual: 8,
      method: 'progress',
      weight: 3,
      rate: 0.8,
      grade: 'B',
      coverage: 1,
    });
    expect(out.rows[3]).toMatchObject({ rate: null, actual: null, coverage: 0 });
    expect(out.rows[0].progress.status).toBe('substantial_progress');
  });

  it('csv neutralises formula injection, numbers stay numbers', () => {
    const dir = makePlan({
      'tasks/a.yaml': TASKS.replace('title: {ko: 과제, en: Task}', 'title: {ko: "=HYPERLINK(1)", en: "+cmd"}'),
      'actuals/a.csv': ACTUALS.replace('T-01-P1,2019,8', 'T-01-P1,2019,-8'),
    });
    const csv = cli(['score', dir, '--year', '2019', '--by', 'task', '-f', 'csv', '--lang', 'ko']).stdout;
    expect(csv.split('\n')[1]).toBe("2019,T-01,task,'=HYPERLINK(1),0.2,D,2,2,1,indicator-weights");
    const ind = cli(['score', dir, '--year', '2019', '--by', 'indicator', '-f', 'csv']).stdout;
    expect(ind).toContain('2019,T-01-P1,task,T-01,가,MW,increase,progress,3,2017,0,10,-8,0,D,');
  });

  it('refuses a plan with errors (exit 1) and an unknown ID for --explain (exit 2)', () => {
    const bad = makePlan(edit('tasks/a.yaml', 'lead: team-a', 'lead: team-x'));
    const r = cli(['score', bad, '--year', '2019']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ref/unknown-team');
    expect(cli(['score', 'plans/dangjin-2035', '--explain', 'G99']).code).toBe(2);
  });
});

describe('due and the actuals workflow', () => {
  it('due lists, per team, indicators with a target and no actual', () => {
    const dir = makePlan({ 'tasks/a.yaml': TASKS, 'actuals/a.csv': ACTUALS.replace('T-01-P2,2019,100,,\n', '') });
    const out = JSON.parse(cli(['due', dir, '--year', '2019', '-f', 'json']).stdout);
    expect(out.items).toEqual([
      { team: 'team-a', task: 'T-01', indicator: 'T-01-P2', year: 2019, target: 80, state: 'no-row' },
      { team: 'team-b', task: 'T-02', indicator: 'T-02-P1', year: 2019, target: 30, state: 'empty' },
    ]);
  });

  it("template gives a team's indicators for the year, with a BOM on request", () => {
    const dir = makePlan({ 'tasks/a.yaml': TASKS });
    const r = cli(['actuals', 'template', '--team', 'team-a', '--year', '2021', '--plan', dir, '--bom']);
    expect(r.stdout).toBe('\ufeffindicator,year,value,note,source,name,unit,target\nT-01-P1,2021,,,,가,MW,20\nT-01-P2,2021,,,,나,t,60\n');
  });

  it('import merges good rows atomically and keeps what was there', () => {
    const dir = makePlan({ 'tasks/a.yaml': TASKS, 'actuals/a.csv': ACTUALS });
    const inbox = mkdtempSync(join(tmpdir(), 'sdplan-inbox-'));
    const file = join(inbox, 'team-a-2021.csv');
    writeFileSync(file, 'indicator,year,value,note,source\nT-01-P1,2021,19,,Team records\nT-01-P1,2019,8,,\n');
    const dry = cli(['actuals', 'import', file, '--plan', dir, '--dry-run', '--lang', 'en']);
    expect(dry.stdout).toBe('Would add 1 row(s) to actuals/team-a-2021.csv:\nT-01-P1,2021,19,,Team records\n');
    expect(existsSync(join(dir, 'actuals', 'team-a-2021.csv'))).toBe(false);
    const run = cli(['actuals', 'import', file, '--plan', dir]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'actuals', 'team-a-2021.csv'), 'utf8')).toBe('indicator,year,value,note,source\nT-01-P1,2021,19,,Team records\n');
    expect(readFileSync(join(dir, 'actuals', 'a.csv'), 'utf8')).toBe(ACTUALS);
    expect(readdirSync(join(dir, 'actuals')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(cli(['validate', dir]).code).toBe(0);
  });

  it('import writes nothing when any row is bad, and names every bad row', () => {
    const dir = makePlan({ 'tasks/a.yaml': TASKS, 'actuals/a.csv': ACTUALS });
    const inbox = mkdtempSync(join(tmpdir(), 'sdplan-inbox-'));
    const file = join(inbox, 'a.csv');
    writeFileSync(file, 'indicator,year,value\nT-01-P1,2021,19\nT-09-P1,2021,3\nT-01-P2,2021,many\nT-01-P1,2040,1\nT-01-P1,2019,9\n');
    const r = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect(r.code).toBe(1);
    const rules = [...r.stderr.matchAll(/^\S+:(\d+):1 error (\S+)/gm)].map((m) => `${m[1]} ${m[2]}`).sort();
    expect(rules).toEqual(['3 actuals/unknown-indicator', '4 actuals/bad-value', '5 actuals/year-outside-plan', '6 actuals/conflict']);
    expect(r.stderr).toContain('nothing was imported');
    expect(readFileSync(join(dir, 'actuals', 'a.csv'), 'utf8')).toBe(ACTUALS);
  });
});

describe('Korean words in explain and validate', () => {
  it('score --explain --lang ko is Korean: labels, methods, statuses, directions', () => {
    const r = cli(['score', 'plans/dangjin-2035', '--year', '2019', '--explain', 'T-0101-P1', '--lang', 'ko']);
    expect(r.stdout).toBe(
      [
        '성과 지표 T-0101-P1 (직불금 지원 농가 수), 2019년, 증가, 단위 농가',
        '  기준값: 1850 (2017); 2019년 목표: 2150; 2019년 실적: 2114',
        '  산식: 기준값 대비 진척; T-0101 과제 안의 가중치: 0.7',
        '  달성률 = (2114 - 1850) / (2150 - 1850) = 0.88',
        '  등급: B (구간: S >= 1, A >= 0.9, B >= 0.8, C >= 0.6, D >= 0)',
        '  추세: 뒤처짐 (2019년 실적 2114, 최종 목표까지 직선 경로상 기대값 2150; 전체 변화의 5% 이내면 정상)',
        '',
      ].join('\n'),
    );
    expect(r.stdout).not.toMatch(/[a-z]{3,}/);
  });

  it('score --explain --lang en gives a Text unit in English', () => {
    expect(cli(['score', 'plans/dangjin-2035', '--year', '2019', '--explain', 'T-0101-P1', '--lang', 'en']).stdout.split('\n')[0]).toBe(
      'Performance indicator T-0101-P1 (Farms receiving direct payments), 2019, increase, unit farms',
    );
  });

  it('validate --lang ko ends with a Korean summary line', () => {
    expect(cli(['validate', 'plans/dangjin-2035', '--lang', 'ko']).stdout).toBe('✔ dangjin-2035: 오류 0건, 경고 0건, 참고 0건\n');
  });
});
