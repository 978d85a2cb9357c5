import { defineRule, findingAt } from '../rule.js';
import { bodyCompositions } from '../../model/governance-composition.js';

// Korean committee rules (and the council's own bylaws) cap any one gender's share of a body.
export default defineRule({
  id: 'governance/gender-share',
  run({ plan }) {
    const g = plan.governance;
    if (!g || g.maxGenderShare === undefined) return [];
    const max = g.maxGenderShare;
    return bodyCompositions(g).flatMap((c, i) =>
      c.genderOver
        ? [
            findingAt(
              'governance/gender-share',
              g.bodies[i]!.src,
              { body: c.id, gender: c.genderOver.key, count: c.genderOver.count, total: c.members, share: c.genderOver.share, max },
              '/members',
            ),
          ]
        : [],
    );
  },
});
