// Branches that no test caught before (each was changed by hand and the suite still passed):
// partners in ref/unknown-team, also_goals, a reversed period, the baseline-year exception,
// target/missing-final without targets, the accepted-pair filter, decrease targets in diff.
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, cleanup, edit, makePlan, validateDir } from './helpers.js';
import { loadPlan, loadPlanFromFiles } from '../src/load/load-plan.js';
import { scorePlan } from '../src/score/score-plan.js';
import { diffPlans } from '../src/diff/plan-diff.js';
import { findingsDelta } from '../src/diff/findings-delta.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import type { OverlapPair } from '../src/overlap/find-overlaps.js';

afterAll(cleanup);

const tasks = 'tasks/a.yaml';
const only = (diags: Diagnostic[], rule: string) => diags.filter((d) => d.rule === rule).map((d) => ({ line: d.line, args: d.args }));

describe('ref/unknown-team', () => {
  it("checks partners as well as the lead, at the partner's own line", () => {
    const dir = makePlan(edit(tasks, '    lead: team-a\n', '    lead: team-a\n    partners: [team-b, team-c]\n'));
    expect(only(validateDir(dir), 'ref/unknown-team')).toEqual([{ line: 6, args: { task: 'T-01', role: 'partner', team: 'team-c', suggestion: 'team-a' } }]);
  });
});

describe('also_goals', () => {
  const goals =
    BASE['goals.yaml']! +
    '  - id: G02\n    title: {ko: 둘, en: Two}\n    sdg_targets: ["7.3"]\n    strategies:\n      - {id: G02-S1, title: {ko: 전략, en: Strategy}}\n';

  it('an unknown goal in also_goals is ref/unknown-goal at its place', () => {
    const dir = makePlan({
      'goals.yaml': goals,
      ...edit(tasks, '    strategy: G01-S1\n    lead: team-a\n', '    strategy: G01-S1\n    also_goals: [G02, G09]\n    lead: team-a\n'),
    });
    expect(only(validateDir(dir), 'ref/unknown-goal')).toEqual([{ line: 5, args: { owner: 'T-01', goal: 'G09', suggestion: 'G01' } }]);
  });

  it('a goal served only through also_goals has a task; without it, goal/no-task', () => {
    const without = makePlan({ 'goals.yaml': goals });
    expect(only(validateDir(without), 'goal/no-task')).toEqual([{ line: 8, args: { goal: 'G02' } }]);
    const served = makePlan({
      'goals.yaml': goals,
      ...edit(tasks, '    strategy: G01-S1\n    lead: team-a\n', '    strategy: G01-S1\n    also_goals: [G02]\n    lead: team-a\n'),
    });
    expect(only(validateDir(served), 'goal/no-task')).toEqual([]);
  });

  it("roll-ups count a task once, under its primary strategy's goal", () => {
    const dir = makePlan({
      'goals.yaml': goals,
      ...edit(tasks, '    strategy: G01-S1\n    lead: team-a\n', '    strategy: G01-S1\n    also_goals: [G02]\n    lead: team-a\n'),
    });
    const s = scorePlan(loadPlan(dir).plan, 2018);
    const g = new Map(s.groups.goal.map((x) => [x.id, [x.rate, x.coverage.measured, x.coverage.targeted]]));
    // T-01-P1: (4 - 0) / (5 - 0) = 0.8, under G01 only
    expect(g.get('G01')).toEqual([0.8, 1, 1]);
    expect(g.get('G02')).toEqual([null, 0, 0]);
  });
});

describe('period/outside-plan', () => {
  it('a reversed period is its own problem, with both years', () => {
    const dir = makePlan(edit(tasks, '    lead: team-a\n    period: {start: 2018, end: 2021}', '    lead: team-a\n    period: {start: 2021, end: 2019}'));
    expect(only(validateDir(dir), 'period/outside-plan')).toEqual([{ line: 6, args: { task: 'T-01', problem: 'reversed', start: 2021, end: 2019 } }]);
  });
});

describe('actuals/year-outside-plan', () => {
  it("a value for the indicator's baseline year before the plan is allowed; any other early year is not", () => {
    // T-01-P1 has its baseline in 2017; the plan starts in 2018
    const dir = makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P1,2017,0,,\nT-01-P1,2016,0,,\nSI-01,2016,100,,\n' });
    expect(only(validateDir(dir), 'actuals/year-outside-plan')).toEqual([
      { line: 5, args: { row: 5, indicator: 'T-01-P1', year: 2016, start: 2018, end: 2025 } },
    ]);
  });

  it('plan.yaml base_year is allowed for every indicator', () => {
    const dir = makePlan({ 'plan.yaml': BASE['plan.yaml'] + 'base_year: 2016\n', 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P1,2016,0,,\n' });
    expect(only(validateDir(dir), 'actuals/year-outside-plan')).toEqual([]);
  });
});

describe('target/missing-final', () => {
  it('is not reported for an indicator without any target (no target at all is another problem), only for one whose targets stop early', () => {
    const noTargets = makePlan(edit(tasks, '        targets: {2018: 5, 2021: 20}\n', ''));
    expect(only(validateDir(noTargets), 'target/missing-final')).toEqual([]);
    const early = makePlan(edit(tasks, 'targets: {2018: 5, 2021: 20}', 'targets: {2018: 5, 2020: 20}'));
    expect(only(validateDir(early), 'target/missing-final')).toEqual([{ line: 15, args: { indicator: 'T-01-P1', task: 'T-01', year: 2021 } }]);
  });
});

describe('findings delta', () => {
  const pair = (a: string, b: string, accepted: boolean, decision?: OverlapPair['decision']): OverlapPair => ({
    a,
    b,
    score: 0.5,
    type: 'overlap',
    reasons: [],
    accepted,
    ...(decision ? { decision } : {}),
  });
  const side = (pairs: OverlapPair[], tasks: string[], replacedBy: Array<[string, string]> = []) => ({
    pairs,
    conflicts: [],
    tasks: new Set(tasks),
    replacedBy: new Map(replacedBy),
  });
  const all = ['T-01', 'T-02', 'T-03', 'T-04', 'T-05', 'T-06'];
  it('a new pair is introduced unless it is accepted; a pair already in the base is not new', () => {
    const d = findingsDelta(
      [],
      [],
      side([pair('T-01', 'T-02', false)], all),
      side([pair('T-01', 'T-02', false), pair('T-03', 'T-04', true), pair('T-05', 'T-06', false)], all),
    );
    expect(d.introduced).toEqual([{ rule: 'overlap', severity: 'warning', file: '', line: 0, args: { a: 'T-05', b: 'T-06', score: 0.5, type: 'overlap' } }]);
    expect(d.fixed).toEqual([]);
  });

  it('a base pair the head no longer reports is fixed, and says whether a merge, a decision or new words did it', () => {
    const base = side([pair('T-01', 'T-02', false), pair('T-03', 'T-04', false), pair('T-05', 'T-06', false), pair('T-01', 'T-06', true)], all);
    const head = side([pair('T-03', 'T-04', true, 'keep')], ['T-01', 'T-03', 'T-04', 'T-05', 'T-06'], [['T-02', 'T-01']]);
    expect(findingsDelta([], [], base, head).fixed.map((f) => [f.args.a, f.args.b, f.args.why])).toEqual([
      ['T-01', 'T-02', 'merged: T-02 into T-01'],
      ['T-03', 'T-04', 'decision: keep'],
      ['T-05', 'T-06', 'no longer alike'],
    ]);
  });
});

describe('diff: targets of decrease indicators', () => {
  const files = (targets: string) =>
    new Map(
      Object.entries({ ...BASE, 'indicators.yaml': BASE['indicators.yaml']!.replace('targets: {2025: 80}', targets) }).map(([k, v]) => [k, Buffer.from(v!)]),
    );
  it('a lower target of a decrease indicator raises the ambition; a higher one lowers it', () => {
    const base = loadPlanFromFiles('a', files('targets: {2020: 90, 2025: 80}')).plan;
    const head = loadPlanFromFiles('b', files('targets: {2020: 95, 2025: 70}')).plan;
    expect(diffPlans(base, head).filter((c) => c.kind === 'target-changed')).toEqual([
      { kind: 'target-changed', entity: 'indicator', id: 'SI-01', year: 2020, from: 90, to: 95, note: 'lowered' },
      { kind: 'target-changed', entity: 'indicator', id: 'SI-01', year: 2025, from: 80, to: 70, note: 'raised' },
    ]);
  });
});
