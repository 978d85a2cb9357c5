// Issue 19, item 1: a number written as text (35%, 1 800, ３５, 2,000 in a flow map, .nan) is read
// right or named as an error, never turned silently into a text target or a dropped value.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, edit, makePlan, validateDir } from './helpers.js';
import { loadPlan } from '../src/load/load-plan.js';
import { messageOf } from '../src/render/messages.js';
import type { Diagnostic } from '../src/model/diagnostic.js';

afterAll(cleanup);

const tasks = 'tasks/a.yaml';
const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.rule} ${d.file}:${d.line}:${d.column} ${JSON.stringify(d.args)}`);
const siTargets = (to: string) => makePlan(edit('indicators.yaml', 'targets: {2025: 80}', to));

describe('text targets that read as numbers', () => {
  it('{2024: 35%, 2025: 50%} on a quantitative indicator is two errors that show the fix', () => {
    const ds = validateDir(siTargets('targets: {2024: 35%, 2025: 50%}'));
    expect(brief(ds)).toEqual([
      'target/number-as-text indicators.yaml:8:21 {"indicator":"SI-01","year":2024,"value":"35%","fix":35,"writtenUnit":"%","unit":"tCO2eq"}',
      'target/number-as-text indicators.yaml:8:32 {"indicator":"SI-01","year":2025,"value":"50%","fix":50,"writtenUnit":"%","unit":"tCO2eq"}',
    ]);
    expect(ds[0]!.severity).toBe('error');
    expect(messageOf(ds[0]!, 'ko')).toBe(
      '지표 SI-01의 2024년 목표 "35%"는 숫자를 글로 쓴 것이라 평가되지 않고, 이 지표는 모든 평균에서 빠집니다. 2024: 35처럼 숫자만 쓰세요 (글의 단위는 %, 지표의 단위는 tCO2eq입니다. 수치를 확인하세요).',
    );
  });

  it.each([
    ['1 800', 1800],
    ['"３５"', 35],
    ['35점', 35],
    ['"1,800 tCO2eq"', 1800],
    ['"-12.5"', -12.5],
    ['"+35"', 35],
    ['80 이상', 80],
  ])('%s is read as %d', (written, fix) => {
    const ds = validateDir(siTargets(`targets: {2024: 90, 2025: ${written}}`));
    expect(ds.map((d) => [d.rule, d.args.fix])).toEqual([['target/number-as-text', fix]]);
  });

  it('a bound against the direction is named: "90 이하" on an indicator that should decrease is fine, "70 이상" is not', () => {
    // SI-01 decreases from 100
    expect(validateDir(siTargets('targets: {2025: 90 이하}'))[0]!.args).toEqual({
      indicator: 'SI-01',
      year: 2025,
      value: '90 이하',
      fix: 90,
      qualifier: '이하',
      direction: 'decrease',
    });
    const ds = validateDir(siTargets('targets: {2025: 70 이상}'));
    expect(ds[0]!.args).toEqual({ indicator: 'SI-01', year: 2025, value: '70 이상', fix: 70, qualifier: '이상', direction: 'decrease', against: 1 });
    expect(messageOf(ds[0]!, 'ko')).toBe(
      '지표 SI-01의 2025년 목표 "70 이상"은 숫자를 글로 쓴 것이라 평가되지 않고, 이 지표는 모든 평균에서 빠집니다. 2025: 70처럼 숫자만 쓰세요 (다만 "이상"은 지표의 방향(감소)과 반대쪽 한계입니다. 방향을 확인하세요).',
    );
  });

  it("a unit that is the indicator's own is not questioned", () => {
    const ds = validateDir(siTargets('targets: {2025: 80 tCO2eq}'));
    expect(messageOf(ds[0]!)).toBe(
      'The 2025 target of SI-01 is "80 tCO2eq", a number written as text: it would never be rated, and the indicator would drop out of every average. Write the number alone: 2025: 80.',
    );
  });

  it.each(['지속 확대', 'keep decreasing', '2030년까지 50% 감축', '"{ko: 지속 감소, en: keep decreasing}"'])('%s stays a text target', (written) => {
    const w = written.startsWith('"{') ? written.slice(1, -1) : written;
    const dir = siTargets(`targets: {2024: 90, 2025: ${w}}`);
    expect(brief(validateDir(dir))).toEqual([]);
    expect(loadPlan(dir).plan.indicators[0]!.textTargets.map(([y]) => y)).toEqual([2025]);
  });

  it('on a qualitative indicator a number in text changes no rate, and stays text', () => {
    const dir = makePlan(edit('indicators.yaml', '    targets: {2025: 80}\n', '    kind: qualitative\n    targets: {2025: 35%}\n'));
    expect(brief(validateDir(dir))).toEqual([]);
  });

  it('a final target written as a number in text is not also "missing"', () => {
    const ds = validateDir(makePlan(edit(tasks, '{2018: 5, 2021: 20}', '{2018: 5, 2021: 20MW}')));
    expect(ds.map((d) => d.rule)).toEqual(['target/number-as-text']);
  });

  it('a comma that is not a thousands separator is named as unclear', () => {
    const ds = validateDir(siTargets('targets: {2025: "1,5"}'));
    expect(brief(ds)).toEqual(['target/number-as-text indicators.yaml:8:21 {"indicator":"SI-01","year":2025,"value":"1,5","problem":"unclear"}']);
  });
});

describe('thousands separators in a flow map', () => {
  it('{2018: 2,000} is read as 2000, with one error at the figure', () => {
    const dir = makePlan(edit(tasks, '{2018: 5, 2021: 20}', '{2018: 2,000, 2021: 2,000,000}'));
    const ds = validateDir(dir);
    expect(brief(ds)).toEqual([
      'yaml/thousands-separator tasks/a.yaml:15:25 {"written":"2,000","fix":"2000","quoted":0}',
      'yaml/thousands-separator tasks/a.yaml:15:38 {"written":"2,000,000","fix":"2000000","quoted":0}',
    ]);
    expect(loadPlan(dir).plan.tasks[0]!.indicators[0]!.targets).toEqual([
      [2018, 2000],
      [2021, 2000000],
    ]);
    expect(messageOf(ds[0]!, 'ko')).toBe('{...} 맵 안에서는 쉼표가 항목을 나누므로 2,000이 두 항목으로 읽힙니다. 천 단위 쉼표 없이 2000으로 쓰세요.');
  });

  it('a baseline of 1,850.5 is not "a field 850.5"', () => {
    const dir = makePlan(edit(tasks, '{year: 2017, value: 10}\n        targets: {2021: 40}', '{year: 2017, value: 1,850.5}\n        targets: {2021: 2,000}'));
    expect(brief(validateDir(dir))).toEqual([
      'yaml/thousands-separator tasks/a.yaml:26:39 {"written":"1,850.5","fix":"1850.5","quoted":0}',
      'yaml/thousands-separator tasks/a.yaml:27:25 {"written":"2,000","fix":"2000","quoted":0}',
    ]);
    expect(loadPlan(dir).plan.tasks[1]!.indicators[0]!.baseline).toEqual({ year: 2017, value: 1850.5 });
  });

  it('text cut by a comma keeps every word, and says to quote it', () => {
    const dir = makePlan(edit(tasks, 'title: {ko: 과제, en: Task}', 'title: {ko: 1,000명 지원, en: Task}'));
    const ds = validateDir(dir);
    expect(brief(ds)).toEqual(['yaml/thousands-separator tasks/a.yaml:3:17 {"written":"1,000명 지원","fix":"\\"1,000명 지원\\"","quoted":1}']);
    expect(loadPlan(dir).plan.tasks[0]!.title).toEqual({ ko: '1,000명 지원', en: 'Task' });
  });

  it('a comma and a space between numbers is two entries, as YAML means it', () => {
    expect(brief(validateDir(makePlan(edit(tasks, '{2018: 5, 2021: 20}', '{2018: 5, 2021: 200}'))))).toEqual([]);
  });
});

describe('numbers no rate can use', () => {
  it.each([
    ['.nan', 'nan', '.nan is YAML for "not a number", which no rate, sum or average can use. Write the number, or leave the entry out if there is none.'],
    ['.inf', 'infinite', '.inf is YAML for infinity, which no rate, sum or average can use. Write a finite number.'],
    ['-.Inf', 'infinite', '-.Inf is YAML for infinity, which no rate, sum or average can use. Write a finite number.'],
    ['1e309', 'too-large', '1e309 is beyond the largest number that can be held (about 1.8e308) and would be read as infinity. Check the digits.'],
  ])('baseline %s has its own message', (written, problem, message) => {
    const ds = validateDir(makePlan(edit(tasks, '{year: 2017, value: 10}', `{year: 2017, value: ${written}}`)));
    expect(brief(ds)).toEqual([`value/not-finite tasks/a.yaml:26:39 {"value":"${written}","problem":"${problem}"}`]);
    expect(messageOf(ds[0]!)).toBe(message);
  });

  it('in a target, a budget, a weight, a limit and a budget cap', () => {
    const dir = makePlan({
      ...edit(tasks, '    period: {start: 2018, end: 2021}\n    effects:', '    period: {start: 2018, end: 2021}\n    budget: {2018: .inf}\n    effects:'),
      ...edit('indicators.yaml', 'targets: {2025: 80}', 'targets: {2025: 1e400}\n    limit: .nan'),
    });
    const ds = validateDir(dir);
    expect(ds.map((d) => `${d.rule} ${d.file}:${d.line} ${d.args.value}`)).toEqual([
      'value/not-finite indicators.yaml:8 1e400',
      'value/not-finite indicators.yaml:9 .nan',
      'value/not-finite tasks/a.yaml:7 .inf',
    ]);
    expect(ds.map((d) => messageOf(d)).join('\n')).not.toContain('Expected a number but found a number');
  });

  it('a weight of .nan is one finding, not two', () => {
    const ds = validateDir(
      makePlan(
        edit(
          tasks,
          '        direction: increase\n        baseline: {year: 2017, value: 0}',
          '        direction: increase\n        weight: .nan\n        baseline: {year: 2017, value: 0}',
        ),
      ),
    );
    expect(ds.map((d) => d.rule)).toEqual(['value/not-finite']);
  });
});

describe('text where a number field is expected', () => {
  it.each([
    ['budget: {2018: 3억}', 'budget.2018', '3억', 300000000, 7],
    ['budget: {2018: "1,000,000"}', 'budget.2018', '1,000,000', 1000000, 7],
  ])('%s', (line, field, value, fix, at) => {
    const ds = validateDir(
      makePlan(edit(tasks, '    period: {start: 2018, end: 2021}\n    effects:', `    period: {start: 2018, end: 2021}\n    ${line}\n    effects:`)),
    );
    expect(ds.map((d) => [d.rule, d.line, d.args.field, d.args.value, d.args.fix])).toEqual([['value/number-as-text', at, field, value, fix]]);
  });

  it('a budget cap of "5억 원" and a limit of "0%"', () => {
    const dir = makePlan({
      'plan.yaml': edit('plan.yaml', '{id: team-a, name: {ko: 가팀, en: Team A}}', '{id: team-a, name: {ko: 가팀, en: Team A}, budget_cap: 5억 원}')[
        'plan.yaml'
      ]!,
      ...edit('indicators.yaml', 'targets: {2025: 80}', 'targets: {2025: 80}\n    limit: 0%'),
    });
    expect(validateDir(dir).map((d) => `${d.rule} ${d.file}:${d.line} ${d.args.field}=${d.args.fix}`)).toEqual([
      'value/number-as-text indicators.yaml:9 indicators.limit=0',
      'value/number-as-text plan.yaml:10 teams.budget_cap=500000000',
      // (an error in plan.yaml holds the cross-file rules back, as any does)
      'check/held-back plan.yaml:0 undefined=undefined',
    ]);
  });

  it('words where a number belongs are still a wrong type', () => {
    const ds = validateDir(makePlan(edit(tasks, '{year: 2017, value: 10}', '{year: 2017, value: ten}')));
    expect(ds.map((d) => d.rule)).toEqual(['schema/wrong-type']);
  });
});
