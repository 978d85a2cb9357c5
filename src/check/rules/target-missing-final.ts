import { defineRule, findingAt } from '../rule.js';
import { numberInText } from '../../model/number-text.js';
import { unitsOf } from './target-number-as-text.js';

// Without a target for the task's last year, the task's end result cannot be evaluated. A final
// target written as a number in text ("94%") is there: target/number-as-text reports it.
export default defineRule({
  id: 'target/missing-final',
  run({ plan }) {
    return plan.tasks.flatMap((t) => {
      if (!t.period) return [];
      const last = t.period.end;
      return t.indicators
        .filter((i) => i.targets.length > 0 && !i.targets.some(([y]) => y === last))
        .filter((i) => !(i.kind === 'quantitative' && i.textTargets.some(([y, text]) => y === last && numberInText(text, unitsOf(i), plan.languages) !== null)))
        .map((i) => findingAt('target/missing-final', i.src, { indicator: i.id, task: t.id, year: last }, '/targets'));
    });
  },
});
