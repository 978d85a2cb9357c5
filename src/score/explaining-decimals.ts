// How many decimals the figures of a rate need for the shown figures to explain the shown rate.
// Rounded to two places, a baseline 0.3, target 0.305 and actual 0.31 read "0.3 / 0.31 / 0.31"
// beside a rate of 120%: the figures say "target met exactly", the rate says otherwise, and the
// reader cannot tell why. A rate is only as trustworthy as the figures shown beside it.
import type { Formula } from './achievement.js';

const MAX_DECIMALS = 10;

/** Rounded as the report rounds for display (render/report-render.ts formatNumber). */
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** The figures a formula was computed from: A actual, B baseline, T target. */
function figuresOf(f: Formula): number[] {
  const out: number[] = [];
  if ('A' in f) out.push(f.A);
  if ('B' in f) out.push(f.B);
  if ('T' in f) out.push(f.T);
  return out;
}

/** The rate, unclipped, from the formula's figures rounded to `d` places (null: the rounded figures give none). */
function rawAt(f: Formula, d: number): number | null {
  const r = (x: number) => round(x, d);
  switch (f.case) {
    case 'progress':
      return r(f.T) === r(f.B) ? null : (r(f.A) - r(f.B)) / (r(f.T) - r(f.B));
    case 'linear':
      return r(f.T) === 0 ? null : 2 - r(f.A) / r(f.T);
    case 'inverse-ratio':
      return r(f.A) === 0 ? null : r(f.T) / r(f.A);
    case 'ratio':
      return r(f.T) === 0 ? null : r(f.A) / r(f.T);
    // hold, hold-line, target-zero, actual-zero: met or not by the order of the figures, which orderKept checks
    default:
      return null;
  }
}

/**
 * The fewest decimals, at least `min`, at which the formula's figures, rounded, stay as distinct as
 * they are (each pair keeps its order: 54.996 is not shown as its target 55) and give the same shown rate (`show` writes a rate as the output shows it, e.g. 120.0%).
 * `hi` is the highest rate credited (the cap, or 1 for milestones).
 */
export function decimalsToExplain(
  f: Formula,
  rate: number | null,
  hi: number,
  min: number,
  show: (rate: number) => string,
  /** Other figures shown beside the rate (a hold's actual, which its formula does not hold). */
  shown: ReadonlyArray<number | null | undefined> = [],
): number {
  const figures = [...figuresOf(f), ...shown.filter((x): x is number => typeof x === 'number' && Number.isFinite(x))];
  if (figures.length === 0 || rate === null) return min;
  const orderKept = (d: number) => {
    for (let i = 0; i < figures.length; i++) {
      for (let j = i + 1; j < figures.length; j++) {
        const [a, b] = [figures[i]!, figures[j]!];
        if (Math.sign(a - b) !== Math.sign(round(a, d) - round(b, d))) return false;
      }
    }
    return true;
  };
  const computed = f.case === 'progress' || f.case === 'linear' || f.case === 'inverse-ratio' || f.case === 'ratio';
  for (let d = min; d < MAX_DECIMALS; d++) {
    if (!orderKept(d)) continue;
    if (!computed) return d;
    const raw = rawAt(f, d);
    if (raw !== null && show(Math.min(hi, Math.max(0, raw))) === show(rate)) return d;
  }
  return MAX_DECIMALS;
}

/** A rate as reports and tables show it, to a tenth of a percent: 120.0. */
export const tenthOfPercent = (rate: number): string => (Math.round(rate * 1000) / 10).toFixed(1);
