// The signals of a likely duplicate, each a value in [0, 1], and how much each counts.
// Words carry three quarters of the weight: two tasks that say the same thing (text) and measure
// the same thing (indicator names in the same unit) are what a revision merges. The same declared
// effect on a sustainability indicator and shared context (periods, target groups, areas) are
// supporting evidence. The same strategy weighs least: it is where related but distinct tasks
// live, while true duplicates usually sit under different strategies and teams, which is why
// nobody saw them. Calibrated on test/fixtures/overlap-labels (65 labelled pairs).
export const WEIGHTS = {
  text: 0.4,
  indicators: 0.35,
  effects: 0.1,
  structure: 0.05,
  context: 0.1,
} as const;

export type Signal = keyof typeof WEIGHTS;

/** At this threshold the labelled fixture gives precision 0.91 and recall 0.84. */
export const DEFAULT_THRESHOLD = 0.38;

/** The weight of the signals that need shared words (text, indicator names). */
export const WORD_WEIGHT = WEIGHTS.text + WEIGHTS.indicators;

/**
 * The lowest word similarity a pair needs to reach `threshold` at all: the other signals add at most
 * 1 - WORD_WEIGHT, and w_text * text + w_ind * ind <= WORD_WEIGHT * max(text, ind).
 */
export function minWordSimilarity(threshold: number): number {
  return (threshold - (1 - WORD_WEIGHT)) / WORD_WEIGHT;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
