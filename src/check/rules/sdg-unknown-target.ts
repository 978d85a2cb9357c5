import { defineRule, findingAt } from '../rule.js';

export default defineRule({
  id: 'sdg/unknown-target',
  run({ plan, sdg }) {
    return plan.goals.flatMap((g) =>
      g.sdgTargets
        .map((code, k) => [code, k] as const)
        .filter(([code]) => !sdg.targets.has(code))
        .map(([code, k]) => findingAt('sdg/unknown-target', g.src, { goal: g.id, target: code }, `/sdg_targets/${k}`)),
    );
  },
});
