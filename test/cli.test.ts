// The validate and rules commands as a user and a CI job run them: output, formats, exit codes.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, ROOT, cleanup, cli, edit, makePlan } from './helpers.js';
import { RULE_IDS } from '../src/model/rule-ids.js';

afterAll(cleanup);

const broken = () => makePlan({ ...edit('tasks/a.yaml', '    strategy: G01-S1\n    lead: team-a', '    strategy: G01-S9\n    lead: team-a') });

describe('sdplan validate', () => {
  it('passes the sample plan with exit 0', () => {
    const r = cli(['validate', 'plans/dangjin-2035']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ dangjin-2035: 0 errors, 0 warnings, 0 info\n');
  });

  it('prints the finding with file, line, column, severity, rule and a plain sentence', () => {
    const dir = broken();
    const r = cli(['validate', dir, '--format', 'compact'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'tasks/a.yaml:4:15 error ref/unknown-strategy  Task T-01 names strategy G01-S9, which goals.yaml does not define. Did you mean G01-S1?\n',
    );
  });

  it('speaks Korean with --lang ko', () => {
    const dir = broken();
    const r = cli(['validate', dir, '--format', 'compact', '--lang', 'ko'], { cwd: dir });
    expect(r.stdout).toBe('tasks/a.yaml:4:15 error ref/unknown-strategy  과제 T-01의 전략 G01-S9가 goals.yaml에 없습니다. G01-S1을 뜻하셨나요?\n');
  });

  it('stylish groups by file and ends with a summary', () => {
    const dir = broken();
    const r = cli(['validate', '.'], { cwd: dir });
    expect(r.stdout).toBe(
      'tasks/a.yaml\n  4:15  error    ref/unknown-strategy  Task T-01 names strategy G01-S9, which goals.yaml does not define. Did you mean G01-S1?\n\n✖ mini: 1 error, 0 warnings, 0 info\n',
    );
  });

  it('colours only when asked and not forbidden', () => {
    const dir = broken();
    expect(cli(['validate', dir], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31merror');
    expect(cli(['validate', dir, '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(cli(['validate', dir], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('json follows the contract', () => {
    const dir = broken();
    const r = cli(['validate', dir, '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout)).toEqual({
      plan: 'mini',
      diagnostics: [
        {
          rule: 'ref/unknown-strategy',
          docs: 'https://github.com/sdplan/sdplan/blob/main/docs/rules.md#ref-unknown-strategy',
          severity: 'error',
          args: { task: 'T-01', strategy: 'G01-S9', suggestion: 'G01-S1' },
          message: 'Task T-01 names strategy G01-S9, which goals.yaml does not define. Did you mean G01-S1?',
          file: 'tasks/a.yaml',
          line: 4,
          column: 15,
          path: '/tasks/0/strategy',
        },
      ],
      counts: { error: 1, warning: 0, info: 0 },
    });
  });

  it('github format writes workflow commands, at most ten per kind, and the full table to the step summary', () => {
    // eleven unknown teams: ten annotations, one left for the summary
    const many = Array.from(
      { length: 11 },
      (_, i) =>
        `  - id: T-1${i}\n    title: {ko: 과제, en: Task}\n    strategy: G01-S1\n    lead: nobody-${i}\n    indicators:\n      - {id: T-1${i}-P1, name: {ko: 지표, en: Ind}, unit: x, direction: increase}\n`,
    ).join('');
    const dir = makePlan({ 'tasks/b.yaml': `tasks:\n${many}` });
    const summary = join(mkdtempSync(join(tmpdir(), 'sdplan-summary-')), 'summary.md');
    const r = cli(['validate', '.'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      "::error file=tasks/b.yaml,line=5,col=11,title=ref/unknown-team::Task T-10 names lead team nobody-0, which plan.yaml's organization does not define.",
    );
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.at(-1)).toBe('sdplan: 11 errors, 0 warnings, 0 info (1 more in the job summary)');
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain(
      '| tasks/b.yaml | 65:11 | error | [`ref/unknown-team`](https://github.com/sdplan/sdplan/blob/main/docs/rules.md#ref-unknown-team) | Task T-110 names lead team nobody-10',
    );
    expect(md.split('\n').filter((l) => l.startsWith('| tasks/'))).toHaveLength(11);
    expect(r.code).toBe(1);
  });

  it('escapes workflow-command properties', () => {
    const dir = makePlan({ 'tasks/a,b.yaml': 'tasks: [\n' });
    const r = cli(['validate', '.', '-f', 'github'], { cwd: dir });
    expect(r.stdout).toContain('::error file=tasks/a%2Cb.yaml,line=');
  });

  it('--rule overrides a severity for the run, plan.yaml rules: for the plan', () => {
    const dir = broken();
    expect(cli(['validate', dir, '--rule', 'ref/unknown-strategy=warning']).code).toBe(0);
    expect(cli(['validate', dir, '--rule', 'ref/unknown-strategy=off', '-f', 'json']).stdout).toContain('"diagnostics": []');
    const off = makePlan({
      ...edit('tasks/a.yaml', '    strategy: G01-S1\n    lead: team-a', '    strategy: G01-S9\n    lead: team-a'),
      'plan.yaml': BASE['plan.yaml'] + 'rules:\n  ref/unknown-strategy: warning\n',
    });
    expect(cli(['validate', off]).code).toBe(0);
    expect(cli(['validate', off, '--rule', 'ref/unknown-strategy=error']).code).toBe(1);
  });

  it('--max-warnings fails a run with too many warnings', () => {
    const dir = makePlan(edit('tasks/a.yaml', 'title: {ko: 과제, en: Task}', 'title: 과제'));
    expect(cli(['validate', dir]).code).toBe(0);
    expect(cli(['validate', dir, '--max-warnings', '0']).code).toBe(1);
    expect(cli(['validate', dir, '--max-warnings', '1']).code).toBe(0);
  });

  it('exits 2 when it cannot run', () => {
    const missing = cli(['validate', 'no/such/folder']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('sdplan: no such plan folder: no/such/folder\n');
    const badRule = cli(['validate', 'plans/dangjin-2035', '--rule', 'ref/unknown-strategie=off']);
    expect(badRule.code).toBe(2);
    expect(badRule.stderr).toContain('did you mean ref/unknown-strategy?');
    expect(cli(['validate', 'plans/dangjin-2035', '--format', 'xml']).code).toBe(2);
    expect(cli(['validate', 'plans/dangjin-2035', '--max-warnings', 'many']).code).toBe(2);
  });

  it('validates several plans in one run, naming each', () => {
    const r = cli(['validate', 'plans/dangjin-2035', broken(), '-f', 'json']);
    const out = JSON.parse(r.stdout) as { plans: Array<{ plan: string; counts: { error: number } }> };
    expect(out.plans.map((p) => [p.plan, p.counts.error])).toEqual([
      ['dangjin-2035', 0],
      ['mini', 1],
    ]);
    expect(r.code).toBe(1);
  });
});

describe('sdplan rules', () => {
  it('lists every rule with its default severity', () => {
    const rows = JSON.parse(cli(['rules', '--format', 'json']).stdout) as Array<{ id: string; severity: string }>;
    expect(rows.map((r) => r.id)).toEqual(RULE_IDS);
    expect(rows.find((r) => r.id === 'target/missing-final')?.severity).toBe('warning');
    expect(cli(['rules']).stdout).toContain('ref/unknown-strategy');
  });

  it('docs/rules.md is the registry, one anchor per rule, and every finding links to its anchor', () => {
    const page = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    // regenerate with: node bin/sdplan.js rules --format md > docs/rules.md
    expect(page).toBe(cli(['rules', '--format', 'md']).stdout);
    expect(RULE_IDS.filter((id) => !page.includes(`| <a id="${id.replace(/[^a-z0-9]+/g, '-')}"></a>\`${id}\` |`))).toEqual([]);
    const found = JSON.parse(cli(['validate', broken(), '--format', 'json']).stdout) as { diagnostics: Array<{ rule: string; docs: string }> };
    expect(found.diagnostics.length).toBeGreaterThan(0);
    for (const d of found.diagnostics) {
      expect(d.docs).toBe(`https://github.com/sdplan/sdplan/blob/main/docs/rules.md#${d.rule.replace('/', '-')}`);
      expect(page).toContain(`<a id="${d.docs.split('#')[1]}"></a>`);
    }
  });
});
