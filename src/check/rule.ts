// The shape of a cross-reference rule: one file per rule, listed in rules/index.ts.
import type { Finding, DiagArgs } from '../model/diagnostic.js';
import type { Plan, Source } from '../model/plan.js';
import type { RuleId } from '../model/rule-ids.js';
import type { PlanIndex } from './plan-index.js';
import type { SdgCatalog } from '../sdg/catalog.js';
import type { EvaluationRecord } from '../model/evaluation-record.js';

interface RuleContext {
  plan: Plan;
  index: PlanIndex;
  sdg: SdgCatalog;
  /** Recorded evaluations (evaluations/*.yaml) that match their schema. */
  records?: readonly EvaluationRecord[];
  /**
   * A rule that can report every row of a CSV file makes at most `cap` findings of one rule in one
   * file (the first rows) and counts the others with `omit`, building nothing for them.
   */
  limit?: RowLimit;
}

export interface RowLimit {
  cap: number;
  omit(rule: RuleId, file: string, count: number): void;
}

/**
 * Row findings under a RowLimit: `add` says whether to build the finding of a row of `file` (the
 * first `cap` of each rule and file); the rest are counted and handed to `omit` at `done`.
 */
export function rowCap(limit: RowLimit | undefined): { add(rule: RuleId, file: string): boolean; done(): void } {
  if (!limit) return { add: () => true, done: () => undefined };
  const seen = new Map<RuleId, Map<string, number>>();
  return {
    add(rule, file) {
      let byFile = seen.get(rule);
      if (!byFile) seen.set(rule, (byFile = new Map()));
      const n = (byFile.get(file) ?? 0) + 1;
      byFile.set(file, n);
      return n <= limit.cap;
    },
    done() {
      for (const [rule, byFile] of seen) for (const [file, n] of byFile) if (n > limit.cap) limit.omit(rule, file, n - limit.cap);
    },
  };
}

export interface Rule {
  id: RuleId;
  run(ctx: RuleContext): Finding[];
}

/** Identity helper: gives a rule object its type where it is written. */
export const defineRule = (rule: Rule): Rule => rule;

/** A finding at an entity's source, or at one of its fields (`sub` is a JSON pointer suffix). */
export function findingAt(rule: RuleId, src: Source, args: DiagArgs, sub = '', related?: Source): Finding {
  const f: Finding = { rule, args, file: src.file, path: src.pointer + sub };
  if (related) f.related = related;
  return f;
}
