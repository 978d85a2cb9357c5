// `sdplan overlaps` on generated 5,000-, 20,000- and 50,000-task plans (the 50,000 stands for every
// Korean local government's plan together). Goal: 50k under 30 s and 2 GB on a 2-core machine.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { machine, peakMb, root, timeMedian } from './measure.mjs';

const sizes = (process.env.BENCH_OVERLAP_SIZES ?? '5000,20000,50000').split(',').map(Number);
const rows = [];
for (const n of sizes) {
  const dir = join('bench', 'out', `overlaps-${n}`);
  spawnSync(process.execPath, ['bench/generate.mjs', dir, '--tasks', String(n)], { cwd: root, stdio: 'inherit' });
  const args = ['bin/sdplan.js', 'overlaps', dir, '--format', 'json', '--no-fail'];
  rows.push({ n, ...timeMedian(args, 1), mb: peakMb(args) });
}
console.log(`## sdplan overlaps at scale (${machine()}, one run each)\n`);
console.log('| tasks | s | peak MB | growth | growth of n log n |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
rows.forEach((r, i) => {
  const prev = rows[i - 1];
  const nlogn = prev ? (r.n * Math.log(r.n)) / (prev.n * Math.log(prev.n)) : null;
  console.log(
    `| ${r.n} | ${(r.median / 1000).toFixed(2)} | ${r.mb ?? 'n/a'} | ${prev ? `${(r.median / prev.median).toFixed(2)}x` : ''} | ${nlogn ? `${nlogn.toFixed(2)}x` : ''} |`,
  );
});
const big = rows.find((r) => r.n === 50000);
if (big)
  console.log(
    `\n50k tasks: ${(big.median / 1000).toFixed(1)} s (goal < 30 s): ${big.median < 30000 ? 'met' : 'NOT met'}; ${big.mb} MB (goal < 2048): ${big.mb !== null && big.mb < 2048 ? 'met' : 'NOT met'}\n`,
  );
