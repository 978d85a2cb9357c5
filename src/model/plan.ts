// The typed, in-memory plan. Built by load/build-plan.ts from parsed YAML and CSV;
// every entity remembers where it was written (file + JSON pointer) so findings can point at it.

/** Where a value stands: plan-relative file path and RFC 6901 JSON pointer inside it. */
export interface Source {
  file: string;
  pointer: string;
}

/** Text in one or more languages, keyed by language code. A plain string is stored under the default language. */
export type Text = Readonly<Record<string, string>>;

export type Direction = 'increase' | 'decrease' | 'milestone';
export type Method = 'progress' | 'ratio' | 'linear';
export type Change = 'increase' | 'decrease';
/**
 * 1.1, an indicator that `replaces` several: for a year two or more of them give a value,
 * `sum` adds them, `mean` averages them, `last` takes the one listed last in `replaces`.
 */
export type Combine = 'sum' | 'mean' | 'last';

export interface Baseline {
  year: number;
  value: number;
}

/** Year -> value, kept as sorted entries so iteration order never depends on insertion. */
export type YearMap = ReadonlyArray<readonly [year: number, value: number]>;

/** Format 1.1 indicator kinds: quantitative (default), qualitative, monitoring, future. */
export type IndicatorKind = 'quantitative' | 'qualitative' | 'monitoring' | 'future';
export type Geography = 'city' | 'province' | 'nation';
export type ProgressStatusId = 'target_achieved' | 'substantial_progress' | 'moderate_progress' | 'limited_progress' | 'deterioration' | 'not_available';

/** Year -> a target written as text (1.1, e.g. 지속 감소): shown, never rated. */
export type TextTargets = ReadonlyArray<readonly [year: number, text: Text]>;

/** What format 1.1 adds to every indicator, sustainability and performance alike. */
export interface IndicatorExtras {
  kind: IndicatorKind;
  /** The unit as written, in every language given (the `unit` string is its default-language text). */
  unitText?: Text;
  textTargets: TextTargets;
  plannedFrom?: number;
  updateCycle?: 'annual' | 'biennial' | 'irregular';
  geography?: Geography;
  proxy?: boolean;
  /** Dimension IDs the indicator should be reported by. */
  disaggregation: string[];
  /** A status set by hand, with its reason: shown as manual wherever the status is shown. */
  progressStatus?: { status: ProgressStatusId; reason?: Text };
}

export interface Dimension {
  id: string;
  name?: Text;
  values: string[];
  src: Source;
}

export interface Team {
  id: string;
  name: Text;
  department: string;
  budgetCap?: number;
  src: Source;
}

export interface Department {
  id: string;
  name: Text;
  teams: Team[];
  src: Source;
}

export interface Strategy {
  id: string;
  goal: string;
  title: Text;
  src: Source;
}

export interface Goal {
  id: string;
  title: Text;
  description?: Text;
  sdgTargets: string[];
  subcommittee?: string;
  strategies: Strategy[];
  src: Source;
}

export interface SustainabilityIndicator extends IndicatorExtras {
  id: string;
  goal: string;
  name: Text;
  unit: string;
  direction: Direction;
  baseline?: Baseline;
  targets: YearMap;
  sdgIndicator?: string;
  limit?: number;
  /** Department IDs that manage and report the indicator. */
  managedBy: string[];
  source?: string;
  /** Earlier indicators this one continues (1.1): their actuals are its history. */
  replaces: string[];
  /** How the values of several replaced indicators for one year become one (1.1; see model/lineage.ts). */
  combine?: Combine;
  src: Source;
}

export interface PerformanceIndicator extends IndicatorExtras {
  id: string;
  task: string;
  name: Text;
  unit: string;
  direction: Direction;
  method?: Method;
  weight: number;
  baseline?: Baseline;
  targets: YearMap;
  source?: string;
  /** Indicators of replaced tasks this one continues (1.1): their actuals are its history. */
  replaces: string[];
  /** How the values of several replaced indicators for one year become one (1.1; see model/lineage.ts). */
  combine?: Combine;
  src: Source;
}

export interface Effect {
  indicator: string;
  change: Change;
  src: Source;
}

export interface Task {
  id: string;
  title: Text;
  description?: Text;
  strategy: string;
  replaces: string[];
  alsoGoals: string[];
  lead: string;
  partners: string[];
  period?: { start: number; end: number };
  budget: YearMap;
  targetGroups: string[];
  areas: string[];
  effects: Effect[];
  indicators: PerformanceIndicator[];
  src: Source;
}

export interface Actual {
  indicator: string;
  year: number;
  /** null: the row says "not measured" (empty value). */
  value: number | null;
  note?: string;
  source?: string;
  /** 1.1: estimated, provisional, or a break in the series. */
  flag?: 'estimated' | 'provisional' | 'break';
  /** 1.1: dimension ID -> value of this row's breakdown; empty for the total. */
  breakdown: Readonly<Record<string, string>>;
  /** Values of columns that are neither read by sdplan nor a dimension (actuals/unknown-column). */
  extra?: Readonly<Record<string, string>>;
  /** 1-based line of the row in its CSV file (the header is line 1). */
  line: number;
  file: string;
}

type Gender = string;
export type BodyKind = 'council' | 'subcommittee' | 'evaluation-committee' | 'other';

export interface Member {
  id: string;
  gender?: Gender;
  sector?: string;
  external?: boolean;
  src: Source;
}

export interface Body {
  id: string;
  kind: BodyKind;
  name: Text;
  parent?: string;
  members: Member[];
  src: Source;
}

export interface Governance {
  maxGenderShare?: number;
  minExternalShare: Readonly<Record<string, number>>;
  bodies: Body[];
  src: Source;
}

export interface GradeBand {
  grade: string;
  min: number;
}

export interface Thresholds {
  high: number;
  med: number;
  low: number;
}

export interface Evaluation {
  method: Method;
  /** Under `ratio`, decrease indicators: target / actual (default) or linear, 2 - actual / target. */
  decreaseRatio: 'target-over-actual' | 'linear';
  cap: number;
  weights: 'equal' | 'budget';
  grades: GradeBand[];
  quota?: Readonly<Record<string, number>>;
  thresholds: { withTarget: Thresholds; withoutTarget: Thresholds };
}

export type Confidence = 'low' | 'medium' | 'high';

/** One row of interactions.csv (1.1): `from` acts on `to`, scored -3..+3 (Nilsson et al. 2016). */
export interface Interaction {
  from: string;
  to: string;
  score: number;
  confidence?: Confidence;
  note: string;
  /** The body (a subcommittee, usually) that scored it; '' when not given. */
  scoredBy: string;
  file: string;
  /** 1-based line of the row (the header is line 1). */
  line: number;
}

export interface AcceptedOverlap {
  tasks: string[];
  reason: string;
  /** 1.1: what was decided about the pair. */
  decision?: 'merge' | 'coordinate' | 'keep';
  src: Source;
}

export interface Plan {
  id: string;
  /** Where plan.yaml stands (pointer ''). */
  src: Source;
  title: Text;
  vision?: Text;
  period: { start: number; end: number };
  baseYear?: number;
  languages: string[];
  currency?: string;
  revision?: { number?: number; adopted?: string; cycleYears: number };
  departments: Department[];
  teams: Team[];
  evaluation: Evaluation;
  overlapThreshold: number;
  acceptedOverlaps: AcceptedOverlap[];
  /** 1.1: groups of words this plan uses for the same thing. */
  synonyms: string[][];
  /** 1.1: words for groups of people inside a broader one, as written: [broader word, narrower words]. */
  broader?: Array<[string, string[]]>;
  /** interactions.csv (1.1); empty when the plan has none. */
  interactions: Interaction[];
  /** 1.1: disaggregation dimensions, in the order written. */
  dimensions: Dimension[];
  /** Severity overrides from plan.yaml `rules:`, with where each was written. */
  ruleOverrides: Array<{ rule: string; level: string; src: Source }>;
  goals: Goal[];
  strategies: Strategy[];
  indicators: SustainabilityIndicator[];
  tasks: Task[];
  actuals: Actual[];
  governance?: Governance;
}

export const DEFAULT_GRADES: GradeBand[] = [
  { grade: 'S', min: 1.0 },
  { grade: 'A', min: 0.9 },
  { grade: 'B', min: 0.8 },
  { grade: 'C', min: 0.6 },
  { grade: 'D', min: 0 },
];

/** The key of a row's breakdown: '' for the total, else `dim=value` pairs in dimension-ID order. */
export function breakdownKey(a: Pick<Actual, 'breakdown'>): string {
  const keys = Object.keys(a.breakdown);
  if (keys.length === 0) return '';
  return keys
    .sort()
    .map((k) => `${k}=${a.breakdown[k]}`)
    .join('\u0001');
}

export const isTotal = (a: Pick<Actual, 'breakdown'>): boolean => Object.keys(a.breakdown).length === 0;
