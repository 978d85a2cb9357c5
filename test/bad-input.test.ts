// Each YAML and CSV hazard: its rule ID, exit code 1, no stack trace (speed is measured in bench/).
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, cleanup, cli, makePlan } from './helpers.js';
import { loadPlan } from '../src/load/load-plan.js';
import { checkPlan } from '../src/check/check-plan.js';

afterAll(cleanup);

const bomb = (() => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(
      `${name}: &${name} [${Array(9)
        .fill('*' + prev)
        .join(', ')}]`,
    );
  }
  return lines.join('\n') + '\n';
})();

const HAZARDS: Array<[string, Record<string, string | Uint8Array | null>, string]> = [
  ['unclosed flow map', { 'tasks/a.yaml': 'tasks:\n  - {id: T-01, title: x\n' }, 'yaml/syntax'],
  ['tab indentation', { 'tasks/a.yaml': 'tasks:\n\t- id: T-01\n' }, 'yaml/syntax'],
  ['duplicate key', { 'goals.yaml': 'goals: []\ngoals: []\n' }, 'yaml/duplicate-key'],
  ['unknown tag', { 'goals.yaml': 'goals: !!python/object:os.system []\n' }, 'yaml/unknown-tag'],
  ['billion laughs', { 'tasks/bomb.yaml': bomb }, 'yaml/alias-limit'],
  ['invalid UTF-8', { 'goals.yaml': new Uint8Array([0x67, 0x6f, 0x61, 0x6c, 0x73, 0x3a, 0x20, 0xc3, 0x28]) }, 'file/encoding'],
  ['NUL byte', { 'goals.yaml': 'goals: []\u0000\n' }, 'file/encoding'],
  ['merge conflict', { 'goals.yaml': '<<<<<<< HEAD\ngoals: []\n=======\ngoals: [x]\n>>>>>>> branch\n' }, 'file/merge-conflict'],
  ['oversized file', { 'tasks/huge.yaml': 'x'.repeat(20 * 1024 * 1024 + 10) }, 'file/too-large'],
  ['CSV unclosed quote', { 'actuals/a.csv': 'indicator,year,value\n"T-01-P1,2018,4\n' }, 'actuals/syntax'],
  ['CSV short row', { 'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018\n' }, 'actuals/syntax'],
  ['CSV missing header column', { 'actuals/a.csv': 'indicator,value\nT-01-P1,4\n' }, 'actuals/syntax'],
  ['CSV text value', { 'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,four\n' }, 'actuals/bad-value'],
  ['CSV bad year', { 'actuals/a.csv': 'indicator,year,value\nT-01-P1,18,4\n' }, 'actuals/bad-value'],
  ['schema: list where a map belongs', { 'plan.yaml': 'sdplan: 1\nid: mini\ntitle: x\nperiod: [2018, 2025]\nlanguages: [ko]\n' }, 'schema/wrong-type'],
  ['scalar document', { 'tasks/a.yaml': 'just a string\n' }, 'file/empty'],
  ['empty document', { 'goals.yaml': '' }, 'file/empty'],
];

describe.each(HAZARDS)('%s', (_name, files, rule) => {
  it(`gives ${rule}, exit 1, no stack trace`, () => {
    const dir = makePlan(files);
    const r = cli(['validate', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\n\s+at /);
    const rules = (JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string }> }).diagnostics.map((d) => d.rule);
    expect(rules).toContain(rule);
  });
});

describe('large inputs', () => {
  it('200,000 actuals rows, each a finding, do not overflow the stack or the output', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `X-${i},2018,1`).join('\n');
    const dir = makePlan({ 'actuals/big.csv': `indicator,year,value\n${rows}\n` });
    const r = cli(['validate', dir, '--format', 'stylish']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').at(-1)).toContain('200000 errors');
  });
});

describe('harmless variations', () => {
  it('a BOM and CRLF line ends are fine, and positions still count lines', () => {
    const crlf = (s: string) => '\ufeff' + s.replace(/\n/g, '\r\n');
    const files = Object.fromEntries(Object.entries(BASE).map(([k, v]) => [k, crlf(v)]));
    const clean = cli(['validate', makePlan(files), '-f', 'json']);
    expect(JSON.parse(clean.stdout).diagnostics).toEqual([]);
    const bad = makePlan({ ...files, 'tasks/a.yaml': crlf(BASE['tasks/a.yaml']!.replace('lead: team-a', 'lead: team-x')) });
    const diags = JSON.parse(cli(['validate', '.', '-f', 'json'], { cwd: bad }).stdout).diagnostics as Array<{
      rule: string;
      file: string;
      line: number;
      column: number;
    }>;
    expect(diags.map((d) => [d.rule, d.file, d.line, d.column])).toEqual([
      ['team/no-task', 'plan.yaml', 10, 14],
      ['ref/unknown-team', 'tasks/a.yaml', 5, 11],
    ]);
  });

  it('__proto__ and constructor keys change no prototype (checked in this process, where the plan is loaded)', () => {
    const dir = makePlan({
      'tasks/a.yaml': BASE['tasks/a.yaml']!.replace(
        'title: {ko: 과제, en: Task}',
        'title: {ko: 과제, en: Task, __proto__: {polluted: yes}}\n    constructor: {prototype: {polluted: yes}}',
      ),
    });
    const loaded = loadPlan(dir);
    const diags = checkPlan(loaded);
    expect(diags.filter((d) => d.rule === 'schema/unknown-field').map((d) => d.args.field)).toContain('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(loaded.plan.tasks[0]!.title)).toBe(Object.prototype);
    // and the CLI says the same, without a crash
    const r = cli(['validate', dir, '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toContain('schema/unknown-field');
  });
});
