import { defineRule, findingAt } from '../rule.js';

// An evaluation committee of mostly external experts is what makes the evaluation credible.
export default defineRule({
  id: 'governance/external-share',
  run({ plan }) {
    const g = plan.governance;
    if (!g) return [];
    return g.bodies.flatMap((b) => {
      const min = g.minExternalShare[b.kind];
      const total = b.members.length;
      if (min === undefined || total === 0) return [];
      const external = b.members.filter((m) => m.external === true).length;
      if (external / total >= min - 1e-12) return [];
      return [findingAt('governance/external-share', b.src, { body: b.id, external, total, share: external / total, min }, '/members')];
    });
  },
});
