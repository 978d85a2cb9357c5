// 50,000 actuals rows naming indicators the plan does not define (goal: validate under 2 s), then
// 1,000,000 such rows (goal: validate under 10 s and 500 MB peak RSS; import of a 1,000,000-row file
// is measured too).
// The unknown-indicator rule lists the known IDs once and looks each distinct unknown ID up once;
// before that it took 24 s here. Half the rows are typos of real IDs (a suggestion is searched),
// half are IDs of 5,000 distinct unknown indicators, ten rows each.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine, root } from './measure.mjs';

/** Wall time, CPU time (user + sys) and peak RSS of one run, by GNU time; the exit status too. */
function timed(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const err = String(r.stderr).trimEnd().split('\n');
  const [wall, user, sys, kb] = err.pop().split(' ').map(Number);
  // what the command printed, on both streams (import writes its findings to stderr)
  const lines = (r.stdout.match(/\n/g) ?? []).length + err.length;
  return { status: r.status, lines, wall: wall * 1000, cpu: (user + sys) * 1000, mb: Math.round(kb / 1024) };
}

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
    // all findings, listed or counted (100 of a rule in a file are listed)
    findings = Number((format === 'json' ? /"error": (\d+)/ : /(\d+) errors?/).exec(r.stdout)?.[1]);
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

// 1,000,000 rows: half typos of real IDs, half 5,000 unknown IDs; in two files of 500,000 rows, as one
// file of that size is over the 20 MB file limit. Every row is a finding (446,450 are conflicts too).
const MILLION_MS = 10_000;
const MILLION_MB = 500;
const million = Number(process.env.BENCH_RUNS_MILLION ?? 3);
rmSync(join(dir, 'actuals', 'bad.csv'));
for (const [name, offset] of [
  ['bad-1.csv', 0],
  ['bad-2.csv', 500_000],
]) {
  const big = ['indicator,year,value'];
  for (let j = 0; j < 500_000; j++) {
    const i = offset + j;
    big.push(
      i % 2 ? `T-${String(101 + (i % 1700)).padStart(4, '0')}-Q${i % 7},${2018 + (i % 10)},${i % 1000}` : `X-${i % 5000}-unk,${2018 + (i % 10)},${i % 1000}`,
    );
  }
  writeFileSync(join(dir, 'actuals', name), big.join('\n') + '\n');
}
// import: one file of 1,000,000 rows of unknown indicators (short rows, under the file limit)
const inbox = join(dir, '..', 'inbox.csv');
const imp = ['indicator,year,value'];
for (let i = 0; i < 1_000_000; i++) imp.push(`X-${i % 5000},${2018 + (i % 10)},${i % 1000}`);
writeFileSync(inbox, imp.join('\n') + '\n');

function many(args, expect) {
  const runs = [];
  for (let k = 0; k < million; k++) {
    const r = timed(args);
    if (r.status !== expect) throw new Error(`${args.join(' ')} exited ${r.status}`);
    runs.push(r);
  }
  runs.sort((a, b) => a.wall - b.wall);
  const mid = runs[Math.floor(runs.length / 2)];
  return { ...mid, maxMb: Math.max(...runs.map((r) => r.mb)) };
}
console.log(`## 1,000,000 bad actuals rows (${machine()}, ${million} runs, median)\n`);
console.log('| command | output lines | median wall ms | its CPU ms | peak RSS MB (max) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const v = many(['bin/sdplan.js', 'validate', dir], 1);
console.log(`| validate (stylish) | ${v.lines} | ${v.wall.toFixed(0)} | ${v.cpu.toFixed(0)} | ${v.maxMb} |`);
const i = many(['bin/sdplan.js', 'actuals', 'import', inbox, '--plan', dir, '--dry-run'], 1);
console.log(`| actuals import --dry-run (1 file) | ${i.lines} | ${i.wall.toFixed(0)} | ${i.cpu.toFixed(0)} | ${i.maxMb} |`);
console.log(
  `\nvalidate of 1,000,000 rows: ${v.wall.toFixed(0)} ms (goal < ${MILLION_MS} ms): ${v.wall < MILLION_MS ? 'met' : 'NOT met'}; ${v.maxMb} MB (goal < ${MILLION_MB} MB): ${v.maxMb < MILLION_MB ? 'met' : 'NOT met'}\n`,
);
rmSync(join(dir, '..'), { recursive: true, force: true });
