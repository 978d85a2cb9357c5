import type { Finding } from '../../model/diagnostic.js';
import { defineRule } from '../rule.js';
import { didYouMean } from '../did-you-mean.js';

// interactions.csv names goals, strategies, tasks and sustainability indicators by ID (one
// namespace). An unknown one cannot be placed in the coherence matrix.
export default defineRule({
  id: 'interactions/unknown-id',
  run({ plan }) {
    const known = [...plan.goals.map((g) => g.id), ...plan.strategies.map((s) => s.id), ...plan.tasks.map((t) => t.id), ...plan.indicators.map((i) => i.id)];
    const ids = new Set(known);
    const out: Finding[] = [];
    for (const x of plan.interactions) {
      for (const field of ['from', 'to'] as const) {
        const id = x[field];
        if (ids.has(id)) continue;
        const hint = didYouMean(id, known);
        out.push({
          rule: 'interactions/unknown-id',
          args: { row: x.line, field, id, ...(hint ? { suggestion: hint } : {}) },
          file: x.file,
          path: `/rows/${x.line}/${field}`,
          line: x.line,
          column: 1,
        });
      }
    }
    return out;
  },
});
