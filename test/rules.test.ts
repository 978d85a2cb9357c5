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
import ExcelJS from 'exceljs';
import { readActuals } from '../src/load/read-actuals.js';
import { readWorkbook } from '../src/load/read-workbook.js';
import { checkImport } from '../src/check/check-import.js';
import { templateSheets } from '../src/export/actuals-template.js';
import { templateWorkbook } from '../src/render/actuals-xlsx.js';
import { RULES } from '../src/model/rule-ids.js';
// a JavaScript module, shared with bench/xlsx-bomb.mjs
import { zipBomb } from '../bench/zip-bomb.mjs';
import { recordEvaluation } from '../src/score/record-evaluation.js';
import { evaluationYaml } from '../src/render/evaluation-yaml.js';

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
  /** How the rule is reached when validate does not report it (the rules of `actuals import`). */
  run?: () => Promise<Diagnostic[]>;
}

/** What `actuals import` reports for a CSV, in-process. */
async function importCsv(text: string): Promise<Diagnostic[]> {
  const loaded = loadPlan(makePlan({ 'indicators.yaml': BASE['indicators.yaml']!.replace('unit: tCO2eq', 'unit: "%"') }));
  const read = readActuals('in.csv', text, { percent: true });
  return checkImport(loaded, { ...read, labels: new Set(['in.csv']) }).diagnostics;
}

/** What `actuals import` reports for team-a's 2018 template workbook (T-01-P1 in row 2, value in F) once `edit` has changed it. */
async function importWorkbook(edit: (wb: ExcelJS.Workbook) => void, bytes?: Uint8Array): Promise<Diagnostic[]> {
  const loaded = loadPlan(makePlan());
  let book = bytes;
  if (!book) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await templateWorkbook(loaded.plan, 2018, templateSheets(loaded.plan, 2018, { team: 'team-a' }))) as unknown as ArrayBuffer);
    edit(wb);
    book = new Uint8Array(await wb.xlsx.writeBuffer());
  }
  const r = await readWorkbook('book.xlsx', book);
  if (r.ok) return checkImport(loaded, r).diagnostics;
  if ('finding' in r) return [{ ...r.finding, severity: RULES[r.finding.rule].severity, line: 0, column: 0 }];
  throw new Error(r.reason);
}
const team = (wb: ExcelJS.Workbook) => wb.getWorksheet('team-a')!;

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
  {
    rule: 'file/too-large',
    plan: () => makePlan({ 'tasks/big.yaml': '#'.repeat(20 * 1024 * 1024 + 1) }),
    file: 'tasks/big.yaml',
    line: 0,
    says: 'over the limit of 20971520 bytes',
  },
  {
    rule: 'file/plan-too-large',
    // three files under the file limit, over the plan's together
    plan: () => makePlan({ 'tasks/big1.yaml': '#'.repeat(17 << 20), 'tasks/big2.yaml': '#'.repeat(17 << 20), 'tasks/big3.yaml': '#'.repeat(17 << 20) }),
    file: '',
    line: 0,
    args: {
      size: Object.values(BASE).reduce((n, t) => n + Buffer.byteLength(t), 0) + 3 * (17 << 20),
      limit: 50 << 20,
      files: 9,
      largest: 'tasks/big1.yaml',
      largestSize: 17 << 20,
    },
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
  {
    rule: 'yaml/duplicate-key',
    plan: () => makePlan(edit(tasks, '    lead: team-a\n', '    lead: team-a\n    lead: team-b\n')),
    file: tasks,
    line: 6,
    says: '"lead"',
  },
  { rule: 'yaml/unknown-tag', plan: () => makePlan(edit(tasks, 'unit: MW', 'unit: !foo MW')), file: tasks, line: 12, says: '!foo' },
  {
    rule: 'yaml/alias-limit',
    plan: () => {
      const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 12; i++)
        lines.push(
          `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
            .fill('*' + String.fromCharCode(96 + i))
            .join(',')}]`,
        );
      return makePlan({ 'tasks/b.yaml': lines.join('\n') + '\n' });
    },
    file: 'tasks/b.yaml',
    line: 2,
  },
  {
    rule: 'schema/unknown-field',
    plan: () =>
      makePlan(
        edit(tasks, '    period: {start: 2018, end: 2021}\n    effects:', '    period: {start: 2018, end: 2021}\n    budjet: {2018: 100}\n    effects:'),
      ),
    file: tasks,
    line: 7,
    says: 'Did you mean budget?',
  },
  {
    rule: 'schema/missing-field',
    plan: () => makePlan(edit(tasks, '        direction: increase\n        baseline: {year: 2017, value: 0}', '        baseline: {year: 2017, value: 0}')),
    file: tasks,
    line: 10,
    says: '"direction"',
  },
  {
    rule: 'unit/missing',
    plan: () => makePlan(edit(tasks, '        unit: MW\n', '')),
    file: tasks,
    line: 10,
    says: 'T-01-P1 is quantitative but has no unit',
    args: { indicator: 'T-01-P1' },
  },
  {
    rule: 'schema/wrong-type',
    plan: () => makePlan(edit(tasks, '{year: 2017, value: 0}', '{year: 2017, value: zero}')),
    file: tasks,
    line: 14,
    says: 'Expected a number but found a string',
  },
  {
    rule: 'yaml/thousands-separator',
    plan: () => makePlan(edit(tasks, '{year: 2017, value: 10}', '{year: 2017, value: 1,000}')),
    file: tasks,
    line: 26,
    says: 'YAML reads 1,000 as two entries. Write 1000, without the thousands separator.',
    args: { written: '1,000', fix: '1000', quoted: 0 },
  },
  {
    rule: 'value/number-as-text',
    plan: () => makePlan(edit(tasks, '{year: 2017, value: 10}', '{year: 2017, value: "1,000명"}')),
    file: tasks,
    line: 26,
    says: 'baseline.value is "1,000명", text where a number belongs. Write the number alone: value: 1000 (the unit, 명, is not part of the value).',
    args: { field: 'baseline.value', value: '1,000명', fix: 1000, unit: '명' },
  },
  {
    rule: 'value/not-finite',
    plan: () => makePlan(edit(tasks, '{2018: 5, 2021: 20}', '{2018: .nan, 2021: 20}')),
    file: tasks,
    line: 15,
    says: '.nan is YAML for "not a number"',
    args: { value: '.nan', problem: 'nan' },
  },
  {
    rule: 'target/number-as-text',
    plan: () => makePlan(edit(tasks, 'targets: {2021: 40}', 'targets: {2021: 40%}')),
    file: tasks,
    line: 27,
    says: 'The 2021 target of T-02-P1 is "40%", a number written as text: it would never be rated, and the indicator would drop out of every average. Write the number alone: 2021: 40 (the text says %, but the indicator\'s unit is persons: check the figure).',
    args: { indicator: 'T-02-P1', year: 2021, value: '40%', fix: 40, writtenUnit: '%', unit: 'persons' },
  },
  {
    rule: 'schema/invalid-value',
    plan: () => makePlan(edit(tasks, 'unit: MW\n        direction: increase', 'unit: MW\n        direction: upward')),
    file: tasks,
    line: 13,
    says: 'increase, decrease, milestone',
  },
  { rule: 'id/duplicate', plan: () => makePlan(edit(tasks, '  - id: T-02\n', '  - id: T-01\n')), file: tasks, line: 16, says: `first at ${tasks}:2` },
  {
    rule: 'ref/unknown-strategy',
    plan: () => makePlan(edit(tasks, '    strategy: G01-S1\n    lead: team-a', '    strategy: G01-S9\n    lead: team-a')),
    file: tasks,
    line: 4,
    says: 'Did you mean G01-S1?',
  },
  { rule: 'ref/unknown-goal', plan: () => makePlan(edit('indicators.yaml', 'goal: G01', 'goal: G09')), file: 'indicators.yaml', line: 3, says: 'goal G09' },
  { rule: 'ref/unknown-team', plan: () => makePlan(edit(tasks, 'lead: team-a', 'lead: team-c')), file: tasks, line: 5, says: 'lead team team-c' },
  {
    rule: 'ref/unknown-department',
    plan: () => makePlan(edit('indicators.yaml', '    sdg_indicator: "13.2.2"\n', '    sdg_indicator: "13.2.2"\n    managed_by: [depr]\n')),
    file: 'indicators.yaml',
    line: 10,
    says: 'Did you mean dept?',
  },
  { rule: 'ref/unknown-indicator', plan: () => makePlan(edit(tasks, '{indicator: SI-01,', '{indicator: SI-09,')), file: tasks, line: 8, says: 'SI-09' },
  {
    rule: 'ref/unknown-body',
    plan: () => makePlan(edit('goals.yaml', 'subcommittee: environment', 'subcommittee: environmnt')),
    file: 'goals.yaml',
    line: 5,
    says: 'Did you mean environment?',
  },
  {
    rule: 'ref/unknown-task',
    plan: () => makePlan({ 'plan.yaml': BASE['plan.yaml'] + 'overlaps:\n  accepted:\n    - tasks: [T-01, T-09]\n      reason: joint\n' }),
    file: 'plan.yaml',
    line: 14,
    says: 'task T-09',
  },
  {
    rule: 'period/outside-plan',
    plan: () => makePlan(edit(tasks, '    lead: team-a\n    period: {start: 2018, end: 2021}', '    lead: team-a\n    period: {start: 2018, end: 2030}')),
    file: tasks,
    line: 6,
    says: 'outside the plan period 2018-2025',
  },
  {
    rule: 'target/outside-period',
    plan: () => makePlan(edit(tasks, '{2018: 5, 2021: 20}', '{2018: 5, 2021: 20, 2023: 25}')),
    file: tasks,
    line: 15,
    says: 'target for 2023',
  },
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
    plan: () =>
      makePlan({
        'plan.yaml': BASE['plan.yaml'] + 'dimensions:\n  sex: {values: [female, male]}\n',
        ...edit(tasks, '        unit: MW\n', '        unit: MW\n        disaggregation: [sex, age]\n'),
      }),
    file: tasks,
    line: 13,
    args: { indicator: 'T-01-P1', dimension: 'age' },
  },
  {
    rule: 'weights/no-budget',
    plan: () =>
      makePlan({
        'plan.yaml': BASE['plan.yaml'] + 'evaluation:\n  weights: budget\n',
        ...edit(
          tasks,
          '    period: {start: 2018, end: 2021}\n    effects:',
          '    period: {start: 2018, end: 2021}\n    budget: {2018: 100, 2019: 100}\n    effects:',
        ),
      }),
    file: tasks,
    line: 7,
    says: 'Task T-01 has no budget for 2020, 2021',
    args: { task: 'T-01', years: '2020, 2021', count: 2 },
  },
  {
    rule: 'actuals/unknown-column',
    plan: () =>
      makePlan({
        'plan.yaml': BASE['plan.yaml'] + 'dimensions:\n  sex: {values: [female, male]}\n',
        'actuals/a.csv': 'indicator,year,value,sexx\nT-01-P1,2018,4,\nT-01-P1,2019,5,female\n',
      }),
    file: 'actuals/a.csv',
    line: 1,
    says: 'Did you mean sex?',
    args: { column: 'sexx', suggestion: 'sex' },
  },
  {
    rule: 'actuals/unknown-breakdown',
    plan: () =>
      makePlan({
        'plan.yaml': BASE['plan.yaml'] + 'dimensions:\n  sex: {values: [female, male]}\n',
        'actuals/a.csv': 'indicator,year,value,sex\nT-01-P1,2018,4,\nT-01-P1,2018,2,woman\n',
      }),
    file: 'actuals/a.csv',
    line: 3,
    args: { row: 3, indicator: 'T-01-P1', dimension: 'sex', value: 'woman', allowed: 'female, male' },
  },
  {
    rule: 'actuals/missing-total',
    plan: () =>
      makePlan({
        'plan.yaml': BASE['plan.yaml'] + 'dimensions:\n  sex: {values: [female, male]}\n',
        'actuals/a.csv': 'indicator,year,value,sex\nT-01-P1,2018,4,\nT-01-P1,2019,2,female\nT-01-P1,2019,3,male\n',
      }),
    file: 'actuals/a.csv',
    line: 3,
    args: { row: 3, indicator: 'T-01-P1', year: 2019 },
  },
  {
    rule: 'actuals/implausible',
    plan: () => makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P1,2019,50,,\n' }),
    file: 'actuals/a.csv',
    line: 4,
    says: "is more than ten times above 2018's 4",
    args: { row: 4, indicator: 'T-01-P1', year: 2019, value: 50, problem: 'jump', previous: 4, previousYear: 2018 },
  },
  {
    rule: 'target/missing-final',
    plan: () => makePlan(edit(tasks, '{2018: 5, 2021: 20}', '{2018: 5, 2020: 15}')),
    file: tasks,
    line: 15,
    says: 'no target for 2021',
  },
  {
    rule: 'baseline/after-target',
    plan: () => makePlan(edit(tasks, '{year: 2017, value: 10}', '{year: 2022, value: 10}')),
    file: tasks,
    line: 26,
    says: 'baseline in 2022',
  },
  {
    rule: 'task/no-indicator',
    plan: () => makePlan({ [tasks]: BASE[tasks]!.split('\n').slice(0, 20).join('\n') + '\n    indicators: []\n' }),
    file: tasks,
    line: 16,
    says: 'Task T-02',
  },
  {
    rule: 'weight/invalid',
    plan: () =>
      makePlan(
        edit(
          tasks,
          '        direction: increase\n        baseline: {year: 2017, value: 0}',
          '        direction: increase\n        weight: 0\n        baseline: {year: 2017, value: 0}',
        ),
      ),
    file: tasks,
    line: 14,
    says: 'weight 0',
  },
  { rule: 'sdg/unknown-target', plan: () => makePlan(edit('goals.yaml', '["7.2"]', '["7.2", "7.9"]')), file: 'goals.yaml', line: 4, says: 'SDG target 7.9' },
  { rule: 'sdg/unknown-indicator', plan: () => makePlan(edit('indicators.yaml', '"13.2.2"', '"13.2.9"')), file: 'indicators.yaml', line: 9, says: '13.2.9' },
  {
    rule: 'i18n/missing-translation',
    plan: () => makePlan(edit(tasks, 'title: {ko: 과제, en: Task}', 'title: 과제')),
    file: tasks,
    line: 3,
    says: 'no en text',
  },
  {
    rule: 'i18n/unknown-language',
    plan: () => makePlan(edit(tasks, 'title: {ko: 과제, en: Task}', 'title: {ko: 과제, en: Task, fr: Tâche}')),
    file: tasks,
    line: 3,
    says: '"fr"',
  },
  {
    rule: 'goal/no-task',
    plan: () => makePlan({ 'goals.yaml': BASE['goals.yaml'] + '  - id: G02\n    title: {ko: 둘, en: Two}\n    strategies: []\n' }),
    file: 'goals.yaml',
    line: 8,
    says: 'goal G02',
  },
  {
    rule: 'strategy/no-task',
    plan: () => makePlan({ 'goals.yaml': BASE['goals.yaml'] + '      - {id: G01-S2, title: {ko: 둘, en: Two}}\n' }),
    file: 'goals.yaml',
    line: 8,
    says: 'strategy G01-S2',
  },
  {
    rule: 'team/no-task',
    plan: () => makePlan({ 'plan.yaml': BASE['plan.yaml'] + '      - {id: team-c, name: {ko: 다팀, en: Team C}}\n' }),
    file: 'plan.yaml',
    line: 12,
    says: 'Team team-c',
  },
  {
    rule: 'governance/gender-share',
    plan: () => makePlan(edit('governance.yaml', '{id: M2, gender: male}', '{id: M2, gender: female}')),
    file: 'governance.yaml',
    line: 10,
    says: "2 of 2 members (100%) are female, above the policy's maximum of 60%",
  },
  {
    rule: 'governance/external-share',
    plan: () => makePlan(edit('governance.yaml', '{id: E1, gender: female, external: true}', '{id: E1, gender: female, external: false}')),
    file: 'governance.yaml',
    line: 15,
    says: '1 of 4 members (25%) are external',
  },
  {
    rule: 'actuals/syntax',
    plan: () => makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P1,2019\n' }),
    file: 'actuals/a.csv',
    line: 4,
    says: 'Row 4',
  },
  {
    rule: 'actuals/unknown-indicator',
    plan: () => makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P2,2019,3,,\n' }),
    file: 'actuals/a.csv',
    line: 4,
    says: 'Did you mean T-01-P1?',
    args: { row: 4, indicator: 'T-01-P2', suggestion: 'T-01-P1' },
  },
  {
    // T-09 was merged into T-02; its indicator T-09-P2 is continued by nothing
    rule: 'actuals/replaced-history',
    plan: () =>
      makePlan({
        ...edit(tasks, '    title: {ko: 과제2, en: Task 2}\n', '    title: {ko: 과제2, en: Task 2}\n    replaces: [T-09]\n'),
        'actuals/a.csv': BASE['actuals/a.csv'] + 'T-09-P2,2018,3,,\n',
      }),
    file: 'actuals/a.csv',
    line: 4,
    says: 'which T-02 replaced',
    args: { row: 4, indicator: 'T-09-P2', task: 'T-09', replacedBy: 'T-02' },
  },
  {
    rule: 'file/empty',
    plan: () => makePlan({ 'goals.yaml': '# nothing yet\n' }),
    file: 'goals.yaml',
    line: 0,
    says: 'The file is empty: it needs a `goals:` list.',
    args: { problem: 'empty', key: 'goals' },
  },
  {
    rule: 'check/held-back',
    plan: () => makePlan({ 'goals.yaml': 'goals: [\n' }),
    file: 'goals.yaml',
    line: 0,
    says: 'because goals.yaml cannot be used',
    args: { files: 'goals.yaml', count: 1 },
  },
  {
    rule: 'actuals/bad-value',
    plan: () => makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P1,2019,"1,200",,\n' }),
    file: 'actuals/a.csv',
    line: 4,
    says: 'value "1,200"',
  },
  {
    rule: 'actuals/year-outside-plan',
    plan: () => makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P1,2030,3,,\n' }),
    file: 'actuals/a.csv',
    line: 4,
    says: 'for 2030',
  },
  {
    rule: 'actuals/conflict',
    plan: () => makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P1,2018,5,,\n' }),
    file: 'actuals/a.csv',
    line: 4,
    says: 'but actuals/a.csv row 2 gives 4',
  },
  {
    // T-08 and T-09 were merged into T-02; T-02-P1 continues both, and both give 2018
    rule: 'actuals/merge-conflict',
    plan: () =>
      makePlan({
        ...edit(tasks, '      - id: T-02-P1\n', '      - id: T-02-P1\n        replaces: [T-08-P1, T-09-P1]\n'),
        'actuals/a.csv': BASE['actuals/a.csv'] + 'T-08-P1,2018,12,,\nT-09-P1,2018,8,,\n',
      }),
    file: 'actuals/a.csv',
    line: 5,
    says: 'T-02-P1 continues both T-08-P1 and T-09-P1, and both give a value for 2018: T-08-P1 12 (actuals/a.csv row 4), T-09-P1 8 (row 5)',
    args: {
      continuing: 'T-02-P1',
      year: 2018,
      row: 5,
      indicator: 'T-09-P1',
      value: 8,
      otherIndicator: 'T-08-P1',
      otherValue: 12,
      otherFile: 'actuals/a.csv',
      otherRow: 4,
    },
  },
  {
    rule: 'actuals/merge-partial',
    plan: () =>
      makePlan({
        ...edit(tasks, '      - id: T-02-P1\n', '      - id: T-02-P1\n        replaces: [T-08-P1, T-09-P1]\n        combine: sum\n'),
        'actuals/a.csv': BASE['actuals/a.csv'] + 'T-08-P1,2018,12,,\n',
      }),
    file: tasks,
    line: 24,
    says: 'for 2018 it has a value from T-08-P1 and none from T-09-P1',
    args: { indicator: 'T-02-P1', year: 2018, given: 'T-08-P1', missing: 'T-09-P1' },
  },
  {
    rule: 'interactions/syntax',
    plan: () => makePlan({ 'interactions.csv': 'from,score\nG01,1\n' }),
    file: 'interactions.csv',
    line: 1,
    says: 'lacks the column(s) to',
    args: { row: 1, reason: 'missing-columns', columns: 'to' },
  },
  {
    rule: 'interactions/bad-value',
    plan: () => makePlan({ 'interactions.csv': IX + 'G01,SI-01,1,,,environment\nG01,SI-01,5,,,environment\n' }),
    file: 'interactions.csv',
    line: 3,
    says: 'score "5"',
    args: { row: 3, field: 'score', value: '5' },
  },
  {
    rule: 'interactions/unknown-id',
    plan: () => makePlan({ 'interactions.csv': IX + 'G09,SI-01,1,,,environment\n' }),
    file: 'interactions.csv',
    line: 2,
    says: 'from G09 is not a goal',
    args: { row: 2, field: 'from', id: 'G09', suggestion: 'G01' },
  },
  {
    rule: 'interactions/direction',
    plan: () => makePlan({ 'interactions.csv': IX + 'SI-01,G01,1,,,environment\n' }),
    file: 'interactions.csv',
    line: 2,
    says: 'sustainability indicator SI-01 acting on G01',
    args: { row: 2, id: 'SI-01', to: 'G01', problem: 'from-indicator' },
  },
  {
    rule: 'interactions/duplicate',
    plan: () => makePlan({ 'interactions.csv': IX + 'T-01,SI-01,1,,,environment\nT-01,SI-01,2,,,environment\n' }),
    file: 'interactions.csv',
    line: 3,
    says: 'row 2 scores it 1',
    args: { row: 3, from: 'T-01', to: 'SI-01', score: 2, otherRow: 2, otherScore: 1 },
  },
  {
    rule: 'interactions/unknown-body',
    plan: () => makePlan({ 'interactions.csv': IX + 'T-01,T-02,1,,,envirnoment\n' }),
    file: 'interactions.csv',
    line: 2,
    says: 'Did you mean environment?',
    args: { row: 2, body: 'envirnoment', suggestion: 'environment' },
  },
  {
    rule: 'interactions/contradicts-effects',
    plan: () => makePlan({ 'interactions.csv': IX + 'T-01,SI-01,-2,high,,environment\n' }),
    file: 'interactions.csv',
    line: 2,
    says: 'scores T-01 -> SI-01 -2, but the declared effects of T-01 help SI-01',
    args: { row: 2, from: 'T-01', to: 'SI-01', score: -2, effect: 'helps', tasks: 'T-01', indicators: 'SI-01' },
  },
  {
    rule: 'import/percent',
    plan: makePlan,
    run: () => importCsv('indicator,year,value\nSI-01,2018,45%\n'),
    file: 'in.csv',
    line: 2,
    says: 'Row 2 shows 45%; read as 45 (SI-01 is measured in %).',
    args: { row: 2, indicator: 'SI-01', shown: '45%', value: 45, unit: '%' },
  },
  {
    rule: 'import/percent-unit',
    plan: makePlan,
    run: () => importCsv('indicator,year,value\nT-01-P1,2018,45%\n'),
    file: 'in.csv',
    line: 2,
    says: 'T-01-P1 is measured in MW, not %',
    args: { row: 2, indicator: 'T-01-P1', shown: '45%', value: 45, unit: 'MW' },
  },
  {
    rule: 'import/cell',
    plan: makePlan,
    run: () => importWorkbook((wb) => (team(wb).getCell('F2').value = { error: '#N/A' } as ExcelJS.CellErrorValue)),
    file: 'book.xlsx#team-a',
    line: 2,
    says: 'Cell team-a!F2 (value) shows the error #N/A',
    args: { row: 2, cell: 'team-a!F2', kind: 'error', shown: '#N/A', field: 'value' },
  },
  {
    rule: 'import/formula',
    plan: makePlan,
    run: () => importWorkbook((wb) => (team(wb).getCell('F2').value = { formula: 'B9*2', result: 4 } as ExcelJS.CellFormulaValue)),
    file: 'book.xlsx#team-a',
    line: 2,
    says: 'holds the formula =B9*2; its saved value 4 was imported',
    args: { row: 2, cell: 'team-a!F2', formula: '=B9*2', value: 4 },
  },
  {
    rule: 'import/merged-cell',
    plan: makePlan,
    run: () =>
      importWorkbook((wb) => {
        team(wb).getCell('F2').value = 3;
        team(wb).mergeCells('F2:F4');
      }),
    file: 'book.xlsx#team-a',
    line: 2,
    says: 'is merged into team-a!F2:F4',
    args: { row: 2, cell: 'team-a!F2', range: 'team-a!F2:F4', field: 'value' },
  },
  {
    rule: 'import/marker-tampered',
    plan: makePlan,
    run: () => importWorkbook((wb) => (wb.getWorksheet('_sdplan')!.getCell('B2').value = 2019)),
    file: 'book.xlsx',
    line: 0,
    says: 'was changed after sdplan wrote it',
    args: { sheet: '_sdplan', problem: 'changed' },
  },
  {
    rule: 'import/too-large',
    plan: makePlan,
    run: () => importWorkbook(() => undefined, zipBomb(51 * 1024 * 1024)),
    file: 'book.xlsx',
    line: 0,
    says: 'more than 52428800 bytes',
    args: { size: 51 * 1024 * 1024, limit: 52428800 },
  },
  {
    // the record of 2018 made when T-01-P1's 2018 actual was 5; the plan now says 4
    rule: 'evaluation/recomputed-differs',
    plan: () => {
      const then = loadPlan(makePlan({ 'actuals/a.csv': BASE['actuals/a.csv']!.replace('T-01-P1,2018,4', 'T-01-P1,2018,5') })).plan;
      const record = recordEvaluation(then, { start: 2018, end: 2018 }, { commit: null, sdplan: '0.3.0' }, 'evaluations/2018-2018.yaml');
      return makePlan({ 'evaluations/2018-2018.yaml': evaluationYaml(record, '../schemas/evaluation.schema.json') });
    },
    file: 'evaluations/2018-2018.yaml',
    line: 20,
    says: '2018: plan mini is recorded at 100% S (1/1) but computes to 80% B (1/1) now (actual revised)',
    args: {
      period: '2018-2018',
      year: 2018,
      level: 'plan',
      id: 'mini',
      presence: 'both',
      causes: 'actual-revised',
      recorded: 1,
      recordedGrade: 'S',
      recordedCoverage: '1/1',
      now: 0.8,
      nowGrade: 'B',
      nowCoverage: '1/1',
    },
  },
  {
    // a record copied from another city's repository (or kept after the plan's ID changed) is named, not skipped
    rule: 'evaluation/not-this-plan',
    plan: () => {
      const record = recordEvaluation(loadPlan(makePlan()).plan, { start: 2018, end: 2018 }, { commit: null, sdplan: '0.3.0' }, 'evaluations/2018-2018.yaml');
      return makePlan({ 'evaluations/2018-2018.yaml': evaluationYaml({ ...record, plan: 'other-city' }, '../schemas/evaluation.schema.json') });
    },
    file: 'evaluations/2018-2018.yaml',
    line: 6,
    says: 'is for plan other-city, not mini',
    args: { problem: 'plan', recorded: 'other-city', plan: 'mini', period: '2018-2018' },
  },
  {
    rule: 'config/unknown-rule',
    plan: () => makePlan({ 'plan.yaml': BASE['plan.yaml'] + 'rules:\n  target/missing-finale: off\n' }),
    file: 'plan.yaml',
    line: 13,
    says: 'Did you mean target/missing-final?',
  },
  {
    rule: 'suppress/unused',
    plan: () => makePlan(edit(tasks, '    lead: team-a\n', '    # sdplan-disable-next-line ref/unknown-team -- checked\n    lead: team-a\n')),
    file: tasks,
    line: 5,
  },
  {
    rule: 'suppress/invalid',
    plan: () => makePlan(edit(tasks, '    lead: team-a\n', '    # sdplan-disable-next-line ref/unknown-team\n    lead: team-a\n')),
    file: tasks,
    line: 5,
    says: 'no reason',
  },
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
      const loaded = loadPlan(c.plan());
      const plan = loaded.plan;
      const found = rule.run({ plan, index: indexPlan(plan), sdg: SDG, records: loaded.records });
      expect(found.length, rule.id).toBeGreaterThan(0);
      // (history of a merged task is reported by the rule that checks actuals' indicators)
      expect(
        found.filter((f) => f.rule !== rule.id && f.rule !== 'actuals/replaced-history').map((f) => f.rule),
        rule.id,
      ).toEqual([]);
    }
  });
});

describe('the base fixture is clean', () => {
  it('gives no diagnostic', () => {
    expect(validateDir(makePlan())).toEqual([]);
  });
});

describe.each(CASES)('$rule', (c) => {
  it(`is reported at ${c.file}:${c.line}`, async () => {
    const diags = c.run ? await c.run() : validateDir(c.plan());
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
  it.each(CASES)('$rule has one', async (c) => {
    const hit = (c.run ? await c.run() : validateDir(c.plan())).find((d) => d.rule === c.rule)!;
    const ko = messageOf(hit, 'ko');
    expect(ko).toMatch(/[\uac00-\ud7a3]/);
    expect(ko).not.toContain('undefined');
  });
});

describe('evaluation/not-this-plan', () => {
  it('names a record whose file name says another period than it holds', () => {
    const record = recordEvaluation(loadPlan(makePlan()).plan, { start: 2018, end: 2018 }, { commit: null, sdplan: '0.3.0' }, 'evaluations/2018-2019.yaml');
    const dir = makePlan({ 'evaluations/2018-2019.yaml': evaluationYaml(record, '../schemas/evaluation.schema.json') });
    const found = validateDir(dir).filter((d) => d.rule === 'evaluation/not-this-plan');
    expect(found.map((d) => [d.file, d.args])).toEqual([
      ['evaluations/2018-2019.yaml', { problem: 'period', period: '2018-2018', expected: 'evaluations/2018-2018.yaml' }],
    ]);
  });
});
