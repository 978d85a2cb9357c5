import { defineRule, findingAt } from '../rule.js';

export default defineRule({
  id: 'weight/invalid',
  run({ plan }) {
    return plan.tasks.flatMap((t) =>
      t.indicators
        .filter((i) => !(Number.isFinite(i.weight) && i.weight > 0))
        .map((i) => findingAt('weight/invalid', i.src, { indicator: i.id, weight: String(i.weight) }, '/weight')),
    );
  },
});
