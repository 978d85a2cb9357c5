// All pairs of unit vectors with cosine >= t, without comparing all pairs (the All-Pairs prefix
// filter of Bayardo, Ma and Srikant, 2007). Terms of each vector are taken commonest first; the
// leading terms whose squared weights sum below t^2 are left out of the index, because by
// Cauchy-Schwarz they alone cannot make a similarity of t: every pair at or above t shares at
// least one indexed term. So the candidates are exact, not a guess.
import type { SparseVector } from './vectors.js';

/**
 * Candidate pairs [i, j] (i < j, as a set of keys i * n + j) that may reach cosine t; every pair
 * that does is among them. `df` orders terms (commonest first).
 */
export function candidatePairs(vectors: readonly SparseVector[], df: readonly number[], t: number, keep: (i: number, j: number) => boolean = () => true): Set<number> {
  const n = vectors.length;
  const index = new Map<number, number[]>();
  const pairs = new Set<number>();
  const t2 = t * t;
  for (let j = 0; j < n; j++) {
    const v = vectors[j]!;
    // probe with every term of v against what earlier vectors indexed
    for (let k = 0; k < v.terms.length; k++) {
      const list = index.get(v.terms[k]!);
      if (!list) continue;
      for (const i of list) if (i !== j && keep(i, j)) pairs.add(i * n + j);
    }
    // index v's suffix: skip the commonest terms while their squared mass stays below t^2
    const order = Array.from(v.terms.keys()).sort((a, b) => df[v.terms[b]!]! - df[v.terms[a]!]! || v.terms[a]! - v.terms[b]!);
    let mass = 0;
    for (const k of order) {
      const w = v.weights[k]!;
      if (mass + w * w < t2) {
        mass += w * w;
        continue;
      }
      const term = v.terms[k]!;
      let list = index.get(term);
      if (!list) index.set(term, (list = []));
      list.push(j);
    }
  }
  return pairs;
}
