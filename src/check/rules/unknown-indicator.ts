import { defineRule, findingAt } from '../rule.js';
import { didYouMean } from '../did-you-mean.js';

export default defineRule({
  id: 'ref/unknown-indicator',
  run({ plan, index }) {
    return plan.tasks.flatMap((t) =>
      t.effects
        .filter((e) => !index.indicators.has(e.indicator))
        .map((e) => {
          const suggestion = didYouMean(e.indicator, index.indicators.keys());
          return findingAt('ref/unknown-indicator', e.src, { task: t.id, indicator: e.indicator, ...(suggestion ? { suggestion } : {}) }, '/indicator');
        }),
    );
  },
});
