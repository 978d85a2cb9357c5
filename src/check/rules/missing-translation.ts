import { defineRule, findingAt } from '../rule.js';
import { eachText } from '../each-text.js';

export default defineRule({
  id: 'i18n/missing-translation',
  run({ plan }) {
    return eachText(plan).flatMap(({ text, src, field, owner }) => {
      const missing = plan.languages.filter((l) => !(l in text));
      return missing.length === 0 ? [] : [findingAt('i18n/missing-translation', src, { owner, field: field.slice(1), languages: missing.join(', ') }, field)];
    });
  },
});
