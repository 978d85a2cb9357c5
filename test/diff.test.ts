// Plan revisions: diff between git revisions (temporary repositories), rename, init, export.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { BASE, ROOT, SAMPLE, cli } from './helpers.js';
import { WORKFLOW } from '../src/edit/scaffold.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A git repository whose plan/ folder holds `files`, committed once; returns the repo folder. */
function repo(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'sdplan-git-'));
  dirs.push(d);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: d, stdio: 'pipe' });
  git('init', '-q');
  write(d, files);
  git('add', '-A');
  git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'base');
  return d;
}

function write(d: string, files: Record<string, string | null>) {
  for (const [name, text] of Object.entries(files)) {
    const path = join(d, 'plan', name);
    if (text === null) rmSync(path, { force: true });
    else {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
    }
  }
}

function commit(d: string, files: Record<string, string | null>) {
  write(d, files);
  execFileSync('git', ['add', '-A'], { cwd: d });
  execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'head'], { cwd: d });
}

/** The JSON diff HEAD~1..HEAD of plan/ in repo d. */
function diff(d: string, ...extra: string[]) {
  const r = cli(['diff', 'HEAD~1', 'HEAD', '--plan', 'plan', '--format', 'json', ...extra], { cwd: d });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as {
    base: string;
    head: string;
    summary: Record<string, number>;
    changes: Array<Record<string, unknown>>;
    findings: { introduced: Array<Record<string, unknown>>; fixed: Array<Record<string, unknown>> };
  };
}

const TASKS = BASE['tasks/a.yaml']!;
const T03 = `  - id: T-03
    title: {ko: 과제3, en: Task 3}
    strategy: G01-S1
    lead: team-a
    period: {start: 2018, end: 2021}
    indicators:
      - {id: T-03-P1, name: {ko: 셋, en: Three}, unit: t, direction: increase, baseline: {year: 2017, value: 1}, targets: {2021: 4}}
`;

describe('sdplan diff', () => {
  it('a revision against itself reports nothing', () => {
    const d = repo(BASE);
    const r = cli(['diff', 'HEAD', 'HEAD', '--plan', 'plan', '-f', 'json'], { cwd: d });
    expect(JSON.parse(r.stdout)).toEqual({
      base: 'HEAD',
      head: 'HEAD',
      unreadable: { base: [], head: [] },
      summary: {},
      changes: [],
      findings: { introduced: [], fixed: [] },
    });
  });

  it('a revision that starts with a dash is refused in plain words, never handed to git as an option', () => {
    const d = repo(BASE);
    for (const args of [
      ['diff', '--plan', 'plan', '--', '--output=x'],
      ['report', 'plan', '-f', 'md', '--previous=--output=x'],
    ]) {
      const r = cli(args, { cwd: d });
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toBe('sdplan: "--output=x" is not a git revision (a revision never starts with "-"); give a branch, tag or commit\n');
    }
    expect(existsSync(join(d, 'x'))).toBe(false);
  });

  it('added, removed; task fields: moved, lead, period, budget, title', () => {
    const d = repo({ ...BASE, 'goals.yaml': BASE['goals.yaml']! + '      - {id: G01-S2, title: {ko: 둘, en: Two}}\n' });
    const changed = TASKS.replace(
      '    strategy: G01-S1\n    lead: team-b\n    period: {start: 2018, end: 2021}',
      '    strategy: G01-S2\n    lead: team-a\n    period: {start: 2019, end: 2021}\n    budget: {2019: 500}',
    )
      .replace('title: {ko: 과제2, en: Task 2}', 'title: {ko: 과제 둘, en: Task two}')
      .replace('{2021: 40}', '{2019: 20, 2021: 40}');
    commit(d, { 'tasks/a.yaml': changed + T03 });
    const out = diff(d);
    expect(out.changes).toEqual([
      { kind: 'added', entity: 'task', id: 'T-03' },
      { kind: 'budget-changed', entity: 'task', id: 'T-02', from: { total: 0 }, to: { 2019: 500, total: 500 } },
      { kind: 'lead-changed', entity: 'task', id: 'T-02', from: 'team-b', to: 'team-a' },
      { kind: 'moved', entity: 'task', id: 'T-02', from: 'G01-S1', to: 'G01-S2' },
      { kind: 'period-changed', entity: 'task', id: 'T-02', from: { start: 2018, end: 2021 }, to: { start: 2019, end: 2021 } },
      { kind: 'title-changed', entity: 'task', id: 'T-02', from: { ko: '과제2', en: 'Task 2' }, to: { ko: '과제 둘', en: 'Task two' } },
      { kind: 'target-changed', entity: 'indicator', id: 'T-02-P1', year: 2019, to: 20, note: 'added' },
    ]);
    expect(out.summary).toEqual({
      'indicator.target-changed': 1,
      'task.added': 1,
      'task.budget-changed': 1,
      'task.lead-changed': 1,
      'task.moved': 1,
      'task.period-changed': 1,
      'task.title-changed': 1,
    });
  });

  it('merged via replaces, and the replaced IDs checked gone', () => {
    const d = repo({ ...BASE, 'tasks/a.yaml': TASKS + T03 });
    const merged = `tasks:
  - id: T-10
    title: {ko: 통합 과제, en: Merged task}
    strategy: G01-S1
    replaces: [T-01, T-02]
    lead: team-a
    period: {start: 2018, end: 2021}
    indicators:
      - {id: T-10-P1, name: {ko: 용량, en: Capacity}, unit: MW, direction: increase, baseline: {year: 2017, value: 0}, targets: {2021: 60}}
${T03.replace('  - id: T-03\n', '  - id: T-03\n    replaces: [T-99]\n')}`;
    commit(d, { 'tasks/a.yaml': merged, 'actuals/a.csv': 'indicator,year,value,note,source\nSI-01,2018,95,,\n' });
    const out = diff(d);
    expect(out.changes.filter((c) => c.entity === 'task')).toEqual([{ kind: 'merged', entity: 'task', id: 'T-10', ids: ['T-01', 'T-02'] }]);
    expect(cli(['diff', 'HEAD~1', 'HEAD', '--plan', 'plan', '-f', 'text'], { cwd: d }).stdout.split('\n')[1]).toBe('  T-01 and T-02 merged into T-10');
    const still = repo({ ...BASE });
    commit(still, { 'tasks/a.yaml': TASKS.replace('  - id: T-02\n', '  - id: T-02\n    replaces: [T-01]\n') });
    expect(diff(still).changes).toEqual([{ kind: 'replaced-not-removed', entity: 'task', id: 'T-02', ids: ['T-01'] }]);
  });

  it('split via replaces', () => {
    const d = repo({ ...BASE });
    const split =
      TASKS.replace('  - id: T-02\n', '  - id: T-02a\n    replaces: [T-02]\n').replace('      - id: T-02-P1\n', '      - id: T-02a-P1\n') +
      T03.replace('  - id: T-03\n', '  - id: T-03\n    replaces: [T-02]\n');
    commit(d, { 'tasks/a.yaml': split });
    // the indicator that went with T-02a is the same measure under a new ID: said too, since actuals name it
    expect(diff(d).changes).toEqual([
      { kind: 'split', entity: 'task', id: 'T-02', ids: ['T-02a', 'T-03'] },
      { kind: 'renamed', entity: 'indicator', id: 'T-02a-P1', from: 'T-02-P1', to: 'T-02a-P1' },
    ]);
  });

  it('a rename detected by content', () => {
    const d = repo({ ...BASE });
    commit(d, { 'tasks/a.yaml': TASKS.replace('  - id: T-02\n', '  - id: T-20\n').replace('      - id: T-02-P1\n', '      - id: T-20-P1\n') });
    expect(diff(d).changes).toEqual([
      { kind: 'renamed', entity: 'task', id: 'T-20', from: 'T-02', to: 'T-20' },
      { kind: 'renamed', entity: 'indicator', id: 'T-20-P1', from: 'T-02-P1', to: 'T-20-P1' },
    ]);
  });

  it('indicators: baseline, targets raised and lowered, unit and direction; actuals added and rewritten', () => {
    const d = repo({ ...BASE });
    commit(d, {
      'tasks/a.yaml': TASKS.replace('{2018: 5, 2021: 20}', '{2018: 4, 2021: 25}')
        .replace('{year: 2017, value: 10}', '{year: 2017, value: 12}')
        .replace('unit: persons', 'unit: people'),
      'indicators.yaml': BASE['indicators.yaml']!.replace('direction: decrease', 'direction: increase').replace('{2025: 80}', '{2025: 120}'),
      'actuals/a.csv': 'indicator,year,value,note,source\nT-01-P1,2018,3,,\nSI-01,2018,95,,\nT-01-P1,2019,9,,\n',
    });
    const out = diff(d);
    expect(out.changes).toEqual([
      { kind: 'baseline-changed', entity: 'indicator', id: 'T-02-P1', from: { year: 2017, value: 10 }, to: { year: 2017, value: 12 } },
      { kind: 'direction-changed', entity: 'indicator', id: 'SI-01', from: 'decrease', to: 'increase' },
      { kind: 'target-changed', entity: 'indicator', id: 'SI-01', year: 2025, from: 80, to: 120, note: 'raised' },
      { kind: 'target-changed', entity: 'indicator', id: 'T-01-P1', year: 2018, from: 5, to: 4, note: 'lowered' },
      { kind: 'target-changed', entity: 'indicator', id: 'T-01-P1', year: 2021, from: 20, to: 25, note: 'raised' },
      { kind: 'unit-changed', entity: 'indicator', id: 'T-02-P1', from: 'persons', to: 'people' },
      { kind: 'actual-added', entity: 'actual', id: 'T-01-P1', year: 2019, to: 9 },
      { kind: 'actual-changed', entity: 'actual', id: 'T-01-P1', year: 2018, from: 4, to: 3 },
    ]);
    expect(out.summary['targets.raised']).toBe(2);
    expect(out.summary['targets.lowered']).toBe(1);
  });

  it('a unit now written in both languages is the same unit; one written otherwise in every language is not', () => {
    const d = repo({ ...BASE });
    // T-01-P1: MW -> {ko: 메가와트, en: MW} (a translation); T-02-P1: persons -> {ko: 명, en: people}
    commit(d, { 'tasks/a.yaml': TASKS.replace('unit: MW', 'unit: {ko: 메가와트, en: MW}').replace('unit: persons', 'unit: {ko: 명, en: people}') });
    expect(diff(d).changes).toEqual([{ kind: 'unit-changed', entity: 'indicator', id: 'T-02-P1', from: 'persons', to: '명' }]);
  });

  it('governance counts, settings, and the findings the change introduces and fixes', () => {
    const d = repo({ ...BASE, 'tasks/a.yaml': TASKS.replace('lead: team-b', 'lead: team-x') });
    commit(d, {
      'tasks/a.yaml': TASKS.replace('title: {ko: 과제, en: Task}', 'title: 과제'),
      'governance.yaml': BASE['governance.yaml']!.replace(
        '      - {id: M2, gender: male}\n',
        '      - {id: M2, gender: male}\n      - {id: M3, gender: male}\n',
      ),
      'plan.yaml': BASE['plan.yaml'] + 'evaluation:\n  cap: 1.5\n',
    });
    const out = diff(d);
    expect(out.changes.filter((c) => c.entity === 'governance' || c.entity === 'settings')).toEqual([
      {
        kind: 'composition-changed',
        entity: 'governance',
        id: 'environment',
        from: { members: 2, gender: { female: 1, male: 1 }, external: 0 },
        to: { members: 3, gender: { male: 2, female: 1 }, external: 0 },
      },
      { kind: 'settings-changed', entity: 'settings', id: 'evaluation.cap', from: 1.2, to: 1.5 },
    ]);
    expect(out.findings.fixed.map((f) => f.rule)).toEqual(['team/no-task', 'ref/unknown-team', 'overlap']);
    // two men of three is above the 60% policy: the change introduces that finding too
    expect(out.findings.introduced.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['governance/gender-share', 'governance.yaml', 10],
      ['i18n/missing-translation', 'tasks/a.yaml', 3],
    ]);
  });

  it('markdown: a headline, then collapsible sections', () => {
    const d = repo({ ...BASE });
    commit(d, { 'tasks/a.yaml': TASKS.replace('{2018: 5, 2021: 20}', '{2018: 4, 2021: 19}') + T03 });
    const md = cli(['diff', 'HEAD~1', 'HEAD', '--plan', 'plan'], { cwd: d }).stdout;
    expect(md.split('\n').slice(0, 3)).toEqual(['### sdplan diff HEAD\\~1…HEAD', '', '**1 task added, 2 targets lowered**']);
    expect(md).toContain('<details><summary>Indicators and targets (2)</summary>');
  });

  it('the sample plan against a commit where one target is lowered reports exactly that target', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-git-'));
    dirs.push(d);
    cpSync(SAMPLE, join(d, 'plan'), { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: d });
    execFileSync('git', ['add', '-A'], { cwd: d });
    execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'base'], { cwd: d });
    const f = join(d, 'plan', 'tasks', 'g07-energy.yaml');
    writeFileSync(
      f,
      readFileSync(f, 'utf8').replace('targets: {2018: 1150, 2019: 1450, 2020: 1750, 2021: 2050}', 'targets: {2018: 1150, 2019: 1450, 2020: 1750, 2021: 1900}'),
    );
    const out = JSON.parse(cli(['diff', 'HEAD', '--plan', 'plan', '-f', 'json'], { cwd: d }).stdout);
    expect(out.head).toBe('working tree');
    expect(out.changes).toEqual([{ kind: 'target-changed', entity: 'indicator', id: 'T-0701-P1', year: 2021, from: 2050, to: 1900, note: 'lowered' }]);
    expect(cli(['diff', 'no-such-rev', '--plan', 'plan'], { cwd: d }).code).toBe(2);
  });
});

describe('sdplan rename', () => {
  it('renames IDs in interactions.csv too: goals, strategies, tasks and indicators in from and to, bodies in scored_by', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-rename-'));
    dirs.push(d);
    cpSync(SAMPLE, d, { recursive: true });
    expect(cli(['rename', 'T-0802', 'T-0802X', '--plan', d]).code).toBe(0);
    expect(cli(['rename', 'environment', 'env-sub', '--plan', d]).code).toBe(0);
    const text = readFileSync(join(d, 'interactions.csv'), 'utf8');
    expect(text).toContain('\nT-0802X,SI-13-02,-2,high,');
    expect(text).toContain("\nG07,G13,3,high,Renewable energy is most of the city's emission cut,env-sub\n");
    expect(text).not.toContain(',environment');
    expect(cli(['validate', d]).code).toBe(0);
  });

  it('changes only the lines that hold the ID, and the plan still validates', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-rename-'));
    dirs.push(d);
    cpSync(SAMPLE, d, { recursive: true });
    const before = new Map(
      readdirSync(d, { recursive: true })
        .map(String)
        .filter((f) => /\.(yaml|csv)$/.test(f))
        .map((f) => [f, readFileSync(join(d, f), 'utf8')]),
    );
    const r = cli(['rename', 'SI-07-01', 'SI-07-RE', '--plan', d]);
    expect(r.code).toBe(0);
    const changed: string[] = [];
    for (const [f, text] of before) {
      const a = text.split('\n');
      const b = readFileSync(join(d, f), 'utf8').split('\n');
      expect(b.length, f).toBe(a.length);
      a.forEach((line, i) => {
        if (line !== b[i]) changed.push(`${f}:${i + 1}: ${b[i]}`);
      });
    }
    // the recorded evaluation keeps the indicator under its new ID (its figures unchanged)
    const record = changed.filter((c) => c.startsWith('evaluations/'));
    expect(record.map((c) => c.slice(0, c.indexOf(': {')))).toEqual([
      'evaluations/2018-2019.yaml:298:       SI-07-RE',
      'evaluations/2018-2019.yaml:777:       SI-07-RE',
    ]);
    expect(changed.filter((c) => !c.startsWith('evaluations/')).sort()).toEqual([
      'actuals/sustainability-2018-2019.csv:28: SI-07-RE,2018,,,61000,,,한국에너지공단 신재생에너지 보급통계',
      'actuals/sustainability-2018-2019.csv:29: SI-07-RE,2019,,,72500,,,한국에너지공단 신재생에너지 보급통계',
      'indicators.yaml:134:   - id: SI-07-RE',
      'tasks/g07-energy.yaml:11:       - {indicator: SI-07-RE, change: increase}',
      'tasks/g07-energy.yaml:27:       - {indicator: SI-07-RE, change: increase}',
      'tasks/g13-climate.yaml:69:       - {indicator: SI-07-RE, change: increase}',
    ]);
    expect(cli(['validate', d]).code).toBe(0);
  });

  it('keeps comments and quoting, renames references, refuses an existing NEW, dry-run writes nothing', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-rename-'));
    dirs.push(d);
    for (const [name, text] of Object.entries(BASE)) {
      mkdirSync(join(d, name, '..'), { recursive: true });
      writeFileSync(join(d, name), name === 'tasks/a.yaml' ? text.replace('    lead: team-a\n', "    lead: 'team-a'   # the energy team\n") : text);
    }
    const dry = cli(['rename', 'team-a', 'team-energy', '--plan', d, '--dry-run']);
    expect(dry.stdout).toBe(
      "plan.yaml:10\n-       - {id: team-a, name: {ko: 가팀, en: Team A}}\n+       - {id: team-energy, name: {ko: 가팀, en: Team A}}\ntasks/a.yaml:5\n-     lead: 'team-a'   # the energy team\n+     lead: 'team-energy'   # the energy team\nWould change 2 line(s) in 2 file(s): team-a -> team-energy\n",
    );
    expect(readFileSync(join(d, 'tasks/a.yaml'), 'utf8')).toContain("lead: 'team-a'");
    expect(cli(['rename', 'team-a', 'team-b', '--plan', d]).stderr).toBe('sdplan: team-b already exists (team); nothing was renamed\n');
    expect(cli(['rename', 'nope', 'x', '--plan', d]).code).toBe(2);
    expect(cli(['rename', 'team-a', 'team-energy', '--plan', d]).code).toBe(0);
    expect(cli(['validate', d]).code).toBe(0);
  });
});

describe('sdplan init and export', () => {
  it('init scaffolds a plan that validates, and refuses a non-empty folder', () => {
    const d = join(mkdtempSync(join(tmpdir(), 'sdplan-init-')), 'city');
    dirs.push(d);
    expect(cli(['init', d, '--lang', 'en,ko']).code).toBe(0);
    const folders = ['tasks', 'actuals', '.github', '.github/workflows', '.sdplan', '.sdplan/schemas'];
    expect(
      readdirSync(d, { recursive: true })
        .map(String)
        .filter((f) => !folders.includes(f))
        .sort(),
    ).toEqual([
      '.github/workflows/sdplan.yml',
      '.sdplan/schemas/evaluation.schema.json',
      '.sdplan/schemas/goals.schema.json',
      '.sdplan/schemas/governance.schema.json',
      '.sdplan/schemas/indicators.schema.json',
      '.sdplan/schemas/plan.schema.json',
      '.sdplan/schemas/tasks.schema.json',
      'README.md',
      'actuals/actuals.csv',
      'goals.yaml',
      'governance.yaml',
      'indicators.yaml',
      'plan.yaml',
      'tasks/tasks.yaml',
    ]);
    expect(cli(['validate', d, '--max-warnings', '0']).code).toBe(0);
    // $schema links point into the plan folder itself, so they survive a clone elsewhere
    expect(readFileSync(join(d, 'plan.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.sdplan\/schemas\/plan\.schema\.json\nsdplan: 1\nid: city\n/,
    );
    expect(readFileSync(join(d, 'tasks', 'tasks.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../.sdplan/schemas/tasks.schema.json');
    expect(readFileSync(join(d, '.sdplan', 'schemas', 'plan.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas', 'plan.schema.json'), 'utf8'));
    expect(cli(['init', d]).code).toBe(2);
    expect(cli(['init', d, '--force']).code).toBe(0);
  });

  it('the example workflow is the one init writes, and the README shows it', () => {
    expect(readFileSync(join(ROOT, 'examples', 'github', 'sdplan.yml'), 'utf8')).toBe(WORKFLOW);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('```yaml\n' + WORKFLOW + '```');
  });

  it('the action runs the same steps from its own checkout, the summary ones even when validation fails', async () => {
    const { parse } = await import('yaml');
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      runs: { using: string; steps: Array<{ name?: string; uses?: string; run?: string; if?: string; shell?: string }> };
    };
    expect(action.runs.using).toBe('composite');
    expect(action.inputs.plan!.default).toBe('.');
    const steps = action.runs.steps;
    expect(steps.map((st) => st.uses ?? st.name)).toEqual([
      'actions/setup-node@v4',
      'Install sdplan',
      'Validate',
      'Likely duplicate tasks',
      'What this change does to the plan',
    ]);
    expect(steps.filter((st) => st.run).every((st) => st.shell === 'bash')).toBe(true);
    expect(steps[1]!.run).toBe('npm ci --no-audit --no-fund --prefix "$GITHUB_ACTION_PATH"');
    expect(steps.slice(3).map((st) => st.if)).toEqual(['${{ !cancelled() }}', "${{ !cancelled() && github.event_name == 'pull_request' }}"]);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('      - uses: OWNER/sdplan@v0.3.0');
    // inputs and event fields reach the shell through env, never pasted into run
    expect(steps.filter((st) => st.run?.includes('${{'))).toEqual([]);
    expect(steps.slice(2).map((st) => (st as { env?: Record<string, string> }).env)).toEqual([
      { PLAN: '${{ inputs.plan }}' },
      { PLAN: '${{ inputs.plan }}' },
      { PLAN: '${{ inputs.plan }}', BASE_REF: '${{ github.base_ref }}' },
    ]);
  });

  it('the workflow would run on GitHub: it installs a pinned sdplan, and the summary steps run even when validation fails', async () => {
    const { parse } = await import('yaml');
    const wf = parse(WORKFLOW) as {
      on: Record<string, unknown>;
      jobs: Record<string, { 'runs-on': string; steps: Array<{ name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> }> }>;
    };
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    const steps = wf.jobs.plan!.steps;
    expect(wf.jobs.plan!['runs-on']).toBe('ubuntu-latest');
    expect(steps.map((st) => st.uses ?? st.name)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'Install sdplan',
      'Validate',
      'Likely duplicate tasks',
      'What this change does to the plan',
    ]);
    expect(steps[0]!.with).toEqual({ 'fetch-depth': 0 });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(steps[2]!.run).toBe(`npm install --no-save "github:OWNER/sdplan#v${pkg.version}"`);
    expect(cli(['--version']).stdout.trim()).toBe(pkg.version);
    // every step after validation runs whatever validation found, unless the run was cancelled
    expect(steps.slice(4).map((st) => st.if)).toEqual(['${{ !cancelled() }}', "${{ !cancelled() && github.event_name == 'pull_request' }}"]);
    expect(steps[4]!.run).toBe('npx sdplan overlaps --format md >> "$GITHUB_STEP_SUMMARY"');
    expect(steps.every((st) => !st.run || !/npm install --no-save sdplan\b/.test(st.run))).toBe(true);
    // GitHub's hardening guide: expressions reach the shell through env, never pasted into run
    expect(steps.filter((st) => st.run?.includes('${{'))).toEqual([]);
    expect((steps[5] as { env?: Record<string, string> }).env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(steps[5]!.run).toBe('npx sdplan diff "origin/$BASE_REF" --format md >> "$GITHUB_STEP_SUMMARY"');
  });

  it('export actuals, then actuals import of that file, changes nothing', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-export-'));
    dirs.push(d);
    cpSync(SAMPLE, join(d, 'plan'), { recursive: true });
    const out = join(d, 'exported.csv');
    expect(cli(['export', 'actuals', join(d, 'plan'), '-o', out]).code).toBe(0);
    const r = cli(['actuals', 'import', out, '--plan', join(d, 'plan'), '--lang', 'en']);
    expect(r.stdout).toBe(`Nothing new: every row of ${out} is already recorded.\n`);
    expect(readdirSync(join(d, 'plan', 'actuals')).sort()).toEqual(['sustainability-2018-2019.csv', 'tasks-2018.csv', 'tasks-2019.csv']);
  });

  it('exports are formula-injection safe and numbers stay numbers', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-export-'));
    dirs.push(d);
    for (const [name, text] of Object.entries(BASE)) {
      mkdirSync(join(d, name, '..'), { recursive: true });
      writeFileSync(
        join(d, name),
        name === 'tasks/a.yaml'
          ? text.replace('title: {ko: 과제, en: Task}', 'title: {ko: "=1+2", en: "@cmd"}')
          : name === 'actuals/a.csv'
            ? text + 'SI-01,2019,-3,"=HYPERLINK()",\n'
            : text,
      );
    }
    const tasks = cli(['export', 'tasks', d, '--lang', 'en']).stdout;
    expect(tasks.split('\n')[1]).toBe("T-01,'=1+2,'@cmd,,,G01,G01-S1,,team-a,,2018,2021,,,,");
    expect(cli(['export', 'actuals', d]).stdout).toContain("SI-01,2019,-3,'=HYPERLINK(),");
    const targets = JSON.parse(cli(['export', 'targets', d, '-f', 'json']).stdout);
    expect(targets.plan).toBe('mini');
    expect(targets.rows[0]).toEqual({ indicator: 'SI-01', year: 2025, target: 80 });
    expect(cli(['export', 'tasks', d, '-f', 'decidim']).stdout.split('\n')[0]).toBe(
      'id;parent/id;title/ko;title/en;description/ko;description/en;start_date;end_date;progress;external_id;weight',
    );
    const osdg = join(d, 'osdg');
    expect(cli(['export', 'indicators', d, '-f', 'opensdg', '-o', osdg]).code).toBe(0);
    expect(readFileSync(join(osdg, 'data', 'indicator_13-2-2.csv'), 'utf8')).toBe('Year,Value\n2016,100\n2018,95\n2019,-3\n');
    expect(readFileSync(join(osdg, 'indicator-config', '13-2-2.yml'), 'utf8')).toContain(
      'auto_progress_calculation: true\nprogress_calculation_options:\n  - direction: negative\n    target: 80\n    target_year: 2025\n    base_year: 2016\n',
    );
    expect(cli(['export', 'nothing', d]).code).toBe(2);
  });
});

describe('diff: overlaps, decisions, conflicts and teams', () => {
  // T-02 says and measures what T-01 does: one likely duplicate pair
  const TWIN = TASKS.replace('title: {ko: 과제2, en: Task 2}', 'title: {ko: 과제, en: Task}').replace(
    'name: {ko: 교육, en: Training}\n        unit: persons',
    'name: {ko: 용량, en: Capacity}\n        unit: MW',
  );
  const base = () => repo({ ...BASE, 'tasks/a.yaml': TWIN } as Record<string, string>);
  const overlapFixed = (r: ReturnType<typeof diff>) => r.findings.fixed.filter((f) => f.rule === 'overlap').map((f) => (f.args as Record<string, unknown>).why);

  it('a pair that disappears because its tasks were merged is fixed, and says so', () => {
    const d = base();
    // T-02 merged into T-01: T-01 replaces it
    const merged = TWIN.slice(0, TWIN.indexOf('  - id: T-02')).replace('    lead: team-a\n', '    lead: team-a\n    replaces: [T-02]\n');
    commit(d, { 'tasks/a.yaml': merged });
    const r = diff(d);
    expect(overlapFixed(r)).toEqual(['merged: T-02 into T-01']);
    expect(r.changes.find((c) => c.kind === 'merged')).toMatchObject({ id: 'T-01', ids: ['T-02'] });
  });

  it('a decision recorded in the revision is an item, and its pair is fixed', () => {
    const d = base();
    commit(d, {
      'plan.yaml': BASE['plan.yaml'] + 'overlaps:\n  accepted:\n    - tasks: [T-02, T-01]\n      decision: merge\n      reason: Merge in the next revision\n',
    });
    const r = diff(d);
    expect(r.changes).toContainEqual({
      kind: 'decision-recorded',
      entity: 'overlap',
      id: 'T-01+T-02',
      to: { decision: 'merge', reason: 'Merge in the next revision' },
    });
    expect(overlapFixed(r)).toEqual(['decision: merge']);
    const md = cli(['diff', 'HEAD~1', 'HEAD', '--plan', 'plan'], { cwd: d }).stdout;
    expect(md).toContain('<details><summary>Decisions on overlapping tasks (1)</summary>');
    expect(md).toContain('- Overlap T-01 / T-02: decision recorded, merge: Merge in the next revision');
  });

  it('--lang ko writes the pull-request comment in Korean, particles and all', () => {
    const d = base();
    const merged = TWIN.slice(0, TWIN.indexOf('  - id: T-02')).replace('    lead: team-a\n', '    lead: team-a\n    replaces: [T-02]\n');
    commit(d, { 'tasks/a.yaml': merged });
    const md = cli(['diff', 'HEAD~1', 'HEAD', '--plan', 'plan', '--lang', 'ko'], { cwd: d }).stdout;
    expect(md).toContain('**1개 과제를 1개로 통합**');
    expect(md).toContain('- T-02 → T-01로 통합');
    expect(md).toContain('<details><summary>해결된 발견 사항 (2)</summary>');
    expect(md).toContain('과제 T-01과 T-02: 중복 가능성');
    expect(md).toContain('지금은 통합됨: T-02 → T-01');
    expect(md).not.toMatch(/\(으\)로|이\(가\)|을\(를\)/);
  });

  it('a budget cap that creates conflicts shows them as introduced, each with its year', () => {
    const d = repo({ ...BASE } as Record<string, string>);
    const capped = BASE['plan.yaml']!.replace('{id: team-a, name: {ko: 가팀, en: Team A}}', '{id: team-a, name: {ko: 가팀, en: Team A}, budget_cap: 100}');
    commit(d, { 'plan.yaml': capped, 'tasks/a.yaml': TASKS.replace('    lead: team-a\n', '    lead: team-a\n    budget: {2018: 150, 2019: 90, 2020: 120}\n') });
    const conflicts = diff(d).findings.introduced.filter((f) => f.rule === 'conflict');
    expect(conflicts.map((f) => f.args)).toEqual([
      { kind: 'budget-cap', tasks: 'T-01', team: 'team-a', year: 2018, total: 150, cap: 100 },
      { kind: 'budget-cap', tasks: 'T-01', team: 'team-a', year: 2020, total: 120, cap: 100 },
    ]);
    // the team by its name, in each language
    expect(conflicts.map((f) => f.message)).toContain('Team A over its budget cap in 2018: 150 against 100 (tasks T-01)');
    const ko = diff(d, '--lang', 'ko').findings.introduced.filter((f) => f.rule === 'conflict');
    expect(ko.map((f) => f.message)).toContain('가팀이 2018년 예산 상한을 넘음: 150 (상한 100, 과제 T-01)');
  });

  it('team changes: a new ID with the same name is a rename; a new name is a retitle', () => {
    const d = repo({ ...BASE } as Record<string, string>);
    const plan = BASE['plan.yaml']!.replace('{id: team-b, name: {ko: 나팀, en: Team B}}', '{id: team-bee, name: {ko: 나팀, en: Team B}}').replace(
      '{ko: 가팀, en: Team A}',
      '{ko: 가팀, en: Team Alpha}',
    );
    commit(d, { 'plan.yaml': plan, 'tasks/a.yaml': TASKS.replace('lead: team-b', 'lead: team-bee') });
    const r = diff(d);
    const teams = r.changes.filter((c) => c.entity === 'team');
    expect(teams).toEqual([
      { kind: 'renamed', entity: 'team', id: 'team-bee', from: 'team-b', to: 'team-bee' },
      { kind: 'title-changed', entity: 'team', id: 'team-a', from: { ko: '가팀', en: 'Team A' }, to: { ko: '가팀', en: 'Team Alpha' } },
    ]);
  });
});

describe('report --previous and --annex vlr', () => {
  it('sets the previous report (the plan at a revision, for its own period) beside this one, and adds the VLR annex', () => {
    // the previous report: the sample plan before its 2019 actuals came in; then a target raised
    const d = mkdtempSync(join(tmpdir(), 'sdplan-prev-'));
    dirs.push(d);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: d, stdio: 'pipe' });
    git('init', '-q');
    cpSync(SAMPLE, join(d, 'plan'), { recursive: true });
    const sustain = join(d, 'plan', 'actuals', 'sustainability-2018-2019.csv');
    const all = readFileSync(sustain, 'utf8');
    writeFileSync(
      sustain,
      all
        .split('\n')
        .filter((l) => !/^[^,]+,2019,/.test(l))
        .join('\n'),
    );
    rmSync(join(d, 'plan', 'actuals', 'tasks-2019.csv'));
    git('add', '-A');
    git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'report 2018');
    writeFileSync(sustain, all);
    cpSync(join(SAMPLE, 'actuals', 'tasks-2019.csv'), join(d, 'plan', 'actuals', 'tasks-2019.csv'));
    const tasks = join(d, 'plan', 'tasks', 'g07-energy.yaml');
    writeFileSync(tasks, readFileSync(tasks, 'utf8').replace('targets: {2018: 1150', 'targets: {2018: 1200'));
    const r = cli(['report', 'plan', '--previous', 'HEAD', '--annex', 'vlr', '-f', 'json'], { cwd: d });
    expect(r.stderr).toBe('');
    const m = JSON.parse(r.stdout);
    expect(m.previous.revision).toBe('HEAD');
    expect(m.previous.period).toEqual({ start: 2018, end: 2018 });
    expect(m.previous.targets).toEqual([{ kind: 'target-changed', entity: 'indicator', id: 'T-0701-P1', year: 2018, from: 1150, to: 1200, note: 'raised' }]);
    expect(m.previous.indicators.length).toBeGreaterThan(5);
    const moved = m.previous.indicators[0];
    expect(moved.before === moved.after && moved.score_before === moved.score_after).toBe(false);
    // the annex: one row per sustainability indicator, with the status of the previous report
    expect(m.annex).toHaveLength(m.sustainability.length);
    expect(m.annex[0]).toMatchObject({
      id: 'SI-01-01',
      goal: 'G01',
      sdg_targets: ['1.2', '1.3'],
      sdg_indicator: '1.a.2',
      unit: '%',
      direction: 'increase',
      source: '당진시 예산서',
      geography: 'city',
      proxy: false,
      latest: { year: 2019, value: 26 },
      target: { year: 2035, value: 33 },
      method: 'progress_measure',
      status: 'substantial_progress',
    });
    expect(m.annex.find((x: { id: string }) => x.id === 'SI-01-02')).toMatchObject({
      breakdowns_expected: [expect.objectContaining({ text: '성별' })],
      breakdowns_available: [expect.objectContaining({ text: '성별' })],
      flags: [{ year: 2019, flag: 'provisional' }],
    });
    const md = cli(['report', 'plan', '--previous', 'HEAD', '--annex', 'vlr', '-f', 'md', '--lang', 'en'], { cwd: d }).stdout;
    expect(md).toContain('## 10. Change since the previous report');
    expect(md).toContain('| T-0701-P1 | 2018 | 1,150 | 1,200 |');
    expect(md).toContain('## Annex: statistical annex for a Voluntary Local Review');
  });
});
