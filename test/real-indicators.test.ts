// Format 1.1 against real indicator sets: kinds, text targets, hold-the-line targets, manual
// status, breakdowns, provenance, and the evaluation semantics officers expect. Exact figures.
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, cleanup, cli, edit, makePlan, validateDir } from './helpers.js';
import { loadPlan } from '../src/load/load-plan.js';
import { scorePlan, type IndicatorScore } from '../src/score/score-plan.js';
import { defaultYear } from '../src/score/evaluation-year.js';
import { dueList } from '../src/score/due.js';
import { formatNumber } from '../src/render/report-render.js';
import { buildReport } from '../src/report/report-model.js';

afterAll(cleanup);

const cagr = (a: number, b: number, n: number) => Math.pow(a / b, 1 / n) - 1;
const indicatorsYaml = (body: string) => ({ 'indicators.yaml': `indicators:\n${body}` });
const si = (id: string, extra: string) => `  - id: ${id}\n    goal: G01\n    name: {ko: 지표 ${id}, en: Indicator ${id}}\n    direction: increase\n${extra}`;
const scoreOf = (dir: string, year: number, id: string): IndicatorScore => scorePlan(loadPlan(dir).plan, year).indicators.find((i) => i.id === id)!;
const rules = (dir: string) => validateDir(dir).map((d) => `${d.severity} ${d.rule} ${d.args.indicator ?? d.args.task ?? ''}`.trim());

describe('hold-the-line targets (Statistics Canada: "keep at least 55%")', () => {
  const plan = (latest: number) =>
    makePlan({
      ...indicatorsYaml(si('SI-01', '    unit: "%"\n    baseline: {year: 2015, value: 60}\n    targets: {2030: 55}\n')),
      'actuals/a.csv': `indicator,year,value\nT-01-P1,2018,4\nSI-01,2019,${latest}\n`,
    });

  it('is a warning, not an error: the plan is scored with no configuration', () => {
    expect(rules(plan(61))).toEqual(['warning target/against-direction SI-01']);
    expect(cli(['score', plan(61), '--year', '2019', '-f', 'json']).code).toBe(0);
  });

  it("a sustainability indicator is target_achieved while it stays on the target's side (score 5)", () => {
    expect(scoreOf(plan(61), 2019, 'SI-01').progress).toMatchObject({ status: 'target_achieved', score: 5 });
    expect(scoreOf(plan(55), 2019, 'SI-01').progress).toMatchObject({ status: 'target_achieved', score: 5 });
  });

  it("below the line, Open SDG's growth ratio and score, and the status from the score", () => {
    const p = scoreOf(plan(50), 2019, 'SI-01').progress!;
    const R = cagr(50, 60, 4) / Math.abs(cagr(55, 60, 15));
    expect(p.value).toBeCloseTo(R, 12);
    expect(p.score).toBe(-5);
    expect(p.status).toBe('deterioration');
  });

  it('a performance indicator is rated 1 while held, 0 when not', () => {
    const tasks = edit('tasks/a.yaml', 'targets: {2018: 5, 2021: 20}', 'targets: {2018: -1, 2021: -1}');
    const held = makePlan({ ...tasks, 'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,0\n' });
    expect(rules(held)).toEqual(['warning target/against-direction T-01-P1']);
    expect(scoreOf(held, 2018, 'T-01-P1')).toMatchObject({ rate: 1, formula: { case: 'hold-line', B: 0, T: -1, met: true } });
    const slipped = makePlan({ ...tasks, 'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,-2\n' });
    expect(scoreOf(slipped, 2018, 'T-01-P1')).toMatchObject({ rate: 0, formula: { case: 'hold-line', met: false } });
  });
});

describe('kinds and text targets (K-SDG: 45% quantitative, 40% qualitative, 11% monitoring, future)', () => {
  const kinds = () =>
    makePlan({
      ...indicatorsYaml(
        si('SI-01', '    kind: qualitative\n    baseline: {year: 2016, value: 52}\n    targets: {2030: 지속 확대, 2040: {ko: 100% 유지, en: keep at 100%}}\n') +
          si('SI-02', '    kind: monitoring\n    unit: {ko: 톤, en: t}\n') +
          si('SI-03', '    kind: future\n    planned_from: 2024\n    targets: {2030: 지속 감소}\n') +
          si('SI-04', '    unit: "%"\n    baseline: {year: 2016, value: 10}\n    targets: {2025: 20, 2030: 지속 증가}\n'),
      ),
      'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,4\nSI-01,2019,58\nSI-02,2018,410\nSI-02,2019,455\nSI-04,2019,13\n',
    });

  it('validates without error; units are needed only for quantitative indicators', () => {
    expect(rules(kinds())).toEqual([]);
    const noUnit = makePlan(indicatorsYaml(si('SI-01', '    baseline: {year: 2016, value: 1}\n')));
    expect(rules(noUnit)).toEqual(['error unit/missing SI-01']);
  });

  it('qualitative: assessed by its trend (the without-target method), text target beside it, never rated', () => {
    const s = scoreOf(kinds(), 2019, 'SI-01');
    expect(s).toMatchObject({ assessment: 'trend', rate: null, target: null, textTarget: { year: 2040, text: { ko: '100% 유지', en: 'keep at 100%' } } });
    const P = cagr(58, 52, 3);
    expect(s.progress!.value).toBeCloseTo(P, 12);
    expect(s.progress!.score).toBe(5);
    expect(s.progress!.status).toBe('substantial_progress');
  });

  it('monitoring: tracked, never rated, no status; future: no actual expected, never missing', () => {
    const dir = kinds();
    expect(scoreOf(dir, 2019, 'SI-02')).toMatchObject({ assessment: 'tracked', rate: null, actual: 455, coverage: { measured: 0, targeted: 0 } });
    expect(scoreOf(dir, 2019, 'SI-02').progress).toBeUndefined();
    expect(scoreOf(dir, 2019, 'SI-03')).toMatchObject({ assessment: 'future', rate: null, coverage: { measured: 0, targeted: 0 } });
    const report = buildReport(loadPlan(dir).plan, { lang: 'en', diagnostics: [] });
    expect(report.dataQuality.future).toEqual([{ id: 'SI-03', name: { text: 'Indicator SI-03', fallback: false }, plannedFrom: 2024 }]);
    expect(report.summary.progress.reduce((n, p) => n + p.count, 0)).toBe(2);
  });

  it('a quantitative indicator may mix numeric and text targets: the numeric ones are rated, the text ones shown', () => {
    const s = scoreOf(kinds(), 2019, 'SI-04');
    expect(s.progress!.finalTarget).toEqual({ year: 2025, value: 20 });
    expect(s.textTarget).toEqual({ year: 2030, text: { ko: '지속 증가' } });
    const md = cli(['report', kinds(), '-f', 'md', '--lang', 'ko', '--period', '2019']).stdout;
    expect(md).toContain('2025: 20, 2030: 지속 증가');
    expect(md).toContain('2030: 지속 확대, 2040: 100% 유지');
  });
});

describe('manual progress status (Open SDG progress_status)', () => {
  const manualPlan = () =>
    makePlan(
      edit(
        'indicators.yaml',
        '    sdg_indicator: "13.2.2"\n',
        '    sdg_indicator: "13.2.2"\n    progress_status: {status: moderate_progress, reason: {ko: 산정 방법 변경, en: Method changed}}\n',
      ),
    );

  it("replaces the computed status and carries no score, as sdg-build's IndicatorProgress; the computed one stands apart", () => {
    const dir = manualPlan();
    const p = scoreOf(dir, 2018, 'SI-01').progress!;
    expect(p.status).toBe('moderate_progress');
    expect(p.score).toBeNull();
    expect(p.value).toBeNull();
    // the computed status and score, kept apart: 100 -> 95 in two years toward 80 in 2025
    expect(p.manual!.computed.status).toBe('substantial_progress');
    expect(p.manual!.computed.score).toBeCloseTo(scoreOf(makePlan(), 2018, 'SI-01').progress!.score!, 12);
    expect(p.manual!.reason).toEqual({ ko: '산정 방법 변경', en: 'Method changed' });
  });

  it('score JSON: score null, and computed: {status, score} apart', () => {
    const dir = manualPlan();
    const computed = scoreOf(makePlan(), 2018, 'SI-01').progress!;
    const row = JSON.parse(cli(['score', dir, '--year', '2018', '--by', 'indicator', '-f', 'json', '--lang', 'en']).stdout).rows.find(
      (r: { id: string }) => r.id === 'SI-01',
    );
    expect(row.progress).toEqual({
      status: 'moderate_progress',
      score: null,
      value: null,
      manual: true,
      reason: 'Method changed',
      computed: { status: 'substantial_progress', score: computed.score, value: computed.value },
    });
  });

  it('score table, CSV, explain and report: set by hand, no score; the computed one named as computed', () => {
    const dir = manualPlan();
    const computed = scoreOf(makePlan(), 2018, 'SI-01').progress!;
    expect(cli(['score', dir, '--year', '2018', '--by', 'indicator', '--lang', 'en']).stdout).toContain('moderate progress (set by hand)');
    const csv = cli(['score', dir, '--year', '2018', '--by', 'indicator', '-f', 'csv']).stdout.split('\n');
    expect(csv[0]).toContain('progress_status,progress_score,progress_manual,computed_status,computed_score,trajectory');
    expect(csv.find((l) => l.includes(',SI-01,'))).toContain(`moderate_progress,,true,substantial_progress,${computed.score},`);
    expect(cli(['score', dir, '--year', '2018', '--explain', 'SI-01', '--lang', 'en']).stdout).toContain(
      `status set by hand: moderate progress (Method changed); no score (as in Open SDG). Computed, not used: substantial progress, score 3.099783`,
    );
    const md = cli(['report', dir, '-f', 'md', '--lang', 'en', '--period', '2018']).stdout;
    const line = md.split('\n').find((l) => l.startsWith('| SI-01 '))!;
    expect(line).toContain(`moderate progress (set by hand: Method changed; computed: substantial progress ${formatNumber(computed.score)}) | — |`);
  });
});

describe('Open SDG agreement beyond the defaults', () => {
  it("custom thresholds: the status comes from the score by sdg-build's fixed bands", () => {
    // decrease, 100 (2016) -> 90 (2018), target 80 in 2025: R = -CAGR(90,100,2) / |CAGR(80,100,9)|
    const R = -cagr(90, 100, 2) / Math.abs(cagr(80, 100, 9));
    const dir = makePlan({
      'plan.yaml': BASE['plan.yaml'] + 'evaluation:\n  progress_thresholds:\n    with_target: {high: 3, med: 2, low: 0}\n',
      'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,4\nSI-01,2018,90\n',
    });
    const p = scoreOf(dir, 2018, 'SI-01').progress!;
    expect(p.value).toBeCloseTo(R, 12);
    // R (about 2.1) is above med, so the upper score line applies: 7.1429 R - 4.2857, capped at 5
    expect(p.score).toBeCloseTo(Math.min(7.1429 * R - 4.2857, 5), 12);
    expect(p.status).toBe('substantial_progress');
  });

  it('without a baseline: base year 2015, else the first later year with data (as sdg-build)', () => {
    const dir = makePlan({
      ...edit('indicators.yaml', '    baseline: {year: 2016, value: 100}\n', ''),
      'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,4\nSI-01,2014,120,\nSI-01,2016,100\nSI-01,2019,90\n'.replace(',\n', '\n'),
    });
    const p = scoreOf(dir, 2019, 'SI-01').progress!;
    expect(p.base).toEqual({ year: 2016, value: 100, from: 'data' });
    expect(p.value).toBeCloseTo(-cagr(90, 100, 3) / Math.abs(cagr(80, 100, 9)), 12);
  });
});

describe('evaluation semantics officers expect', () => {
  it('the default year is the latest year with actuals for at least half of what was due', () => {
    // 2018: only T-01-P1 has a target (1 of 1 measured); 2021: one early figure of 3 due
    const dir = makePlan({
      'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,4\nT-01-P1,2021,19\n',
      ...edit('indicators.yaml', 'targets: {2025: 80}', 'targets: {2021: 90, 2025: 80}'),
    });
    expect(defaultYear(loadPlan(dir).plan)).toEqual({ year: 2018, measured: 1, targeted: 1, low: false });
    const r = cli(['score', dir, '-f', 'json']);
    expect(JSON.parse(r.stdout).year).toBe(2018);
    expect(r.stderr).toBe('');
    const only = makePlan({ 'actuals/a.csv': 'indicator,year,value\nT-02-P1,2021,30\n' });
    expect(defaultYear(loadPlan(only).plan)).toEqual({ year: 2021, measured: 1, targeted: 2, low: false });
    const low = makePlan({ 'actuals/a.csv': 'indicator,year,value\nSI-01,2019,90\n' });
    const lr = cli(['score', low, '-f', 'json']);
    expect(JSON.parse(lr.stdout).year).toBe(2019);
    expect(lr.stderr).toBe('sdplan: mini: no year has actuals for half of what was due; scoring 2019, the latest year with any, where 0 of 0 are measured\n');
  });

  it('the report says when its year measures less than half of what was due', () => {
    const md = cli(['report', makePlan({ 'actuals/a.csv': 'indicator,year,value\nSI-01,2019,90\n' }), '-f', 'md', '--lang', 'en', '--period', '2019']).stdout;
    expect(md).toContain('> ⚠ Less than half of the actuals that were due are in (2019: 0/0)');
    expect(cli(['report', makePlan(), '-f', 'md', '--lang', 'en', '--period', '2018']).stdout).not.toContain('Less than half');
  });

  it('years outside the plan are a clear error (exit 2)', () => {
    const dir = makePlan();
    for (const args of [
      ['score', dir, '--year', '2030'],
      ['due', dir, '--year', '2017'],
      ['actuals', 'template', '--team', 'team-a', '--year', '2040', '--plan', dir],
      ['report', dir, '--period', '2016-2018'],
    ]) {
      const r = cli(args);
      expect([r.code, r.stderr.includes('outside the period of mini, 2018-2025')], args[0]).toEqual([2, true]);
    }
  });

  it('the report says 미제출 only where a sustainability indicator had a target in the period and no actual', () => {
    const due = makePlan({
      ...edit('indicators.yaml', 'targets: {2025: 80}', 'targets: {2019: 90, 2025: 80}'),
      'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,4\n',
    });
    expect(buildReport(loadPlan(due).plan, { lang: 'ko', diagnostics: [], period: { start: 2018, end: 2019 } }).sustainability[0]!.overdue).toBe(true);
    const notDue = makePlan({ 'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,4\n' });
    expect(buildReport(loadPlan(notDue).plan, { lang: 'ko', diagnostics: [], period: { start: 2018, end: 2019 } }).sustainability[0]!.overdue).toBe(false);
    expect(cli(['report', notDue, '-f', 'md', '--lang', 'ko', '--period', '2018-2019']).stdout).toContain(
      '| SI-01 온실가스 | tCO2eq | 100 (2016) | 2025: 80 | — |',
    );
    expect(cli(['report', due, '-f', 'md', '--lang', 'ko', '--period', '2018-2019']).stdout).toContain('| 미제출 |');
  });

  it('an actual is due only where its task ran that year and had a target', () => {
    const dir = makePlan(edit('tasks/a.yaml', 'targets: {2021: 40}', 'targets: {2021: 40, 2024: 50}'));
    expect(dueList(loadPlan(dir).plan, 2024)).toEqual([]);
    expect(dueList(loadPlan(dir).plan, 2021).map((d) => d.indicator)).toEqual(['T-01-P1', 'T-02-P1']);
  });

  it('budget weights: a task without a budget weighs as the mean budgeted task, and validate warns', () => {
    const tasks = edit(
      'tasks/a.yaml',
      '    period: {start: 2018, end: 2021}\n    effects:',
      '    period: {start: 2018, end: 2021}\n    budget: {2018: 300, 2019: 300, 2020: 300, 2021: 300}\n    effects:',
    );
    const dir = makePlan({
      ...tasks,
      'plan.yaml': BASE['plan.yaml'] + 'evaluation:\n  weights: budget\n',
      'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,4\n',
    });
    expect(rules(dir)).toEqual(['warning weights/no-budget T-02']);
    const s = scorePlan(loadPlan(dir).plan, 2018);
    expect(s.budgetFallback).toBe(300);
    expect(s.groups.goal[0]!.parts).toEqual([
      { id: 'T-01', rate: 0.8, weight: 300 },
      { id: 'T-02', rate: null, weight: 300 },
    ]);
  });

  it('implausible values are warnings with their reason', () => {
    const dir = makePlan({
      ...edit('tasks/a.yaml', '        unit: persons\n', '        unit: "%"\n'),
      'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,4\nT-02-P1,2019,120\nT-01-P1,2022,3\n',
    });
    expect(
      validateDir(dir)
        .filter((d) => d.rule === 'actuals/implausible')
        .map((d) => [d.line, d.args.problem]),
    ).toEqual([
      [3, 'percent'],
      [4, 'after-task'],
    ]);
  });

  it('reports never print exponent notation', () => {
    expect(formatNumber(1e23)).toBe('100,000,000,000,000,000,000,000');
    expect(formatNumber(1.5e-7, 2)).toBe('0');
    expect(formatNumber(-1234567.891)).toBe('-1,234,567.89');
  });
});

describe('breakdowns (leave no one behind)', () => {
  const plan = (rows: string) =>
    makePlan({
      'plan.yaml':
        BASE['plan.yaml'] +
        'dimensions:\n  sex: {name: {ko: 성별, en: Sex}, values: [female, male]}\n  age: {name: {ko: 연령, en: Age}, values: ["0-17", "18-64", "65+"]}\n',
      ...edit('indicators.yaml', '    sdg_indicator: "13.2.2"\n', '    sdg_indicator: "13.2.2"\n    disaggregation: [sex, age]\n'),
      'actuals/a.csv': `indicator,year,sex,age,value,flag\nT-01-P1,2018,,,4,\n${rows}`,
    });

  it('rates and progress use totals; breakdown rows are tables of their own', () => {
    const dir = plan('SI-01,2018,,,95,\nSI-01,2018,female,,90,provisional\nSI-01,2018,male,,99,\n');
    expect(rules(dir)).toEqual([]);
    expect(scoreOf(dir, 2018, 'SI-01').progress!.latest).toEqual({ year: 2018, value: 95 });
    const report = buildReport(loadPlan(dir).plan, { lang: 'en', diagnostics: [] });
    const row = report.sustainability.find((r) => r.id === 'SI-01')!;
    expect(row.breakdowns).toEqual([
      {
        dimension: 'sex',
        name: { text: 'Sex', fallback: false },
        years: [2018],
        rows: [
          { value: 'female', cells: [90] },
          { value: 'male', cells: [99] },
        ],
      },
    ]);
    expect(report.dataQuality.lnob).toEqual([
      {
        id: 'SI-01',
        name: { text: 'Emissions', fallback: false },
        expected: [
          { text: 'Sex', fallback: false },
          { text: 'Age', fallback: false },
        ],
        available: [{ text: 'Sex', fallback: false }],
        missing: [{ text: 'Age', fallback: false }],
      },
    ]);
  });

  it('a year with breakdown rows and no total is not measured, and says so', () => {
    const dir = plan('SI-01,2018,female,,90,\nSI-01,2018,male,,99,\n');
    expect(rules(dir)).toEqual(['warning actuals/missing-total SI-01']);
    expect(scoreOf(dir, 2018, 'SI-01').progress!.latest).toBeNull();
  });

  it('the same indicator, year and breakdown twice with different values is a conflict; a bad flag is a bad value', () => {
    const dir = plan('SI-01,2018,,,95,\nSI-01,2018,female,,90,\nSI-01,2018,female,,91,\nSI-01,2019,,,94,guessed\n');
    expect(
      validateDir(dir)
        .filter((d) => d.severity === 'error')
        .map((d) => [d.rule, d.line, d.args.breakdown ?? d.args.field]),
    ).toEqual([
      ['actuals/conflict', 5, 'sex=female'],
      ['actuals/bad-value', 6, 'flag'],
    ]);
  });
});
