// Where the latest actual stands against the straight line from baseline to final target.
import type { Direction } from '../model/plan.js';

export type TrajectoryStatus = 'ahead' | 'on_track' | 'behind';

export interface Trajectory {
  status: TrajectoryStatus;
  year: number;
  actual: number;
  /** The value on the straight path at that year. */
  expected: number;
}

import { ON_TRACK_TOLERANCE } from '../model/defaults.js';

export { ON_TRACK_TOLERANCE };

export function trajectory(
  direction: Direction,
  baseline: { year: number; value: number } | undefined,
  target: { year: number; value: number } | undefined,
  latest: { year: number; value: number } | undefined,
): Trajectory | null {
  if (!baseline || !target || !latest || target.year <= baseline.year) return null;
  const span = target.value - baseline.value;
  const share = Math.min(1, Math.max(0, (latest.year - baseline.year) / (target.year - baseline.year)));
  const expected = baseline.value + span * share;
  const d = direction === 'decrease' ? -1 : 1;
  const gap = d * (latest.value - expected);
  const tolerance = Math.abs(span) * ON_TRACK_TOLERANCE;
  const status: TrajectoryStatus = Math.abs(gap) <= tolerance ? 'on_track' : gap > 0 ? 'ahead' : 'behind';
  return { status, year: latest.year, actual: latest.value, expected };
}
