import { defineRule, findingAt } from '../rule.js';

// Under `evaluation.weights: budget` a task without a budget for a year it runs would weigh 0 in
// that year's roll-ups while its indicators still count in coverage. score gives such a task the
// mean budget of the year's budgeted tasks (see README); this warning asks for the real figure.
export default defineRule({
  id: 'weights/no-budget',
  run({ plan }) {
    if (plan.evaluation.weights !== 'budget') return [];
    return plan.tasks.flatMap((t) => {
      if (!t.period) return [];
      const years: number[] = [];
      for (let y = t.period.start; y <= t.period.end && y - t.period.start < 200; y++) if (!t.budget.some(([by]) => by === y)) years.push(y);
      return years.length === 0 ? [] : [findingAt('weights/no-budget', t.src, { task: t.id, years: years.join(', '), count: years.length }, '/budget')];
    });
  },
});
