// Issue 19, item 2: the figures shown beside a rate explain it. Rounded to the output's usual
// places, a target 0.305 and actual 0.3125 (baseline 0.3) read "0.3 / 0.31 / 120.0%" in the
// report; the figures now get the places the rate needs to follow from them.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, cli, edit, makePlan } from './helpers.js';
import { decimalsToExplain, tenthOfPercent } from '../src/score/explaining-decimals.js';

afterAll(cleanup);

describe('decimalsToExplain', () => {
  it('adds places until the rounded figures give the shown rate and keep their order', () => {
    // baseline 0.3, target 0.305, actual 0.3125: raw 2.5, capped at 120%
    expect(decimalsToExplain({ case: 'progress', A: 0.3125, B: 0.3, T: 0.305 }, 1.2, 1.2, 2, tenthOfPercent)).toBe(3);
    // 0.31 / 0.31 / 98.4%: the ratio needs the third place of 0.305
    expect(decimalsToExplain({ case: 'ratio', A: 0.305, T: 0.31 }, 0.305 / 0.31, 1.2, 2, tenthOfPercent)).toBe(3);
  });

  it('keeps the usual places when they explain the rate', () => {
    expect(decimalsToExplain({ case: 'progress', A: 15, B: 10, T: 20 }, 0.5, 1.2, 2, tenthOfPercent)).toBe(2);
    expect(decimalsToExplain({ case: 'no-actual' }, null, 1.2, 2, tenthOfPercent)).toBe(2);
  });

  it('a hold-the-line target keeps the actual on its side of the target when shown', () => {
    // 54.996 rounds to 55.00 beside a rate of 0%, which would read as held
    expect(decimalsToExplain({ case: 'hold-line', B: 60, T: 55, met: false }, 0, 1.2, 2, tenthOfPercent, [60, 55, 54.996])).toBe(3);
    expect(decimalsToExplain({ case: 'hold', T: 55, met: false }, 0, 1.2, 2, tenthOfPercent, [55, 55, 54.996])).toBe(3);
    expect(decimalsToExplain({ case: 'hold-line', B: 60, T: 55, met: true }, 1, 1.2, 2, tenthOfPercent, [60, 55, 56])).toBe(2);
  });
});

// T-02-P1 (persons, increase): baseline 0.3 in 2017, target 0.305 in 2021, actual 0.3125
const tightPlan = () =>
  makePlan({
    ...edit('tasks/a.yaml', '{year: 2017, value: 10}\n        targets: {2021: 40}', '{year: 2017, value: 0.3}\n        targets: {2021: 0.305}'),
    'actuals/a.csv': 'indicator,year,value\nT-01-P1,2021,20\nT-02-P1,2021,0.3125\n',
  });

describe('in the report', () => {
  it('shows 0.305 / 0.313 / 120.0%, not 0.3 / 0.31 / 120.0%', () => {
    const dir = tightPlan();
    const md = cli(['report', dir, '-f', 'md', '--lang', 'en', '--period', '2021']).stdout;
    const row = md.split('\n').find((l) => l.includes('T-02-P1'))!;
    expect(row).toContain(' 0.305 / 0.313 / 120.0% |');
    const html = cli(['report', dir, '-f', 'html', '--lang', 'en', '--period', '2021']).stdout;
    expect(html).toContain('<td class="n">0.305 / 0.313 / 120.0%</td>');
    // a row the usual places explain keeps them
    expect(md.split('\n').find((l) => l.includes('T-01-P1'))).toContain(' 20 / 20 / 100.0% |');
  });
});

describe('in the score table and explain', () => {
  // baseline 1, target 1.00002, actual 1.00001: 50%, which "1 / 1 / 1" cannot explain
  const finePlan = () =>
    makePlan({
      ...edit('tasks/a.yaml', '{year: 2017, value: 10}\n        targets: {2021: 40}', '{year: 2017, value: 1}\n        targets: {2021: 1.00002}'),
      'actuals/a.csv': 'indicator,year,value\nT-01-P1,2021,20\nT-02-P1,2021,1.00001\n',
    });

  it('the table shows 1 / 1.00002 / 1.00001 beside 50.0%', () => {
    const out = cli(['score', finePlan(), '--year', '2021', '--by', 'indicator', '--lang', 'en']).stdout;
    const row = out.split('\n').find((l) => l.includes('T-02-P1'))!;
    expect(
      row
        .split('│')
        .map((c) => c.trim())
        .slice(3, 7),
    ).toEqual(['1', '1.00002', '1.00001', '50.0%']);
  });

  it('explain writes the formula with the places it needs', () => {
    const dir = makePlan({
      ...edit('tasks/a.yaml', '{year: 2017, value: 10}\n        targets: {2021: 40}', '{year: 2017, value: 1}\n        targets: {2021: 1.0000002}'),
      'actuals/a.csv': 'indicator,year,value\nT-01-P1,2021,20\nT-02-P1,2021,1.0000001\n',
    });
    const out = cli(['score', dir, '--year', '2021', '--explain', 'T-02-P1', '--lang', 'en']).stdout;
    expect(out).toContain('(1.0000001 - 1) / (1.0000002 - 1)');
  });
});
