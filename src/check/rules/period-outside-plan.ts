import { defineRule, findingAt } from '../rule.js';

export default defineRule({
  id: 'period/outside-plan',
  run({ plan }) {
    const { start, end } = plan.period;
    return plan.tasks.flatMap((t) => {
      if (!t.period) return [];
      if (t.period.start > t.period.end) {
        return [findingAt('period/outside-plan', t.src, { task: t.id, problem: 'reversed', start: t.period.start, end: t.period.end }, '/period')];
      }
      if (t.period.start < start || t.period.end > end) {
        return [
          findingAt(
            'period/outside-plan',
            t.src,
            { task: t.id, problem: 'outside', start: t.period.start, end: t.period.end, planStart: start, planEnd: end },
            '/period',
          ),
        ];
      }
      return [];
    });
  },
});
