import { defineRule, findingAt } from '../rule.js';
import { didYouMean } from '../did-you-mean.js';

export default defineRule({
  id: 'ref/unknown-task',
  run({ plan, index }) {
    return plan.acceptedOverlaps.flatMap((a) =>
      a.tasks
        .map((task, k) => [task, k] as const)
        .filter(([task]) => !index.tasks.has(task))
        .map(([task, k]) => {
          const suggestion = didYouMean(task, index.tasks.keys());
          return findingAt('ref/unknown-task', a.src, { task, ...(suggestion ? { suggestion } : {}) }, `/tasks/${k}`);
        }),
    );
  },
});
