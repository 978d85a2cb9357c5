import { breakdownKey } from '../../model/plan.js';
import type { Actual } from '../../model/plan.js';
import { defineRule, rowCap } from '../rule.js';

// The same value twice is harmless (two exports of one source); two different values mean
// nobody knows which one the evaluation should use.
export default defineRule({
  id: 'actuals/conflict',
  run({ plan, limit }) {
    const first = new Map<string, Actual>();
    const cap = rowCap(limit);
    const found = plan.actuals.flatMap((a) => {
      // one value per indicator, year and breakdown (1.1): a total and its breakdowns coexist
      const key = `${a.indicator}\u0000${a.year}\u0000${breakdownKey(a)}`;
      const prior = first.get(key);
      if (!prior) {
        first.set(key, a);
        return [];
      }
      if (prior.value === a.value || !cap.add('actuals/conflict', a.file)) return [];
      return [
        {
          rule: 'actuals/conflict' as const,
          args: {
            row: a.line,
            indicator: a.indicator,
            year: a.year,
            breakdown: breakdownText(a),
            value: a.value === null ? '(empty)' : a.value,
            otherValue: prior.value === null ? '(empty)' : prior.value,
            otherFile: prior.file,
            otherRow: prior.line,
          },
          file: a.file,
          path: `/rows/${a.line}/value`,
          line: a.line,
          column: 1,
        },
      ];
    });
    cap.done();
    return found;
  },
});

/** The breakdown as written in a message: `sex=female, age=65+`, or '' for the total. */
function breakdownText(a: Actual): string {
  return Object.keys(a.breakdown)
    .sort()
    .map((k) => `${k}=${a.breakdown[k]}`)
    .join(', ');
}
