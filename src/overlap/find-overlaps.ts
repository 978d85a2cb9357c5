// Likely duplicate tasks: candidate pairs from a similarity join over words (exact for the
// threshold, see similarity-join.ts), then every signal scored for each candidate.
import type { Plan } from '../model/plan.js';
import { taskDocs, taskText, type TaskDoc } from './task-docs.js';
import { lexiconFor, type Lexicon } from './lexicon.js';
import { scan } from './tokenize.js';
import { cosine, tfidf, topShared, type SparseVector, type Vocabulary } from './vectors.js';
import { PrefixIndex } from './similarity-join.js';
import { DIFFERENCE_FACTOR, WEIGHTS, WORD_GATE, WORD_WEIGHT, differ, jaccard, minWordSimilarity, related, within, type Signal } from './signals.js';

export interface Reason {
  /**
   * A signal, a difference that lowers the score (`beneficiaries`, `activities`, `outcomes`: its
   * weight is negative), or `subgroup` (weight 0): the two name no group in common, but one's group
   * sits inside the other's (독거노인 in 노인), so they are not told apart.
   */
  signal: Signal | Difference | 'subgroup';
  /** The signal's contribution to the score (its weight times its value). */
  weight: number;
  /** Facts behind it, as data: render/ turns them into words. */
  detail: Record<string, string | number | string[]>;
}

/**
 * GAO's types (GAO-15-49SP): duplication when both tasks say and measure the same thing for the
 * same people and nothing tells them apart; overlap when they are similar in goals, activities or
 * beneficiaries but not all of these. (Fragmentation is per strategy: see fragmentation.ts.)
 */
type OverlapType = 'duplication' | 'overlap';

export interface OverlapPair {
  a: string;
  b: string;
  score: number;
  type: OverlapType;
  reasons: Reason[];
  accepted: boolean;
  reason?: string;
  /** What the plan decided about the pair (`overlaps.accepted[].decision`). */
  decision?: 'merge' | 'coordinate' | 'keep';
}

/** Text and indicator names at least this similar: the two tasks say and measure the same thing. */
const SAME_WORK = 0.5;

type Difference = 'beneficiaries' | 'activities' | 'outcomes';

const round = (x: number) => Math.round(x * 10000) / 10000;
/** Scores are rounded to 4 places; bounds keep this margin so a pair that rounds up is never skipped. */
const ROUNDING = 1e-4;

interface Prepared {
  lex: Lexicon;
  /** The words behind each task's tokens, made when a pair of the task is reported. */
  surfaces: Map<number, Map<string, Set<string>>>;
  docs: TaskDoc[];
  text: { vectors: SparseVector[]; vocab: Vocabulary };
  /** Indicator name vectors, flattened, with the task each belongs to and its unit. */
  ind: { vectors: SparseVector[]; vocab: Vocabulary; owner: number[]; unit: string[]; unitId: Int32Array; specificity: number[] };
}

function prepare(plan: Plan, given?: TaskDoc[]): Prepared {
  const lex = lexiconFor(plan.synonyms, plan.broader);
  const docs = given ?? taskDocs(plan, lex);
  const text = tfidf(docs.map((d) => d.textTokens));
  const owner: number[] = [];
  const unit: string[] = [];
  const tokens: string[][] = [];
  docs.forEach((d, k) => {
    for (const i of d.indicators) {
      owner.push(k);
      unit.push(i.unit);
      // the unit is part of every name's words, so only names in one unit can match
      tokens.push(i.tokens.map((t) => `${i.unit}\u0000${t}`));
    }
  });
  const ind = tfidf(tokens);
  // An indicator that many tasks carry under one name ("budget execution rate") is a reporting
  // habit, not evidence of duplication: its matches count by how rare the name is among tasks.
  const tasksByName = new Map<string, Set<number>>();
  docs.forEach((d, k) => {
    for (const i of d.indicators) {
      const key = `${i.unit}\u0000${i.name}`;
      let s = tasksByName.get(key);
      if (!s) tasksByName.set(key, (s = new Set()));
      s.add(k);
    }
  });
  const N = docs.length;
  const specificity = docs.flatMap((d) =>
    d.indicators.map((i) => {
      const c = tasksByName.get(`${i.unit}\u0000${i.name}`)!.size;
      // (a name only one task carries gives log N / log N = 1)
      return N <= 2 ? 1 : Math.max(0, Math.log(N / c) / Math.log(N));
    }),
  );
  // Stryker disable all: speed only (every token of a name carries its unit, see above)
  const unitIds = new Map<string, number>();
  const unitId = Int32Array.from(unit, (u) => {
    let k = unitIds.get(u);
    if (k === undefined) unitIds.set(u, (k = unitIds.size));
    return k;
  });
  // Stryker restore all
  return { lex, surfaces: new Map(), docs, text, ind: { ...ind, owner, unit, unitId, specificity } };
}

/** The indicator pair behind the last indicatorSimilarity result (numbers, not an array: it runs millions of times). */
let bestX = 0;
let bestY = 0;

/** Best name similarity between the two tasks' indicators that share a unit; bestPair names them. */
function indicatorSimilarity(p: Prepared, byTask: number[][], a: number, b: number): number {
  let best = 0;
  bestX = -1; // no pair yet (bestY is set with bestX)
  const xs = byTask[a]!;
  const ys = byTask[b]!;
  // Stryker disable next-line EqualityOperator: a bound one past the end reads undefined, whose unit never matches
  for (let q = 0; q < xs.length; q++) {
    const x = xs[q]!;
    // Stryker disable next-line EqualityOperator: as above
    for (let r = 0; r < ys.length; r++) {
      const y = ys[r]!;
      // Stryker disable next-line all: speed only: names in two units share no token, their cosine is 0
      if (p.ind.unitId[x] !== p.ind.unitId[y]) continue;
      // never above the cosine, so the join's bound still holds
      const s = cosine(p.ind.vectors[x]!, p.ind.vectors[y]!) * Math.min(p.ind.specificity[x]!, p.ind.specificity[y]!);
      if (s > best) {
        best = s;
        bestX = x;
        bestY = y;
      }
    }
  }
  return best;
}

function periodOverlap(a: TaskDoc, b: TaskDoc): number | undefined {
  const pa = a.task.period;
  const pb = b.task.period;
  if (!pa || !pb) return undefined;
  // years in common (none for periods years apart) over the years either covers
  const inter = Math.max(0, Math.min(pa.end, pb.end) - Math.max(pa.start, pb.start) + 1);
  return inter / (Math.max(pa.end, pb.end) - Math.min(pa.start, pb.start) + 1);
}

/** Null when the pair cannot reach the threshold whatever its other signals (the words decide). */
const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/** The structure signal: 1 for one strategy, 0.6 for a shared goal, 0.3 for shared SDG targets. */
function structureValue(A: TaskDoc, B: TaskDoc): number {
  if (A.task.strategy !== '' && A.task.strategy === B.task.strategy) return 1;
  return shares(A.goals, B.goals) ? 0.6 : shares(A.sdgTargets, B.sdgTargets) ? 0.3 : 0;
}

/** What the structure signal found (read only where structureValue is above 0). */
function structureDetail(A: TaskDoc, B: TaskDoc): Reason['detail'] {
  if (A.task.strategy !== '' && A.task.strategy === B.task.strategy) return { strategy: A.task.strategy };
  const goals = [...A.goals].filter((g) => B.goals.has(g)).sort();
  return goals.length > 0 ? { goals } : { sdg_targets: [...A.sdgTargets].filter((t) => B.sdgTargets.has(t)).sort() };
}

/** The context signal: the mean of period overlap and, where both declare them, shared groups and areas. */
function context(A: TaskDoc, B: TaskDoc): number | undefined {
  let sum = 0;
  let n = 0;
  const period = periodOverlap(A, B);
  if (period !== undefined) {
    sum += period;
    n++;
  }
  if (A.groups.size > 0 && B.groups.size > 0) {
    sum += jaccard(A.groups, B.groups);
    n++;
  }
  if (A.areas.size > 0 && B.areas.size > 0) {
    sum += jaccard(A.areas, B.areas);
    n++;
  }
  return n > 0 ? sum / n : undefined;
}

/** What the context signal compared: the period overlap, and what both declare of groups and areas. */
function contextDetail(A: TaskDoc, B: TaskDoc): Reason['detail'] {
  const detail: Reason['detail'] = {};
  const period = periodOverlap(A, B);
  if (period !== undefined) detail.period = round(period);
  if (A.groups.size > 0 && B.groups.size > 0) detail.target_groups = [...A.groups].filter((g) => B.groups.has(g)).sort();
  if (A.areas.size > 0 && B.areas.size > 0) detail.areas = [...A.areas].filter((g) => B.areas.has(g)).sort();
  return detail;
}

const HANGUL = /[\uac00-\ud7a3]/;
const LATIN = /^[^\uac00-\ud7a3]*$/;
const SCRIPTS = [HANGUL, LATIN];
/** At most n words of each script, in the order given. */
function perScript(words: string[], n: number): string[] {
  const seen = [0, 0];
  return words.filter((w) => seen[HANGUL.test(w) ? 0 : 1]!++ < n);
}

/** Each token of a task's text with the words it came from; kept per task, which may be in many pairs. */
function surfaces(p: Prepared, k: number): Map<string, Set<string>> {
  const cached = p.surfaces.get(k);
  // Stryker disable next-line ConditionalExpression: speed only (made again, the words are the same)
  if (cached) return cached;
  const out = new Map<string, Set<string>>();
  scan(taskText(p.docs[k]!.task), p.lex, (t, w) => {
    const words = out.get(t);
    if (words) words.add(w);
    else out.set(t, new Set([w]));
  });
  p.surfaces.set(k, out);
  return out;
}

/**
 * The words two tasks share, weightiest first, in words a reader knows (전기자동차, not 동차), and the
 * synonyms that matched ("아동 ~ 어린이"): a group token whose words differ on the two sides.
 */
function sharedWords(p: Prepared, i: number, j: number): { shared: string[]; synonyms: string[] } {
  const top = topShared(p.text.vectors[i]!, p.text.vectors[j]!, p.text.vocab, 10, (t) => !t.startsWith('k:'));
  const sa = surfaces(p, i);
  const sb = surfaces(p, j);
  const shared: string[] = [];
  const synonyms: string[] = [];
  const add = (list: string[], word: string) => {
    if (!list.includes(word)) list.push(word);
  };
  for (const t of top) {
    const xa = [...(sa.get(t) ?? [])].sort();
    const xb = [...(sb.get(t) ?? [])].sort();
    if (t.startsWith('s:')) {
      // A group, in each script on its own, so each language's output has its own words: the
      // longest word both use (the phrase rather than a word of it), or else the pair that matched
      // as synonyms (홀몸어르신 ~ 독거노인 beside the "older people living alone" both use).
      for (const script of SCRIPTS) {
        const inA = xa.filter((w) => script.test(w));
        const inB = xb.filter((w) => script.test(w));
        // (a compound written with spaces or without is one word: 전기 자동차, 전기자동차)
        const common = inA.filter((w) => inB.some((v) => v.replace(/ /g, '') === w.replace(/ /g, ''))).sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
        if (common.length > 0) add(shared, common[0]!);
        else if (inA.length > 0 && inB.length > 0) add(synonyms, `${inA[0]} ~ ${inB[0]}`);
      }
    } else {
      // an English stem: the word both use, or the shorter of the two (vehicle, not vehicles)
      add(shared, xa.find((w) => xb.includes(w)) ?? [xa[0]!, xb[0]!].sort((x, y) => x.length - y.length || (x < y ? -1 : 1))[0]!);
    }
  }
  // Korean words outside the lexicon are matched by their bigrams; name the whole words both use
  for (const [t, ws] of sa) {
    if (t.startsWith('w:') && sb.has(t)) add(shared, ws.values().next().value!);
  }
  // a word that a shared phrase holds, or that a synonym pair names, says nothing more
  const said = (w: string) => shared.some((o) => o !== w && o.split(' ').includes(w)) || synonyms.some((s) => s.split(' ~ ').includes(w));
  return {
    shared: perScript(
      shared.filter((w) => !said(w)),
      5,
    ),
    synonyms: perScript(synonyms, 3),
  };
}

/**
 * The pair's score and its reasons, or null when it cannot reach the threshold. The numbers come
 * first; the reasons (shared words, details) are made only for pairs that reach it, since most
 * candidates do not and a national corpus has millions of them.
 */
function scorePair(p: Prepared, byTask: number[][], i: number, j: number, threshold: number): { score: number; type: OverlapType; reasons: Reason[] } | null {
  const text = cosine(p.text.vectors[i]!, p.text.vectors[j]!);
  const ind = indicatorSimilarity(p, byTask, i, j);
  const [x0, y0] = [bestX, bestY];
  const gateOpen = Math.max(text, ind) >= WORD_GATE;
  // An upper bound of the score: a looser one (what a mutant makes of it) only costs time.
  // Stryker disable next-line all: speed only
  if (WEIGHTS.text * text + WEIGHTS.indicators * ind + (gateOpen ? 1 - WORD_WEIGHT : 0) < threshold - ROUNDING) return null;
  const A = p.docs[i]!;
  const B = p.docs[j]!;
  const effects = gateOpen ? jaccard(A.effects, B.effects) : 0;
  const struct = gateOpen ? structureValue(A, B) : 0;
  const ctx = gateOpen ? context(A, B) : undefined;
  const sum = WEIGHTS.text * text + WEIGHTS.indicators * ind + WEIGHTS.effects * effects + WEIGHTS.structure * struct + WEIGHTS.context * (ctx ?? 0);
  const otherPeople = differ(A.beneficiaries, B.beneficiaries, p.lex.above);
  const otherWork = differ(A.activities, B.activities, p.lex.above);
  const otherOutcomes = differ(A.outcomes, B.outcomes);
  const factor = (otherPeople ? DIFFERENCE_FACTOR : 1) * (otherWork ? DIFFERENCE_FACTOR : 1) * (otherOutcomes ? DIFFERENCE_FACTOR : 1);
  const score = round(sum * factor);
  if (score < threshold) return null;

  const reasons: Reason[] = [];
  const add = (signal: Signal, value: number, detail: Reason['detail']) => {
    if (value > 0) reasons.push({ signal, weight: round(WEIGHTS[signal] * value), detail: { similarity: round(value), ...detail } });
  };
  add('text', text, sharedWords(p, i, j));
  if (x0 >= 0) {
    const ia = A.indicators[byTask[i]!.indexOf(x0)]!;
    const ib = B.indicators[byTask[j]!.indexOf(y0)]!;
    add('indicators', ind, { a: ia.id, b: ib.id, unit: ia.unit });
  }
  // (with the gate closed these are 0, and add leaves them out)
  add('effects', effects, { shared: [...A.effects].filter((e) => B.effects.has(e)).sort() });
  add('structure', struct, structureDetail(A, B));
  add('context', ctx ?? 0, contextDetail(A, B));
  const differences: Array<[Difference, boolean, ReadonlySet<string>, ReadonlySet<string>]> = [
    ['beneficiaries', otherPeople, A.beneficiaries, B.beneficiaries],
    ['activities', otherWork, A.activities, B.activities],
    ['outcomes', otherOutcomes, A.outcomes, B.outcomes],
  ];
  let before = sum;
  for (const [signal, applies, a, b] of differences) {
    if (!applies) continue;
    reasons.push({ signal, weight: round(before * DIFFERENCE_FACTOR - before), detail: { a: [...a].sort(), b: [...b].sort() } });
    before *= DIFFERENCE_FACTOR;
  }
  // whom they serve: no group in common, one inside the other (what kept them from differing)
  if (!shares(A.beneficiaries, B.beneficiaries)) {
    for (const [narrower, broader] of within(A.beneficiaries, B.beneficiaries, p.lex.above))
      reasons.push({ signal: 'subgroup', weight: 0, detail: { narrower, broader } });
  }
  // declared target groups count too: both declare some, share no tag, and name no group of
  // people in common or inside one another (청년 and 청년 창업자, 노인 and 독거노인 are not apart)
  const declaredApart = differ(A.groups, B.groups) && !related(A.groupsNamed, B.groupsNamed, p.lex.above);
  const type: OverlapType = text >= SAME_WORK && ind >= SAME_WORK && factor === 1 && !declaredApart ? 'duplication' : 'overlap';
  return { score, type, reasons };
}

export interface OverlapOptions {
  threshold: number;
  /** The tasks' words, when the caller has them already (conflicts use the same). */
  docs?: TaskDoc[];
  /** Compare every pair instead of joining (for tests that prove the join misses nothing). */
  bruteForce?: boolean;
}

export function findOverlaps(plan: Plan, options: OverlapOptions): OverlapPair[] {
  const p = prepare(plan, options.docs);
  const n = p.docs.length;
  const byTask: number[][] = p.docs.map(() => []);
  p.ind.owner.forEach((t, k) => {
    byTask[t]!.push(k);
  });
  const tMin = minWordSimilarity(options.threshold - ROUNDING);
  const accepted = new Map(plan.acceptedOverlaps.map((a) => [[...a.tasks].sort().join('\u0000'), a]));
  const pairs: OverlapPair[] = [];
  const keep = (i: number, j: number, scored: ReturnType<typeof scorePair>) => {
    if (!scored) return;
    const [a, b] = [p.docs[i]!.task.id, p.docs[j]!.task.id].sort() as [string, string];
    const acc = accepted.get(`${a}\u0000${b}`);
    pairs.push({
      a,
      b,
      score: scored.score,
      type: scored.type,
      reasons: scored.reasons,
      accepted: acc !== undefined,
      ...(acc !== undefined ? { reason: acc.reason } : {}),
      ...(acc?.decision !== undefined ? { decision: acc.decision } : {}),
    });
  };
  // Stryker disable next-line all: speed only: both branches give the same pairs (the similarity join test)
  if (options.bruteForce || tMin <= 0) {
    // below this threshold a pair can qualify without a shared word: every pair must be compared
    for (let j = 0; j < n; j++) for (let i = 0; i < j; i++) keep(i, j, scorePair(p, byTask, i, j, options.threshold));
  } else {
    // One pass over the tasks: each probes what earlier tasks indexed (their words, bit 1, and their
    // indicators' names, bit 2), its candidates are checked at once, then it is indexed itself.
    // A pair that one index did not report is below tMin on that side, so the costlier similarity
    // is computed only when the reported side reaches tMin.
    const textIndex = new PrefixIndex(p.text.vocab.df, tMin, p.text.vectors);
    const indIndex = new PrefixIndex(p.ind.vocab.df, tMin, p.ind.vectors);
    const stamp = new Int32Array(n).fill(-1);
    const bits = new Uint8Array(n);
    const candidates: number[] = [];
    let j = 0;
    const mark = (i: number, bit: number) => {
      if (stamp[i] !== j) {
        stamp[i] = j;
        bits[i] = 0;
        candidates.push(i);
      }
      bits[i] = bits[i]! | bit;
    };
    const byText = (i: number) => mark(i, 1);
    const byName = (y: number) => mark(p.ind.owner[y]!, 2);
    for (; j < n; j++) {
      candidates.length = 0;
      textIndex.probe(p.text.vectors[j]!, byText);
      for (const x of byTask[j]!) indIndex.probe(p.ind.vectors[x]!, byName);
      // candidates are tasks indexed before j (it is indexed after its probes)
      for (const i of candidates) {
        // Stryker disable next-line all: speed only: scorePair rejects these pairs too, at a higher cost
        if (bits[i] === 1 && cosine(p.text.vectors[i]!, p.text.vectors[j]!) < tMin) continue;
        // Stryker disable next-line all: speed only, as above
        if (bits[i] === 2 && indicatorSimilarity(p, byTask, i, j) < tMin) continue;
        keep(i, j, scorePair(p, byTask, i, j, options.threshold));
      }
      textIndex.add(j, p.text.vectors[j]!);
      for (const x of byTask[j]!) indIndex.add(x, p.ind.vectors[x]!);
    }
  }
  return pairs.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}
