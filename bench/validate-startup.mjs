// Start-up benchmark of `sdplan validate` on the sample plan, against a bare `node -e 0` measured
// in the same run (machines here are noisy: the ratio is the figure that matters; goal < 3x).
import { machine, peakMb, timeMedian } from './measure.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 21);
const GOAL = 3;

timeMedian(['-e', '0'], 3); // warm the file cache
const cases = [
  ['node -e 0', ['-e', '0']],
  ['sdplan validate plans/dangjin-2035', ['bin/sdplan.js', 'validate', 'plans/dangjin-2035']],
  ['sdplan validate --format json', ['bin/sdplan.js', 'validate', 'plans/dangjin-2035', '--format', 'json']],
  ['sdplan score plans/dangjin-2035', ['bin/sdplan.js', 'score', 'plans/dangjin-2035']],
  ['sdplan rules', ['bin/sdplan.js', 'rules', '--format', 'json']],
];
const rows = cases.map(([name, args]) => ({ name, ...timeMedian(args, runs), mb: peakMb(args) }));
const base = rows[0].median;
console.log(`## Start-up (${machine()}, ${runs} runs each, median)\n`);
console.log('| command | median ms | min ms | max ms | x node -e 0 | peak MB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(`| ${r.name} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.max.toFixed(1)} | ${(r.median / base).toFixed(2)} | ${r.mb ?? 'n/a'} |`);
const ratio = rows[1].median / base;
console.log(`\nvalidate start-up: ${ratio.toFixed(2)}x node -e 0 (goal < ${GOAL}x): ${ratio < GOAL ? 'met' : 'NOT met'}\n`);
