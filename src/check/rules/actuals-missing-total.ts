import { defineRule } from '../rule.js';
import { isTotal } from '../../model/plan.js';
import type { Finding } from '../../model/diagnostic.js';

// Rates and progress use the total (1.1): breakdown rows for a year without a total row leave that
// year unmeasured, though the numbers are there. The total is not summed from the breakdowns:
// shares and rates do not add up. Reported once per indicator and year, at its first row.
export default defineRule({
  id: 'actuals/missing-total',
  run({ plan }) {
    const totals = new Set<string>();
    for (const a of plan.actuals) if (isTotal(a) && a.value !== null) totals.add(`${a.indicator}\u0000${a.year}`);
    const seen = new Set<string>();
    const out: Finding[] = [];
    for (const a of plan.actuals) {
      if (isTotal(a)) continue;
      const key = `${a.indicator}\u0000${a.year}`;
      if (totals.has(key) || seen.has(key)) continue;
      seen.add(key);
      out.push({
        rule: 'actuals/missing-total',
        args: { row: a.line, indicator: a.indicator, year: a.year },
        file: a.file,
        path: `/rows/${a.line}`,
        line: a.line,
        column: 1,
      });
    }
    return out;
  },
});
