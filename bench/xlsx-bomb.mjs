// Peak memory of `sdplan actuals import` refusing an xlsx zip bomb (issue 20): 3.7 MB on disk that
// unpacks to 3.6 GB, once with honest sizes in its zip directory and once with sizes that lie
// (4 KB declared). Goal: refused (exit 1, import/too-large) in under 200 MB. Run after a build:
//   node bench/xlsx-bomb.mjs
import { mkdtempSync, writeFileSync, statSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipBomb } from './zip-bomb.mjs';
import { root, peakMb, machine } from './measure.mjs';

const dir = mkdtempSync(join(tmpdir(), 'sdplan-bomb-'));
const UNPACKED = 3600 * 1024 * 1024;
const rows = [];
for (const [label, declared] of [
  ['honest sizes', UNPACKED],
  ['lying sizes (4 KB declared)', 4096],
]) {
  const file = join(dir, 'bomb.xlsx');
  writeFileSync(file, zipBomb(UNPACKED, declared));
  const args = ['bin/sdplan.js', 'actuals', 'import', file, '--plan', 'plans/dangjin-2035', '--lang', 'en', '--dry-run'];
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const refused = r.status === 1 && /import\/too-large/.test(r.stderr);
  rows.push(
    `| ${label} | ${(statSync(file).size / 1024 / 1024).toFixed(1)} | ${UNPACKED / 1024 / 1024} | ${refused ? 'yes (exit 1, import/too-large)' : `NO (exit ${r.status})`} | ${ms.toFixed(0)} | ${peakMb(args) ?? '?'} |`,
  );
}
rmSync(dir, { recursive: true, force: true });
console.log(`## actuals import of an xlsx zip bomb (${machine()})\n`);
console.log('| bomb | on disk MB | unpacks to MB | refused | ms | peak MB |\n| --- | ---: | ---: | --- | ---: | ---: |');
console.log(rows.join('\n'));
