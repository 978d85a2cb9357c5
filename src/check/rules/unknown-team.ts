import type { Finding } from '../../model/diagnostic.js';
import { defineRule, findingAt } from '../rule.js';
import { didYouMean } from '../did-you-mean.js';

export default defineRule({
  id: 'ref/unknown-team',
  run({ plan, index }) {
    const out: Finding[] = [];
    for (const t of plan.tasks) {
      const refs: Array<[string, string, string]> = [
        ['lead', t.lead, '/lead'],
        ...t.partners.map((p, k): [string, string, string] => ['partner', p, `/partners/${k}`]),
      ];
      for (const [role, team, sub] of refs) {
        if (team === '' || index.teams.has(team)) continue;
        const suggestion = didYouMean(team, index.teams.keys());
        out.push(findingAt('ref/unknown-team', t.src, { task: t.id, role, team, ...(suggestion ? { suggestion } : {}) }, sub));
      }
    }
    return out;
  },
});
