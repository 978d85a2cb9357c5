import { defineRule } from '../rule.js';

// A value for a year before the plan is allowed when it is the indicator's baseline year.
export default defineRule({
  id: 'actuals/year-outside-plan',
  run({ plan, index }) {
    const { start, end } = plan.period;
    return plan.actuals
      .filter((a) => {
        if (a.year >= start && a.year <= end) return false;
        const ind = index.indicators.get(a.indicator) ?? index.performance.get(a.indicator);
        return !(ind?.baseline && ind.baseline.year === a.year) && a.year !== plan.baseYear;
      })
      .map((a) => ({
        rule: 'actuals/year-outside-plan' as const,
        args: { row: a.line, indicator: a.indicator, year: a.year, start, end },
        file: a.file,
        path: `/rows/${a.line}/year`,
        line: a.line,
        column: 1,
      }));
  },
});
