import { defineRule, findingAt } from '../rule.js';

export default defineRule({
  id: 'goal/no-task',
  run({ plan, index }) {
    const served = new Set<string>();
    for (const t of plan.tasks) {
      const s = index.strategies.get(t.strategy);
      if (s) served.add(s.goal);
      for (const g of t.alsoGoals) served.add(g);
    }
    return plan.goals.filter((g) => !served.has(g.id)).map((g) => findingAt('goal/no-task', g.src, { goal: g.id }, '/id'));
  },
});
