import { defineRule, findingAt } from '../rule.js';

export default defineRule({
  id: 'task/no-indicator',
  run({ plan }) {
    return plan.tasks.filter((t) => t.indicators.length === 0).map((t) => findingAt('task/no-indicator', t.src, { task: t.id }, '/id'));
  },
});
