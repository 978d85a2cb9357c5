import { defineRule } from '../rule.js';
import { isTotal, type Actual } from '../../model/plan.js';
import type { Finding } from '../../model/diagnostic.js';

/** Units that count things (people, cases, places): a negative value is not a count. */
const COUNT_UNITS = /^(명|건|개|개소|곳|회|가구|호|대|척|인|persons?|people|cases?|count|households?|places?|units?|times|events?|vehicles?)$/i;
const PERCENT = /^(%|퍼센트|percent)$/i;
const JUMP = 10;

// Values that are possible to write but unlikely to be true (1.1): a percentage outside 0..100, a
// negative count, a value for a year after its task ended, a jump of more than tenfold from the
// year before. Warnings: the evaluation committee decides, sdplan only points.
export default defineRule({
  id: 'actuals/implausible',
  run({ plan, index }) {
    const out: Finding[] = [];
    const at = (a: Actual, problem: string, extra: Record<string, string | number> = {}) =>
      out.push({
        rule: 'actuals/implausible',
        args: { row: a.line, indicator: a.indicator, year: a.year, value: a.value!, problem, ...extra },
        file: a.file,
        path: `/rows/${a.line}/value`,
        line: a.line,
        column: 1,
      });
    const series = new Map<string, Actual[]>();
    for (const a of plan.actuals) {
      if (a.value === null) continue;
      const si = index.indicators.get(a.indicator);
      const pi = index.performance.get(a.indicator);
      const ind = si ?? pi;
      if (!ind) continue;
      const unit = ind.unit.trim();
      if (PERCENT.test(unit) && (a.value < 0 || a.value > 100)) at(a, 'percent');
      else if (COUNT_UNITS.test(unit) && a.value < 0) at(a, 'negative-count');
      const task = pi ? index.tasks.get(pi.task) : undefined;
      if (task?.period && a.year > task.period.end) at(a, 'after-task', { end: task.period.end });
      if (isTotal(a)) {
        let s = series.get(a.indicator);
        if (!s) series.set(a.indicator, (s = []));
        s.push(a);
      }
    }
    for (const rows of series.values()) {
      rows.sort((x, y) => x.year - y.year);
      for (let k = 1; k < rows.length; k++) {
        const [p, a] = [rows[k - 1]!, rows[k]!];
        if (a.year !== p.year + 1 || p.value === 0 || a.value === 0) continue;
        const ratio = Math.abs(a.value! / p.value!);
        if (ratio > JUMP || ratio < 1 / JUMP) at(a, 'jump', { previous: p.value!, previousYear: p.year });
      }
    }
    return out;
  },
});
