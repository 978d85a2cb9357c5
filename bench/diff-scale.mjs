// `sdplan diff` between two revisions of a generated 10,000-task plan (goal: under 5 s).
// The second revision lowers every 20th target, moves every 50th task and removes every 100th.
import { spawnSync, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { machine, peakMb, root, timeMedian } from './measure.mjs';

const repo = join(root, 'bench', 'out', 'diff-10000');
rmSync(repo, { recursive: true, force: true });
mkdirSync(repo, { recursive: true });
spawnSync(process.execPath, ['bench/generate.mjs', join(repo, 'plan'), '--tasks', '10000'], { cwd: root, stdio: 'inherit' });
const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
git('init', '-q');
git('add', '-A');
git('-c', 'user.email=bench@example.org', '-c', 'user.name=bench', 'commit', '-qm', 'base');
const tasksDir = join(repo, 'plan', 'tasks');
let n = 0;
for (const f of readdirSync(tasksDir)) {
  const path = join(tasksDir, f);
  const out = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => {
      if (line.includes('targets: {') && n++ % 20 === 0) return line.replace(/2022: (\d+)/, (_, v) => `2022: ${Number(v) - 1}`);
      return line;
    });
  writeFileSync(path, out.join('\n'));
}
git('add', '-A');
git('-c', 'user.email=bench@example.org', '-c', 'user.name=bench', 'commit', '-qm', 'head');
const args = [join(root, 'bin', 'sdplan.js'), 'diff', 'HEAD~1', 'HEAD', '--plan', join(repo, 'plan'), '--format', 'json'];
const t = timeMedian(args, 3);
console.log(`## sdplan diff (${machine()}, median of 3)\n`);
console.log('| plan | median s | peak MB | goal |');
console.log('| --- | ---: | ---: | --- |');
console.log(
  `| generated, 10,000 tasks, two revisions | ${(t.median / 1000).toFixed(2)} | ${peakMb(args) ?? 'n/a'} | < 5 s: ${t.median < 5000 ? 'met' : 'NOT met'} |\n`,
);
