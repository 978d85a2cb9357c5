import { defineRule } from '../rule.js';
import type { Finding } from '../../model/diagnostic.js';

// A recorded evaluation that names another plan, or whose file name says another period than it
// holds, would be left out of score, report and the comparison without a word: a public record
// that silently stops counting (a plan ID changed, a file copied from another city's repository).
export default defineRule({
  id: 'evaluation/not-this-plan',
  run({ plan, records }) {
    const out: Finding[] = [];
    for (const record of records ?? []) {
      const period = `${record.period.start}-${record.period.end}`;
      if (record.plan !== plan.id) {
        out.push({
          rule: 'evaluation/not-this-plan',
          file: record.file,
          path: '/plan',
          args: { problem: 'plan', recorded: record.plan, plan: plan.id, period },
        });
        continue;
      }
      const named = /(?:^|\/)(\d{4})-(\d{4})\.ya?ml$/.exec(record.file);
      if (!named || `${named[1]}-${named[2]}` !== period) {
        out.push({
          rule: 'evaluation/not-this-plan',
          file: record.file,
          path: '/period',
          args: { problem: 'period', period, expected: `evaluations/${period}.yaml` },
        });
      }
    }
    return out;
  },
});
