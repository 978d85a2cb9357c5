import { defineRule, findingAt } from '../rule.js';
import { suggester } from '../did-you-mean.js';

// An indicator's `disaggregation` names the breakdowns it should report (1.1); each must be a
// dimension of plan.yaml, or the "leave no one behind" table could never show it as available.
export default defineRule({
  id: 'ref/unknown-dimension',
  run({ plan }) {
    const known = new Set(plan.dimensions.map((d) => d.id));
    const suggest = suggester(known);
    return [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)].flatMap((i) =>
      i.disaggregation.flatMap((dimension, k) => {
        if (known.has(dimension)) return [];
        const suggestion = suggest(dimension);
        return [findingAt('ref/unknown-dimension', i.src, { indicator: i.id, dimension, ...(suggestion ? { suggestion } : {}) }, `/disaggregation/${k}`)];
      }),
    );
  },
});
