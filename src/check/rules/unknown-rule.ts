import { defineRule, findingAt } from '../rule.js';
import { didYouMean } from '../did-you-mean.js';
import { RULE_IDS, isRuleId } from '../../model/rule-ids.js';

export default defineRule({
  id: 'config/unknown-rule',
  run({ plan }) {
    return plan.ruleOverrides
      .filter((o) => !isRuleId(o.rule))
      .map((o) => {
        const suggestion = didYouMean(o.rule, RULE_IDS);
        return { ...findingAt('config/unknown-rule', o.src, { rule: o.rule, ...(suggestion ? { suggestion } : {}) }), atKey: true };
      });
  },
});
