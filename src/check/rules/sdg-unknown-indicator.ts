import { defineRule, findingAt } from '../rule.js';

export default defineRule({
  id: 'sdg/unknown-indicator',
  run({ plan, sdg }) {
    return plan.indicators
      .filter((i) => i.sdgIndicator !== undefined && !sdg.indicators.has(i.sdgIndicator))
      .map((i) => findingAt('sdg/unknown-indicator', i.src, { indicator: i.id, code: i.sdgIndicator ?? '' }, '/sdg_indicator'));
  },
});
