import { defineRule } from '../rule.js';
import { didYouMean } from '../did-you-mean.js';

export default defineRule({
  id: 'actuals/unknown-indicator',
  run({ plan, index }) {
    const known = () => [...index.indicators.keys(), ...index.performance.keys()];
    return plan.actuals
      .filter((a) => !index.indicators.has(a.indicator) && !index.performance.has(a.indicator))
      .map((a) => {
        const suggestion = didYouMean(a.indicator, known());
        return {
          rule: 'actuals/unknown-indicator' as const,
          args: { row: a.line, indicator: a.indicator, ...(suggestion ? { suggestion } : {}) },
          file: a.file,
          path: `/rows/${a.line}/indicator`,
          line: a.line,
          column: 1,
        };
      });
  },
});
