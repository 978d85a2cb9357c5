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

/**
 * GAO's test of duplication is the same activity for the same beneficiaries towards the same goal.
 * Two tasks that both name whom they serve (노인, 장애인...) and share none of them, both name what
 * they do (돌봄, 급식...) and share none of that, or both declare effects and share no indicator,
 * are at most related: each such difference multiplies the score by this, so the words must be
 * much closer for the pair to be reported.
 */
export const DIFFERENCE_FACTOR = 0.6;

const NOTHING_ABOVE: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/**
 * Both name some, they share none, and none of one sits inside one of the other: 노인 and 독거노인
 * (older people living alone are older people) do not differ, 아동 and 노인 do, and so do two
 * groups inside one (독거노인 and 장애노인 would: neither holds the other). `above` gives, by group,
 * every group that holds it (see lexicon.ts).
 */
export function differ(a: ReadonlySet<string>, b: ReadonlySet<string>, above: ReadonlyMap<string, ReadonlySet<string>> = NOTHING_ABOVE): boolean {
  if (a.size === 0 || b.size === 0) return false;
  return !related(a, b, above);
}

/** One group on each side that is the same, or one holds the other. (No array: it runs for every candidate pair.) */
export function related(a: ReadonlySet<string>, b: ReadonlySet<string>, above: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  for (const x of a) {
    if (b.has(x)) return true;
    const up = above.get(x);
    if (up) for (const y of b) if (up.has(y)) return true;
  }
  for (const y of b) {
    const up = above.get(y);
    if (up) for (const x of a) if (up.has(x)) return true;
  }
  return false;
}

/** Each group of one side that another group of the other side holds, as [narrower, broader], in order. */
export function within(a: ReadonlySet<string>, b: ReadonlySet<string>, above: ReadonlyMap<string, ReadonlySet<string>>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const x of from) {
      const up = above.get(x);
      if (up) for (const y of to) if (up.has(y)) out.push([x, y]);
    }
  }
  // 독거노인 in 노인 says what 독거노인 in 교통약자 would (노인 is in 교통약자): the nearest only
  const nearest = out.filter(([x, y]) => !out.some(([x2, y2]) => x2 === x && y2 !== y && (above.get(y2)?.has(y) ?? false)));
  return nearest.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0));
}

export { DEFAULT_THRESHOLD } from '../model/defaults.js';

/** The weight of the signals that need shared words (text, indicator names). */
export const WORD_WEIGHT = WEIGHTS.text + WEIGHTS.indicators;

/**
 * Effects, structure and context strengthen a match in words but cannot make one: they count only
 * when the text or the indicator names are at least this similar. (0.3, not 0.25: on the labelled
 * fixture both give the same pairs, and the similarity join behind it admits far fewer candidates.) (Two unrelated tasks under one
 * strategy, with one effect and one period, would otherwise score 0.25 from nothing.)
 */
export const WORD_GATE = 0.3;

/**
 * The lowest word similarity (the larger of text and indicators) a pair needs to reach `threshold`:
 * with the gate closed the words alone must make it, WORD_WEIGHT * max >= threshold; with it open,
 * the other signals add at most 1 - WORD_WEIGHT.
 */
export function minWordSimilarity(threshold: number): number {
  // (at or above the gate, closed >= open: the smaller is the bound either way)
  const closed = threshold / WORD_WEIGHT;
  const open = Math.max(WORD_GATE, (threshold - (1 - WORD_WEIGHT)) / WORD_WEIGHT);
  return Math.min(closed, open);
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  // Stryker disable next-line all: speed only (an empty side shares nothing; the return below gives 0 too)
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
