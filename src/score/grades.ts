// Grades: by bands (the first band, highest first, whose min the rate reaches), or relative by
// quota among teams, as Korean performance-pay schemes do.
import type { GradeBand } from '../model/plan.js';

export function gradeByBands(rate: number | null, bands: readonly GradeBand[]): string | null {
  if (rate === null) return null;
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  // Rates are rounded to 1e-9 first so 0.9000000001 and 0.8999999999 from float sums grade alike.
  const r = Math.round(rate * 1e9) / 1e9;
  return sorted.find((b) => r >= b.min)?.grade ?? null;
}

/**
 * Ranks by rate (highest first) and hands out grades by quota, in the quota's order (best first).
 * The k-th grade covers positions up to round(n * cumulative share). Ties share the better grade.
 * Items without a rate get no grade.
 */
export function gradeByQuota(items: ReadonlyArray<{ id: string; rate: number | null }>, quota: Readonly<Record<string, number>>): Map<string, string> {
  const ranked = items.filter((i) => i.rate !== null).sort((a, b) => b.rate! - a.rate! || (a.id < b.id ? -1 : 1));
  const grades = Object.entries(quota);
  const n = ranked.length;
  const out = new Map<string, string>();
  let cumulative = 0;
  const bounds = grades.map(([g, share]) => {
    cumulative += share;
    return [g, Math.round(n * cumulative)] as const;
  });
  ranked.forEach((item, pos) => {
    const prev = ranked[pos - 1];
    if (prev && prev.rate === item.rate) {
      out.set(item.id, out.get(prev.id)!);
      return;
    }
    const grade = bounds.find(([, upTo]) => pos < upTo)?.[0] ?? grades[grades.length - 1]?.[0];
    if (grade !== undefined) out.set(item.id, grade);
  });
  return out;
}
