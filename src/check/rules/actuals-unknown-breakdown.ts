import { defineRule } from '../rule.js';
import type { Finding } from '../../model/diagnostic.js';

// A breakdown value that its dimension does not allow (1.1): `sex: woman` where plan.yaml lists
// female and male. Such a row would form a breakdown of its own and never add up.
export default defineRule({
  id: 'actuals/unknown-breakdown',
  run({ plan }) {
    const allowed = new Map(plan.dimensions.map((d) => [d.id, new Set(d.values)]));
    const out: Finding[] = [];
    for (const a of plan.actuals) {
      for (const [dimension, value] of Object.entries(a.breakdown)) {
        if (allowed.get(dimension)?.has(value)) continue;
        out.push({
          rule: 'actuals/unknown-breakdown',
          args: { row: a.line, indicator: a.indicator, dimension, value, allowed: [...(allowed.get(dimension) ?? [])].join(', ') },
          file: a.file,
          path: `/rows/${a.line}/${dimension}`,
          line: a.line,
          column: 1,
        });
      }
    }
    return out;
  },
});
