import type { Baseline, Source, YearMap } from '../../model/plan.js';
import { defineRule, findingAt } from '../rule.js';

export default defineRule({
  id: 'baseline/after-target',
  run({ plan }) {
    const all: Array<{ id: string; baseline?: Baseline; targets: YearMap; src: Source }> = [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)];
    return all.flatMap((i) => {
      const first = i.targets[0]?.[0];
      if (!i.baseline || first === undefined || i.baseline.year <= first) return [];
      return [findingAt('baseline/after-target', i.src, { indicator: i.id, baselineYear: i.baseline.year, targetYear: first }, '/baseline/year')];
    });
  },
});
