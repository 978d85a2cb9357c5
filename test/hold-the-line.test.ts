// Issue 19, item 4: a hold-the-line target ("keep at least 55%" with 60 today) is a line to hold,
// drawn flat at the target and judged held or not, never a descending path to slide along.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, cli, edit, makePlan } from './helpers.js';
import { trajectory } from '../src/score/trajectory.js';
import { lineChart } from '../src/render/svg-chart.js';
import { loadPlan } from '../src/load/load-plan.js';
import { scorePlan } from '../src/score/score-plan.js';

afterAll(cleanup);

describe('trajectory of a hold-the-line target', () => {
  const base = { year: 2016, value: 60 };
  const target = { year: 2025, value: 55 };

  it('increase, keep at least 55 from 60: 58 holds the line (the path from 60 to 55 called it behind)', () => {
    expect(trajectory('increase', base, target, { year: 2019, value: 58 })).toEqual({ status: 'held', line: 'hold', year: 2019, actual: 58, expected: 55 });
  });

  it('55 exactly still holds; 54.9 does not', () => {
    expect(trajectory('increase', base, target, { year: 2019, value: 55 })!.status).toBe('held');
    expect(trajectory('increase', base, target, { year: 2019, value: 54.9 })).toEqual({
      status: 'not_held',
      line: 'hold',
      year: 2019,
      actual: 54.9,
      expected: 55,
    });
  });

  it('a slide to 56 is not "ahead" of a path: the line is still held, and judged against 55', () => {
    // on the old path, 2024 expected 60 - 5 * 8/9 = 55.56, so 56 read as "ahead"
    expect(trajectory('increase', base, target, { year: 2024, value: 56 })).toMatchObject({ status: 'held', expected: 55 });
  });

  it('decrease, keep at most 12 from 10: 11 holds, 12.5 does not', () => {
    const b = { year: 2016, value: 10 };
    const t = { year: 2025, value: 12 };
    expect(trajectory('decrease', b, t, { year: 2020, value: 11 })).toMatchObject({ status: 'held', line: 'hold', expected: 12 });
    expect(trajectory('decrease', b, t, { year: 2020, value: 12.5 })).toMatchObject({ status: 'not_held', line: 'hold', expected: 12 });
  });

  it('a target beyond the baseline keeps the straight path', () => {
    expect(trajectory('increase', { year: 2016, value: 50 }, { year: 2026, value: 60 }, { year: 2021, value: 55 })).toEqual({
      status: 'on_track',
      line: 'path',
      year: 2021,
      actual: 55,
      expected: 55,
    });
  });
});

describe('the chart of a hold-the-line target', () => {
  const box = { width: 320, height: 140, left: 28, right: 28, top: 28, bottom: 28 };
  const input = {
    id: 'SI-H',
    title: 't',
    description: 'd',
    baseline: { year: 2016, value: 60 },
    targets: [{ year: 2025, value: 55 }],
    actuals: [{ year: 2019, value: 58 }],
  };

  it('draws a flat line at the target, labelled, and no descending path', () => {
    const svg = lineChart({ ...input, direction: 'increase' }, box);
    // values 55..60 span the height: 55 is at the bottom (y 112), 60 at the top (y 28)
    expect(svg).toContain('<line class="hold" x1="28" y1="112" x2="292" y2="112" stroke-dasharray="8 3"/>');
    expect(svg).toContain('<text class="label hold-label" x="284" y="106" text-anchor="end">line to hold 55</text>');
    expect(svg).not.toContain('<line class="path" x1="28" y1="28" x2="292" y2="112"');
    expect(svg).toContain('<line class="hold" x1="118" y1="124" x2="136" y2="124" stroke-dasharray="8 3"/><text x="140" y="128">line to hold</text>');
  });

  it('without a direction, or with a target beyond the baseline, the path stays', () => {
    expect(lineChart(input, box)).toContain('<line class="path" x1="28" y1="28" x2="292" y2="112" stroke-dasharray="4 3"/>');
    expect(lineChart({ ...input, direction: 'decrease' }, box)).toContain('<line class="path" x1="28" y1="28" x2="292" y2="112" stroke-dasharray="4 3"/>');
  });
});

describe('in score, explain and the report', () => {
  // SI-01: "keep at least 55" with 60 in 2016 (direction increase)
  const holdPlan = () =>
    makePlan({
      ...edit(
        'indicators.yaml',
        '    direction: decrease\n    baseline: {year: 2016, value: 100}\n    targets: {2025: 80}',
        '    direction: increase\n    baseline: {year: 2016, value: 60}\n    targets: {2025: 55}',
      ),
      'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,4\nSI-01,2018,58\n',
    });

  it('score JSON names the line and the judgement', () => {
    const si = scorePlan(loadPlan(holdPlan()).plan, 2018).indicators.find((i) => i.id === 'SI-01')!;
    expect(si.trajectory).toEqual({ status: 'held', line: 'hold', year: 2018, actual: 58, expected: 55 });
  });

  it('explain says it in both languages', () => {
    const dir = holdPlan();
    expect(cli(['score', dir, '--year', '2018', '--explain', 'SI-01', '--lang', 'en']).stdout).toContain(
      '  trajectory: line held (actual 58 in 2018 against the line to hold at 55: the baseline already meets the target, which is met while the value stays on its side)',
    );
    expect(cli(['score', dir, '--year', '2018', '--explain', 'SI-01', '--lang', 'ko']).stdout).toContain(
      '  추세: 유지선 지킴 (2018년 실적 58, 지켜야 할 선 55: 기준값이 이미 목표를 충족하므로 값이 그 선의 안쪽에 있는 동안 달성)',
    );
  });

  it('the HTML report draws the line to hold', () => {
    const html = cli(['report', holdPlan(), '-f', 'html', '--lang', 'en', '--period', '2018']).stdout;
    const chart = html.slice(html.indexOf('id="chart-SI-01-t"'));
    expect(chart.slice(0, chart.indexOf('</svg>'))).toMatch(
      /<line class="hold" x1="[\d.]+" y1="([\d.]+)" x2="[\d.]+" y2="\1" stroke-dasharray="8 3"\/><text class="label hold-label"[^>]*>line to hold 55<\/text>/,
    );
  });
});
