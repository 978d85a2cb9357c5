import { defineRule, findingAt } from '../rule.js';

export default defineRule({
  id: 'strategy/no-task',
  run({ plan }) {
    const used = new Set(plan.tasks.map((t) => t.strategy));
    return plan.strategies.filter((s) => !used.has(s.id)).map((s) => findingAt('strategy/no-task', s.src, { strategy: s.id }, '/id'));
  },
});
