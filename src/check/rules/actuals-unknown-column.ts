import { defineRule } from '../rule.js';
import { suggester } from '../did-you-mean.js';
import type { Finding } from '../../model/diagnostic.js';

// A column that is neither one sdplan reads nor a dimension of plan.yaml (1.1): its values are
// ignored, which is almost always a misspelt dimension. Reported once per file and column.
export default defineRule({
  id: 'actuals/unknown-column',
  run({ plan }) {
    const seen = new Set<string>();
    const suggest = suggester(plan.dimensions.map((d) => d.id));
    const out: Finding[] = [];
    for (const a of plan.actuals) {
      for (const column of Object.keys(a.extra ?? {})) {
        const key = `${a.file}\u0000${column}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const suggestion = suggest(column);
        out.push({
          rule: 'actuals/unknown-column',
          args: { column, ...(suggestion ? { suggestion } : {}) },
          file: a.file,
          path: `/columns/${column}`,
          line: 1,
          column: 1,
        });
      }
    }
    return out;
  },
});
