// Progress status and score of a sustainability indicator toward its final target, by the method
// of Open SDG's sdg-build 2.4 ProgressMeasure (Statistics Canada), so figures agree with national
// SDG platforms. Pure; every intermediate value is returned for --explain.
import type { Direction, Thresholds } from '../model/plan.js';

export type ProgressStatus = 'target_achieved' | 'substantial_progress' | 'moderate_progress' | 'limited_progress' | 'deterioration' | 'not_available';

export interface ProgressInputs {
  direction: Direction;
  baseline?: { year: number; value: number };
  latest?: { year: number; value: number };
  target?: { year: number; value: number };
  limit?: number;
  withTarget: Thresholds;
  withoutTarget: Thresholds;
}

export interface Progress {
  status: ProgressStatus;
  score: number | null;
  /** R (with a target) or P (without), null when not available. */
  value: number | null;
  /** C, the limit adjustment (without a target only). */
  c?: number;
  reason?: 'no-baseline' | 'no-actual' | 'opposite-signs' | 'too-short';
}

/** sdg-build's get_progress_status_from_score: fixed bands on the score, whatever the thresholds. */
export function statusFromScore(score: number | null, achieved: boolean): ProgressStatus {
  if (achieved) return 'target_achieved';
  if (score === null) return 'not_available';
  return score >= 2.5 ? 'substantial_progress' : score >= 0 ? 'moderate_progress' : score >= -2.5 ? 'limited_progress' : 'deterioration';
}

const cagr = (a: number, b: number, n: number) => Math.pow(a / b, 1 / n) - 1;
const nz = (x: number) => (x === 0 ? 0.001 : x);

export function limitAdjustment(y0: number, limit: number | undefined): number {
  if (limit === undefined) return 1;
  const u = Math.abs(y0);
  const L = Math.abs(limit);
  if (u >= 2 * L) return 1;
  if (u <= L) return 1 - Math.pow(u / L, 4.44);
  return 1 - Math.pow((2 * L - u) / L, 4.44);
}

export function progressMeasure(p: ProgressInputs): Progress {
  if (!p.baseline) return { status: 'not_available', score: null, value: null, reason: 'no-baseline' };
  if (!p.latest) return { status: 'not_available', score: null, value: null, reason: 'no-actual' };
  const d = p.direction === 'decrease' ? -1 : 1;
  const t0 = p.baseline.year;
  const y0 = nz(p.baseline.value);
  const { year: t, value: y } = p.latest;
  const sign = y0 < 0 ? -1 : 1;
  if (y0 * y < 0) return { status: 'not_available', score: null, value: null, reason: 'opposite-signs' };
  if (t - t0 < 1) return { status: 'not_available', score: null, value: null, reason: 'too-short' };

  // The status comes from the score by fixed bands, as sdg-build derives an indicator's status, so
  // custom thresholds move the score and the status together.
  if (p.target) {
    const target = nz(p.target.value);
    const T = p.target.year;
    const R = (sign * d * cagr(y, y0, t - t0)) / Math.abs(cagr(target, y0, T - t0));
    if ((d === -1 && y <= target) || (d === 1 && y >= target)) return { status: 'target_achieved', score: 5, value: R };
    const th = p.withTarget;
    const score = R >= th.med ? Math.min(7.1429 * R - 4.2857, 5) : Math.max(4.1667 * R - 2.5, -5);
    return { status: statusFromScore(score, false), score, value: R };
  }

  const P = sign * d * cagr(y, y0, t - t0);
  const C = limitAdjustment(y0, p.limit);
  const th = p.withoutTarget;
  const [high, med, low] = [th.high * C, th.med * C, th.low * C];
  const score =
    P < low ? Math.max(125 * P - 2.5, -5) : C === 0 ? 5 : P >= high ? Math.min((500 * P) / C - 5, 5) : P >= med ? (250 * P) / C - 1.25 : (500 * P) / C - 2.5;
  return { status: statusFromScore(score, false), score, value: P, c: C };
}
