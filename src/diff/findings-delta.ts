// Findings a change introduces and fixes. Lines move between revisions, so findings are matched
// by rule, file and arguments, not by position.
import type { Diagnostic } from '../model/diagnostic.js';
import type { OverlapPair } from '../overlap/find-overlaps.js';

export interface DeltaFinding {
  rule: string;
  severity: string;
  file: string;
  line: number;
  args: Readonly<Record<string, string | number>>;
}

const key = (d: DeltaFinding) => `${d.rule}\u0000${d.file}\u0000${JSON.stringify(d.args)}`;

export function findingsDelta(base: readonly Diagnostic[], head: readonly Diagnostic[], baseOverlaps: readonly OverlapPair[], headOverlaps: readonly OverlapPair[]): { introduced: DeltaFinding[]; fixed: DeltaFinding[] } {
  const slim = (d: Diagnostic): DeltaFinding => ({ rule: d.rule, severity: d.severity, file: d.file, line: d.line, args: d.args });
  const a = base.map(slim);
  const b = head.map(slim);
  const ka = new Set(a.map(key));
  const kb = new Set(b.map(key));
  const pairKey = (p: OverlapPair) => `${p.a}\u0000${p.b}`;
  const seen = new Set(baseOverlaps.map(pairKey));
  const newPairs: DeltaFinding[] = headOverlaps
    .filter((p) => !seen.has(pairKey(p)) && !p.accepted)
    .map((p) => ({ rule: 'overlap', severity: 'warning', file: '', line: 0, args: { a: p.a, b: p.b, score: p.score } }));
  return { introduced: [...b.filter((d) => !ka.has(key(d))), ...newPairs], fixed: a.filter((d) => !kb.has(key(d))) };
}
