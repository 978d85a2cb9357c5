import { defineRule, findingAt } from '../rule.js';
import { didYouMean } from '../did-you-mean.js';

export default defineRule({
  id: 'ref/unknown-strategy',
  run({ plan, index }) {
    return plan.tasks
      .filter((t) => t.strategy !== '' && !index.strategies.has(t.strategy))
      .map((t) => {
        const suggestion = didYouMean(t.strategy, index.strategies.keys());
        return findingAt('ref/unknown-strategy', t.src, { task: t.id, strategy: t.strategy, ...(suggestion ? { suggestion } : {}) }, '/strategy');
      });
  },
});
