// The package as a plan repository gets it: `npm pack` gives a tarball that installs into an empty
// folder and runs `npx sdplan validate` there; publint finds nothing; --version is package.json's.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'sdplan-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the npm package', () => {
  it('packs, installs into an empty plan repository, and validates a plan there', () => {
    // --ignore-scripts: the bundle was built by the test setup; pack only what is there
    execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, stdio: 'pipe' });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(tarball).toBe(`sdplan-${pkg.version}.tgz`);
    const repo = join(work, 'city-plan');
    mkdirSync(repo, { recursive: true });
    writeFileSync(join(repo, 'package.json'), '{"name": "city-plan", "private": true}\n');
    const install = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)], { cwd: repo, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    const npx = (args: string[]) =>
      spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no-install', 'sdplan', ...args], { cwd: repo, encoding: 'utf8' });
    expect(npx(['--version']).stdout.trim()).toBe(pkg.version);
    expect(npx(['init', 'plan', '--id', 'city']).status).toBe(0);
    const v = npx(['validate', 'plan']);
    expect([v.status, v.stdout]).toEqual([0, '✔ city: 0 errors, 0 warnings, 0 info\n']);
    // the bundled sample plan ships with the package
    expect(npx(['validate', 'node_modules/sdplan/plans/dangjin-2035']).status).toBe(0);
    // a lean install: the bundle carries its libraries; exceljs is an optional peer, asked for by name
    const installed = readdirSync(join(repo, 'node_modules', 'sdplan', 'dist'));
    expect(installed).toEqual(['bundle']);
    expect(
      readdirSync(join(repo, 'node_modules'))
        .filter((n) => !n.startsWith('.'))
        .sort(),
    ).not.toContain('exceljs');
    const xlsx = npx(['actuals', 'template', '--plan', 'node_modules/sdplan/plans/dangjin-2035', '--year', '2019', '-f', 'xlsx', '-o', join(work, 't.xlsx')]);
    expect([xlsx.status, xlsx.stderr]).toEqual([2, 'sdplan: Excel workbooks need the package exceljs, which is not installed: npm install exceljs\n']);
  }, 180_000);

  it('publint reports nothing', () => {
    const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no-install', 'publint', '--pack', 'npm'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('All good!');
  }, 120_000);
});
