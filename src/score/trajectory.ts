// Where the latest actual stands against the line the plan sets toward its final target: the
// straight path from baseline to final target, or, for a hold-the-line target (the baseline
// already meets it: "keep at least 55%" with 60 today), the flat line at the target to hold.
// A hold-the-line target drawn as a path would call a city "ahead" for sliding toward the floor.
import type { Direction } from '../model/plan.js';

/** On the straight path: ahead, on_track, behind. On a line to hold: held, not_held. */
type TrajectoryStatus = 'ahead' | 'on_track' | 'behind' | 'held' | 'not_held';

export interface Trajectory {
  status: TrajectoryStatus;
  /** `path`: the straight path from baseline to final target; `hold`: the flat line at a hold-the-line target. */
  line: 'path' | 'hold';
  year: number;
  actual: number;
  /** The value on the line at that year (on a line to hold, the target itself). */
  expected: number;
}

import { ON_TRACK_TOLERANCE } from '../model/defaults.js';

/** The baseline already meets the final target in the indicator's direction (equal included). */
export function holdsTheLine(direction: Direction, baseline: number, target: number): boolean {
  const d = direction === 'decrease' ? -1 : 1;
  return d * (baseline - target) >= 0;
}

export function trajectory(
  direction: Direction,
  baseline: { year: number; value: number } | undefined,
  target: { year: number; value: number } | undefined,
  latest: { year: number; value: number } | undefined,
): Trajectory | null {
  if (!baseline || !target || !latest || target.year <= baseline.year) return null;
  const d = direction === 'decrease' ? -1 : 1;
  if (holdsTheLine(direction, baseline.value, target.value)) {
    // met while the value stays on the target's side, as the rate of a hold-the-line target
    return {
      status: d * (latest.value - target.value) >= 0 ? 'held' : 'not_held',
      line: 'hold',
      year: latest.year,
      actual: latest.value,
      expected: target.value,
    };
  }
  const span = target.value - baseline.value;
  const share = Math.min(1, Math.max(0, (latest.year - baseline.year) / (target.year - baseline.year)));
  const expected = baseline.value + span * share;
  const gap = d * (latest.value - expected);
  const tolerance = Math.abs(span) * ON_TRACK_TOLERANCE;
  const status: TrajectoryStatus = Math.abs(gap) <= tolerance ? 'on_track' : gap > 0 ? 'ahead' : 'behind';
  return { status, line: 'path', year: latest.year, actual: latest.value, expected };
}
