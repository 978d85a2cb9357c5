import { defineRule } from '../rule.js';
import { didYouMean } from '../did-you-mean.js';

// scored_by names the body (a subcommittee) that scored the row; checked only when the plan has
// governance.yaml, since plans without one name bodies freely.
export default defineRule({
  id: 'interactions/unknown-body',
  run({ plan }) {
    if (!plan.governance) return [];
    const bodies = plan.governance.bodies.map((b) => b.id);
    return plan.interactions.flatMap((x) => {
      if (x.scoredBy === '' || bodies.includes(x.scoredBy)) return [];
      const hint = didYouMean(x.scoredBy, bodies);
      return [
        {
          rule: 'interactions/unknown-body' as const,
          args: { row: x.line, body: x.scoredBy, ...(hint ? { suggestion: hint } : {}) },
          file: x.file,
          path: `/rows/${x.line}/scored_by`,
          line: x.line,
          column: 1,
        },
      ];
    });
  },
});
