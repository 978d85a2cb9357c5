import { contradiction, declaredEffects } from '../../model/declared-effects.js';
import { defineRule } from '../rule.js';

// A subcommittee's score and the tasks' declared effects are two accounts of one interaction;
// when they disagree in sign, one of them is wrong, and the committee should know which.
export default defineRule({
  id: 'interactions/contradicts-effects',
  run({ plan }) {
    return plan.interactions.flatMap((x) => {
      const e = declaredEffects(plan, x.from, x.to);
      const effect = contradiction(x.score, e);
      if (!effect) return [];
      return [
        {
          rule: 'interactions/contradicts-effects' as const,
          args: {
            row: x.line,
            from: x.from,
            to: x.to,
            score: x.score,
            effect,
            tasks: (effect === 'hurts' ? e.hurts : e.helps).join(', '),
            indicators: e.indicators.join(', '),
          },
          file: x.file,
          path: `/rows/${x.line}/score`,
          line: x.line,
          column: 1,
        },
      ];
    });
  },
});
