// The achievement rate of one performance indicator in one year (format contract, Achievement).
// Pure: every input that made the figure is returned beside it, so it can be printed and checked.
import type { Direction, Method } from '../model/plan.js';

type DecreaseRatio = 'target-over-actual' | 'linear';

export interface RateInputs {
  direction: Direction;
  method: Method;
  decreaseRatio: DecreaseRatio;
  cap: number;
  baseline?: number;
  target?: number;
  actual?: number | null;
}

export interface Rate {
  /** Clipped rate, or null when the actual or the target is missing. */
  rate: number | null;
  /** The rate before clipping (null when missing). */
  raw: number | null;
  /** The method actually used: `progress` falls back to `ratio` without a baseline; `linear` only serves decrease. */
  method: Method;
  /** Which case of the method applied, with its numbers; render/ writes it out. */
  formula: Formula;
  missing?: 'actual' | 'target';
}

/** The case of the contract's formulas that gave a rate: A actual, B baseline, T target. */
export type Formula =
  | { case: 'no-target' }
  | { case: 'no-actual' }
  | { case: 'hold'; T: number; met: boolean }
  | { case: 'hold-line'; B: number; T: number; met: boolean }
  | { case: 'progress'; A: number; B: number; T: number }
  | { case: 'target-zero'; A: number; met: boolean }
  | { case: 'linear'; A: number; T: number }
  | { case: 'actual-zero'; T: number }
  | { case: 'inverse-ratio'; A: number; T: number }
  | { case: 'ratio'; A: number; T: number };

export function achievementRate(i: RateInputs): Rate {
  let method = i.method;
  if (method === 'progress' && i.baseline === undefined) method = 'ratio';
  if (method === 'ratio' && i.direction === 'decrease' && i.decreaseRatio === 'linear') method = 'linear';
  if (method === 'linear' && i.direction !== 'decrease') method = 'ratio';
  if (i.target === undefined) return { rate: null, raw: null, method, formula: { case: 'no-target' }, missing: 'target' };
  if (i.actual === undefined || i.actual === null) return { rate: null, raw: null, method, formula: { case: 'no-actual' }, missing: 'actual' };
  const A = i.actual;
  const T = i.target;
  const d = i.direction === 'decrease' ? -1 : 1;
  let raw: number;
  let formula: Formula;
  if (method === 'progress') {
    const B = i.baseline!;
    if (T === B) {
      raw = d * (A - T) >= 0 ? 1 : 0;
      formula = { case: 'hold', T, met: raw === 1 };
    } else if (d * (T - B) < 0) {
      // a hold-the-line target that the baseline already meets ("keep at least 55%"): met while
      // the actual stays on the target's side
      raw = d * (A - T) >= 0 ? 1 : 0;
      formula = { case: 'hold-line', B, T, met: raw === 1 };
    } else {
      raw = (A - B) / (T - B);
      formula = { case: 'progress', A, B, T };
    }
  } else if (method === 'linear') {
    if (T === 0) {
      raw = A <= 0 ? 1 : 0;
      formula = { case: 'target-zero', A, met: A <= 0 };
    } else {
      raw = 2 - A / T;
      formula = { case: 'linear', A, T };
    }
  } else if (d === -1) {
    if (A === 0 && T >= 0) {
      raw = 1;
      formula = { case: 'actual-zero', T };
    } else {
      raw = T / A;
      formula = { case: 'inverse-ratio', A, T };
    }
  } else if (T === 0) {
    raw = A >= 0 ? 1 : 0;
    formula = { case: 'target-zero', A, met: A >= 0 };
  } else {
    raw = A / T;
    formula = { case: 'ratio', A, T };
  }
  const hi = i.direction === 'milestone' ? 1 : i.cap;
  const rate = Math.min(hi, Math.max(0, raw));
  return { rate, raw, method, formula };
}
