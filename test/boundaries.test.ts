// Data at the boundaries: every defect of the boundaries issue, each with a test that failed before
// its fix. Nothing is corrupted, lost or buried.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { editDistance, suggester } from '../src/check/did-you-mean.js';
import { BASE, SAMPLE, cleanup, cli, edit, makePlan, validateDir } from './helpers.js';
import { loadPlan } from '../src/load/load-plan.js';
import { scorePlan } from '../src/score/score-plan.js';
import { historyIndex } from '../src/score/history.js';
import { buildReport } from '../src/report/report-model.js';

afterAll(cleanup);

const inbox = () => mkdtempSync(join(tmpdir(), 'sdplan-inbox-'));
const filesOf = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out[r] = `${(statSync(join(dir, r)).mode & 0o777).toString(8)} ${readFileSync(join(dir, r), 'latin1')}`;
    }
  };
  walk('');
  return out;
};

describe('actuals import: encodings', () => {
  it('reads a CP949 file from Korean Excel, says so, and writes UTF-8 (never U+FFFD)', () => {
    const dir = makePlan();
    const file = join(inbox(), 'cp949.csv');
    writeFileSync(file, iconv.encode('indicator,year,value,note,source\nT-01-P1,2019,8,감사 후 수정,가팀 자료\n', 'cp949'));
    const r = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('as CP949 (EUC-KR)');
    const written = readFileSync(join(dir, 'actuals', 'team-a-2019.csv'), 'utf8');
    expect(written).toBe('indicator,year,value,note,source\nT-01-P1,2019,8,감사 후 수정,가팀 자료\n');
    expect(written).not.toContain('\ufffd');
  });

  it('refuses bytes that are neither UTF-8 nor CP949 with file/encoding, and writes nothing', () => {
    const dir = makePlan();
    const file = join(inbox(), 'latin.csv');
    writeFileSync(file, Buffer.concat([Buffer.from('indicator,year,value,note\nT-01-P1,2019,8,'), Buffer.from([0xe9, 0x20, 0xff]), Buffer.from('\n')]));
    const r = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/latin\.csv:2:\d+ error file\/encoding .*neither UTF-8 nor CP949/);
    expect(r.stderr).toContain('nothing was imported');
    expect(readdirSync(join(dir, 'actuals'))).toEqual(['a.csv']);
  });
});

describe('actuals import: the target file decides the columns', () => {
  it("appends in the target file's own column order, keeping its CRLF line endings", () => {
    const dir = makePlan({ 'actuals/team.csv': 'year,indicator,value,source\r\n2018,T-02-P1,12,old\r\n' });
    const file = join(inbox(), 'team.csv');
    writeFileSync(file, 'indicator,year,value,note,source\nT-02-P1,2019,15,,Team B\n');
    expect(cli(['actuals', 'import', file, '--plan', dir, '--to', 'actuals/team.csv']).code).toBe(0);
    expect(readFileSync(join(dir, 'actuals', 'team.csv'), 'utf8')).toBe('year,indicator,value,source\r\n2018,T-02-P1,12,old\r\n2019,T-02-P1,15,Team B\r\n');
    expect(validateDir(dir)).toEqual([]);
  });

  it('refuses rows that fill a column the target file lacks, and writes nothing', () => {
    const dir = makePlan({ 'actuals/team.csv': 'indicator,year,value\nT-02-P1,2018,12\n' });
    const file = join(inbox(), 'team.csv');
    writeFileSync(file, 'indicator,year,value,note\nT-02-P1,2019,15,estimated by hand\n');
    const r = cli(['actuals', 'import', file, '--plan', dir, '--to', 'actuals/team.csv', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'sdplan: actuals/team.csv has no column note, which the imported rows fill; add it to the header of actuals/team.csv (or import to another file with --to). Nothing was imported.\n',
    );
    expect(readFileSync(join(dir, 'actuals', 'team.csv'), 'utf8')).toBe('indicator,year,value\nT-02-P1,2018,12\n');
  });

  it('honours rule-severity overrides as validate does (plan.yaml rules: and --rule)', () => {
    const file = join(inbox(), 'late.csv');
    writeFileSync(file, 'indicator,year,value\nT-01-P1,2030,30\n');
    expect(cli(['actuals', 'import', file, '--plan', makePlan(), '--dry-run']).stderr).toContain('actuals/year-outside-plan');
    const off = makePlan({ 'plan.yaml': BASE['plan.yaml'] + 'rules:\n  actuals/year-outside-plan: off\n' });
    expect(cli(['actuals', 'import', file, '--plan', off, '--dry-run', '--lang', 'en'])).toMatchObject({
      code: 0,
      stdout: 'Would add 1 row(s) to actuals/team-a-2030.csv:\nT-01-P1,2030,30\n',
    });
    const warn = cli(['actuals', 'import', file, '--plan', makePlan(), '--dry-run', '--rule', 'actuals/year-outside-plan=warning']);
    expect(warn.code).toBe(0);
    expect(warn.stderr).toMatch(/late\.csv:2:1 warning actuals\/year-outside-plan/);
  });

  it('export then import is the identity, byte for byte, formula-neutralised notes included', () => {
    const dir = makePlan({ 'actuals/a.csv': BASE['actuals/a.csv'] + 'T-01-P1,2019,8,-0.4 after audit,=team B\n' });
    expect(loadPlan(dir).plan.actuals.find((a) => a.year === 2019)?.note).toBe('-0.4 after audit');
    const exported = join(inbox(), 'a.csv');
    expect(cli(['export', 'actuals', dir, '-o', exported]).code).toBe(0);
    const bytes = readFileSync(exported, 'utf8');
    expect(bytes).toContain("T-01-P1,2019,8,'-0.4 after audit,'=team B\n");
    // into the plan that holds these rows: nothing new
    expect(cli(['actuals', 'import', exported, '--plan', dir, '--lang', 'en']).stdout).toMatch(/^Nothing new/);
    // into a plan without them: the new file holds exactly the exported bytes, and reads back as written
    const empty = makePlan({ 'actuals/a.csv': null });
    expect(cli(['actuals', 'import', exported, '--plan', empty, '--to', 'actuals/a.csv']).code).toBe(0);
    expect(readFileSync(join(empty, 'actuals', 'a.csv'), 'utf8')).toBe(bytes);
    expect(loadPlan(empty).plan.actuals.map((a) => [a.indicator, a.year, a.value, a.note ?? '', a.source ?? ''])).toEqual(
      loadPlan(dir)
        .plan.actuals.map((a) => [a.indicator, a.year, a.value, a.note ?? '', a.source ?? ''])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0])) || Number(x[1]) - Number(y[1])),
    );
  });
});

describe('rename', () => {
  it('rewrites a CSV record that spans lines whole, and there and back leaves every byte and mode as it was', () => {
    const d = join(mkdtempSync(join(tmpdir(), 'sdplan-rename-')), 'plan');
    cpSync(SAMPLE, d, { recursive: true });
    writeFileSync(join(d, 'actuals', 'notes.csv'), 'indicator,year,value,note\r\nT-0701-P1,2017,0,"first line\nsecond, line"\r\nT-0702-P1,2017,1,\r\n');
    chmodSync(join(d, 'tasks', 'g07-energy.yaml'), 0o600);
    const before = filesOf(d);
    const r = cli(['rename', 'T-0701-P1', 'T-0701-PX', '--plan', d]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, 'actuals', 'notes.csv'), 'utf8')).toBe(
      'indicator,year,value,note\r\nT-0701-PX,2017,0,"first line\nsecond, line"\r\nT-0702-P1,2017,1,\r\n',
    );
    expect(r.stdout).toContain('actuals/notes.csv:2\n- T-0701-P1,2017,0,"first line\nsecond, line"\n+ T-0701-PX,2017,0,"first line\nsecond, line"');
    expect(statSync(join(d, 'tasks', 'g07-energy.yaml')).mode & 0o777).toBe(0o600);
    expect(validateDir(d).filter((x) => x.severity === 'error')).toEqual([]);
    expect(cli(['rename', 'T-0701-PX', 'T-0701-P1', '--plan', d]).code).toBe(0);
    expect(filesOf(d)).toEqual(before);
  });
});

describe('actuals/unknown-indicator at scale', () => {
  it('the banded edit distance and the bucketed suggester agree with the plain definitions', () => {
    const plain = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length]![b.length]!;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '1'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, (a, b) => editDistance(a, b) === plain(a, b)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (name, cands) => {
        const limit = Math.max(1, Math.floor(name.length / 3));
        const ranked = [...cands]
          .map((c) => [plain(name.toLowerCase(), c.toLowerCase()), c] as const)
          .filter(([d]) => d <= limit)
          .sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
        return suggester(cands)(name) === ranked[0]?.[1];
      }),
      { numRuns: 500 },
    );
  });

  it('looks each distinct unknown ID up once: 2,000 rows of one typo give one suggestion each', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `T-01-P9,${2018 + (i % 4)},${i}`).join('\n');
    const diags = validateDir(makePlan({ 'actuals/big.csv': `indicator,year,value\n${rows}\n` })).filter((d) => d.rule === 'actuals/unknown-indicator');
    expect(diags).toHaveLength(2000);
    expect(new Set(diags.map((d) => d.args.suggestion))).toEqual(new Set(['T-01-P1']));
  });
});

describe('merged tasks keep their history', () => {
  // T-09 (indicators T-09-P1, T-09-P2) was merged into T-02; T-02-P1 continues T-09-P1
  const merged = () =>
    makePlan({
      ...edit('tasks/a.yaml', '    title: {ko: 과제2, en: Task 2}\n', '    title: {ko: 과제2, en: Task 2}\n    replaces: [T-09]\n'),
      'actuals/a.csv': BASE['actuals/a.csv'] + 'T-09-P1,2018,22,,old task\nT-09-P2,2018,3,,old task\nT-02-P1,2019,30,,\n',
    });
  const withReplaces = (dir: string) => {
    const f = join(dir, 'tasks', 'a.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('      - id: T-02-P1\n', '      - id: T-02-P1\n        replaces: [T-09-P1]\n'));
    return dir;
  };

  it('validates without error: the continued indicator is history, the other an info naming the replacing task', () => {
    const diags = validateDir(withReplaces(merged()));
    expect(diags.map((d) => [d.rule, d.severity, d.line, d.args.replacedBy ?? ''])).toEqual([['actuals/replaced-history', 'info', 5, 'T-02']]);
  });

  it('without `replaces` on the indicator, both rows are history (info), never errors', () => {
    expect(validateDir(merged()).map((d) => `${d.rule} ${d.severity}`)).toEqual(['actuals/replaced-history info', 'actuals/replaced-history info']);
  });

  it("T-02's history shows T-09's past actuals, in score and in the report", () => {
    const plan = loadPlan(withReplaces(merged())).plan;
    expect([...historyIndex(plan).get('T-02-P1')!]).toEqual([
      [2018, 22],
      [2019, 30],
    ]);
    const s = scorePlan(plan, 2018).indicators.find((i) => i.id === 'T-02-P1')!;
    expect(s.actual).toBe(22);
    const report = buildReport(plan, { lang: 'en', diagnostics: [] });
    expect(JSON.stringify(report)).toContain('"id":"T-02-P1"');
  });

  it('a typo of a continued ID names the indicator that continues it', () => {
    const dir = withReplaces(
      makePlan({
        ...edit('tasks/a.yaml', '    title: {ko: 과제2, en: Task 2}\n', '    title: {ko: 과제2, en: Task 2}\n    replaces: [T-09]\n'),
        'actuals/a.csv': BASE['actuals/a.csv'] + 'T-09P1,2018,22,,\n',
      }),
    );
    const [d] = validateDir(dir);
    expect(d).toMatchObject({ rule: 'actuals/unknown-indicator', args: { row: 4, indicator: 'T-09P1', suggestion: 'T-09-P1', continuedBy: 'T-02-P1' } });
  });
});

describe('one cause, one finding', () => {
  it('a tab in plan.yaml gives the yaml finding and at most five in all', () => {
    const d = join(mkdtempSync(join(tmpdir(), 'sdplan-tab-')), 'plan');
    cpSync(SAMPLE, d, { recursive: true });
    const f = join(d, 'plan.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^ {2}- id: planning-budget/m, '\t- id: planning-budget'));
    const r = cli(['validate', d, '-f', 'json']);
    const diags = JSON.parse(r.stdout).diagnostics as Array<{ rule: string }>;
    expect(diags.length).toBeLessThanOrEqual(5);
    expect(diags[0]!.rule).toBe('yaml/syntax');
    expect(diags.map((x) => x.rule)).toEqual(['yaml/syntax', 'check/held-back']);
    expect(r.code).toBe(1);
  });

  it('a missing } in one task file gives no unknown-indicator errors', () => {
    const d = join(mkdtempSync(join(tmpdir(), 'sdplan-brace-')), 'plan');
    cpSync(SAMPLE, d, { recursive: true });
    const f = join(d, 'tasks', 'g01-poverty.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/title: \{(.*)\}/, 'title: {$1'));
    expect(validateDir(d).map((x) => x.rule)).toEqual(['yaml/syntax', 'check/held-back']);
  });

  it('an empty goals.yaml says what it needs; type errors show the right shape', () => {
    const empty = validateDir(makePlan({ 'goals.yaml': '' }));
    expect(empty.map((x) => x.rule)).toEqual(['file/empty', 'check/held-back']);
    const period = validateDir(makePlan(edit('plan.yaml', 'period: {start: 2018, end: 2025}', 'period: 2018-2025')));
    expect(period[0]).toMatchObject({ rule: 'schema/wrong-type', args: { expected: 'map', actual: 'string', example: 'period: {start: 2018, end: 2025}' } });
    expect(period.map((x) => x.rule)).toEqual(['schema/wrong-type', 'check/held-back']);
    const code = validateDir(makePlan(edit('goals.yaml', 'sdg_targets: ["7.2"]', 'sdg_targets: [7.2]')));
    expect(code).toEqual([expect.objectContaining({ rule: 'schema/wrong-type', args: { expected: 'text', actual: 'number', example: '"7.2"' } })]);
  });

  it('diff of a tree with an unparsable file says so instead of reporting its tasks as removed', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-diff-'));
    cpSync(SAMPLE, join(d, 'plan'), { recursive: true });
    const git = (...a: string[]) => execFileSync('git', a, { cwd: d, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'base');
    const f = join(d, 'plan', 'tasks', 'g07-energy.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('tasks:', 'tasks: ['));
    const out = JSON.parse(cli(['diff', 'HEAD', '--plan', 'plan', '-f', 'json'], { cwd: d }).stdout);
    expect(out.unreadable).toEqual({ base: [], head: ['tasks/g07-energy.yaml'] });
    expect(out.changes).toEqual([]);
    expect(out.findings.introduced.map((x: { rule: string }) => x.rule)).toContain('yaml/syntax');
    expect(cli(['diff', 'HEAD', '--plan', 'plan'], { cwd: d }).stdout).toContain('Not compared: at working tree, tasks/g07-energy.yaml cannot be read');
    rmSync(d, { recursive: true, force: true });
  });
});
