import type { Interaction } from '../../model/plan.js';
import { defineRule } from '../rule.js';

// One score per directed pair: a second row would make the matrix depend on row order.
// (A -> B and B -> A are two interactions; both may be scored.)
export default defineRule({
  id: 'interactions/duplicate',
  run({ plan }) {
    const first = new Map<string, Interaction>();
    return plan.interactions.flatMap((x) => {
      const key = `${x.from}\u0000${x.to}`;
      const prior = first.get(key);
      if (!prior) {
        first.set(key, x);
        return [];
      }
      return [
        {
          rule: 'interactions/duplicate' as const,
          args: { row: x.line, from: x.from, to: x.to, score: x.score, otherRow: prior.line, otherScore: prior.score },
          file: x.file,
          path: `/rows/${x.line}`,
          line: x.line,
          column: 1,
        },
      ];
    });
  },
});
