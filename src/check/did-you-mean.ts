// "Did you mean …?": the closest known name within a small edit distance.

export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Math.max(a.length, b.length));
}

// two rows reused by every call: a suggestion search makes thousands of calls
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Levenshtein distance if it is at most `limit`, else limit + 1. Only the band of cells within
 * `limit` of the diagonal can hold a distance that small (Ukkonen), so the cost is O(n * limit).
 */
function boundedDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  if (rowA.length <= b.length) [rowA, rowB] = [new Int32Array(b.length * 2 + 2), new Int32Array(b.length * 2 + 2)];
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(b.length, i + limit);
    cur[0] = i <= limit ? i : over;
    if (lo > 1) cur[lo - 1] = over;
    let best = cur[0]!;
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost, over);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (hi < b.length) cur[hi + 1] = over;
    if (best > limit) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length]!, over);
}

/** Bigrams of a string with their counts. */
function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/**
 * A lookup built once for many names. Candidates are filtered by the q-gram lemma (Ukkonen 1992):
 * two strings within edit distance k share at least max(|a|, |b|) - 1 - 2k bigrams (counted with
 * multiplicity), so only candidates that share enough bigrams, found through an inverted index,
 * are compared by the banded edit distance; a candidate the lemma cannot rule out (short ones) is
 * always compared.
 */
export function suggester(candidates: Iterable<string>): (name: string) => string | undefined {
  const list = [...new Set(candidates)].map((original) => ({ original, lower: original.toLowerCase() }));
  const postings = new Map<string, Array<[index: number, count: number]>>();
  const byLength = new Map<number, number[]>();
  list.forEach((c, k) => {
    for (const [g, n] of bigrams(c.lower)) {
      let p = postings.get(g);
      if (!p) postings.set(g, (p = []));
      p.push([k, n]);
    }
    let b = byLength.get(c.lower.length);
    if (!b) byLength.set(c.lower.length, (b = []));
    b.push(k);
  });
  const shared = new Int32Array(list.length);
  return (name) => {
    const lower = name.toLowerCase();
    const n = lower.length;
    const limit = Math.max(1, Math.floor(name.length / 3));
    const touched: number[] = [];
    for (const [g, q] of bigrams(lower)) {
      for (const [k, m] of postings.get(g) ?? []) {
        if (shared[k] === 0) touched.push(k);
        shared[k]! += Math.min(q, m);
      }
    }
    // short candidates that the lemma cannot rule out, whatever they share
    for (let len = Math.max(0, n - limit); len <= n + limit && Math.max(len, n) - 1 - 2 * limit <= 0; len++) {
      for (const k of byLength.get(len) ?? []) if (shared[k] === 0) touched.push(k);
    }
    // most shared bigrams first (a bucket per count): a close candidate found early tightens the
    // bound for the rest
    const buckets: number[][] = Array.from({ length: n + 1 }, () => []);
    for (const k of touched) buckets[Math.min(n, shared[k]!)]!.push(k);
    let best: string | undefined;
    let bestD = limit + 1;
    for (let b = n; b >= 0; b--)
      for (const k of buckets[b]!) {
        const c = list[k]!;
        const bound = Math.min(limit, bestD);
        if (Math.abs(c.lower.length - n) > bound || shared[k]! < Math.max(c.lower.length, n) - 1 - 2 * bound) continue;
        const d = boundedDistance(lower, c.lower, bound);
        // ties: the first in sorted order
        if (d < bestD || (d === bestD && d <= limit && best !== undefined && c.original < best)) {
          best = c.original;
          bestD = d;
        }
      }
    for (const k of touched) shared[k] = 0;
    return bestD <= limit ? best : undefined;
  };
}

/** The candidate nearest to `name` (ties: the first in sorted order), if close enough to be a typo. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  return suggester(candidates)(name);
}
