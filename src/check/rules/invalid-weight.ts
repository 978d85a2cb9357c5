import { defineRule, findingAt } from '../rule.js';

// A weight that is not a finite number (text, .nan, .inf) is reported by the schema check, with
// the number to write; this rule reports the numbers that cannot weigh: zero and below.

export default defineRule({
  id: 'weight/invalid',
  run({ plan }) {
    return plan.tasks.flatMap((t) =>
      t.indicators
        .filter((i) => Number.isFinite(i.weight) && i.weight <= 0)
        .map((i) => findingAt('weight/invalid', i.src, { indicator: i.id, weight: String(i.weight) }, '/weight')),
    );
  },
});
