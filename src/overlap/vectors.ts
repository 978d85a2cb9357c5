// TF-IDF vectors, normalised, and their cosine similarity. Words that most documents share (the
// plan's own boilerplate: 지원, 사업, support) get an IDF near 0 and weigh little.

/** A sparse unit vector: parallel arrays of term IDs (ascending) and weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

export class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly df: number[] = [];
  readonly names: string[] = [];
  id(token: string): number {
    let i = this.ids.get(token);
    if (i === undefined) {
      i = this.df.length;
      this.ids.set(token, i);
      this.df.push(0);
      this.names.push(token);
    }
    return i;
  }
}

/** Builds unit TF-IDF vectors for documents given as token lists (tf = 1 + ln count, idf = ln((1+N)/(1+df))). */
export function tfidf(docs: ReadonlyArray<readonly string[]>, vocab = new Vocabulary()): { vectors: SparseVector[]; vocab: Vocabulary } {
  const counts = docs.map((tokens) => {
    const c = new Map<number, number>();
    for (const t of tokens) {
      const id = vocab.id(t);
      c.set(id, (c.get(id) ?? 0) + 1);
    }
    for (const id of c.keys()) vocab.df[id]!++;
    return c;
  });
  const N = docs.length;
  const vectors = counts.map((c) => {
    const terms = [...c.keys()].sort((a, b) => a - b);
    const weights = new Float64Array(terms.length);
    let norm = 0;
    terms.forEach((t, i) => {
      const w = (1 + Math.log(c.get(t)!)) * (Math.log((1 + N) / (1 + vocab.df[t]!)) + 1);
      weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { terms: Int32Array.from(terms), weights };
  });
  return { vectors, vocab };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) s += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return Math.min(1, s);
}

/** The shared terms that weigh most in the similarity, for the reason's detail. */
export function topShared(a: SparseVector, b: SparseVector, vocab: Vocabulary, n: number, keep: (token: string) => boolean = () => true): string[] {
  const names = vocab.names;
  const shared: Array<[string, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) {
      if (keep(names[x]!)) shared.push([names[x]!, a.weights[i]! * b.weights[j]!]);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared
    .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
    .slice(0, n)
    .map(([t]) => t);
}
