// Hostile inputs (issue 20): what a city wrote, or what someone slipped into its files, must not
// become a live formula in a spreadsheet, raw HTML in a job summary, or a hung or exhausted process.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { BASE, ROOT, cleanup, cli, edit, makePlan } from './helpers.js';
import { atRevision } from '../src/cli/at-revision.js';
import { csvText, neutralise, unneutralise } from '../src/model/csv-cell.js';
import { loadPlan } from '../src/load/load-plan.js';
import { checkPlanCapped } from '../src/check/check-plan.js';
import { mdCode, mdText } from '../src/render/markdown-escape.js';

afterAll(cleanup);

const inbox = () => mkdtempSync(join(tmpdir(), 'sdplan-inbox-'));

// ---------------------------------------------------------------- CSV
const python = spawnSync('python3', ['-c', 'print(1)'], { encoding: 'utf8' }).status === 0;

/** The records of a CSV text as Python's csv module reads it (newline='' as its docs require). */
function pythonRows(text: string): string[][] {
  const script = 'import csv,io,json,sys\ndata=sys.stdin.buffer.read().decode("utf-8-sig")\nprint(json.dumps(list(csv.reader(io.StringIO(data, newline="")))))';
  const r = spawnSync('python3', ['-c', script], { input: text, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

const csvParseRows = (text: string): string[][] => parse(text, { bom: true, relax_column_count: true }) as string[][];

/** Cells that a spreadsheet would run: a formula character at the start of the cell or of any line inside it. */
function liveCells(rows: string[][]): string[] {
  const live: string[] = [];
  for (const r of rows)
    for (const c of r) {
      if (/^-?\d+(\.\d+)?$/.test(c)) continue; // a number, negative ones included
      if (
        /^[=+\-@\t\r]/.test(c) ||
        c
          .split(/\r\n|\r|\n/)
          .slice(1)
          .some((line) => /^[=+\-@\t]/.test(line))
      )
        live.push(c);
    }
  return live;
}

/** Both readers see `records` records and no live cell. */
function expectSafe(text: string, records: number): void {
  const a = csvParseRows(text);
  expect(a.length).toBe(records);
  expect(liveCells(a)).toEqual([]);
  if (!python) return;
  const b = pythonRows(text);
  expect(b.length).toBe(records);
  expect(liveCells(b)).toEqual([]);
  expect(b).toEqual(a);
}

const HOSTILE_NOTE = 'ok\r=1+6';

describe('CSV: a line break inside a cell never starts a row or a formula', () => {
  it('neutralise marks the start and every line after a break; unneutralise is its exact inverse', () => {
    expect(neutralise('ok\r=1+4')).toBe("ok\r'=1+4");
    expect(neutralise('a\n+b\r\n-c\r@d\n\tx')).toBe("a\n'+b\r\n'-c\r'@d\n'\tx");
    expect(neutralise('\r=1')).toBe("'\r'=1");
    expect(neutralise("'=x")).toBe("''=x");
    expect(neutralise(-5)).toBe(-5);
    for (const s of ['ok\r=1+4', '\r=1', "'=x", "a\n''-b", 'plain', '=1', "x\r\n'", '\n\n=', "'\r\n'@"]) expect(unneutralise(neutralise(s) as string)).toBe(s);
  });

  it('the writer quotes a cell holding CR or LF, whatever the record delimiter', () => {
    expect(csvText([['a', 'ok\r=1+6', 'x\ny', 'p,q', 'say "hi"']])).toBe('a,"ok\r\'=1+6","x\ny","p,q","say ""hi"""\n');
    expect(csvText([['a', 'b\nc']], { eol: '\r\n', bom: true })).toBe('\ufeffa,"b\nc"\r\n');
    expect(csvText([['a;b', 'c,d']], { delimiter: ';' })).toBe('"a;b";c,d\n');
    expectSafe(
      csvText([
        ['h1', 'h2'],
        ['1', HOSTILE_NOTE],
        ['-2', '\t=x\r\n+y'],
      ]),
      3,
    );
  });

  const hostileTask = () => makePlan(edit('tasks/a.yaml', 'title: {ko: 과제, en: Task}', 'title: {ko: "과제\\r=1+4", en: "Task\\r=1+4"}'));

  it('export tasks and score -f csv: the hostile title stays in its cell', () => {
    const dir = hostileTask();
    const tasks = cli(['export', 'tasks', dir]);
    expect(tasks.code).toBe(0);
    expect(tasks.stdout).toContain('"과제\r\'=1+4"');
    expectSafe(tasks.stdout, 3);
    const score = cli(['score', dir, '-f', 'csv', '--by', 'task']);
    expect(score.code).toBe(0);
    expect(score.stdout).toContain('"과제\r\'=1+4"');
    expectSafe(score.stdout, 3);
  });

  it('export indicators and actuals template: a hostile indicator name stays in its cell', () => {
    const dir = makePlan(edit('tasks/a.yaml', 'name: {ko: 용량, en: Capacity}', 'name: {ko: "용량\\r=1+5", en: "Capacity\\r=1+5"}'));
    const ind = cli(['export', 'indicators', dir]);
    expect(ind.code).toBe(0);
    expectSafe(ind.stdout, 4);
    expect(ind.stdout).toContain('"용량\r\'=1+5"');
    const tpl = cli(['actuals', 'template', '--plan', dir, '--year', '2021', '--team', 'team-a']);
    expect(tpl.code).toBe(0);
    expect(tpl.stdout).toContain('"용량\r\'=1+5"');
    expectSafe(tpl.stdout, 2);
  });

  it("a note with CR imported into a plan: the plan's own file, and export actuals, keep it in its cell and read it back", () => {
    const file = join(inbox(), 'a.csv');
    writeFileSync(file, `indicator,year,value,note\nT-02-P1,2019,15,"${HOSTILE_NOTE}"\n`);
    const dir = makePlan();
    expect(cli(['actuals', 'import', file, '--plan', dir, '--to', 'actuals/a.csv']).code).toBe(0);
    const own = readFileSync(join(dir, 'actuals', 'a.csv'), 'utf8');
    expect(own).toBe('indicator,year,value,note,source\nT-01-P1,2018,4,,\nSI-01,2018,95,,\nT-02-P1,2019,15,"ok\r\'=1+6",\n');
    expectSafe(own, 4);
    expect(loadPlan(dir).plan.actuals.find((a) => a.indicator === 'T-02-P1')?.note).toBe(HOSTILE_NOTE);
    const exported = cli(['export', 'actuals', dir]);
    expectSafe(exported.stdout, 4);
    expect(exported.stdout).toContain('"ok\r\'=1+6"');
  });

  it('a note with LF imported into a CRLF file is quoted, and the file keeps its CRLF', () => {
    const file = join(inbox(), 'a.csv');
    writeFileSync(file, 'indicator,year,value,note\nT-02-P1,2019,15,"first\n@SUM(A1)"\n');
    const dir = makePlan({ 'actuals/a.csv': BASE['actuals/a.csv']!.replace(/\n/g, '\r\n') });
    expect(cli(['actuals', 'import', file, '--plan', dir, '--to', 'actuals/a.csv']).code).toBe(0);
    const own = readFileSync(join(dir, 'actuals', 'a.csv'), 'utf8');
    expect(own.endsWith('\r\nT-02-P1,2019,15,"first\n\'@SUM(A1)",\r\n')).toBe(true);
    expectSafe(own, 4);
    expect(loadPlan(dir).plan.actuals.find((a) => a.indicator === 'T-02-P1')?.note).toBe('first\n@SUM(A1)');
  });
});

// ---------------------------------------------------------------- Markdown
const H = '<script>alert(1)</script> | [x](javascript:alert(1)) `tick` <img src=x onerror=alert(1)>\nline2';
const q = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar

/** A plan whose every name is hostile: plan, goals, strategies, tasks, indicators, teams, departments, grades. */
function hostilePlan(): string {
  return makePlan({
    'plan.yaml':
      BASE['plan.yaml']!.replace('title: {ko: 미니, en: Mini}', `title: {ko: ${q('미니 ' + H)}, en: ${q('Mini ' + H)}}\nvision: {ko: ${q(H)}, en: ${q(H)}}`)
        .replace('name: {ko: 부서, en: Department}', `name: {ko: ${q('부서 ' + H)}, en: ${q('Dept ' + H)}}`)
        .replace('{id: team-a, name: {ko: 가팀, en: Team A}}', `{id: team-a, name: {ko: ${q('가팀 ' + H)}, en: ${q('Team A ' + H)}}}`)
        .replace('{id: team-b, name: {ko: 나팀, en: Team B}}', `{id: team-b, name: {ko: ${q('나팀 ' + H)}, en: ${q('Team B ' + H)}}}`) +
      `evaluation:\n  grades:\n    - {grade: ${q('S ' + H)}, min: 0.5}\n    - {grade: ${q('D|<b>x</b>')}, min: 0}\n`,
    'goals.yaml': BASE['goals.yaml']!.replace('title: {ko: 목표, en: Goal}', `title: {ko: ${q('목표 ' + H)}, en: ${q('Goal ' + H)}}`).replace(
      'title: {ko: 전략, en: Strategy}',
      `title: {ko: ${q('전략 ' + H)}, en: ${q('Strategy ' + H)}}`,
    ),
    'tasks/a.yaml': BASE['tasks/a.yaml']!.replace(
      'title: {ko: 과제, en: Task}',
      `title: {ko: ${q('태양광 발전소 설치 ' + H)}, en: ${q('Solar power plant ' + H)}}`,
    )
      .replace('title: {ko: 과제2, en: Task 2}', `title: {ko: ${q('태양광 발전소 설치 확대 ' + H)}, en: ${q('Solar power plant more ' + H)}}`)
      .replace('name: {ko: 용량, en: Capacity}', `name: {ko: ${q('용량 ' + H)}, en: ${q('Capacity ' + H)}}`),
    'indicators.yaml': BASE['indicators.yaml']!.replace('name: {ko: 온실가스, en: Emissions}', `name: {ko: ${q('온실가스 ' + H)}, en: ${q('Emissions ' + H)}}`),
  });
}

/** Code spans removed: what is inside one shows as written, tags included. */
const outsideCode = (md: string) => md.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '``');

/** Every way the hostile text could go live in Markdown, as the list of offending snippets. */
function liveMarkdown(md: string): string[] {
  const text = outsideCode(md.replace(/^```mermaid\n[\s\S]*?\n```$/gm, ''));
  const bad: string[] = [];
  for (const m of text.matchAll(/<(?!br>|\/?details>|\/?summary>)[A-Za-z/!?][^>\n]{0,20}/g)) bad.push(m[0]);
  for (const m of text.matchAll(/(?<!\\)\]\((?:javascript|data):/gi)) bad.push(m[0]);
  for (const line of md.split('\n')) if (line.startsWith('line2')) bad.push(line);
  return bad;
}

/** Each table's rows have as many unescaped `|` as its header row. */
function tableWidths(md: string): string[] {
  const wrong: string[] = [];
  let header: number | null = null;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      header = null;
      continue;
    }
    const pipes = (line.replace(/\\\\/g, '').match(/(?<!\\)\|/g) ?? []).length;
    if (header === null) header = pipes;
    else if (pipes !== header) wrong.push(line);
  }
  return wrong;
}

describe('Markdown: plan text is text, whatever it holds', () => {
  it('one escaper: inline text and code spans', () => {
    expect(mdText('<b>x</b> | [a](javascript:b) `c` *d* _e_ ~f~ #g \\\n2')).toBe(
      '&lt;b&gt;x&lt;/b&gt; \\| \\[a\\](javascript:b) \\`c\\` \\*d\\* \\_e\\_ \\~f\\~ \\#g \\\\ 2',
    );
    expect(mdCode('main')).toBe('`main`');
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x``')).toBe('``` `x`` ```');
    expect(mdCode('a|b\nc', true)).toBe('`a\\|b c`');
  });

  const runs: Array<[string, string[]]> = [
    ['overlaps', ['overlaps', '-f', 'md', '--threshold', '0.1']],
    ['coherence --rank', ['coherence', '--rank', '-f', 'md']],
    ['cooperation', ['cooperation', '-f', 'md']],
    ['map', ['map', '-f', 'md']],
    ['report', ['report', '-f', 'md']],
  ];
  for (const lang of ['en', 'ko'])
    for (const [name, args] of runs)
      it(`${name} -f md --lang ${lang}`, () => {
        const dir = hostilePlan();
        const r = cli([...args, dir, '--lang', lang]);
        expect(r.stderr).toBe('');
        expect(r.stdout).toContain(
          '&lt;script&gt;alert(1)&lt;/script&gt; \\| \\[x\\](javascript:alert(1)) \\`tick\\` &lt;img src=x onerror=alert(1)&gt; line2',
        );
        expect(liveMarkdown(r.stdout)).toEqual([]);
        expect(tableWidths(r.stdout)).toEqual([]);
      });
});

describe('Markdown of a revision: a backtick in its name cannot leave the code span', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    });
  const REV = 'v1`<img/src=x/onerror=alert(1)>';
  const repo = () => {
    const dir = hostilePlan();
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'first');
    git(dir, 'tag', REV);
    writeFileSync(join(dir, 'tasks/a.yaml'), readFileSync(join(dir, 'tasks/a.yaml'), 'utf8').replace('Solar power plant more', 'Wind farm <b>bold</b>'));
    git(dir, 'commit', '-qam', 'second');
    return dir;
  };

  it('report -f md --previous REV', () => {
    const r = cli(['report', '-f', 'md', repo(), '--previous', REV]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('``v1`<img/src=x/onerror=alert(1)>``');
    expect(liveMarkdown(r.stdout)).toEqual([]);
    expect(tableWidths(r.stdout)).toEqual([]);
  });

  it('diff -f md REV', () => {
    const r = cli(['diff', REV, '--plan', repo()]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('### sdplan diff v1\\`&lt;img/src=x/onerror=alert(1)&gt;…');
    expect(r.stdout).toContain('Wind farm &lt;b&gt;bold&lt;/b&gt;');
    expect(liveMarkdown(r.stdout)).toEqual([]);
    expect(tableWidths(r.stdout)).toEqual([]);
  });
});

// ---------------------------------------------------------------- limits on what is read
describe('reading: regular files only, and within limits from every source', () => {
  it('a FIFO in the plan, or a link to one, is a finding, not a hang', () => {
    const dir = makePlan({ 'governance.yaml': null });
    execFileSync('mkfifo', [join(dir, 'governance.yaml')]);
    execFileSync('mkfifo', [join(dir, 'tasks', 'b.yaml')]);
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    symlinkSync(join(dir, 'fifo'), join(dir, 'actuals', 'c.csv'));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'sdplan.js'), 'validate', '.', '-f', 'compact'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.signal).toBe(null);
    expect(r.status).toBe(1);
    const NOT_FILE = 'error file/unreadable  This is not a regular file (a pipe, a socket or a device); it was not read.';
    expect(r.stdout.split('\n').filter((l) => l.includes('file/unreadable'))).toEqual([
      `actuals/c.csv ${NOT_FILE}`,
      `governance.yaml ${NOT_FILE}`,
      `tasks/b.yaml ${NOT_FILE}`,
    ]);
  });

  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    });
  const committed = (files: Record<string, string>) => {
    const dir = makePlan(files);
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'big');
    return dir;
  };

  it('a plan at a git revision: a blob over the file limit is a finding, as on disk', () => {
    const dir = committed({ 'tasks/big.yaml': '#'.repeat((20 << 20) + 1) });
    const found = atRevision(dir, 'HEAD').findings.filter((f) => f.rule.startsWith('file/'));
    expect(found).toEqual([{ rule: 'file/too-large', args: { size: (20 << 20) + 1, limit: 20 << 20 }, file: 'tasks/big.yaml', path: '', line: 0, column: 0 }]);
  });

  it('a plan at a git revision: the plan-wide budget, as on disk', () => {
    const dir = committed({ 'tasks/big1.yaml': '#'.repeat(17 << 20), 'tasks/big2.yaml': '#'.repeat(17 << 20), 'tasks/big3.yaml': '#'.repeat(17 << 20) });
    const loaded = atRevision(dir, 'HEAD');
    expect(loaded.findings.map((f) => [f.rule, f.args.size])).toEqual([
      ['file/plan-too-large', Object.values(BASE).reduce((n, t) => n + Buffer.byteLength(t), 0) + 3 * (17 << 20)],
    ]);
    expect(loaded.docs).toEqual([]);
    const r = cli(['validate', '.', '-f', 'compact'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      `. error file/plan-too-large  The 9 files of the plan are ${loaded.findings[0]!.args.size} bytes together, over the limit of 52428800 bytes for a plan; none was read. The largest is tasks/big1.yaml (17825792 bytes).`,
    );
  });
});

describe('report -f pdf with a broken SDPLAN_CHROMIUM', () => {
  it('one clear line, not the browser log', () => {
    const crash = join(inbox(), 'crash.sh');
    writeFileSync(crash, '#!/bin/sh\necho "boom: this browser crashed" >&2\nexit 3\n', { mode: 0o755 });
    const r = cli(['report', 'plans/dangjin-2035', '-f', 'pdf', '-o', join(inbox(), 'r.pdf')], { env: { SDPLAN_CHROMIUM: crash } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `sdplan: ${crash} did not start as Chromium (exit code 3: boom: this browser crashed); set SDPLAN_CHROMIUM to a Chromium executable, or leave it unset to use the system's\n`,
    );
    const notBrowser = cli(['report', 'plans/dangjin-2035', '-f', 'pdf', '-o', join(inbox(), 'r.pdf')], { env: { SDPLAN_CHROMIUM: '/bin/true' } });
    expect(notBrowser.stderr).toBe(
      "sdplan: /bin/true did not start as Chromium (exit code 0); set SDPLAN_CHROMIUM to a Chromium executable, or leave it unset to use the system's\n",
    );
  });
});

// ---------------------------------------------------------------- a million bad rows
describe('findings past 100 of one rule in one file are counted, not listed', () => {
  // 250 rows naming unknown indicators and 150 rows with a bad year, in one file
  const rows = ['indicator,year,value'];
  for (let i = 0; i < 250; i++) rows.push(`X-${i}-unknown,2019,${i}`);
  for (let i = 0; i < 150; i++) rows.push(`T-01-P1,20x${i},1`);
  const badPlan = () => makePlan({ 'actuals/bad.csv': rows.join('\n') + '\n' });

  it('the check keeps the first 100 by line, and counts the rest', () => {
    const r = checkPlanCapped(loadPlan(badPlan()), { cap: 100 });
    expect(r.omitted).toEqual([
      { rule: 'actuals/bad-value', severity: 'error', file: 'actuals/bad.csv', count: 50 },
      { rule: 'actuals/unknown-indicator', severity: 'error', file: 'actuals/bad.csv', count: 150 },
    ]);
    const lines = (rule: string) => r.diagnostics.filter((d) => d.rule === rule).map((d) => d.line);
    expect(lines('actuals/unknown-indicator')).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
    expect(lines('actuals/bad-value')).toEqual(Array.from({ length: 100 }, (_, i) => i + 252));
    expect(r.diagnostics.length).toBe(200);
    // a rule turned off is neither listed nor counted
    expect(checkPlanCapped(loadPlan(badPlan()), { cap: 100, overrides: { 'actuals/unknown-indicator': 'off' } }).omitted).toEqual([
      { rule: 'actuals/bad-value', severity: 'error', file: 'actuals/bad.csv', count: 50 },
    ]);
  });

  it('compact, stylish, json and the job summary list 100 and count all 400', () => {
    const dir = badPlan();
    const compact = cli(['validate', '.', '-f', 'compact'], { cwd: dir });
    expect(compact.code).toBe(1);
    const lines = compact.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(202);
    expect(lines.slice(-2)).toEqual([
      'actuals/bad.csv error actuals/bad-value  … and 50 more actuals/bad-value findings',
      'actuals/bad.csv error actuals/unknown-indicator  … and 150 more actuals/unknown-indicator findings',
    ]);
    const stylish = cli(['validate', '.', '--lang', 'ko'], { cwd: dir });
    expect(stylish.stdout).toContain(
      '\n  … 그 밖에 actuals/bad-value 발견 사항 50건\n  … 그 밖에 actuals/unknown-indicator 발견 사항 150건\n\n✖ mini: 오류 400건, 경고 0건, 참고 0건\n',
    );
    const json = JSON.parse(cli(['validate', '.', '-f', 'json'], { cwd: dir }).stdout) as { diagnostics: unknown[]; omitted: unknown[]; counts: unknown };
    expect(json.diagnostics.length).toBe(200);
    expect(json.omitted).toEqual([
      { rule: 'actuals/bad-value', severity: 'error', file: 'actuals/bad.csv', count: 50 },
      { rule: 'actuals/unknown-indicator', severity: 'error', file: 'actuals/bad.csv', count: 150 },
    ]);
    expect(json.counts).toEqual({ error: 400, warning: 0, info: 0 });
    const summary = join(inbox(), 'summary.md');
    const gh = cli(['validate', '.', '-f', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(gh.stdout.trimEnd().split('\n').pop()).toBe('sdplan: 400 errors, 0 warnings, 0 info (390 more in the job summary)');
    const md = readFileSync(summary, 'utf8');
    expect(md.split('\n').filter((l) => l.startsWith('| actuals/bad.csv')).length).toBe(202);
    expect(md).toContain('| actuals/bad.csv | | error | `actuals/unknown-indicator` | … and 150 more actuals/unknown-indicator findings |\n');
  });

  it('actuals import prints 100 of a rule too', () => {
    const file = join(inbox(), 'bad.csv');
    writeFileSync(file, rows.slice(0, 251).join('\n') + '\n');
    const r = cli(['actuals', 'import', file, '--plan', makePlan(), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.includes('actuals/unknown-indicator')).length).toBe(101);
    expect(r.stderr).toContain(`${file} error actuals/unknown-indicator  … and 150 more actuals/unknown-indicator findings\n`);
  });
});

describe('reading a CSV file under a cap builds no finding past it', () => {
  it('bad values and unreadable rows past 100 are counted while reading', () => {
    const rows = ['indicator,year,value'];
    for (let i = 0; i < 130; i++) rows.push(`T-01-P1,20x${i},1`);
    for (let i = 0; i < 120; i++) rows.push(`T-01-P1,2019,1,extra,${i}`);
    const dir = makePlan({ 'actuals/bad.csv': rows.join('\n') + '\n' });
    const loaded = loadPlan(dir, { cap: 100 });
    expect(loaded.findings.filter((f) => f.rule === 'actuals/bad-value').length).toBe(100);
    expect(loaded.findings.filter((f) => f.rule === 'actuals/syntax').length).toBe(100);
    expect(loaded.omitted).toEqual([
      { rule: 'actuals/syntax', count: 20, file: 'actuals/bad.csv' },
      { rule: 'actuals/bad-value', count: 30, file: 'actuals/bad.csv' },
    ]);
    // the same findings and counts as a load that builds them all and a check that caps them
    const capped = checkPlanCapped(loaded, { cap: 100 });
    const full = checkPlanCapped(loadPlan(dir), { cap: 100 });
    expect(capped).toEqual(full);
    expect(capped.omitted).toEqual([
      { rule: 'actuals/bad-value', severity: 'error', file: 'actuals/bad.csv', count: 30 },
      { rule: 'actuals/syntax', severity: 'error', file: 'actuals/bad.csv', count: 20 },
    ]);
  });
});
