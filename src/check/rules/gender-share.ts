import { defineRule, findingAt } from '../rule.js';

// Korean committee rules (and the council's own bylaws) cap any one gender's share of a body.
export default defineRule({
  id: 'governance/gender-share',
  run({ plan }) {
    const g = plan.governance;
    if (!g || g.maxGenderShare === undefined) return [];
    const max = g.maxGenderShare;
    return g.bodies.flatMap((b) => {
      const counts = new Map<string, number>();
      for (const m of b.members) if (m.gender) counts.set(m.gender, (counts.get(m.gender) ?? 0) + 1);
      const total = b.members.length;
      if (total === 0) return [];
      const over = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).find(([, n]) => n / total > max + 1e-12);
      if (!over) return [];
      return [findingAt('governance/gender-share', b.src, { body: b.id, gender: over[0], count: over[1], total, share: over[1] / total, max }, '/members')];
    });
  },
});
