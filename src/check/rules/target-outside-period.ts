import { defineRule, findingAt } from '../rule.js';

export default defineRule({
  id: 'target/outside-period',
  run({ plan }) {
    return plan.tasks.flatMap((t) => {
      const period = t.period ?? plan.period;
      return t.indicators.flatMap((i) =>
        i.targets
          .filter(([year]) => year < period.start || year > period.end)
          .map(([year]) =>
            findingAt('target/outside-period', i.src, { indicator: i.id, task: t.id, year, start: period.start, end: period.end }, `/targets/${year}`),
          ),
      );
    });
  },
});
