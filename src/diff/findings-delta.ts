// Findings a change introduces and fixes. Lines move between revisions, so findings are matched
// by rule, file and arguments, not by position.
import type { Diagnostic } from '../model/diagnostic.js';
import type { OverlapPair } from '../overlap/find-overlaps.js';
import type { Conflict } from '../overlap/conflicts.js';

export interface DeltaFinding {
  rule: string;
  severity: string;
  file: string;
  line: number;
  args: Readonly<Record<string, string | number>>;
}

const key = (d: DeltaFinding) => `${d.rule}\u0000${d.file}\u0000${JSON.stringify(d.args)}`;

export interface OverlapSide {
  pairs: readonly OverlapPair[];
  conflicts: readonly Conflict[];
  /** Task IDs of the side's plan, and the tasks each task replaces (`replaces`). */
  tasks: ReadonlySet<string>;
  replacedBy: ReadonlyMap<string, string>;
}

const conflictKey = (c: Conflict) =>
  `${c.kind}\u0000${c.tasks.join(',')}\u0000${c.indicator ?? ''}\u0000${c.kind === 'budget-cap' ? `${c.detail.team} ${c.detail.year}` : ''}`;
const conflictArgs = (c: Conflict): DeltaFinding['args'] => ({
  kind: c.kind,
  tasks: c.tasks.join(', '),
  ...(c.indicator ? { indicator: c.indicator } : {}),
  ...(c.kind === 'budget-cap' ? { team: String(c.detail.team), year: Number(c.detail.year), total: Number(c.detail.total), cap: Number(c.detail.cap) } : {}),
});

/**
 * Findings the head introduces and fixes: validation findings, overlapping pairs and conflicts.
 * A pair of the base that the head no longer reports is fixed, and says why: its tasks were merged
 * (one is gone, or replaced), a decision was recorded on it, or the tasks no longer look alike.
 */
export function findingsDelta(
  base: readonly Diagnostic[],
  head: readonly Diagnostic[],
  a: OverlapSide,
  b: OverlapSide,
): { introduced: DeltaFinding[]; fixed: DeltaFinding[] } {
  const slim = (d: Diagnostic): DeltaFinding => ({ rule: d.rule, severity: d.severity, file: d.file, line: d.line, args: d.args });
  const da = base.map(slim);
  const dh = head.map(slim);
  const ka = new Set(da.map(key));
  const kb = new Set(dh.map(key));
  const pairKey = (p: { a: string; b: string }) => `${p.a}\u0000${p.b}`;
  const seen = new Set(a.pairs.map(pairKey));
  const now = new Map(b.pairs.map((p) => [pairKey(p), p]));
  const pairFinding = (p: OverlapPair, extra: DeltaFinding['args'] = {}): DeltaFinding => ({
    rule: 'overlap',
    severity: 'warning',
    file: '',
    line: 0,
    args: { a: p.a, b: p.b, score: p.score, type: p.type, ...extra },
  });
  const newPairs = b.pairs.filter((p) => !seen.has(pairKey(p)) && !p.accepted).map((p) => pairFinding(p));
  const gonePairs = a.pairs
    .filter((p) => !p.accepted)
    .flatMap((p) => {
      const later = now.get(pairKey(p));
      if (later && !later.accepted) return [];
      const merged = [p.a, p.b].filter((t) => !b.tasks.has(t) || b.replacedBy.has(t));
      const why = later?.accepted
        ? `decision: ${later.decision ?? 'accepted'}`
        : merged.length > 0
          ? `merged: ${merged.map((t) => (b.replacedBy.has(t) ? `${t} into ${b.replacedBy.get(t)}` : `${t} removed`)).join(', ')}`
          : 'no longer alike';
      return [pairFinding(p, { why })];
    });
  const ca = new Set(a.conflicts.map(conflictKey));
  const cb = new Set(b.conflicts.map(conflictKey));
  const conflict = (c: Conflict): DeltaFinding => ({ rule: 'conflict', severity: 'warning', file: '', line: 0, args: conflictArgs(c) });
  return {
    introduced: [...dh.filter((d) => !ka.has(key(d))), ...newPairs, ...b.conflicts.filter((c) => !ca.has(conflictKey(c))).map(conflict)],
    fixed: [...da.filter((d) => !kb.has(key(d))), ...gonePairs, ...a.conflicts.filter((c) => !cb.has(conflictKey(c))).map(conflict)],
  };
}
