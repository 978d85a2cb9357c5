import type { Finding } from '../../model/diagnostic.js';
import { defineRule, findingAt } from '../rule.js';
import { didYouMean } from '../did-you-mean.js';

export default defineRule({
  id: 'ref/unknown-body',
  run({ plan, index }) {
    const out: Finding[] = [];
    const check = (owner: string, body: string, src: Parameters<typeof findingAt>[1], sub: string) => {
      if (index.bodies.has(body)) return;
      const suggestion = didYouMean(body, index.bodies.keys());
      out.push(findingAt('ref/unknown-body', src, { owner, body, ...(suggestion ? { suggestion } : {}) }, sub));
    };
    for (const g of plan.goals) if (g.subcommittee !== undefined) check(g.id, g.subcommittee, g.src, '/subcommittee');
    for (const b of plan.governance?.bodies ?? []) if (b.parent !== undefined) check(b.id, b.parent, b.src, '/parent');
    return out;
  },
});
