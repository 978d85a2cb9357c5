import { defineRule, findingAt } from '../rule.js';

// A quantitative indicator needs its unit (1.1: qualitative, monitoring and future ones may omit
// it): a number without a unit cannot be compared, charted or reported.
export default defineRule({
  id: 'unit/missing',
  run({ plan }) {
    return [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)]
      .filter((i) => i.kind === 'quantitative' && i.unit.trim() === '')
      .map((i) => findingAt('unit/missing', i.src, { indicator: i.id }, '', undefined));
  },
});
