import { defineRule, findingAt } from '../rule.js';
import { eachText } from '../each-text.js';

export default defineRule({
  id: 'i18n/unknown-language',
  run({ plan }) {
    const known = new Set(plan.languages);
    return eachText(plan).flatMap(({ text, src, field, owner }) =>
      Object.keys(text)
        .filter((l) => !known.has(l))
        .map((l) => findingAt('i18n/unknown-language', src, { owner, language: l, languages: plan.languages.join(', ') }, `${field}/${l}`)),
    );
  },
});
