import { defineRule, findingAt } from '../rule.js';
import { didYouMean } from '../did-you-mean.js';

export default defineRule({
  id: 'ref/unknown-department',
  run({ plan }) {
    const known = new Set(plan.departments.map((d) => d.id));
    return plan.indicators.flatMap((i) =>
      i.managedBy
        .map((department, k) => [department, k] as const)
        .filter(([department]) => !known.has(department))
        .map(([department, k]) => {
          const suggestion = didYouMean(department, known);
          return findingAt('ref/unknown-department', i.src, { indicator: i.id, department, ...(suggestion ? { suggestion } : {}) }, `/managed_by/${k}`);
        }),
    );
  },
});
