import type { Source } from '../../model/plan.js';
import { defineRule, findingAt } from '../rule.js';

// Goals, strategies, tasks and all indicators share one namespace: an actuals row names an
// indicator by ID alone, so two things with one ID would make its values ambiguous.
export default defineRule({
  id: 'id/duplicate',
  run({ plan }) {
    const entries: Array<[string, string, Source]> = [
      ...plan.goals.map((g) => ['goal', g.id, g.src] as [string, string, Source]),
      ...plan.strategies.map((s) => ['strategy', s.id, s.src] as [string, string, Source]),
      ...plan.indicators.map((i) => ['indicator', i.id, i.src] as [string, string, Source]),
      ...plan.tasks.map((t) => ['task', t.id, t.src] as [string, string, Source]),
      ...plan.tasks.flatMap((t) => t.indicators.map((i) => ['indicator', i.id, i.src] as [string, string, Source])),
    ];
    const first = new Map<string, [string, Source]>();
    return entries.flatMap(([kind, id, src]) => {
      const prior = first.get(id);
      if (!prior) {
        first.set(id, [kind, src]);
        return [];
      }
      return [findingAt('id/duplicate', src, { id, kind, otherKind: prior[0] }, '/id', prior[1])];
    });
  },
});
