// Hand-computed figures for every method and edge case of the evaluation arithmetic.
import { formulaText } from '../src/render/formula-text.js';
import { describe, expect, it } from 'vitest';
import { achievementRate, type RateInputs } from '../src/score/achievement.js';
import { progressMeasure, limitAdjustment } from '../src/score/progress-measure.js';
import { gradeByBands, gradeByQuota } from '../src/score/grades.js';
import { trajectory } from '../src/score/trajectory.js';
import { DEFAULT_GRADES } from '../src/model/plan.js';

const base: RateInputs = { direction: 'increase', method: 'progress', decreaseRatio: 'target-over-actual', cap: 1.2 };
const rate = (i: Partial<RateInputs>) => achievementRate({ ...base, ...i });

describe('achievement rate', () => {
  it('progress: (A - B) / (T - B)', () => {
    expect(rate({ baseline: 10, target: 20, actual: 15 }).rate).toBe(0.5);
    expect(rate({ baseline: 10, target: 20, actual: 15 }).formula).toEqual({ case: 'progress', A: 15, B: 10, T: 20 });
    expect(formulaText(rate({ baseline: 10, target: 20, actual: 15 }).formula)).toBe('(15 - 10) / (20 - 10)');
    // decrease: from 100 toward 80, at 90 -> half way
    expect(rate({ direction: 'decrease', baseline: 100, target: 80, actual: 90 }).rate).toBe(0.5);
  });

  it('progress with a negative baseline', () => {
    // -10 -> 10, actual 0: (0 + 10) / (10 + 10) = 0.5
    expect(rate({ baseline: -10, target: 10, actual: 0 }).rate).toBe(0.5);
  });

  it('an actual of exactly the target is 1', () => {
    expect(rate({ baseline: 3, target: 7, actual: 7 }).rate).toBe(1);
    expect(rate({ method: 'ratio', target: 7, actual: 7 }).rate).toBe(1);
    expect(rate({ method: 'ratio', direction: 'decrease', target: 7, actual: 7 }).rate).toBe(1);
  });

  it('target equal to baseline: 1 when the line is held, else 0', () => {
    expect(rate({ baseline: 50, target: 50, actual: 50 }).rate).toBe(1);
    expect(rate({ baseline: 50, target: 50, actual: 51 }).rate).toBe(1);
    expect(rate({ baseline: 50, target: 50, actual: 49 }).rate).toBe(0);
    expect(rate({ direction: 'decrease', baseline: 50, target: 50, actual: 49 }).rate).toBe(1);
  });

  it('the cap clips, and nothing goes below 0', () => {
    expect(rate({ baseline: 0, target: 10, actual: 15 })).toMatchObject({ rate: 1.2, raw: 1.5 });
    expect(rate({ baseline: 10, target: 20, actual: 5 })).toMatchObject({ rate: 0, raw: -0.5 });
  });

  it('milestone counts stages and is clipped at 1', () => {
    expect(rate({ direction: 'milestone', baseline: 0, target: 4, actual: 3 }).rate).toBe(0.75);
    expect(rate({ direction: 'milestone', baseline: 0, target: 4, actual: 5 }).rate).toBe(1);
    expect(rate({ direction: 'milestone', method: 'ratio', target: 4, actual: 2 }).rate).toBe(0.5);
  });

  it('ratio: increase A / T, decrease T / A', () => {
    expect(rate({ method: 'ratio', target: 8, actual: 6 }).rate).toBe(0.75);
    expect(rate({ method: 'ratio', direction: 'decrease', target: 6, actual: 8 }).rate).toBe(0.75);
  });

  it('ratio: division by zero', () => {
    // increase with target 0: met when the actual is not negative
    expect(rate({ method: 'ratio', target: 0, actual: 3 }).rate).toBe(1);
    expect(rate({ method: 'ratio', target: 0, actual: -1 }).rate).toBe(0);
    // decrease with actual 0 and a target >= 0: fully achieved
    expect(rate({ method: 'ratio', direction: 'decrease', target: 5, actual: 0 }).rate).toBe(1);
    // progress with a target equal to the baseline never divides by zero
    expect(rate({ baseline: 0, target: 0, actual: 0 }).rate).toBe(1);
  });

  it('linear for decrease: 2 - A / T, not below 0; plan-wide convention or per indicator', () => {
    expect(rate({ method: 'linear', direction: 'decrease', target: 80, actual: 100 })).toMatchObject({ rate: 0.75, method: 'linear' });
    expect(rate({ method: 'ratio', decreaseRatio: 'linear', direction: 'decrease', target: 80, actual: 100 }).rate).toBe(0.75);
    expect(rate({ method: 'linear', direction: 'decrease', target: 10, actual: 30 }).rate).toBe(0);
    expect(rate({ method: 'linear', direction: 'decrease', target: 0, actual: 0 }).rate).toBe(1);
    // increase falls back to ratio
    expect(rate({ method: 'linear', target: 10, actual: 5 })).toMatchObject({ rate: 0.5, method: 'ratio' });
  });

  it('missing data is missing, never 0', () => {
    expect(rate({ baseline: 0, target: 10, actual: null })).toMatchObject({ rate: null, missing: 'actual' });
    expect(rate({ baseline: 0, actual: 5 })).toMatchObject({ rate: null, missing: 'target' });
  });

  it('progress without a baseline falls back to ratio', () => {
    expect(rate({ target: 10, actual: 5 })).toMatchObject({ rate: 0.5, method: 'ratio' });
  });
});

const th = { withTarget: { high: 0.95, med: 0.6, low: 0 }, withoutTarget: { high: 0.015, med: 0.005, low: 0 } };

describe('Open SDG progress measure (published results)', () => {
  it('14.5 (2015) -> 10.2 (2023), decrease, target 7.25 by 2030', () => {
    const p = progressMeasure({
      direction: 'decrease',
      baseline: { year: 2015, value: 14.5 },
      latest: { year: 2023, value: 10.2 },
      target: { year: 2030, value: 7.25 },
      ...th,
    });
    expect(p.status).toBe('substantial_progress');
    expect(p.value).toBeCloseTo(0.95259, 5);
    expect(p.score).toBeCloseTo(2.51856, 5);
  });

  it('98.82 (2015) -> 99.04 (2022), increase, target 100 by 2030', () => {
    const p = progressMeasure({
      direction: 'increase',
      baseline: { year: 2015, value: 98.82 },
      latest: { year: 2022, value: 99.04 },
      target: { year: 2030, value: 100 },
      ...th,
    });
    expect(p.status).toBe('limited_progress');
    expect(p.value).toBeCloseTo(0.40135, 5);
    expect(p.score).toBeCloseTo(-0.82768, 5);
  });

  it('90 (2015) -> 93.2 (2021), increase, no target, limit 100', () => {
    const p = progressMeasure({ direction: 'increase', baseline: { year: 2015, value: 90 }, latest: { year: 2021, value: 93.2 }, limit: 100, ...th });
    expect(p.status).toBe('substantial_progress');
    expect(p.score).toBeCloseTo(2.81539, 5);
    expect(p.c).toBeCloseTo(1 - Math.pow(0.9, 4.44), 12);
  });

  it('target reached: target_achieved, score 5', () => {
    const p = progressMeasure({
      direction: 'decrease',
      baseline: { year: 2016, value: 68 },
      latest: { year: 2019, value: 14 },
      target: { year: 2035, value: 15 },
      ...th,
    });
    expect([p.status, p.score]).toEqual(['target_achieved', 5]);
  });

  it('deterioration and the score floor', () => {
    const p = progressMeasure({
      direction: 'increase',
      baseline: { year: 2010, value: 100 },
      latest: { year: 2012, value: 81 },
      target: { year: 2020, value: 200 },
      ...th,
    });
    // CAGR(81,100,2) = -0.1; CAGR(200,100,10) = 0.0717735: R = -1.393268
    expect(p.value).toBeCloseTo(-1.393268, 5);
    expect(p.status).toBe('deterioration');
    expect(p.score).toBe(-5);
  });

  it('not available: no baseline, no actual, opposite signs, less than a year', () => {
    expect(progressMeasure({ direction: 'increase', latest: { year: 2020, value: 1 }, ...th }).reason).toBe('no-baseline');
    expect(progressMeasure({ direction: 'increase', baseline: { year: 2016, value: 1 }, ...th }).reason).toBe('no-actual');
    expect(progressMeasure({ direction: 'increase', baseline: { year: 2016, value: -1 }, latest: { year: 2019, value: 2 }, ...th }).status).toBe(
      'not_available',
    );
    expect(progressMeasure({ direction: 'increase', baseline: { year: 2016, value: 1 }, latest: { year: 2016, value: 2 }, ...th }).reason).toBe('too-short');
  });

  it('a base of exactly 0 is replaced by 0.001', () => {
    // P = (0.002 / 0.001)^(1/1) - 1 = 1: well above 0.015, score min(500 - 5, 5) = 5
    const p = progressMeasure({ direction: 'increase', baseline: { year: 2018, value: 0 }, latest: { year: 2019, value: 0.002 }, ...th });
    expect(p.value).toBeCloseTo(1, 12);
    expect([p.status, p.score]).toEqual(['substantial_progress', 5]);
  });

  it('limit adjustment C', () => {
    expect(limitAdjustment(90, undefined)).toBe(1);
    expect(limitAdjustment(250, 100)).toBe(1);
    expect(limitAdjustment(150, 100)).toBeCloseTo(1 - Math.pow(0.5, 4.44), 12);
    expect(limitAdjustment(100, 100)).toBe(0);
  });
});

describe('grades', () => {
  it('bands: the first band whose min the rate reaches', () => {
    expect([1.05, 1, 0.95, 0.9, 0.85, 0.6, 0.59, 0].map((r) => gradeByBands(r, DEFAULT_GRADES))).toEqual(['S', 'S', 'A', 'A', 'B', 'C', 'D', 'D']);
    expect(gradeByBands(null, DEFAULT_GRADES)).toBeNull();
    expect(gradeByBands(0.8999999999999999, DEFAULT_GRADES)).toBe('A');
  });

  it('quota: ranks, hands out by share, ties share the better grade', () => {
    const teams = [
      { id: 'a', rate: 1.1 },
      { id: 'b', rate: 1.0 },
      { id: 'c', rate: 1.0 },
      { id: 'd', rate: 0.9 },
      { id: 'e', rate: 0.8 },
      { id: 'f', rate: 0.7 },
      { id: 'g', rate: 0.6 },
      { id: 'h', rate: 0.5 },
      { id: 'i', rate: 0.4 },
      { id: 'j', rate: 0.3 },
      { id: 'k', rate: null },
    ];
    const g = gradeByQuota(teams, { S: 0.2, A: 0.4, B: 0.3, C: 0.1 });
    // 10 ranked teams: S for positions 0-1, A 2-5, B 6-8, C 9; c ties b and shares S
    expect(Object.fromEntries(g)).toEqual({ a: 'S', b: 'S', c: 'S', d: 'A', e: 'A', f: 'A', g: 'B', h: 'B', i: 'B', j: 'C' });
    expect(g.has('k')).toBe(false);
  });
});

describe('trajectory', () => {
  const b = { year: 2016, value: 100 };
  const t = { year: 2026, value: 200 };
  it('compares the latest actual with the straight path', () => {
    expect(trajectory('increase', b, t, { year: 2021, value: 150 })).toEqual({ status: 'on_track', line: 'path', year: 2021, actual: 150, expected: 150 });
    expect(trajectory('increase', b, t, { year: 2021, value: 160 })?.status).toBe('ahead');
    expect(trajectory('increase', b, t, { year: 2021, value: 140 })?.status).toBe('behind');
    expect(trajectory('decrease', { year: 2016, value: 200 }, { year: 2026, value: 100 }, { year: 2021, value: 140 })?.status).toBe('ahead');
    expect(trajectory('increase', b, undefined, { year: 2021, value: 150 })).toBeNull();
  });
});

describe('achievement rate: every case with its coded formula (the words are made in render/)', () => {
  it.each([
    // [inputs, rate, raw, method, formula]
    [{ baseline: 10, target: 20, actual: 15 }, 0.5, 0.5, 'progress', { case: 'progress', A: 15, B: 10, T: 20 }],
    [{ baseline: 10, target: 10, actual: 10 }, 1, 1, 'progress', { case: 'hold', T: 10, met: true }],
    [{ baseline: 10, target: 10, actual: 9 }, 0, 0, 'progress', { case: 'hold', T: 10, met: false }],
    [{ direction: 'decrease', baseline: 10, target: 10, actual: 9 }, 1, 1, 'progress', { case: 'hold', T: 10, met: true }],
    [{ baseline: 60, target: 55, actual: 55 }, 1, 1, 'progress', { case: 'hold-line', B: 60, T: 55, met: true }],
    [{ baseline: 60, target: 55, actual: 54 }, 0, 0, 'progress', { case: 'hold-line', B: 60, T: 55, met: false }],
    [{ direction: 'decrease', baseline: 5, target: 6, actual: 6 }, 1, 1, 'progress', { case: 'hold-line', B: 5, T: 6, met: true }],
    [{ direction: 'decrease', baseline: 5, target: 6, actual: 7 }, 0, 0, 'progress', { case: 'hold-line', B: 5, T: 6, met: false }],
    [{ method: 'ratio', target: 20, actual: 15 }, 0.75, 0.75, 'ratio', { case: 'ratio', A: 15, T: 20 }],
    [{ method: 'ratio', target: 0, actual: 0 }, 1, 1, 'ratio', { case: 'target-zero', A: 0, met: true }],
    [{ method: 'ratio', target: 0, actual: -1 }, 0, 0, 'ratio', { case: 'target-zero', A: -1, met: false }],
    [{ method: 'ratio', direction: 'decrease', target: 8, actual: 10 }, 0.8, 0.8, 'ratio', { case: 'inverse-ratio', A: 10, T: 8 }],
    [{ method: 'ratio', direction: 'decrease', target: 8, actual: 0 }, 1, 1, 'ratio', { case: 'actual-zero', T: 8 }],
    [{ method: 'ratio', direction: 'decrease', decreaseRatio: 'linear', target: 8, actual: 10 }, 0.75, 0.75, 'linear', { case: 'linear', A: 10, T: 8 }],
    [{ method: 'linear', direction: 'decrease', target: 0, actual: 0 }, 1, 1, 'linear', { case: 'target-zero', A: 0, met: true }],
    [{ method: 'linear', direction: 'decrease', target: 0, actual: 1 }, 0, 0, 'linear', { case: 'target-zero', A: 1, met: false }],
    [{ method: 'linear', target: 20, actual: 15 }, 0.75, 0.75, 'ratio', { case: 'ratio', A: 15, T: 20 }],
    [{ target: 20, actual: 30 }, 1.2, 1.5, 'ratio', { case: 'ratio', A: 30, T: 20 }],
    [{ direction: 'milestone', baseline: 0, target: 2, actual: 3 }, 1, 1.5, 'progress', { case: 'progress', A: 3, B: 0, T: 2 }],
    [{ baseline: 10, actual: 15 }, null, null, 'progress', { case: 'no-target' }],
    [{ baseline: 10, target: 20, actual: null }, null, null, 'progress', { case: 'no-actual' }],
  ] as Array<[Partial<RateInputs>, number | null, number | null, string, object]>)('%j', (inputs, r, raw, method, formula) => {
    const got = rate(inputs);
    expect(got.formula).toEqual(formula);
    expect(got.method).toBe(method);
    if (r === null) expect([got.rate, got.raw]).toEqual([null, null]);
    else {
      expect(got.rate).toBeCloseTo(r, 12);
      expect(got.raw).toBeCloseTo(raw!, 12);
    }
  });
});
