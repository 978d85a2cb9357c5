// The achievement rate of one performance indicator in one year (format contract, Achievement).
// Pure: every input that made the figure is returned beside it, so it can be printed and checked.
import type { Direction, Method } from '../model/plan.js';

export type DecreaseRatio = 'target-over-actual' | 'linear';

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
  /** The formula with the numbers, e.g. "(12 - 10) / (20 - 10)". */
  formula: string;
  missing?: 'actual' | 'target';
}

const f = (x: number) => String(Math.round(x * 1e6) / 1e6);

export function achievementRate(i: RateInputs): Rate {
  let method = i.method;
  if (method === 'progress' && i.baseline === undefined) method = 'ratio';
  if (method === 'ratio' && i.direction === 'decrease' && i.decreaseRatio === 'linear') method = 'linear';
  if (method === 'linear' && i.direction !== 'decrease') method = 'ratio';
  if (i.target === undefined) return { rate: null, raw: null, method, formula: 'no target for the year', missing: 'target' };
  if (i.actual === undefined || i.actual === null) return { rate: null, raw: null, method, formula: 'no actual for the year', missing: 'actual' };
  const A = i.actual;
  const T = i.target;
  const d = i.direction === 'decrease' ? -1 : 1;
  let raw: number;
  let formula: string;
  if (method === 'progress') {
    const B = i.baseline!;
    if (T === B) {
      raw = d * (A - T) >= 0 ? 1 : 0;
      formula = `target = baseline (${f(T)}): ${raw === 1 ? 'held' : 'not held'}`;
    } else {
      raw = (A - B) / (T - B);
      formula = `(${f(A)} - ${f(B)}) / (${f(T)} - ${f(B)})`;
    }
  } else if (method === 'linear') {
    if (T === 0) {
      raw = A <= 0 ? 1 : 0;
      formula = `target 0: ${A <= 0 ? 'met' : 'not met'}`;
    } else {
      raw = 2 - A / T;
      formula = `2 - ${f(A)} / ${f(T)}`;
    }
  } else if (d === -1) {
    if (A === 0 && T >= 0) {
      raw = 1;
      formula = `actual 0 with target ${f(T)}: fully achieved`;
    } else {
      raw = T / A;
      formula = `${f(T)} / ${f(A)}`;
    }
  } else if (T === 0) {
    raw = A >= 0 ? 1 : 0;
    formula = `target 0: ${A >= 0 ? 'met' : 'not met'}`;
  } else {
    raw = A / T;
    formula = `${f(A)} / ${f(T)}`;
  }
  const hi = i.direction === 'milestone' ? 1 : i.cap;
  const rate = Math.min(hi, Math.max(0, raw));
  return { rate, raw, method, formula };
}
