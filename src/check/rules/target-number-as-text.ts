import { defineRule, findingAt } from '../rule.js';
import type { Finding } from '../../model/diagnostic.js';
import type { PerformanceIndicator, SustainabilityIndicator } from '../../model/plan.js';
import { boundOf, numberInText } from '../../model/number-text.js';

// A text target is shown and never rated (format 1.1). On a quantitative indicator, text that
// reads as a number ("35%", "1 800", "３５", "35점") is a number written the wrong way: kept as
// text it would drop the indicator's rate from every average and from `due` without a word.
// Qualitative, monitoring and future indicators are never rated against a target, so a number in
// their text targets changes no figure and stays text.
export default defineRule({
  id: 'target/number-as-text',
  run({ plan }) {
    const all: Array<SustainabilityIndicator | PerformanceIndicator> = [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)];
    return all.flatMap((ind) => (ind.kind === 'quantitative' ? findingsOf(ind, plan.languages) : []));
  },
});

/** Every way the indicator's unit is written, which may stand beside the number. */
export const unitsOf = (ind: { unit: string; unitText?: Readonly<Record<string, string>> }): string[] =>
  ind.unitText ? Object.values(ind.unitText) : [ind.unit];

function findingsOf(ind: SustainabilityIndicator | PerformanceIndicator, languages: readonly string[]): Finding[] {
  const units = unitsOf(ind);
  return ind.textTargets.flatMap(([year, text]) => {
    const found = numberInText(text, units, languages);
    if (found === null) return [];
    const { lang, value, read } = found;
    const at = `/targets/${year}/${lang}`;
    if (read.kind === 'not-finite') return [findingAt('value/not-finite', ind.src, { value, problem: 'too-large' }, at)];
    if (read.kind === 'unclear') return [findingAt('target/number-as-text', ind.src, { indicator: ind.id, year, value, problem: 'unclear' }, at)];
    const args: Record<string, string | number> = { indicator: ind.id, year, value, fix: read.value };
    // "35명" on an indicator counted in %: the figure may not be what the unit means
    if (read.unit !== undefined && !units.some((u) => unitKey(u) === unitKey(read.unit!))) Object.assign(args, { writtenUnit: read.unit, unit: ind.unit });
    if (read.qualifier !== undefined) {
      // "55% 이하" on an indicator that should increase: the text and the direction disagree
      const bound = boundOf(read.qualifier);
      const against = (bound === 'at-most' && ind.direction !== 'decrease') || (bound === 'at-least' && ind.direction === 'decrease');
      Object.assign(args, { qualifier: read.qualifier, direction: ind.direction, ...(against ? { against: 1 } : {}) });
    }
    return [findingAt('target/number-as-text', ind.src, args, at)];
  });
}

/** A unit as compared with the one written beside a number: NFKC, lower case, no spaces (％ = %). */
const unitKey = (u: string) => u.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
