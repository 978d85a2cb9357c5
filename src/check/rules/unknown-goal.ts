import type { Finding } from '../../model/diagnostic.js';
import { defineRule, findingAt } from '../rule.js';
import { didYouMean } from '../did-you-mean.js';

export default defineRule({
  id: 'ref/unknown-goal',
  run({ plan, index }) {
    const out: Finding[] = [];
    const check = (owner: string, goal: string, src: Parameters<typeof findingAt>[1], sub: string) => {
      if (goal === '' || index.goals.has(goal)) return;
      const suggestion = didYouMean(goal, index.goals.keys());
      out.push(findingAt('ref/unknown-goal', src, { owner, goal, ...(suggestion ? { suggestion } : {}) }, sub));
    };
    for (const i of plan.indicators) check(i.id, i.goal, i.src, '/goal');
    for (const t of plan.tasks)
      t.alsoGoals.forEach((g, k) => {
        check(t.id, g, t.src, `/also_goals/${k}`);
      });
    return out;
  },
});
