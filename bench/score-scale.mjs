// `sdplan score` on generated 10,000- and 20,000-task plans with 5 years of actuals.
// Goals: 10k tasks under 2 s; 20k under 2.2x the 10k time (linear growth).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { machine, peakMb, root, timeMedian } from './measure.mjs';

const runs = Number(process.env.BENCH_RUNS_LARGE ?? 3);
const sizes = [10_000, 20_000];
const rows = [];
for (const n of sizes) {
  const dir = join('bench', 'out', `score-${n}`);
  spawnSync(process.execPath, ['bench/generate.mjs', dir, '--tasks', String(n)], { cwd: root, stdio: 'inherit' });
  const args = ['bin/sdplan.js', 'score', dir, '--by', 'plan', '--format', 'json'];
  rows.push({ n, ...timeMedian(args, runs), mb: peakMb(args) });
}
console.log(`## sdplan score at scale (${machine()}, median of ${runs})\n`);
console.log('| tasks | median s | peak MB | growth |');
console.log('| ---: | ---: | ---: | ---: |');
rows.forEach((r, i) => {
  console.log(`| ${r.n} | ${(r.median / 1000).toFixed(2)} | ${r.mb ?? 'n/a'} | ${i === 0 ? '' : `${(r.median / rows[i - 1].median).toFixed(2)}x`} |`);
});
const [a, b] = rows;
console.log(
  `\n10k tasks: ${(a.median / 1000).toFixed(2)} s (goal < 2 s): ${a.median < 2000 ? 'met' : 'NOT met'}; 20k/10k: ${(b.median / a.median).toFixed(2)}x (goal < 2.2x): ${b.median / a.median < 2.2 ? 'met' : 'NOT met'}\n`,
);
