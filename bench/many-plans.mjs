// Every command that takes several plan folders, on 1, 10, 100 and 240 generated plans of 200 tasks
// (about 240 Korean local governments): wall time, peak memory, and growth between sizes beside the
// growth of n log n. Goals: validate and score of all 240 plans under 20 s and 2 GB.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { machine, peakMb, root, timeMedian } from './measure.mjs';

const national = join('bench', 'out', 'national');
if (!existsSync(join(root, national, 'plan-240'))) {
  spawnSync(process.execPath, ['bench/generate.mjs', national, '--tasks', '200', '--plans', '240'], { cwd: root, stdio: 'inherit' });
}
const all = readdirSync(join(root, national))
  .sort()
  .map((d) => join(national, d));
const sizes = [1, 10, 100, 240];
const commands = [
  ['validate', (dirs) => ['validate', ...dirs, '--format', 'json']],
  ['score --by plan', (dirs) => ['score', '--by', 'plan', '--format', 'json', ...dirs]],
  ['due', (dirs) => ['due', '--year', '2022', '--format', 'json', ...dirs]],
  ['overlaps', (dirs) => ['overlaps', '--no-fail', '--format', 'json', ...dirs]],
  ['report (json)', (dirs) => ['report', '--format', 'json', '-o', join('bench', 'out', 'reports'), ...dirs]],
];
const base = timeMedian(['-e', '0'], 5).median;
console.log(`## Many plans (${machine()}; node -e 0: ${base.toFixed(0)} ms)\n`);
console.log('| command | plans | tasks | s | x node -e 0 | peak MB | growth | n log n growth |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const goals = [];
for (const [name, argsOf] of commands) {
  let prev = null;
  for (const n of sizes) {
    const dirs = all.slice(0, n);
    // `report` with one plan and -o writes a file named by -o; give it a folder-like name either way
    const args = ['bin/sdplan.js', ...argsOf(dirs).map((a) => (n === 1 && a.endsWith('reports') ? `${a}.json` : a))];
    const t = timeMedian(args, 1).median;
    const mb = peakMb(args);
    const tasks = n * 200;
    const growth = prev ? `${(t / prev.t).toFixed(2)}x` : '';
    const nlogn = prev ? `${((tasks * Math.log(tasks)) / (prev.tasks * Math.log(prev.tasks))).toFixed(2)}x` : '';
    console.log(`| ${name} | ${n} | ${tasks} | ${(t / 1000).toFixed(2)} | ${(t / base).toFixed(1)} | ${mb ?? 'n/a'} | ${growth} | ${nlogn} |`);
    if (n === 240 && (name === 'validate' || name.startsWith('score'))) goals.push([name, t, mb]);
    prev = { t, tasks };
  }
}
console.log('');
for (const [name, t, mb] of goals)
  console.log(
    `${name} of 240 plans: ${(t / 1000).toFixed(1)} s (goal < 20 s): ${t < 20000 ? 'met' : 'NOT met'}; ${mb} MB (goal < 2048): ${mb !== null && mb < 2048 ? 'met' : 'NOT met'}`,
  );
console.log('');
