// Issue 19, item 2: 미제출 (missing) only where an actual was due. One rule (score/due.ts) decides,
// and every view that says "missing" reads it: score's targets, the reminder list, the report cells.
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, cleanup, cli, makePlan } from './helpers.js';
import { loadPlan } from '../src/load/load-plan.js';
import { dueList, dueRule } from '../src/score/due.js';
import { scorePlan } from '../src/score/score-plan.js';
import { coverageByYear } from '../src/score/evaluation-year.js';
import { buildReport } from '../src/report/report-model.js';
import { templateSheets } from '../src/export/actuals-template.js';

afterAll(cleanup);

const task = (id: string, lead: string, period: string, extra: string, indicators: string) => `  - id: ${id}
    title: {ko: 과제 ${id}, en: Task ${id}}
    strategy: G01-S1
    lead: ${lead}
    period: ${period}
${extra}    indicators:
${indicators}`;
const ind = (id: string, targets: string, more = '') => `      - id: ${id}
        name: {ko: 지표 ${id}, en: Indicator ${id}}
        unit: persons
        direction: increase
        baseline: {year: 2017, value: 0}
        targets: ${targets}
${more}`;

// T-01 runs 2019-2021. T-05 (written 2018-2022) is replaced by T-06 (2020-2022), which continues
// its first indicator.
// T-07 holds the kinds that are never due.
const TASKS = `tasks:
${task('T-01', 'team-a', '{start: 2019, end: 2021}', '', ind('T-01-P1', '{2018: 1, 2019: 5, 2021: 20, 2022: 25}'))}${task('T-05', 'team-a', '{start: 2018, end: 2022}', '', ind('T-05-P1', '{2019: 3, 2020: 4, 2021: 5}') + ind('T-05-P2', '{2019: 3, 2020: 4, 2021: 5}'))}${task('T-06', 'team-b', '{start: 2020, end: 2022}', '    replaces: [T-05]\n', ind('T-06-P1', '{2020: 6, 2022: 9}', '        replaces: [T-05-P1]\n'))}${task('T-07', 'team-b', '{start: 2018, end: 2025}', '', ind('T-07-P1', '{2019: 3}', '        kind: future\n') + ind('T-07-P2', '{2019: 3}', '        kind: monitoring\n') + ind('T-07-P3', '{2019: 3}', '        kind: qualitative\n') + ind('T-07-P4', '{2019: 지속 증가}'))}`;
const dir = () => makePlan({ 'tasks/a.yaml': TASKS, 'actuals/a.csv': 'indicator,year,value\nT-01-P1,2019,5\nSI-01,2018,95\n' });

describe('what is due', () => {
  it('each edge, by the one rule', () => {
    const due = dueRule(loadPlan(dir()).plan);
    const cases: Array<[string, number, number | undefined]> = [
      ['T-01-P1', 2018, undefined], // a target the year before the task starts: not due
      ['T-01-P1', 2019, 5], // the task's first year
      ['T-01-P1', 2020, undefined], // no target that year
      ['T-01-P1', 2021, 20], // the task's last year
      ['T-01-P1', 2022, undefined], // the year after it ends, target or not
      ['T-05-P1', 2019, 3], // the replaced task, before its replacement runs
      ['T-05-P1', 2020, undefined], // ... in a year its replacement runs (and continues this indicator)
      ['T-05-P2', 2021, undefined], // a replaced task's other indicator, too: the replacement reports
      ['T-06-P1', 2020, 6],
      ['T-07-P1', 2019, undefined], // future
      ['T-07-P2', 2019, undefined], // monitoring
      ['T-07-P3', 2019, undefined], // qualitative
      ['T-07-P4', 2019, undefined], // a text target
      ['SI-01', 2025, 80], // a sustainability indicator: a numeric target that year
      ['SI-01', 2024, undefined],
      ['T-99-P1', 2019, undefined], // not an indicator of the plan
    ];
    expect(cases.map(([id, y]) => [id, y, due(id, y)])).toEqual(cases);
  });

  it('score, coverage and the reminder list agree with it', () => {
    const plan = loadPlan(dir()).plan;
    expect(dueList(plan, 2019).map((d) => d.indicator)).toEqual(['T-05-P1', 'T-05-P2']);
    expect(dueList(plan, 2020).map((d) => d.indicator)).toEqual(['T-06-P1']);
    // T-01-P1's 2022 target is after T-01 ends; T-06 runs to 2022
    expect(dueList(plan, 2022).map((d) => d.indicator)).toEqual(['T-06-P1']);
    const s = scorePlan(plan, 2020);
    expect(s.indicators.filter((i) => i.target !== null).map((i) => i.id)).toEqual(['T-06-P1']);
    expect(s.groups.task.find((t) => t.id === 'T-05')!.coverage).toEqual({ measured: 0, targeted: 0 });
    // 2019: T-01-P1 (measured), T-05-P1, T-05-P2; 2018 owes nothing (T-01 had not started)
    expect(coverageByYear(plan).get(2019)).toEqual({ measured: 1, targeted: 3 });
    expect(coverageByYear(plan).has(2018)).toBe(false);
    // the sheet a team fills in asks for what is due, and nothing else
    const rows = (year: number) => templateSheets(plan, year, {}).map((t) => [t.id, t.rows.map((r) => r.indicator)]);
    expect(rows(2019)).toEqual([['team-a', ['T-01-P1', 'T-05-P1', 'T-05-P2']]]);
    // T-05 still runs in 2021 with targets, but T-06 replaced it from 2020: not asked for
    expect(rows(2021)).toEqual([['team-a', ['T-01-P1']]]);
  });
});

describe('the report says 미제출 only where something was due', () => {
  // T-02 starts in 2025: in a 2024-2025 report its 2024 is not due, its 2025 is
  const late = () =>
    makePlan({
      'tasks/a.yaml': BASE['tasks/a.yaml']!.replace(
        '    lead: team-b\n    period: {start: 2018, end: 2021}',
        '    lead: team-b\n    period: {start: 2025, end: 2025}',
      ).replace('targets: {2021: 40}', 'targets: {2025: 40}'),
      'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,4\n',
    });

  it('in the model: not-due, then missing', () => {
    const m = buildReport(loadPlan(late()).plan, { lang: 'ko', diagnostics: [], period: { start: 2024, end: 2025 } });
    const row = m.goals[0]!.strategies[0]!.tasks.find((t) => t.id === 'T-02')!.indicators[0]!;
    expect(row.years).toEqual([
      { year: 2024, target: null, actual: null, rate: null, state: 'not-due', decimals: 2 },
      { year: 2025, target: 40, actual: null, rate: null, state: 'missing', decimals: 2 },
    ]);
  });

  it('in Markdown and HTML, in both languages', () => {
    const d = late();
    const ko = cli(['report', d, '-f', 'md', '--lang', 'ko', '--period', '2024-2025']).stdout;
    expect(ko).toContain('| T-02-P1 교육 (persons) | 해당 없음 | 40 / _미제출_ / — | — |');
    expect(ko).toContain('해당 없음: 그 해에는 낼 실적이 없음');
    const en = cli(['report', d, '-f', 'md', '--lang', 'en', '--period', '2024-2025']).stdout;
    expect(en).toContain('| T-02-P1 Training (persons) | not due | 40 / _missing_ / — | — |');
    const html = cli(['report', d, '-f', 'html', '--lang', 'ko', '--period', '2024-2025']).stdout;
    expect(html).toContain('<td class="n"><span class="na">해당 없음</span></td><td class="n">40 / <span class="missing">미제출</span> / —</td>');
  });

  it('the sample plan: no task that had not started is called missing', () => {
    const md = cli(['report', 'plans/dangjin-2035', '-f', 'md', '--lang', 'ko']).stdout;
    // T-0107 starts in 2019: its 2018 cell owes nothing
    expect(md).toContain(
      '| **T-0107** 기초연금 수급자 발굴 (노인복지팀, 85.0% B) | T-0107-P1 기초연금 신규 수급자 수 (명) | 해당 없음 | 700 / _미제출_ / — | — |',
    );
    expect(md).not.toContain('— / _미제출_ / —');
  });
});
