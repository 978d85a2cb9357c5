// Every write path is atomic (a failure half-way leaves the old file as it was), and no command
// reads outside the plan folder through a link.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, SAMPLE, cleanup, cli, makePlan, validateDir } from './helpers.js';
import { loadPlan } from '../src/load/load-plan.js';
import { faults, writeFileAtomic, writeFilesAtomic } from '../src/cli/atomic-write.js';

afterAll(cleanup);

describe('atomic writes', () => {
  it('a write that fails leaves the old file and no temporary file', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-atomic-'));
    const f = join(d, 'report.md');
    writeFileSync(f, 'old');
    // the target is a folder: the rename at the end fails, the temporary file is removed
    const g = join(d, 'out');
    mkdirSync(join(g, 'x'), { recursive: true });
    expect(() => writeFileAtomic(g, 'new')).toThrow(/cannot write .*out \(EISDIR\); nothing was changed/);
    expect(readdirSync(d).sort()).toEqual(['out', 'report.md']);
    writeFileAtomic(f, 'new');
    expect(readFileSync(f, 'utf8')).toBe('new');
    expect(readdirSync(d).sort()).toEqual(['out', 'report.md']);
  });

  it('several files are written all or none: a rename failing part-way restores the files already replaced', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-atomic-'));
    const [a, b, c] = [join(d, 'goals.yaml'), join(d, 'tasks.yaml'), join(d, 'new.yaml')];
    writeFileSync(a, 'old a');
    writeFileSync(b, 'old b');
    chmodSync(a, 0o600);
    faults.failRenameAt = 2;
    try {
      expect(() =>
        writeFilesAtomic([
          [a, 'new a'],
          [c, 'new c'],
          [b, 'new b'],
        ]),
      ).toThrow(/cannot write .*tasks\.yaml \(EIO\); nothing was changed/);
    } finally {
      faults.failRenameAt = -1;
    }
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['old a', 'old b']);
    expect(statSync(a).mode & 0o777).toBe(0o600);
    // the file that did not exist before is gone again, and no temporary or backup file is left
    expect(readdirSync(d).sort()).toEqual(['goals.yaml', 'tasks.yaml']);
    writeFilesAtomic([
      [a, 'new a'],
      [b, 'new b'],
    ]);
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['new a', 'new b']);
    // a replaced file keeps its mode (a 0600 file stays 0600)
    expect(statSync(a).mode & 0o777).toBe(0o600);
    expect(readdirSync(d).sort()).toEqual(['goals.yaml', 'tasks.yaml']);
  });

  it('report -o into a place it cannot write exits 2 with a message and leaves no temporary file', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-atomic-'));
    mkdirSync(join(d, 'r.html', 'inside'), { recursive: true });
    const r = cli(['report', 'plans/dangjin-2035', '-o', join(d, 'r.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sdplan: cannot write .*r\.html \(EISDIR\); nothing was changed\n$/);
    expect(readdirSync(d)).toEqual(['r.html']);
  });

  it('actuals import and init refuse cleanly where they cannot write, and change nothing', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdplan-atomic-'));
    cpSync(SAMPLE, join(d, 'plan'), { recursive: true });
    const before = readFileSync(join(d, 'plan', 'tasks', 'g07-energy.yaml'), 'utf8');
    // a folder where the imported file would go
    mkdirSync(join(d, 'plan', 'actuals', 'new.csv', 'x'), { recursive: true });
    writeFileSync(join(d, 'new.csv'), 'indicator,year,value\nT-0701-P1,2020,1700\n');
    const imp = cli(['actuals', 'import', join(d, 'new.csv'), '--plan', join(d, 'plan'), '--to', 'actuals/new.csv', '--lang', 'en']);
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
    // read, this file would give schema/unknown-field (secret_field) and a task T-SECRET
    writeFileSync(join(outside, 'secret.yaml'), 'tasks:\n  - {id: T-SECRET, secret_field: 1}\n');
    const dir = makePlan({ 'tasks/a.yaml': null });
    symlinkSync(outside, join(dir, 'tasks'));
    const diags = validateDir(dir);
    // the folder is reported once, as a linked file is (issue 20); its files are not read
    expect(diags.map((d) => `${d.rule} ${d.file}`)).toEqual(['file/outside-plan tasks', 'check/held-back tasks']);
    expect(loadPlan(dir).plan.tasks.map((t) => t.id)).toEqual([]);
  });

  it('an actuals file that links elsewhere is not read', () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'sdplan-outside-')), 'x.csv');
    writeFileSync(outside, BASE['actuals/a.csv']!);
    const dir = makePlan();
    symlinkSync(outside, join(dir, 'actuals', 'b.csv'));
    expect(validateDir(dir).map((d) => `${d.rule} ${d.file}`)).toEqual(['file/outside-plan actuals/b.csv']);
  });
});
