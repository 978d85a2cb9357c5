// One fixture per rule: it triggers the rule, at the expected file and line; the sample plan does not.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { BASE, SAMPLE, cleanup, edit, linkInPlan, makePlan, validateDir } from './helpers.js';
import { RULE_IDS, type RuleId } from '../src/model/rule-ids.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { messageOf } from '../src/render/messages.js';
import { RULE_LIST } from '../src/check/rules/index.js';
import { indexPlan } from '../src/check/plan-index.js';
import { loadPlan } from '../src/load/load-plan.js';
import { SDG } from '../src/sdg/catalog.js';

afterAll(cleanup);

interface Case {
  rule: RuleId;
  /** Builds the plan folder. */
  plan: () => string;
  file: string;
  line: number;
  /** Words the message must hold (the figure or ID that matters). */
  says?: string;
  /** The finding's data, exactly. */
  args?: Record<string, string | number>;
}

const tasks = 'tasks/a.yaml';
const IX = 'from,to,score,confidence,note,scored_by\n';

const CASES: Case[] = [
  { rule: 'layout/missing-file', plan: () => makePlan({ 'goals.yaml': null }), file: 'goals.yaml', line: 0, says: 'no goals.yaml' },
  {
    rule: 'file/unreadable',
    plan: () => {
      const d = makePlan();
      linkInPlan(d, 'tasks/b.yaml', join(d, 'nowhere.yaml'));
      return d;
    },
    file: 'tasks/b.yaml',
    line: 0,
  },
  {
    rule: 'file/outside-plan',
    plan: () => {
      const outside = join(tmpdir(), `sdplan-outside-${process.pid}.yaml`);
      writeFileSync(outside, 'tasks: []\n');
      const d = makePlan();
      linkInPlan(d, 'tasks/b.yaml', outside);
      return d;
    },
    file: 'tasks/b.yaml',
    line: 0,
    says: 'outside the plan folder',
  },
  { rule: 'file/too-large', plan: () => makePlan({ 'tasks/big.yaml': '#'.repeat(20 * 1024 * 1024 + 1) }), file: 'tasks/big.yaml', line: 0, says: 'over the limit of 20971520 bytes' },
  {
    rule: 'file/plan-too-large',
    // three files under the file limit, over the plan's together
    plan: () => makePlan({ 'tasks/big1.yaml': '#'.repeat(17 << 20), 'tasks/big2.yaml': '#'.repeat(17 << 20), 'tasks/big3.yaml': '#'.repeat(17 << 20) }),
    file: '',
    line: 0,
    args: { size: Object.values(BASE).reduce((n, t) => n + Buffer.byteLength(t), 0) + 3 * (17 << 20), limit: 50 << 20, files: 9, largest: 'tasks/big1.yaml', largestSize: 17 << 20 },
    says: 'over the limit of 52428800 bytes for a plan; none was read',
  },
  {
    rule: 'file/encoding',
    plan: () => makePlan({ [tasks]: Buffer.concat([Buffer.from('tasks:\n  - id: T-01\n    title: '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]) }),
    file: tasks,
    line: 3,
    says: 'not valid UTF-8',
  },
  { rule: 'file/merge-conflict', plan: () => makePlan(edit(tasks, '  - id: T-02\n', '<<<<<<< HEAD\n  - id: T-02\n')), file: tasks, line: 16 },
  { rule: 'yaml/syntax', plan: () => makePlan(edit(tasks, 'title: {ko: 과제, en: Task}', 'title: {ko: 과제, en: Task')), file: tasks, line: 4 },
  { rule: 'yaml/duplicate-key', plan: () => makePlan(edit(tasks, '    lead: team-a\n', '    lead: team-a\n    lead: team-b\n')), file: tasks, line: 6, says: '"lead"' },
  { rule: 'yaml/unknown-tag', plan: () => makePlan(edit(tasks, 'unit: MW', 'unit: !foo MW')), file: tasks, line: 12, says: '!foo' },
  {
    rule: 'yaml/alias-limit',
    plan: () => {
      const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
      return makePlan({ 'tasks/b.yaml': lines.join('\n') + '\n' });
    },
    file: 'tasks/b.yaml',
    line: 2,
  },
  { rule: 'schema/unknown-field', plan: () => makePlan(edit(tasks, '    period: {start: 2018, end: 2021}\n    effects:', '    period: {start: 2018, end: 2021}\n    budjet: {2018: 100}\n    effects:')), file: tasks, line: 7, says: 'Did you mean budget?' },
  { rule: 'schema/missing-field', plan: () => makePlan(edit(tasks, '        direction: increase\n        baseline: {year: 2017, value: 0}', '        baseline: {year: 2017, value: 0}')), file: tasks, line: 10, says: '"direction"' },
  { rule: 'unit/missing', plan: () => makePlan(edit(tasks, '        unit: MW\n', '')), file: tasks, line: 10, says: 'T-01-P1 is quantitative but has no unit', args: { indicator: 'T-01-P1' } },
  { rule: 'schema/wrong-type', plan: () => makePlan(edit(tasks, '{year: 2017, value: 0}', '{year: 2017, value: zero}')), file: tasks, line: 14, says: 'Expected a number but found a string' },
  { rule: 'schema/invalid-value', plan: () => makePlan(edit(tasks, 'unit: MW\n        direction: increase', 'unit: MW\n        direction: upward')), file: tasks, line: 13, says: 'increase, decrease, milestone' },
  { rule: 'id/duplicate', plan: () => makePlan(edit(tasks, '  - id: T-02\n', '  - id: T-01\n')), file: tasks, line: 16, says: `first at ${tasks}:2` },
  { rule: 'ref/unknown-strategy', plan: () => makePlan(edit(tasks, '    strategy: G01-S1\n    lead: team-a', '    strategy: G01-S9\n    lead: team-a')), file: tasks, line: 4, says: 'Did you mean G01-S1?' },
  { rule: 'ref/unknown-goal', plan: () => makePlan(edit('indicators.yaml', 'goal: G01', 'goal: G09')), file: 'indicators.yaml', line: 3, says: 'goal G09' },
  { rule: 'ref/unknown-team', plan: () => makePlan(edit(tasks, 'lead: team-a', 'lead: team-c')), file: tasks, line: 5, says: 'lead team team-c' },
  { rule: 'ref/unknown-department', plan: () => makePlan(edit('indicators.yaml', '    sdg_indicator: "13.2.2"\n', '    sdg_indicator: "13.2.2"\n    managed_by: [depr]\n')), file: 'indicators.yaml', line: 10, says: 'Did you mean dept?' },
  { rule: 'ref/unknown-indicator', plan: () => makePlan(edit(tasks, '{indicator: SI-01,', '{indicator: SI-09,')), file: tasks, line: 8, says: 'SI-09' },
  { rule: 'ref/unknown-body', plan: () => makePlan(edit('goals.yaml', 'subcommittee: environment', 'subcommittee: environmnt')), file: 'goals.yaml', line: 5, says: 'Did you mean environment?' },
  { rule: 'ref/unknown-task', plan: () => makePlan({ 'plan.yaml': BASE['plan.yaml'] + 'overlaps:\n  accepted:\n    - tasks: [T-01, T-09]\n      reason: joint\n' }), file: 'plan.yaml', line: 14, says: 'task T-09' },
  { rule: 'period/outside-plan', plan: () => makePlan(edit(tasks, '    lead: team-a\n    period: {start: 2018, end: 2021}', '    lead: team-a\n    period: {start: 2018, end: 2030}')), file: tasks, line: 6, says: 'outside the plan period 2018-2025' },
  { rule: 'target/outside-period', plan: () => makePlan(edit(tasks, '{2018: 5, 2021: 20}', '{2018: 5, 2021: 20, 2023: 25}')), file: tasks, line: 15, says: 'target for 2023' },
  {
    rule: 'target/against-direction',
    plan: () => makePlan(edit(tasks, 'targets: {2021: 40}', 'targets: {2020: 8, 2021: 5}')),
    file: tasks,
    line: 27,
    says: '2 of its targets (2020, 2021) lie on the other side of its baseline (10)',
    args: { indicator: 'T-02-P1', year: 2020, target: 8, baseline: 10, direction: 'increase', count: 2, years: '2020, 2021' },
  },
  {
    rule: 'ref/unknown-dimension',
    plan: () => makePlan({ 'plan.yaml': BASE['plan.yaml'] + 'dimensions:\n  sex: {values: [female, male]}\n', ...edit(tasks, '        unit: MW\n', '        unit: MW\n        disaggregation: [sex, age]\n') }),
    file: tasks,
    line: 13,
    args: { indicator: 'T-01-P1', dimension: 'age' },
  },
  {
    rule: 'weights/no-budget',
    plan: () => makePlan({ 'plan.yaml': BASE['plan.yaml'] + 'evaluation:\n  weights: budget\n', ...edit(tasks, '    period: {start: 2018, end: 2021}\n    effects:', '    period: {start: 2018, end: 2021}\n    budget: {2018: 100, 2019: 100}\n    effects:') }),
    file: tasks,
    line: 7,
    says: 'Task T-01 has no budget for 2020, 2021',
    args: { task: 'T-01', years: '2020, 2021', count: 2 },
  },
  {
    rule: 'actuals/unknown-column',
    plan: () => makePlan({ 'plan.yaml': BASE['plan.yaml'] + 'dimensions:\n  sex: {values: [female, male]}\n', 'actuals/a.csv': 'indicator,year,value,sexx\nT-01-P1,2018,4,\nT-01-P1,2019,5,female\n' }),
    file: 'actuals/a.csv',
    line: 1,
    says: 'Did you mean sex?',
    args: { column: 'sexx', suggestion: 'sex' },
  },
  {
    rule: 'actuals/unknown-breakdown',
    plan: () => makePlan({ 'plan.yaml': BASE['plan.yaml'] + 'dimensions:\n  sex: {values: [female, male]}\n', 'actuals/a.csv': 'indicator,year,value,sex\nT-01-P1,2018,4,\nT-01-P1,2018,2,woman\n' }),
    file: 'actuals/a.csv',
    line: 3,
    args: { row: 3, indicator: 'T-01-P1', dimension: 'sex', value: 'woman', allowed: 'female, male' },
  },
  {
    rule: 'actuals/missing-total',
    plan: () => makePlan({ 'plan.yaml': BASE['plan.yaml'] + 'dimensions:\n  sex: {values: [female, male]}\n', 'actuals/a.csv': 'indicator,year,value,sex\nT-01-P1,2018,4,\nT-01-P1,2019,2,female\nT-01-P1,2019,3,male\n' }),
    file: 'actuals/a.csv',
    line: 3,
    args: { row: 3, indicator: 'T-01-P1', year: 2019 },
  },
  {
    rule: 'actuals/implausible',
    plan: () => makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P1,2019,50,,\n' }),
    file: 'actuals/a.csv',
    line: 4,
    says: 'is more than ten times above 2018\'s 4',
    args: { row: 4, indicator: 'T-01-P1', year: 2019, value: 50, problem: 'jump', previous: 4, previousYear: 2018 },
  },
  { rule: 'target/missing-final', plan: () => makePlan(edit(tasks, '{2018: 5, 2021: 20}', '{2018: 5, 2020: 15}')), file: tasks, line: 15, says: 'no target for 2021' },
  { rule: 'baseline/after-target', plan: () => makePlan(edit(tasks, '{year: 2017, value: 10}', '{year: 2022, value: 10}')), file: tasks, line: 26, says: 'baseline in 2022' },
  {
    rule: 'task/no-indicator',
    plan: () => makePlan({ [tasks]: BASE[tasks]!.split('\n').slice(0, 20).join('\n') + '\n    indicators: []\n' }),
    file: tasks,
    line: 16,
    says: 'Task T-02',
  },
  { rule: 'weight/invalid', plan: () => makePlan(edit(tasks, '        direction: increase\n        baseline: {year: 2017, value: 0}', '        direction: increase\n        weight: 0\n        baseline: {year: 2017, value: 0}')), file: tasks, line: 14, says: 'weight 0' },
  { rule: 'sdg/unknown-target', plan: () => makePlan(edit('goals.yaml', '["7.2"]', '["7.2", "7.9"]')), file: 'goals.yaml', line: 4, says: 'SDG target 7.9' },
  { rule: 'sdg/unknown-indicator', plan: () => makePlan(edit('indicators.yaml', '"13.2.2"', '"13.2.9"')), file: 'indicators.yaml', line: 9, says: '13.2.9' },
  { rule: 'i18n/missing-translation', plan: () => makePlan(edit(tasks, 'title: {ko: 과제, en: Task}', 'title: 과제')), file: tasks, line: 3, says: 'no en text' },
  { rule: 'i18n/unknown-language', plan: () => makePlan(edit(tasks, 'title: {ko: 과제, en: Task}', 'title: {ko: 과제, en: Task, fr: Tâche}')), file: tasks, line: 3, says: '"fr"' },
  { rule: 'goal/no-task', plan: () => makePlan({ 'goals.yaml': BASE['goals.yaml'] + '  - id: G02\n    title: {ko: 둘, en: Two}\n    strategies: []\n' }), file: 'goals.yaml', line: 8, says: 'goal G02' },
  { rule: 'strategy/no-task', plan: () => makePlan({ 'goals.yaml': BASE['goals.yaml'] + '      - {id: G01-S2, title: {ko: 둘, en: Two}}\n' }), file: 'goals.yaml', line: 8, says: 'strategy G01-S2' },
  { rule: 'team/no-task', plan: () => makePlan({ 'plan.yaml': BASE['plan.yaml'] + '      - {id: team-c, name: {ko: 다팀, en: Team C}}\n' }), file: 'plan.yaml', line: 12, says: 'Team team-c' },
  { rule: 'governance/gender-share', plan: () => makePlan(edit('governance.yaml', '{id: M2, gender: male}', '{id: M2, gender: female}')), file: 'governance.yaml', line: 10, says: '2 of 2 members (100%) are female, above the policy\'s maximum of 60%' },
  { rule: 'governance/external-share', plan: () => makePlan(edit('governance.yaml', '{id: E1, gender: female, external: true}', '{id: E1, gender: female, external: false}')), file: 'governance.yaml', line: 15, says: '1 of 4 members (25%) are external' },
  { rule: 'actuals/syntax', plan: () => makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P1,2019\n' }), file: 'actuals/a.csv', line: 4, says: 'Row 4' },
  { rule: 'actuals/unknown-indicator', plan: () => makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P2,2019,3,,\n' }), file: 'actuals/a.csv', line: 4, says: 'Did you mean T-01-P1?', args: { row: 4, indicator: 'T-01-P2', suggestion: 'T-01-P1' } },
  {
    // T-09 was merged into T-02; its indicator T-09-P2 is continued by nothing
    rule: 'actuals/replaced-history',
    plan: () => makePlan({
      ...edit(tasks, '    title: {ko: 과제2, en: Task 2}\n', '    title: {ko: 과제2, en: Task 2}\n    replaces: [T-09]\n'),
      'actuals/a.csv': BASE['actuals/a.csv'] + 'T-09-P2,2018,3,,\n',
    }),
    file: 'actuals/a.csv',
    line: 4,
    says: 'which T-02 replaced',
    args: { row: 4, indicator: 'T-09-P2', task: 'T-09', replacedBy: 'T-02' },
  },
  { rule: 'file/empty', plan: () => makePlan({ 'goals.yaml': '# nothing yet\n' }), file: 'goals.yaml', line: 0, says: 'The file is empty: it needs a `goals:` list.', args: { problem: 'empty', key: 'goals' } },
  { rule: 'check/held-back', plan: () => makePlan({ 'goals.yaml': 'goals: [\n' }), file: 'goals.yaml', line: 0, says: 'because goals.yaml cannot be used', args: { files: 'goals.yaml', count: 1 } },
  { rule: 'actuals/bad-value', plan: () => makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P1,2019,"1,200",,\n' }), file: 'actuals/a.csv', line: 4, says: 'value "1,200"' },
  { rule: 'actuals/year-outside-plan', plan: () => makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P1,2030,3,,\n' }), file: 'actuals/a.csv', line: 4, says: 'for 2030' },
  { rule: 'actuals/conflict', plan: () => makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P1,2018,5,,\n' }), file: 'actuals/a.csv', line: 4, says: 'but actuals/a.csv row 2 gives 4' },
  { rule: 'interactions/syntax', plan: () => makePlan({ 'interactions.csv': 'from,score\nG01,1\n' }), file: 'interactions.csv', line: 1, says: 'lacks the column(s) to', args: { row: 1, reason: 'missing-columns', columns: 'to' } },
  { rule: 'interactions/bad-value', plan: () => makePlan({ 'interactions.csv': IX + 'G01,SI-01,1,,,environment\nG01,SI-01,5,,,environment\n' }), file: 'interactions.csv', line: 3, says: 'score "5"', args: { row: 3, field: 'score', value: '5' } },
  { rule: 'interactions/unknown-id', plan: () => makePlan({ 'interactions.csv': IX + 'G09,SI-01,1,,,environment\n' }), file: 'interactions.csv', line: 2, says: 'from G09 is not a goal', args: { row: 2, field: 'from', id: 'G09', suggestion: 'G01' } },
  { rule: 'interactions/direction', plan: () => makePlan({ 'interactions.csv': IX + 'SI-01,G01,1,,,environment\n' }), file: 'interactions.csv', line: 2, says: 'sustainability indicator SI-01 acting on G01', args: { row: 2, id: 'SI-01', to: 'G01', problem: 'from-indicator' } },
  { rule: 'interactions/duplicate', plan: () => makePlan({ 'interactions.csv': IX + 'T-01,SI-01,1,,,environment\nT-01,SI-01,2,,,environment\n' }), file: 'interactions.csv', line: 3, says: 'row 2 scores it 1', args: { row: 3, from: 'T-01', to: 'SI-01', score: 2, otherRow: 2, otherScore: 1 } },
  { rule: 'interactions/unknown-body', plan: () => makePlan({ 'interactions.csv': IX + 'T-01,T-02,1,,,envirnoment\n' }), file: 'interactions.csv', line: 2, says: 'Did you mean environment?', args: { row: 2, body: 'envirnoment', suggestion: 'environment' } },
  { rule: 'interactions/contradicts-effects', plan: () => makePlan({ 'interactions.csv': IX + 'T-01,SI-01,-2,high,,environment\n' }), file: 'interactions.csv', line: 2, says: 'scores T-01 -> SI-01 -2, but the declared effects of T-01 help SI-01', args: { row: 2, from: 'T-01', to: 'SI-01', score: -2, effect: 'helps', tasks: 'T-01', indicators: 'SI-01' } },
  { rule: 'config/unknown-rule', plan: () => makePlan({ 'plan.yaml': BASE['plan.yaml'] + 'rules:\n  target/missing-finale: off\n' }), file: 'plan.yaml', line: 13, says: 'Did you mean target/missing-final?' },
  { rule: 'suppress/unused', plan: () => makePlan(edit(tasks, '    lead: team-a\n', '    # sdplan-disable-next-line ref/unknown-team -- checked\n    lead: team-a\n')), file: tasks, line: 5 },
  { rule: 'suppress/invalid', plan: () => makePlan(edit(tasks, '    lead: team-a\n', '    # sdplan-disable-next-line ref/unknown-team\n    lead: team-a\n')), file: tasks, line: 5, says: 'no reason' },
];

const at = (d: Diagnostic) => `${d.rule} ${d.file}:${d.line}`;

describe('every rule has a fixture', () => {
  it('covers all rules', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual([...RULE_IDS].sort());
  });
});

describe('the rule registry', () => {
  it('lists each cross-reference rule once, under the ID it reports', () => {
    const ids = RULE_LIST.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULE_LIST) {
      expect(RULE_IDS).toContain(rule.id);
      const c = CASES.find((x) => x.rule === rule.id)!;
      const plan = loadPlan(c.plan()).plan;
      const found = rule.run({ plan, index: indexPlan(plan), sdg: SDG });
      expect(found.length, rule.id).toBeGreaterThan(0);
      // (history of a merged task is reported by the rule that checks actuals' indicators)
      expect(found.filter((f) => f.rule !== rule.id && f.rule !== 'actuals/replaced-history').map((f) => f.rule), rule.id).toEqual([]);
    }
  });
});

describe('the base fixture is clean', () => {
  it('gives no diagnostic', () => {
    expect(validateDir(makePlan())).toEqual([]);
  });
});

describe.each(CASES)('$rule', (c) => {
  it(`is reported at ${c.file}:${c.line}`, () => {
    const diags = validateDir(c.plan());
    const hit = diags.find((d) => d.rule === c.rule);
    expect(hit, diags.map(at).join('\n')).toBeDefined();
    expect(hit!.file).toBe(c.file);
    expect(hit!.line).toBe(c.line);
    if (c.says) expect(messageOf(hit!)).toContain(c.says);
    if (c.args) expect(hit!.args).toEqual(c.args);
  });
});


describe('the sample plan', () => {
  it('triggers no rule at all', () => {
    const diags = validateDir(SAMPLE);
    expect(diags.map(at)).toEqual([]);
  });
});

describe('Korean sentences', () => {
  it.each(CASES)('$rule has one', (c) => {
    const hit = validateDir(c.plan()).find((d) => d.rule === c.rule)!;
    const ko = messageOf(hit, 'ko');
    expect(ko).toMatch(/[\uac00-\ud7a3]/);
    expect(ko).not.toContain('undefined');
  });
});
