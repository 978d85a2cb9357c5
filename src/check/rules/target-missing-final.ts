import { defineRule, findingAt } from '../rule.js';

// Without a target for the task's last year, the task's end result cannot be evaluated.
export default defineRule({
  id: 'target/missing-final',
  run({ plan }) {
    return plan.tasks.flatMap((t) => {
      if (!t.period) return [];
      const last = t.period.end;
      return t.indicators
        .filter((i) => i.targets.length > 0 && !i.targets.some(([y]) => y === last))
        .map((i) => findingAt('target/missing-final', i.src, { indicator: i.id, task: t.id, year: last }, '/targets'));
    });
  },
});
