import type { Baseline, Direction, Source, YearMap } from '../../model/plan.js';
import { defineRule, findingAt } from '../rule.js';

// A target that is worse than where the indicator started is usually a sign error or a
// direction set the wrong way; either way the achievement rate would come out negative.
export default defineRule({
  id: 'target/against-direction',
  run({ plan }) {
    const all: Array<{ id: string; direction: Direction; baseline?: Baseline; targets: YearMap; src: Source }> = [
      ...plan.indicators,
      ...plan.tasks.flatMap((t) => t.indicators),
    ];
    return all.flatMap((i) => {
      const b = i.baseline;
      if (!b) return [];
      const worse = (v: number) => (i.direction === 'decrease' ? v > b.value : v < b.value);
      return i.targets
        .filter(([, v]) => worse(v))
        .map(([year, v]) =>
          findingAt('target/against-direction', i.src, { indicator: i.id, year, target: v, baseline: b.value, direction: i.direction }, `/targets/${year}`),
        );
    });
  },
});
