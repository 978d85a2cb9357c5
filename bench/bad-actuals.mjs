// 50,000 actuals rows naming indicators the plan does not define (goal: validate under 2 s).
// The unknown-indicator rule lists the known IDs once and looks each distinct unknown ID up once;
// before that it took 24 s here. Half the rows are typos of real IDs (a suggestion is searched),
// half are IDs of 5,000 distinct unknown indicators, ten rows each.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine, root } from './measure.mjs';

const GOAL_MS = 2000;
const runs = Number(process.env.BENCH_RUNS_SLOW ?? 5);
const dir = join(mkdtempSync(join(tmpdir(), 'sdplan-bench-bad-')), 'plan');
cpSync(join(root, 'plans', 'dangjin-2035'), dir, { recursive: true });
const rows = ['indicator,year,value'];
for (let i = 0; i < 25_000; i++) rows.push(`T-${String(101 + (i % 1700)).padStart(4, '0')}-Q${i % 7},${2018 + (i % 10)},${i}`);
for (let i = 0; i < 25_000; i++) rows.push(`X-${i % 5000}-unknown,${2018 + (i % 10)},${i}`);
writeFileSync(join(dir, 'actuals', 'bad.csv'), rows.join('\n') + '\n');

function measure(format) {
  const times = [];
  let findings = 0;
  for (let k = 0; k < runs; k++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['bin/sdplan.js', 'validate', dir, '-f', format], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 1) throw new Error(`validate exited ${r.status}: ${r.stderr}`);
    findings = (r.stdout.match(/actuals\/unknown-indicator/g) ?? []).length;
  }
  times.sort((a, b) => a - b);
  return { findings, median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

console.log(`## 50,000 bad actuals rows (${machine()}, ${runs} runs, median)\n`);
console.log('| output | findings | median ms | min ms | max ms |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const results = ['stylish', 'json'].map((f) => ({ f, ...measure(f) }));
for (const r of results) console.log(`| ${r.f} | ${r.findings} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${r.max.toFixed(0)} |`);
const main = results[0];
console.log(`\nsdplan validate (default output): ${main.median.toFixed(0)} ms (goal < ${GOAL_MS} ms): ${main.median < GOAL_MS ? 'met' : 'NOT met'}\n`);
rmSync(join(dir, '..'), { recursive: true, force: true });
