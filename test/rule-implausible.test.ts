// actuals/implausible, case by case: which units are percentages and counts (whole unit, any case),
// the edges of each test (0 and 100 are possible, a tenfold jump is not yet implausible), the
// task's last year, and jumps only between consecutive years in year order.
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, cleanup, makePlan, validateDir } from './helpers.js';

afterAll(cleanup);

const UNITS: Array<[string, string]> = [
  ['PCT', '%'],
  ['PCTKO', '퍼센트'],
  ['PCTEN', 'Percent'],
  ['PP', 'percentage points'],
  ['SCORE', 'score/100%'],
  ['MYEONG', '명'],
  ['PERSON', 'person'],
  ['PERSONS', 'persons'],
  ['CASE', 'case'],
  ['HH', 'household'],
  ['PLACE', 'place'],
  ['UNIT', 'unit'],
  ['EVENT', 'event'],
  ['VEH', 'Vehicle'],
  ['PER', '명당'],
  ['THOUSAND', '천명'],
  ['T', 'tCO2eq'],
];

const indicators = `indicators:\n${UNITS.map(([id, unit]) => `  - {id: SI-${id}, goal: G01, name: {ko: 지표, en: Indicator}, unit: "${unit}", direction: increase, baseline: {year: 2016, value: 1}, targets: {2025: 2}}`).join('\n')}\n`;

const rows = [
  // percentages: 0 and 100 are possible, -1 and 101 are not; a unit that only begins or ends like one is not one
  'SI-PCT,2018,0',
  'SI-PCT,2019,100',
  'SI-PCTKO,2018,-1',
  'SI-PCTEN,2018,101',
  'SI-PP,2018,150',
  'SI-SCORE,2018,150',
  // counts: 0 is possible, a negative count is not, in any of the count units
  'SI-MYEONG,2018,0',
  'SI-MYEONG,2019,-1',
  'SI-PERSON,2018,-1',
  'SI-PERSONS,2018,-2',
  'SI-CASE,2018,-1',
  'SI-HH,2018,-1',
  'SI-PLACE,2018,-1',
  'SI-UNIT,2018,-1',
  'SI-EVENT,2018,-1',
  'SI-VEH,2018,-1',
  'SI-PER,2018,-1',
  'SI-THOUSAND,2018,-1',
  'SI-T,2018,-5',
  // T-01 ends in 2021: its last year is fine, the year after is not
  'T-01-P1,2021,20',
  'T-01-P1,2022,21',
  // jumps, written out of year order: x10 and /10 are the edge; x11 and /11 are jumps; two years apart is not compared
  'SI-T,2020,10',
  'SI-T,2019,1',
  'SI-T,2021,100',
  'SI-T,2022,1100',
  'SI-T,2023,100',
  'SI-T,2025,10000',
  // a zero on either side is not a ratio
  'T-02-P1,2018,0',
  'T-02-P1,2019,50',
  'T-02-P1,2020,0',
];

describe('actuals/implausible', () => {
  it('reports exactly the implausible values, each with its problem', () => {
    const dir = makePlan({ 'indicators.yaml': indicators, 'actuals/a.csv': `indicator,year,value\n${rows.join('\n')}\n` });
    const found = validateDir(dir).filter((d) => d.rule === 'actuals/implausible');
    expect(found.map((d) => [d.line, d.args.indicator, d.args.year, d.args.value, d.args.problem, d.args.end ?? d.args.previous ?? null])).toEqual(
      [
        [4, 'SI-PCTKO', 2018, -1, 'percent', null],
        [5, 'SI-PCTEN', 2018, 101, 'percent', null],
        [9, 'SI-MYEONG', 2019, -1, 'negative-count', null],
        [10, 'SI-PERSON', 2018, -1, 'negative-count', null],
        [11, 'SI-PERSONS', 2018, -2, 'negative-count', null],
        [12, 'SI-CASE', 2018, -1, 'negative-count', null],
        [13, 'SI-HH', 2018, -1, 'negative-count', null],
        [14, 'SI-PLACE', 2018, -1, 'negative-count', null],
        [15, 'SI-UNIT', 2018, -1, 'negative-count', null],
        [16, 'SI-EVENT', 2018, -1, 'negative-count', null],
        [17, 'SI-VEH', 2018, -1, 'negative-count', null],
        [22, 'T-01-P1', 2022, 21, 'after-task', 2021],
        [26, 'SI-T', 2022, 1100, 'jump', 100],
        [27, 'SI-T', 2023, 100, 'jump', 1100],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    expect(found.find((d) => d.args.year === 2022 && d.args.indicator === 'SI-T')!.args).toEqual({
      row: 26,
      indicator: 'SI-T',
      year: 2022,
      value: 1100,
      problem: 'jump',
      previous: 100,
      previousYear: 2021,
    });
  });

  it('the base plan has none', () => {
    expect(validateDir(makePlan()).filter((d) => d.rule === 'actuals/implausible')).toEqual([]);
    expect(BASE['tasks/a.yaml']).toContain('period: {start: 2018, end: 2021}');
  });
});
