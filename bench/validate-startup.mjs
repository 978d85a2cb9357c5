// Start-up benchmark of `sdplan validate` on the sample plan, against a bare `node -e 0` measured
// in the same run (machines here are noisy: the ratio is the figure that matters; goal < 3x).
// Usage: npm run bench   (builds first)   or   node bench/validate-startup.mjs [runs]
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 21);
const GOAL = 3;

function median(args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

function peakRss(args) {
  // GNU time reports the child's peak resident set in KB on its last stderr line.
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const last = String(r.stderr ?? '').trim().split('\n').pop() ?? '';
  return /^\d+$/.test(last) ? `${Math.round(Number(last) / 1024)} MB` : 'n/a';
}

// Interleave warm-up so both commands start with warm file caches.
median(['-e', '0']);
const cases = [
  ['node -e 0', ['-e', '0']],
  ['sdplan validate plans/dangjin-2035', ['bin/sdplan.js', 'validate', 'plans/dangjin-2035']],
  ['sdplan validate --format json', ['bin/sdplan.js', 'validate', 'plans/dangjin-2035', '--format', 'json']],
  ['sdplan rules', ['bin/sdplan.js', 'rules', '--format', 'json']],
];
const rows = cases.map(([name, args]) => ({ name, ...median(args), rss: peakRss(args) }));
const base = rows[0].median;
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, ${runs} runs each (median)`);
console.log('| command | median ms | min ms | max ms | x node -e 0 | peak RSS |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.max.toFixed(1)} | ${(r.median / base).toFixed(2)} | ${r.rss} |`);
}
const ratio = rows[1].median / base;
console.log(`\nvalidate start-up: ${ratio.toFixed(2)}x node -e 0 (goal < ${GOAL}x): ${ratio < GOAL ? 'met' : 'NOT met'}`);
