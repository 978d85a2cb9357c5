import { defineRule, findingAt } from '../rule.js';
import { bodyCompositions } from '../../model/governance-composition.js';

// An evaluation committee of mostly external experts is what makes the evaluation credible.
export default defineRule({
  id: 'governance/external-share',
  run({ plan }) {
    const g = plan.governance;
    if (!g) return [];
    return bodyCompositions(g).flatMap((c, i) =>
      c.externalUnder
        ? [
            findingAt(
              'governance/external-share',
              g.bodies[i]!.src,
              { body: c.id, external: c.external, total: c.members, share: c.externalShare, min: c.minExternal! },
              '/members',
            ),
          ]
        : [],
    );
  },
});
