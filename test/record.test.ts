// Recorded evaluations (issue 19): a published evaluation never changes silently. A revision merges
// two tasks of 2024-2025 into one starting 2026; the record of 2024-2025 keeps its figures, validate
// says what a computation today gives otherwise and why, and report --previous reconciles the drop.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { SAMPLE, cli, validateDir } from './helpers.js';
import { loadPlan } from '../src/load/load-plan.js';
import { apportion, contributions, reconcile } from '../src/report/reconcile.js';
import { compareRecord } from '../src/score/reconcile.js';
import { recordEvaluation } from '../src/score/record-evaluation.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const PLAN = `sdplan: 1
id: merged
title: {ko: 통합, en: Merged}
period: {start: 2022, end: 2030}
languages: [ko, en]
revision: {number: 1, adopted: 2022-01-10, cycle_years: 2}
organization:
  - id: dept
    name: {ko: 부서, en: Department}
    teams:
      - {id: team-a, name: {ko: 가팀, en: Team A}}
      - {id: team-b, name: {ko: 나팀, en: Team B}}
`;
const GOALS = `goals:
  - id: G01
    title: {ko: 에너지, en: Energy}
    sdg_targets: ["7.2"]
    strategies:
      - {id: G01-S1, title: {ko: 보급, en: Supply}}
  - id: G02
    title: {ko: 교육, en: Education}
    sdg_targets: ["4.1"]
    strategies:
      - {id: G02-S1, title: {ko: 학교, en: Schools}}
`;
const T03 = `  - id: T-03
    title: {ko: 교육, en: Training}
    strategy: G02-S1
    lead: team-b
    period: {start: 2024, end: 2027}
    indicators:
      - id: T-03-P1
        name: {ko: 교육 인원, en: Trainees}
        unit: persons
        direction: increase
        baseline: {year: 2023, value: 100}
        targets: {2024: 150, 2025: 200, 2026: 250, 2027: 300}
`;
/** Revision 1: solar and wind as two tasks of 2024-2025. */
const TASKS_1 = `tasks:
  - id: T-01
    title: {ko: 태양광, en: Solar}
    strategy: G01-S1
    lead: team-a
    period: {start: 2024, end: 2025}
    indicators:
      - id: T-01-P1
        name: {ko: 태양광 용량, en: Solar capacity}
        unit: MW
        direction: increase
        baseline: {year: 2023, value: 0}
        targets: {2024: 10, 2025: 20}
  - id: T-02
    title: {ko: 풍력, en: Wind}
    strategy: G01-S1
    lead: team-a
    period: {start: 2024, end: 2025}
    indicators:
      - id: T-02-P1
        name: {ko: 풍력 용량, en: Wind capacity}
        unit: MW
        direction: increase
        baseline: {year: 2023, value: 0}
        targets: {2024: 5, 2025: 10}
${T03}`;
/** Revision 2: both merged into one task that starts in 2026. */
const TASKS_2 = `tasks:
  - id: T-04
    title: {ko: 재생에너지, en: Renewables}
    strategy: G01-S1
    lead: team-a
    replaces: [T-01, T-02]
    period: {start: 2026, end: 2027}
    indicators:
      - id: T-04-P1
        name: {ko: 재생에너지 용량, en: Renewable capacity}
        unit: MW
        direction: increase
        baseline: {year: 2025, value: 29}
        targets: {2026: 40, 2027: 50}
        replaces: [T-01-P1, T-02-P1]
        combine: sum
${T03}`;
const ACTUALS = `indicator,year,value
T-01-P1,2024,10
T-01-P1,2025,20
T-02-P1,2024,5
T-02-P1,2025,9
T-03-P1,2024,150
T-03-P1,2025,170
`;

const git = (d: string, ...args: string[]) => execFileSync('git', args, { cwd: d, stdio: 'pipe' }).toString();

/** A git repository whose plan/ is at revision 1 in HEAD; then `after` written over it (not committed). */
function revised(after: Record<string, string>, committed: Record<string, string> = {}): string {
  const d = mkdtempSync(join(tmpdir(), 'sdplan-record-'));
  dirs.push(d);
  const files: Record<string, string> = { 'plan.yaml': PLAN, 'goals.yaml': GOALS, 'tasks/a.yaml': TASKS_1, 'actuals/a.csv': ACTUALS, ...committed };
  const write = (fs: Record<string, string>) => {
    for (const [name, text] of Object.entries(fs)) {
      mkdirSync(join(d, 'plan', name, '..'), { recursive: true });
      writeFileSync(join(d, 'plan', name), text);
    }
  };
  write(files);
  git(d, 'init', '-q');
  git(d, 'add', '-A');
  git(d, '-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'revision 1');
  write(after);
  return d;
}

const REVISION_2 = {
  'tasks/a.yaml': TASKS_2,
  'plan.yaml': PLAN.replace('revision: {number: 1, adopted: 2022-01-10', 'revision: {number: 2, adopted: 2025-12-20'),
};

describe('sdplan record', () => {
  it('writes evaluations/<period>.yaml with the plan revision, the commit and every figure; refuses to overwrite without --force', () => {
    const d = revised({});
    const r = cli(['record', 'plan', '--period', '2024-2025'], { cwd: d });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const head = git(d, 'rev-parse', 'HEAD').trim();
    expect(r.stdout).toBe(`Recorded merged 2024-2025 in evaluations/2024-2025.yaml (commit ${head.slice(0, 12)}). Review it in a pull request.\n`);
    const text = readFileSync(join(d, 'plan', 'evaluations', '2024-2025.yaml'), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=https://sdplan.github.io/schemas/v1/evaluation.schema.json');
    // quoted, so a YAML 1.1 loader (PyYAML, ajv-cli) reads the text, not a date
    expect(lines).toContain("  revision: {number: 1, adopted: '2022-01-10'}");
    expect(lines).toContain(`  commit: ${head}`);
    expect(lines).toContain('    plan: {rate: 0.8666666666666666, grade: B, measured: 3, targeted: 3, parts: {T-01: 1, T-02: 1, T-03: 1}}');
    expect(lines).toContain('      G01: {rate: 0.95, grade: A, measured: 2, targeted: 2, parts: {T-01: 1, T-02: 1}}');
    expect(lines).toContain(
      '      T-02-P1: {task: T-02, direction: increase, method: progress, weight: 1, baseline: {year: 2023, value: 0}, target: 10, actual: 9, rate: 0.9, grade: A, measured: 1, targeted: 1}',
    );
    expect(validateDir(join(d, 'plan'))).toEqual([]);

    // a public record: not replaced silently
    const again = cli(['record', 'plan', '--period', '2024-2025'], { cwd: d });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      'sdplan: evaluations/2024-2025.yaml already records 2024-2025: a recorded evaluation is a public record; give --force to record it again\n',
    );
    // --force replaces the figures and keeps the committee's part
    writeFileSync(join(d, 'plan', 'evaluations', '2024-2025.yaml'), text + 'committee:\n  opinion: {ko: 적정, en: Sound}\n  approved: 2026-03-02\n');
    expect(cli(['record', 'plan', '--period', '2024-2025', '--force'], { cwd: d }).code).toBe(0);
    expect(readFileSync(join(d, 'plan', 'evaluations', '2024-2025.yaml'), 'utf8')).toBe(
      `${text}committee:\n  opinion:\n    ko: 적정\n    en: Sound\n  approved: 2026-03-02\n`,
    );
    expect(validateDir(join(d, 'plan'))).toEqual([]);
  });

  it('the sample plan keeps its record of 2018-2019, which a recording today reproduces byte for byte but the commit', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-record-'));
    dirs.push(d);
    cpSync(SAMPLE, join(d, 'plan'), { recursive: true });
    rmSync(join(d, 'plan', 'evaluations'), { recursive: true });
    expect(cli(['record', 'plan', '--period', '2018-2019'], { cwd: d }).code).toBe(0);
    const fresh = readFileSync(join(d, 'plan', 'evaluations', '2018-2019.yaml'), 'utf8');
    const kept = readFileSync(join(SAMPLE, 'evaluations', '2018-2019.yaml'), 'utf8').replace(/^ {2}commit: [0-9a-f]+\n/m, '');
    expect(fresh).toBe(kept);
    expect(kept).toContain('    plan: {rate: 0.9318639021796912, grade: A, measured: 166, targeted: 175,');
  });

  it('reads records with the guards of every YAML file: an alias bomb, bytes that are not UTF-8 and a wrong shape are findings, and hold no rule back', () => {
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    const d = revised({
      'evaluations/a.yaml': bomb,
      'evaluations/b.yaml': 'sdplan_evaluation: 1\nplan: merged\nperiod: {start: 2024, end: 2025}\n',
      'evaluations/c.yaml': 'plan: \xff\n',
    });
    writeFileSync(join(d, 'plan', 'evaluations', 'c.yaml'), Buffer.from([0x70, 0x3a, 0x20, 0xff, 0x0a]));
    const found = validateDir(join(d, 'plan')).map((x) => `${x.rule} ${x.file}:${x.line}`);
    expect(found).toEqual([
      'yaml/alias-limit evaluations/a.yaml:2',
      'schema/missing-field evaluations/b.yaml:1',
      'schema/missing-field evaluations/b.yaml:1',
      'schema/missing-field evaluations/b.yaml:1',
      'file/encoding evaluations/c.yaml:1',
    ]);
  });
});

describe('a recorded period after a revision that merged two tasks', () => {
  const withRecord = () => {
    const d = revised({});
    expect(cli(['record', 'plan', '--period', '2024-2025'], { cwd: d }).code).toBe(0);
    git(d, 'add', '-A');
    git(d, '-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'record 2024-2025');
    for (const [name, text] of Object.entries(REVISION_2)) writeFileSync(join(d, 'plan', name), text);
    return d;
  };

  it("score --year 2025 shows the recorded figures and says so; --recompute shows today's", () => {
    const d = withRecord();
    const r = cli(['score', 'plan', '--year', '2025', '--lang', 'en'], { cwd: d });
    expect(r.stderr).toBe('');
    const head = git(d, 'rev-parse', 'HEAD~1').trim().slice(0, 12);
    expect(r.stdout.split('\n').filter(Boolean).pop()).toBe(
      `Recorded evaluation (evaluations/2024-2025.yaml, 2024-2025): the figures as computed with plan revision 1 of 2022-01-10, sdplan 0.3.0, commit ${head}. Add --recompute for today's computation.`,
    );
    expect(r.stdout).toMatch(/│ G01 │ Energy\s+│ 95\.0% │ A\s+│ 2\/2\s+│/);
    expect(r.stdout).toMatch(/│ G02 │ Education │ 70\.0% │ C\s+│ 1\/1\s+│/);
    const plan = JSON.parse(cli(['score', 'plan', '--year', '2025', '--by', 'plan', '-f', 'json'], { cwd: d }).stdout);
    expect(plan.rows[0].rate).toBe(0.8666666666666666);
    expect(plan.recorded).toMatchObject({ file: 'evaluations/2024-2025.yaml', revision: 1, sdplan: '0.3.0' });
    const now = cli(['score', 'plan', '--year', '2025', '--lang', 'en', '--recompute'], { cwd: d }).stdout;
    expect(now).not.toContain('Recorded evaluation');
    expect(now).toMatch(/│ G01 │ Energy\s+│ —\s+│ —\s+│ 0\/0\s+│/);
  });

  it("report --period 2024-2025 shows the recorded figures and says so; --recompute shows today's", () => {
    const d = withRecord();
    const md = cli(['report', 'plan', '--period', '2024-2025', '-f', 'md', '--lang', 'en'], { cwd: d }).stdout;
    const head = git(d, 'rev-parse', 'HEAD~1').trim();
    expect(md).toContain(
      `> Recorded evaluation: the figures of this period are those recorded in \`evaluations/2024-2025.yaml\` (computed with plan revision 1 (2022-01-10), sdplan 0.3.0, commit \`${head}\`).`,
    );
    expect(md).toContain('**Overall achievement (2025)**: 86.7%');
    const json = JSON.parse(cli(['report', 'plan', '--period', '2024-2025', '-f', 'json'], { cwd: d }).stdout);
    expect(json.goals.map((g: { id: string; rate: number | null }) => [g.id, g.rate])).toEqual([
      ['G01', 0.95],
      ['G02', 0.7],
    ]);
    expect(json.teams.map((g: { id: string; rate: number | null }) => [g.id, g.rate])).toEqual([
      ['team-a', 0.95],
      ['team-b', 0.7],
    ]);
    const now = cli(['report', 'plan', '--period', '2024-2025', '-f', 'md', '--lang', 'en', '--recompute'], { cwd: d }).stdout;
    expect(now).not.toContain('Recorded evaluation');
    expect(now).toContain('**Overall achievement (2025)**: 70.0%');
  });

  it('validate warns, ID by ID, what a computation today gives otherwise and why', () => {
    const d = withRecord();
    const found = validateDir(join(d, 'plan'));
    expect(found.every((f) => f.rule === 'evaluation/recomputed-differs' && f.severity === 'warning' && f.file === 'evaluations/2024-2025.yaml')).toBe(true);
    const byYear = (y: number) =>
      found.filter((f) => f.args.year === y).map((f) => `${f.args.level} ${f.args.id}: ${f.args.recorded} -> ${f.args.now} (${f.args.causes})`);
    expect(byYear(2025)).toEqual([
      'plan merged: 0.8666666666666666 -> 0.7 (merged)',
      'goal G01: 0.95 -> none (merged)',
      'strategy G01-S1: 0.95 -> none (merged)',
      'team team-a: 0.95 -> none (merged)',
      'department dept: 0.8666666666666666 -> 0.7 (merged)',
      'task T-01: 1 -> none (merged)',
      'task T-02: 0.9 -> none (merged)',
      'indicator T-01-P1: 1 -> none (merged)',
      'indicator T-02-P1: 0.9 -> none (merged)',
    ]);
    const en = cli(['validate', 'plan', '--lang', 'en'], { cwd: d }).stdout;
    expect(en).toContain('2025: goal G01 is recorded at 95% A (2/2) but computes to — (0/0) now (task merged).');
    const ko = cli(['validate', 'plan', '--lang', 'ko'], { cwd: d }).stdout;
    expect(ko).toContain('2025년: 목표 G01은 95% A등급 (2/2)로 기록되었지만 지금 계산하면 수치 없음 (0/0)입니다 (과제 통합).');
  });

  it('the cause of each differing ID: a revised actual, a changed target, a new task', () => {
    const d = withRecord();
    const dir = join(d, 'plan');
    writeFileSync(join(dir, 'tasks', 'a.yaml'), TASKS_1.replace('targets: {2024: 5, 2025: 10}', 'targets: {2024: 5, 2025: 12}'));
    writeFileSync(join(dir, 'actuals', 'a.csv'), ACTUALS.replace('T-03-P1,2025,170', 'T-03-P1,2025,180'));
    const loaded = loadPlan(dir);
    const { differences, methodChanged } = compareRecord(loaded.records[0]!, loaded.plan);
    expect(methodChanged).toBe(false);
    expect(differences.filter((x) => x.year === 2025).map((x) => `${x.level} ${x.id} ${x.causes.join('+')}`)).toEqual([
      'plan merged actual-revised+target-changed',
      'goal G01 target-changed',
      'goal G02 actual-revised',
      'strategy G01-S1 target-changed',
      'strategy G02-S1 actual-revised',
      'team team-a target-changed',
      'team team-b actual-revised',
      'department dept actual-revised+target-changed',
      'task T-02 target-changed',
      'task T-03 actual-revised',
      'indicator T-02-P1 target-changed',
      'indicator T-03-P1 actual-revised',
    ]);
  });
});

describe('report --previous reconciles every shown overall, goal and team rate', () => {
  const section = (md: string) => md.slice(md.indexOf('## 10.'), md.indexOf('### Sustainability indicators whose progress moved'));
  const tasksPart = (md: string) => md.slice(md.indexOf('### Tasks whose rate moved'), md.indexOf('### Targets changed'));

  it('a merge alone: the drop of 16.7 points is the merged tasks\', and "no task moved" is not said alone', () => {
    const d = revised(REVISION_2);
    const r = cli(['report', 'plan', '--period', '2024-2025', '--previous', 'HEAD', '-f', 'md', '--lang', 'en'], { cwd: d });
    expect(r.stderr).toBe('');
    const s = section(r.stdout);
    expect(s).toContain('- Overall achievement: 86.7% → 70.0%');
    expect(s).toContain('| merged Merged | 86.7% | 70.0% | −16.7 |  |  | −16.7 |  |  |');
    expect(s).toContain('| G01 Energy | 86.7% | — |  |  |  | → — |  |  |'.replace('86.7%', '95.0%'));
    expect(s).toContain('| team-a Team A | 95.0% | — |  |  |  | → — |  |  |');
    expect(s).not.toContain('G02 Education');
    const tasks = tasksPart(r.stdout);
    expect(tasks).not.toContain('None.');
    expect(tasks).toContain('No task in both reports moved by a point or more: the change of the totals comes from the causes in the table above');
    const ko = cli(['report', 'plan', '--period', '2024-2025', '--previous', 'HEAD', '-f', 'md', '--lang', 'ko'], { cwd: d }).stdout;
    expect(ko).toContain('| merged 통합 | 86.7% | 70.0% | −16.7 |  |  | −16.7 |  |  |');
    expect(ko).toContain('두 보고서에 모두 있는 과제 중 달성률이 1%p 이상 바뀐 과제는 없습니다.');
  });

  it('a merge and a revised actual: the contributions add up to the change shown', () => {
    const d = revised({ ...REVISION_2, 'actuals/a.csv': ACTUALS.replace('T-03-P1,2025,170', 'T-03-P1,2025,180') });
    const json = JSON.parse(cli(['report', 'plan', '--period', '2024-2025', '--previous', 'HEAD', '-f', 'json'], { cwd: d }).stdout);
    const plan = json.previous.reconciled[0];
    expect(plan).toMatchObject({ kind: 'plan', id: 'merged', before: 0.8666666666666666, after: 0.8, change: -67 });
    expect(plan.steps.map((s: { step: string; tenths: number | null }) => [s.step, s.tenths])).toEqual([
      ['actuals', 33],
      ['targets', null],
      ['tasks', -100],
      ['method', null],
      ['year', null],
    ]);
    const md = cli(['report', 'plan', '--period', '2024-2025', '--previous', 'HEAD', '-f', 'md', '--lang', 'en'], { cwd: d }).stdout;
    expect(section(md)).toContain('| merged Merged | 86.7% | 80.0% | −6.7 | +3.3 |  | −10.0 |  |  |');
    expect(section(md)).toContain('| G02 Education | 70.0% | 80.0% | +10.0 | +10.0 |  |  |  |  |');
    expect(tasksPart(md)).toContain('| T-03 Training | 70.0% | 80.0% |');
  });

  it('a previous report that is a record starts from its recorded figures: a first step goes to its computation today', () => {
    // the record of 2024-2025 says 90.0% (as an older sdplan computed it), committed with revision 1;
    // revision 2 merges the tasks and the record is not in today's folder
    const d = revised({});
    const recordText = (() => {
      const tmp = revised({});
      expect(cli(['record', 'plan', '--period', '2024-2025'], { cwd: tmp }).code).toBe(0);
      return readFileSync(join(tmp, 'plan', 'evaluations', '2024-2025.yaml'), 'utf8')
        .replace(/^ {2}commit: .*\n/m, '')
        .replace('    plan: {rate: 0.8666666666666666, grade: B, measured: 3, targeted: 3,', '    plan: {rate: 0.9, grade: A, measured: 3, targeted: 3,');
    })();
    mkdirSync(join(d, 'plan', 'evaluations'));
    writeFileSync(join(d, 'plan', 'evaluations', '2024-2025.yaml'), recordText);
    git(d, 'add', '-A');
    git(d, '-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'record 2024-2025');
    for (const [name, text] of Object.entries(REVISION_2)) writeFileSync(join(d, 'plan', name), text);
    rmSync(join(d, 'plan', 'evaluations'), { recursive: true });
    const md = cli(['report', 'plan', '--period', '2024-2025', '--previous', 'HEAD', '-f', 'md', '--lang', 'en'], { cwd: d }).stdout;
    expect(md).toContain('- Overall achievement: 90.0% → 70.0%');
    expect(md).toContain(
      '| Rate | Before | Now | Change (points) | Previous record recomputed | Actuals | Targets | Merged or new tasks | Method | Evaluation year |',
    );
    expect(md).toContain('| merged Merged | 90.0% | 70.0% | −20.0 | −3.3 |  |  | −16.7 |  |  |');
  });

  it('the decomposition, in the core: every step in its order, contributions that telescope', () => {
    const d = revised({ ...REVISION_2, 'actuals/a.csv': ACTUALS.replace('T-03-P1,2025,170', 'T-03-P1,2025,180') });
    const now = loadPlan(join(d, 'plan')).plan;
    const before = loadPlan(join(d, 'plan')).plan;
    const prev = { ...before, tasks: [] as typeof before.tasks };
    expect(reconcile(now, 2025, now, 2025).every((r) => r.contributions.length === 0)).toBe(true);
    const rows = reconcile(prev, 2025, now, 2025);
    expect(rows[0]).toMatchObject({ kind: 'plan', before: null, after: 0.8, changeTenths: null, came: 'tasks' });
  });

  it('rounds the contributions by largest remainder so they add up to the change shown', () => {
    expect(apportion([33.3, 33.3, 33.4], 100)).toEqual([33, 33, 34]);
    expect(apportion([0.45, 0.45, 0.45, 0.45], 2)).toEqual([1, 1, 0, 0]);
    expect(apportion([-166.6, -0.4], -167)).toEqual([-167, 0]);
    expect(apportion([-83.35, -83.35], -167)).toEqual([-84, -83]);
    const c = contributions([0.9, 0.85, null, 0.8], ['actuals', 'targets', 'tasks']);
    expect(c).toEqual({
      changeTenths: -100,
      contributions: [
        { steps: ['actuals'], delta: expect.closeTo(-0.05, 12), tenths: -50 },
        { steps: ['targets', 'tasks'], delta: expect.closeTo(-0.05, 12), tenths: -50 },
      ],
    });
  });

  it('recordEvaluation is deterministic', () => {
    const d = revised({});
    const plan = loadPlan(join(d, 'plan')).plan;
    const a = recordEvaluation(plan, { start: 2024, end: 2025 }, { commit: null, sdplan: 'x' }, 'evaluations/2024-2025.yaml');
    const b = recordEvaluation(
      { ...plan, tasks: [...plan.tasks].reverse() },
      { start: 2024, end: 2025 },
      { commit: null, sdplan: 'x' },
      'evaluations/2024-2025.yaml',
    );
    expect(JSON.stringify(a, (_k, v) => (v instanceof Map ? [...v] : v))).toBe(JSON.stringify(b, (_k, v) => (v instanceof Map ? [...v] : v)));
  });
});

describe('rename keeps a recorded evaluation about the same team, task and indicator', () => {
  it('renames the IDs a record keys its figures by, so nothing reads as removed and new', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-rename-record-'));
    cpSync(SAMPLE, d, { recursive: true });
    for (const [from, to] of [
      ['agri-planning', 'agri-plan'],
      ['T-0101', 'T-0101X'],
      ['T-0101-P1', 'T-0101X-P1'],
    ] as const) {
      expect(cli(['rename', from, to, '--plan', d]).code).toBe(0);
    }
    const record = readFileSync(join(d, 'evaluations', '2018-2019.yaml'), 'utf8');
    expect(record).toContain('      agri-plan: {rate: 0.9221666666666667, grade: A, measured: 6, targeted: 6, parts: {T-0101X: 1, T-0201: 1, T-0205: 1}}');
    expect(record).toContain('      T-0101X-P1: {task: T-0101X,');
    expect(record).not.toMatch(/(?<![\w-])(agri-planning|T-0101|T-0101-P1)(?![\w-])/);
    // before, the record named agri-planning and T-0101 as removed and the renamed ones as new
    expect(validateDir(d).filter((x) => x.rule === 'evaluation/recomputed-differs')).toEqual([]);
    rmSync(d, { recursive: true, force: true });
  });
});
