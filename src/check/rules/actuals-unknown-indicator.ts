import { defineRule, rowCap } from '../rule.js';
import { suggester } from '../did-you-mean.js';
import { lineageOf, replacedTaskOf } from '../../model/lineage.js';
import type { Finding } from '../../model/diagnostic.js';

// Actuals of indicators the plan no longer defines. An indicator that another one continues
// (`replaces`) is history and no finding; one that belonged to a replaced task is history that
// nothing continues (actuals/replaced-history, info); anything else is unknown. The known IDs are
// listed once and each distinct unknown ID is looked up once, however many rows name it.
export default defineRule({
  id: 'actuals/unknown-indicator',
  run({ plan, index, limit }) {
    const cap = rowCap(limit);
    const lineage = lineageOf(plan);
    let suggest: ((id: string) => string | undefined) | undefined;
    const verdicts = new Map<string, { rule: Finding['rule']; args: Record<string, string> }>();
    const verdictOf = (id: string) => {
      let v = verdicts.get(id);
      if (v) return v;
      const replaced = replacedTaskOf(id, lineage);
      if (replaced) v = { rule: 'actuals/replaced-history', args: { task: replaced.task, replacedBy: replaced.by } };
      else {
        suggest ??= suggester([...index.indicators.keys(), ...index.performance.keys(), ...lineage.continuedBy.keys()]);
        const suggestion = suggest(id);
        // a near miss of an old ID: name the indicator that continues it
        const continuedBy = suggestion === undefined ? undefined : lineage.continuedBy.get(suggestion);
        v = { rule: 'actuals/unknown-indicator', args: { ...(suggestion ? { suggestion } : {}), ...(continuedBy ? { continuedBy } : {}) } };
      }
      verdicts.set(id, v);
      return v;
    };
    const findings: Finding[] = [];
    for (const a of plan.actuals) {
      if (index.indicators.has(a.indicator) || index.performance.has(a.indicator) || lineage.continuedBy.has(a.indicator)) continue;
      const v = verdictOf(a.indicator);
      if (!cap.add(v.rule, a.file)) continue;
      findings.push({
        rule: v.rule,
        args: { row: a.line, indicator: a.indicator, ...v.args },
        file: a.file,
        path: `/rows/${a.line}/indicator`,
        line: a.line,
        column: 1,
      });
    }
    cap.done();
    return findings;
  },
});
