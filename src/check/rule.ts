// The shape of a cross-reference rule: one file per rule, listed in rules/index.ts.
import type { Finding, DiagArgs } from '../model/diagnostic.js';
import type { Plan, Source } from '../model/plan.js';
import type { RuleId } from '../model/rule-ids.js';
import type { PlanIndex } from './plan-index.js';
import type { SdgCatalog } from '../sdg/catalog.js';
import type { EvaluationRecord } from '../model/evaluation-record.js';

export interface RuleContext {
  plan: Plan;
  index: PlanIndex;
  sdg: SdgCatalog;
  /** Recorded evaluations (evaluations/*.yaml) that match their schema. */
  records?: readonly EvaluationRecord[];
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
