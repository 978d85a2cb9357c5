// All pairs of unit vectors with cosine >= t, without comparing all pairs (the All-Pairs prefix
// filter of Bayardo, Ma and Srikant, 2007). Terms of each vector are taken commonest first, and
// the leading ones are left out of the index while they alone cannot make a similarity of t:
// for those terms P, sum(x_k * y_k) <= min(|x_P| (Cauchy-Schwarz), sum(x_k * maxw_k)) < t, where
// maxw_k is the largest weight term k has in any vector. So every pair at or above t shares at
// least one indexed term: the candidates are exact, not a guess.
import type { SparseVector } from './vectors.js';

/**
 * An index of vectors' suffixes, probed by later vectors (All-Pairs, streaming: no pair set is kept).
 * While probing it adds up the dot product over indexed terms; with the bound on the unindexed
 * prefix of the indexed vector, a vector is reported only when the two can still reach t.
 */
export class PrefixIndex {
  private readonly lists = new Map<number, { ids: number[]; ws: number[] }>();
  private readonly maxw: Float64Array;
  private readonly prefixBound: Float64Array;
  private readonly acc: Float64Array;
  private readonly stamp: Int32Array;
  private readonly touched: number[] = [];
  private probeNo = 0;

  constructor(
    private readonly df: readonly number[],
    private readonly t: number,
    /** Every vector that will be added (its position is its ID): for each term's largest weight. */
    all: readonly SparseVector[],
  ) {
    this.maxw = new Float64Array(df.length);
    for (const v of all) for (let k = 0; k < v.terms.length; k++) if (v.weights[k]! > this.maxw[v.terms[k]!]!) this.maxw[v.terms[k]!] = v.weights[k]!;
    this.prefixBound = new Float64Array(all.length);
    this.acc = new Float64Array(all.length);
    this.stamp = new Int32Array(all.length).fill(-1);
  }

  /** Calls `hit(i)` for each indexed vector whose similarity with v may reach t. */
  probe(v: SparseVector, hit: (i: number) => void): void {
    const no = this.probeNo++;
    this.touched.length = 0;
    // Rarest terms first. `rem` bounds what the terms not yet seen can add (All-Pairs' remscore):
    // a vector first met when rem plus its unindexed prefix cannot reach t never will, so it is
    // not admitted; the long lists of common terms, seen last, then only add to vectors admitted.
    const order = Array.from(v.terms.keys()).sort((a, b) => this.df[v.terms[a]!]! - this.df[v.terms[b]!]! || a - b);
    let rem = 0;
    for (let k = 0; k < v.terms.length; k++) rem += v.weights[k]! * this.maxw[v.terms[k]!]!;
    for (const k of order) {
      const w = v.weights[k]!;
      const list = this.lists.get(v.terms[k]!);
      if (list) {
        const { ids, ws } = list;
        const open = this.t - 1e-12 - rem;
        for (let q = 0; q < ids.length; q++) {
          const i = ids[q]!;
          if (this.stamp[i] !== no) {
            if (this.prefixBound[i]! < open) continue;
            this.stamp[i] = no;
            this.acc[i] = 0;
            this.touched.push(i);
          }
          this.acc[i] = this.acc[i]! + w * ws[q]!;
        }
      }
      rem -= w * this.maxw[v.terms[k]!]!;
    }
    for (const i of this.touched) if (this.acc[i]! + this.prefixBound[i]! >= this.t - 1e-12) hit(i);
  }

  /** Indexes v's suffix: the commonest terms are skipped while they alone cannot reach t. */
  add(id: number, v: SparseVector): void {
    const order = Array.from(v.terms.keys()).sort((a, b) => this.df[v.terms[b]!]! - this.df[v.terms[a]!]! || v.terms[a]! - v.terms[b]!);
    let mass = 0;
    let dot = 0;
    let skipping = true;
    for (const k of order) {
      const w = v.weights[k]!;
      if (skipping) {
        const m = mass + w * w;
        const d = dot + w * this.maxw[v.terms[k]!]!;
        if (Math.min(Math.sqrt(m), d) < this.t) {
          mass = m;
          dot = d;
          continue;
        }
        skipping = false;
        this.prefixBound[id] = Math.min(Math.sqrt(mass), dot);
      }
      const term = v.terms[k]!;
      let list = this.lists.get(term);
      if (!list) this.lists.set(term, (list = { ids: [], ws: [] }));
      list.ids.push(id);
      list.ws.push(w);
    }
  }
}

/**
 * Candidate pairs [i, j] (i < j, as keys i * n + j) that may reach cosine t; every pair that does
 * is among them. For small inputs and tests; find-overlaps streams instead of keeping the set.
 */
export function candidatePairs(
  vectors: readonly SparseVector[],
  df: readonly number[],
  t: number,
  keep: (i: number, j: number) => boolean = () => true,
): Set<number> {
  const n = vectors.length;
  const index = new PrefixIndex(df, t, vectors);
  const pairs = new Set<number>();
  vectors.forEach((v, j) => {
    index.probe(v, (i) => {
      if (keep(i, j)) pairs.add(i * n + j);
    });
    index.add(j, v);
  });
  return pairs;
}
