// A recorded evaluation (format 1.2, evaluations/<start>-<end>.yaml): every figure of an evaluation
// period as it was computed and approved, with the plan revision and the sdplan version that made
// it. A public record: score and report show it for its period, and validate says when computing
// again would now give other figures. Types only; load/read-evaluation.ts builds them.
import type { Direction, GradeBand, Method, ProgressStatusId, Source, Thresholds } from './plan.js';

/** A rolled-up figure: rate, grade, coverage and the parts it was rolled up from (ID -> weight). */
export interface RecordedFigure {
  rate: number | null;
  grade: string | null;
  measured: number;
  targeted: number;
  parts: ReadonlyArray<readonly [id: string, weight: number]>;
}

/** One indicator: the inputs of its rate as they stood, and the figures. */
export interface RecordedIndicator {
  scope: 'task' | 'sustainability';
  /** Task of a performance indicator; goal of a sustainability indicator. */
  parent: string;
  direction: Direction;
  method: Method | null;
  weight: number | null;
  baseline: { year: number; value: number } | null;
  target: number | null;
  actual: number | null;
  rate: number | null;
  grade: string | null;
  measured: number;
  targeted: number;
  /** Sustainability (and qualitative) indicators: progress status and score toward the final target. */
  status?: ProgressStatusId;
  score?: number | null;
  /** The status was set by hand (progress_status): the status computation gave. */
  computedStatus?: ProgressStatusId;
  /** What the status was measured from: the latest actual up to the year, and the final target. */
  latest?: { year: number; value: number } | null;
  finalTarget?: { year: number; value: number } | null;
}

export type RecordedLevel = 'goal' | 'strategy' | 'team' | 'department' | 'task';

export interface RecordedYear {
  year: number;
  plan: RecordedFigure;
  groups: Record<RecordedLevel, ReadonlyMap<string, RecordedFigure>>;
  indicators: ReadonlyMap<string, RecordedIndicator>;
}

export interface RecordedMethod {
  method: Method;
  cap: number;
  weights: 'equal' | 'budget';
  decreaseRatio: 'target-over-actual' | 'linear';
  grades: GradeBand[];
  quota: Record<string, number> | null;
  thresholds: { withTarget: Thresholds; withoutTarget: Thresholds };
}

export interface EvaluationRecord {
  /** Plan-relative file, e.g. evaluations/2018-2019.yaml. */
  file: string;
  plan: string;
  period: { start: number; end: number };
  computedWith: {
    revision: { number: number | null; adopted: string | null };
    /** The git commit of the plan folder when it was recorded, when it was in git. */
    commit: string | null;
    sdplan: string;
  };
  evaluation: RecordedMethod;
  /** Each evaluated year of the period, in order. */
  years: RecordedYear[];
  src: Source;
}

/** What a shown figure says of the record it comes from (score, report). */
export interface RecordInfo {
  file: string;
  period: { start: number; end: number };
  revision: number | null;
  adopted: string | null;
  commit: string | null;
  sdplan: string;
}

/** The cause of a figure that a computation today gives otherwise than the record (and of a step of `report --previous`). */
export type ChangeCause = 'actual-revised' | 'actual-added' | 'target-changed' | 'baseline-changed' | 'merged' | 'removed' | 'new' | 'method-changed';

export const CHANGE_CAUSES: readonly ChangeCause[] = [
  'actual-revised',
  'actual-added',
  'target-changed',
  'baseline-changed',
  'merged',
  'removed',
  'new',
  'method-changed',
];
