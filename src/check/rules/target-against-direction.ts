import type { Baseline, Direction, Source, YearMap } from '../../model/plan.js';
import { defineRule, findingAt } from '../rule.js';

// A target on the wrong side of the baseline has two readings, and only a person can tell them
// apart: a hold-the-line target ("keep at least 55%" where the city already has 60%), or a
// direction slip (a decrease indicator whose 2040 target is above its baseline). Real indicator
// sets hold many of the first, so it is a warning, one per indicator naming the targets, and
// scoring goes on (a performance indicator is met while its actual stays on the target's side).
// A target equal to the baseline is an explicit hold and no finding.
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
      const against = i.targets.filter(([, v]) => worse(v));
      if (against.length === 0) return [];
      const [year, target] = against[0]!;
      return [
        findingAt(
          'target/against-direction',
          i.src,
          {
            indicator: i.id,
            year,
            target,
            baseline: b.value,
            direction: i.direction,
            count: against.length,
            years: against.map(([y]) => y).join(', '),
          },
          `/targets/${year}`,
        ),
      ];
    });
  },
});
