// Every write path is atomic (a failure half-way leaves the old file as it was), and no command
// reads outside the plan folder through a link.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, SAMPLE, cleanup, cli, makePlan, validateDir } from './helpers.js';
import { writeFileAtomic, writeFilesAtomic } from '../src/cli/atomic-write.js';

afterAll(cleanup);

describe('atomic writes', () => {
  it('a write that fails half-way leaves the old file and no temporary file', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-atomic-'));
    const f = join(d, 'report.md');
    writeFileSync(f, 'old');
    // the temporary name is taken by a folder: the write cannot even start
    mkdirSync(join(d, `.report.md.${process.pid}.tmp`));
    expect(() => writeFileAtomic(f, 'new')).toThrow(/cannot write .*report\.md \(EISDIR\); it was left as it was/);
    expect(readFileSync(f, 'utf8')).toBe('old');
    // the target is a folder: the rename at the end fails, the temporary file is removed
    const g = join(d, 'out');
    mkdirSync(join(g, 'x'), { recursive: true });
    expect(() => writeFileAtomic(g, 'new')).toThrow(/cannot write/);
    expect(readdirSync(d).sort()).toEqual([`.report.md.${process.pid}.tmp`, 'out', 'report.md']);
  });

  it('several files are written all or none', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-atomic-'));
    const [a, b] = [join(d, 'goals.yaml'), join(d, 'tasks.yaml')];
    writeFileSync(a, 'old a');
    writeFileSync(b, 'old b');
    mkdirSync(join(d, `.tasks.yaml.${process.pid}.tmp`));
    expect(() => writeFilesAtomic([[a, 'new a'], [b, 'new b']])).toThrow(/cannot write .*tasks\.yaml/);
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['old a', 'old b']);
    expect(readdirSync(d).sort()).toEqual([`.tasks.yaml.${process.pid}.tmp`, 'goals.yaml', 'tasks.yaml']);
    writeFilesAtomic([[a, 'new a']]);
    expect(readFileSync(a, 'utf8')).toBe('new a');
  });

  it('report -o into a place it cannot write exits 2 with a message and leaves no temporary file', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-atomic-'));
    mkdirSync(join(d, 'r.html', 'inside'), { recursive: true });
    const r = cli(['report', 'plans/dangjin-2035', '-o', join(d, 'r.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sdplan: cannot write .*r\.html \(EISDIR\); it was left as it was\n$/);
    expect(readdirSync(d)).toEqual(['r.html']);
  });

  it('actuals import and init refuse cleanly where they cannot write, and change nothing (rename writes through the same atomic write)', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-atomic-'));
    cpSync(SAMPLE, join(d, 'plan'), { recursive: true });
    const before = readFileSync(join(d, 'plan', 'tasks', 'g07-energy.yaml'), 'utf8');
    // a folder where the imported file would go
    mkdirSync(join(d, 'plan', 'actuals', 'new.csv', 'x'), { recursive: true });
    writeFileSync(join(d, 'new.csv'), 'indicator,year,value\nT-0701-P1,2020,1700\n');
    const imp = cli(['actuals', 'import', join(d, 'new.csv'), '--plan', join(d, 'plan')]);
    expect(imp.code).toBe(2);
    expect(imp.stderr).toMatch(/cannot read actuals\/new.csv to add to it \(EISDIR\); nothing was imported/);
    // a folder where init would write plan.yaml
    mkdirSync(join(d, 'fresh', 'plan.yaml', 'x'), { recursive: true });
    const init = cli(['init', join(d, 'fresh'), '--force', '--id', 'x']);
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/cannot write .*plan\.yaml \(EISDIR\)/);
    expect(readFileSync(join(d, 'plan', 'tasks', 'g07-energy.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(join(d, 'plan', 'tasks')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('links out of the plan folder', () => {
  it('a tasks folder that links elsewhere is not read', () => {
    const outside = mkdtempSync(join(tmpdir(), 'sdplan-outside-'));
    writeFileSync(join(outside, 'secret.yaml'), 'tasks: []\n');
    const dir = makePlan({ 'tasks/a.yaml': null });
    symlinkSync(outside, join(dir, 'tasks'));
    const diags = validateDir(dir);
    expect(diags.map((d) => `${d.rule} ${d.file}`)).toContain('file/outside-plan tasks/secret.yaml');
    const r = cli(['validate', dir, '-f', 'json']);
    expect(r.stdout).not.toContain('tasks: []');
  });

  it('an actuals file that links elsewhere is not read', () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'sdplan-outside-')), 'x.csv');
    writeFileSync(outside, BASE['actuals/a.csv']!);
    const dir = makePlan();
    symlinkSync(outside, join(dir, 'actuals', 'b.csv'));
    expect(validateDir(dir).map((d) => `${d.rule} ${d.file}`)).toEqual(['file/outside-plan actuals/b.csv']);
  });
});
