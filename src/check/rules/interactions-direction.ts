import { defineRule } from '../rule.js';

// Direction matters in interactions.csv: `from` acts on `to`. A sustainability indicator measures
// an outcome and acts on nothing; an item acting on itself says nothing.
export default defineRule({
  id: 'interactions/direction',
  run({ plan }) {
    const indicators = new Set(plan.indicators.map((i) => i.id));
    return plan.interactions.flatMap((x) => {
      const problem = x.from === x.to ? 'self' : indicators.has(x.from) ? 'from-indicator' : undefined;
      if (!problem) return [];
      return [
        {
          rule: 'interactions/direction' as const,
          args: { row: x.line, id: x.from, to: x.to, problem },
          file: x.file,
          path: `/rows/${x.line}/from`,
          line: x.line,
          column: 1,
        },
      ];
    });
  },
});
