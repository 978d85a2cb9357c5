// `sdplan report` (html) on the sample plan and on a generated 5,000-task plan.
// Goals: the sample under 1 s; 5,000 tasks under 10 s.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { machine, peakMb, root, timeMedian } from './measure.mjs';

const dir = join('bench', 'out', 'report-5000');
spawnSync(process.execPath, ['bench/generate.mjs', dir, '--tasks', '5000'], { cwd: root, stdio: 'inherit' });
const cases = [
  ['sample plan (118 tasks)', ['bin/sdplan.js', 'report', 'plans/dangjin-2035', '-o', 'bench/out/report-sample.html'], 1000, 5],
  ['generated plan (5,000 tasks)', ['bin/sdplan.js', 'report', dir, '-o', 'bench/out/report-5000.html'], 10000, 1],
];
console.log(`## sdplan report (html) (${machine()})\n`);
console.log('| plan | median s | peak MB | goal |');
console.log('| --- | ---: | ---: | --- |');
for (const [name, args, goal, runs] of cases) {
  const t = timeMedian(args, runs);
  console.log(`| ${name} | ${(t.median / 1000).toFixed(2)} | ${peakMb(args) ?? 'n/a'} | < ${goal / 1000} s: ${t.median < goal ? 'met' : 'NOT met'} |`);
}
console.log('');
