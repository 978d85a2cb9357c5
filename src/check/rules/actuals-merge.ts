import { historyOf } from '../../model/lineage.js';
import type { Finding } from '../../model/diagnostic.js';
import { defineRule } from '../rule.js';

// An indicator that continues several (`replaces`) takes one value a year from them. Two values
// for a year it has none of its own for, and no `combine` to say how they make one, would
// otherwise be one picked silently (actuals/merge-conflict, at each later value's row); under
// `combine: sum`, a year some of them lack is a part of the total (actuals/merge-partial).
export default defineRule({
  id: 'actuals/merge-conflict',
  run({ plan }) {
    const out: Finding[] = [];
    for (const p of historyOf(plan).problems) {
      if (p.kind === 'partial') {
        out.push({
          rule: 'actuals/merge-partial',
          args: { indicator: p.indicator, year: p.year, given: p.given.join(', '), missing: p.missing.join(', ') },
          file: p.src.file,
          path: `${p.src.pointer}/combine`,
        });
        continue;
      }
      const [first, ...rest] = p.values;
      for (const v of rest) {
        out.push({
          rule: 'actuals/merge-conflict',
          args: {
            continuing: p.indicator,
            year: p.year,
            row: v.row.line,
            indicator: v.indicator,
            value: v.value,
            otherIndicator: first!.indicator,
            otherValue: first!.value,
            otherFile: first!.row.file,
            otherRow: first!.row.line,
          },
          file: v.row.file,
          path: `/rows/${v.row.line}/value`,
          line: v.row.line,
          column: 1,
        });
      }
    }
    return out;
  },
});
