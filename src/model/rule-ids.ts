// Every rule sdplan knows: its stable ID, default severity and a one-line description.
// RuleId is derived from this table, so a finding cannot name a rule that is not listed here,
// and render/messages.ts must give words to every rule (Record<RuleId, ...>).
import type { Severity } from './diagnostic.js';

export interface RuleInfo {
  severity: Severity;
  description: string;
}

export const RULES = {
  // parse and shape
  'file/unreadable': { severity: 'error', description: 'A plan file cannot be read (permissions, a dangling link).' },
  'file/outside-plan': { severity: 'error', description: 'A plan file is a link to a place outside the plan folder; it is not read.' },
  'file/empty': { severity: 'error', description: 'A plan file is empty, or its root is not a map; rules that depend on it are held back.' },
  'check/held-back': { severity: 'info', description: 'Cross-file rules were not run because a plan file cannot be used; fix that file first.' },
  'file/too-large': { severity: 'error', description: 'A plan file is larger than 20 MB and is not read.' },
  'file/plan-too-large': { severity: 'error', description: 'The files of a plan together are larger than 50 MB; none is read.' },
  'file/encoding': { severity: 'error', description: 'A file is not valid UTF-8 or holds NUL or other control characters.' },
  'file/merge-conflict': { severity: 'error', description: 'A file still holds git merge-conflict markers (<<<<<<<, =======, >>>>>>>).' },
  'layout/missing-file': { severity: 'error', description: 'The plan folder lacks plan.yaml, goals.yaml or any tasks/*.yaml file.' },
  'yaml/syntax': { severity: 'error', description: 'A YAML file cannot be parsed (syntax, tabs used for indentation).' },
  'yaml/duplicate-key': { severity: 'error', description: 'A YAML mapping has the same key twice; one value would be lost silently.' },
  'yaml/unknown-tag': { severity: 'error', description: 'A YAML file uses a tag (!something) that sdplan does not know.' },
  'yaml/alias-limit': { severity: 'error', description: 'A YAML file uses more aliases than a plan needs (alias bombs are refused).' },
  'yaml/thousands-separator': {
    severity: 'error',
    description:
      'A comma inside a number in a {...} map (2,000), which YAML reads as a separator between entries; the number is read without it and must be written so.',
  },
  'schema/unknown-field': { severity: 'error', description: 'A field that the format does not define (often a misspelling).' },
  'schema/missing-field': { severity: 'error', description: 'A required field is missing.' },
  'schema/wrong-type': { severity: 'error', description: 'A value has the wrong type (text where a number is expected, and so on).' },
  'schema/invalid-value': { severity: 'error', description: 'A value is not allowed: outside its range, not one of the choices, or badly formed.' },
  'value/number-as-text': {
    severity: 'error',
    description: 'A field that takes a number holds text that reads as one ("1,850", "35%", "3억"); write the number alone.',
  },
  'value/not-finite': {
    severity: 'error',
    description: 'A number field holds .nan, .inf or a number beyond the range of numbers (about 1.8e308), which no rate or sum can use.',
  },
  // identity and references
  'id/duplicate': { severity: 'error', description: 'Two goals, strategies, tasks or indicators share one ID.' },
  'ref/unknown-strategy': { severity: 'error', description: 'A task names a strategy that goals.yaml does not define.' },
  'ref/unknown-goal': { severity: 'error', description: 'An indicator or task names a goal that goals.yaml does not define.' },
  'ref/unknown-team': { severity: 'error', description: 'A task names a lead or partner team that plan.yaml does not define.' },
  'ref/unknown-department': { severity: 'error', description: "An indicator names a managing department that plan.yaml's organization does not define." },
  'ref/unknown-indicator': { severity: 'error', description: 'A task effect names a sustainability indicator that indicators.yaml does not define.' },
  'ref/unknown-body': { severity: 'error', description: 'A goal or body names a governance body that governance.yaml does not define.' },
  'ref/unknown-task': { severity: 'error', description: 'An accepted overlap names a task that the plan does not define.' },
  // time and targets
  'period/outside-plan': { severity: 'error', description: 'A task runs in years outside the plan period, or its period ends before it starts.' },
  'target/outside-period': { severity: 'error', description: "A performance indicator has a target for a year outside its task's period." },
  'target/against-direction': {
    severity: 'warning',
    description:
      "A target lies beyond the baseline on the wrong side of the indicator's direction: a hold-the-line target, or a direction slip (one warning per indicator; scoring goes on).",
  },
  'target/number-as-text': {
    severity: 'error',
    description:
      "A quantitative indicator's target is text that reads as a number (35%, 1 800, ３５, 35점): as text it would never be rated; write the number.",
  },
  'unit/missing': { severity: 'error', description: 'A quantitative indicator has no unit (qualitative, monitoring and future indicators may omit it).' },
  'ref/unknown-dimension': { severity: 'error', description: "An indicator's disaggregation names a dimension that plan.yaml does not define." },
  'weights/no-budget': { severity: 'warning', description: 'Under evaluation.weights: budget, a task has no budget for some years it runs.' },
  'target/missing-final': { severity: 'warning', description: 'A performance indicator has no target for the last year of its task.' },
  'baseline/after-target': { severity: 'error', description: 'A baseline year is later than the first target year.' },
  // content
  'task/no-indicator': { severity: 'error', description: 'A task has no performance indicator, so it cannot be evaluated.' },
  'weight/invalid': {
    severity: 'error',
    description: 'A performance indicator weight is zero or negative (one that is not a number is reported with the number to write).',
  },
  'sdg/unknown-target': { severity: 'error', description: 'A goal names a UN SDG target code that does not exist.' },
  'sdg/unknown-indicator': { severity: 'warning', description: 'An indicator names a UN SDG indicator code that does not exist.' },
  'i18n/missing-translation': { severity: 'warning', description: "A text lacks one of the plan's languages." },
  'i18n/unknown-language': { severity: 'error', description: 'A text is written in a language that plan.languages does not list.' },
  'goal/no-task': { severity: 'warning', description: 'No task serves a goal.' },
  'strategy/no-task': { severity: 'warning', description: 'No task implements a strategy.' },
  'team/no-task': { severity: 'info', description: 'A team leads no task.' },
  // governance
  'governance/gender-share': { severity: 'error', description: "One gender holds more than the policy's maximum share of a body's members." },
  'governance/external-share': { severity: 'error', description: "A body has fewer external members than the policy's minimum share." },
  // actuals CSV
  'actuals/syntax': { severity: 'error', description: 'A CSV row cannot be read (quotes, column count, header).' },
  'actuals/unknown-indicator': { severity: 'error', description: 'A CSV row names an indicator that the plan does not define.' },
  'actuals/replaced-history': {
    severity: 'info',
    description: 'A CSV row belongs to an indicator of a task merged into another (`replaces`) that no indicator continues; it stays as history.',
  },
  'actuals/bad-value': { severity: 'error', description: 'A CSV row has a year or value that is not a number.' },
  'actuals/year-outside-plan': { severity: 'error', description: 'A CSV row reports a year outside the plan period (baselines excepted).' },
  'actuals/unknown-column': {
    severity: 'warning',
    description: 'An actuals column is neither one sdplan reads nor a dimension of plan.yaml; its values are ignored.',
  },
  'actuals/unknown-breakdown': { severity: 'error', description: "A breakdown value is not one of its dimension's values in plan.yaml." },
  'actuals/missing-total': { severity: 'warning', description: 'An indicator has breakdown rows for a year but no total row, which rates and progress use.' },
  'actuals/implausible': {
    severity: 'warning',
    description: 'A value is possible but unlikely: a percentage outside 0..100, a negative count, a year after the task ended, a tenfold jump.',
  },
  'interactions/syntax': { severity: 'error', description: 'An interactions.csv row cannot be read, or the header lacks from, to or score.' },
  'interactions/bad-value': {
    severity: 'error',
    description: 'An interactions.csv row has no from or to, a score outside -3..+3 (whole numbers), or a confidence other than low, medium, high.',
  },
  'interactions/unknown-id': {
    severity: 'error',
    description: 'An interaction names a goal, strategy, task or sustainability indicator that the plan does not define.',
  },
  'interactions/direction': {
    severity: 'error',
    description: 'An interaction acts from a sustainability indicator (indicators are acted on), or from an item on itself.',
  },
  'interactions/duplicate': { severity: 'error', description: 'Two rows score the same from -> to interaction.' },
  'interactions/unknown-body': { severity: 'warning', description: 'An interaction is scored by a body that governance.yaml does not define.' },
  'interactions/contradicts-effects': {
    severity: 'warning',
    description: "A scored interaction says the opposite of the tasks' declared effects (scored positive where the effects hurt, or negative where they help).",
  },
  'actuals/conflict': { severity: 'error', description: 'Two CSV rows give different values for the same indicator and year.' },
  // actuals import (the file being imported, before anything is written)
  'import/cell': {
    severity: 'error',
    description:
      'A workbook cell to import is a date, an error (#DIV/0!, #N/A) or a formula without a saved value; it is named with its sheet and address and shown as Excel shows it.',
  },
  'import/formula': { severity: 'info', description: 'A workbook value cell holds a formula; the value Excel saved with it was imported.' },
  'import/percent': {
    severity: 'info',
    description: 'A value written as a percentage (45%, or a cell Excel formats as one, stored as 0.45) was read as 45 for an indicator measured in %.',
  },
  'import/percent-unit': {
    severity: 'error',
    description: 'A value is written as a percentage (45%, or a percent-formatted cell) but its indicator is not measured in %.',
  },
  'import/merged-cell': { severity: 'error', description: 'A workbook cell to import is merged with others, which would give one value to several rows.' },
  'import/marker-tampered': {
    severity: 'error',
    description: 'The hidden sheet of a template workbook was changed or lacks its checksum, so its columns cannot be trusted; nothing is read.',
  },
  'import/too-large': { severity: 'error', description: 'A workbook unpacks to more than 50 MB (a zip bomb, or not a template); it is not read.' },

  'actuals/merge-conflict': {
    severity: 'error',
    description:
      'Two indicators that one indicator continues (`replaces`) both give a value for a year it has none for, and it has no `combine` (sum, mean, last) to say how they make one.',
  },
  'actuals/merge-partial': {
    severity: 'warning',
    description:
      'An indicator that sums the indicators it continues (`combine: sum`) lacks a value from some of them for a year: that year has no value, since a part of a total is not the total.',
  },
  // recorded evaluations (1.2)
  'evaluation/not-this-plan': {
    severity: 'error',
    description:
      'A recorded evaluation (evaluations/*.yaml) names another plan, or its file name says another period than it holds; it would be left out of score, report and the comparison without a word.',
  },
  'evaluation/recomputed-differs': {
    severity: 'warning',
    description:
      'Computing a recorded evaluation period again now gives other figures than evaluations/*.yaml records (each ID with its cause: revised or added actuals, changed targets, merged, removed or new tasks, the method).',
  },
  // configuration and suppression
  'config/unknown-rule': { severity: 'warning', description: 'plan.yaml `rules:` or --rule names a rule that does not exist.' },
  'suppress/unused': { severity: 'warning', description: 'An sdplan-disable-next-line comment silences nothing; remove it.' },
  'suppress/invalid': { severity: 'warning', description: 'An sdplan-disable-next-line comment names no known rule or gives no reason.' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES).sort() as RuleId[];

export function isRuleId(s: string): s is RuleId {
  return Object.hasOwn(RULES, s);
}
