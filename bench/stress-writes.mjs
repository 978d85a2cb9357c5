#!/usr/bin/env node
// Stress of the writes (issue 20), not run in CI: kill -9 at random points of `rename` and
// `actuals import`, and pairs of writers at once (import+import, import+rename), on copies of the
// sample plan. After each run the next command (validate) must leave every file wholly old or
// wholly new (and the plan as a whole old or new), no side file, journal or lock, and no row lost.
//
//   node bench/stress-writes.mjs [--kills 100] [--pairs 100] [--seed 20] [--bin bin/sdplan.js]
//
// Writers are slowed with SDPLAN_TEST_SLOW_WRITE_MS (test-only: a sleep after each step of a
// write) so a kill lands anywhere in the write, not only before or after it. Fixed seed: the kill
// delays and the staggers are the same run to run (the machine's timing is not).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? dflt : process.argv[i + 1];
};
const KILLS = Number(arg('kills', 100));
const PAIRS = Number(arg('pairs', 100));
const SEED = Number(arg('seed', 20));
const BIN = resolve(arg('bin', join(ROOT, 'bin', 'sdplan.js')));
const SLOW = arg('slow', '20');
const SAMPLE = join(ROOT, 'plans', 'dangjin-2035');

// mulberry32: a small seeded generator
let state = SEED >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const work = mkdtempSync(join(tmpdir(), 'sdplan-stress-'));
let n = 0;
const freshPlan = () => {
  const d = join(work, `p${n++}`);
  cpSync(SAMPLE, d, { recursive: true });
  return d;
};

function snapshot(dir, rel = '') {
  const out = {};
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, snapshot(dir, r));
    else out[r] = readFileSync(join(dir, r), 'latin1');
  }
  return out;
}

function run(args, env = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => (stdout += b));
  child.stderr.on('data', (b) => (stderr += b));
  const done = new Promise((res) => child.on('close', (code, signal) => res({ code, signal, stdout, stderr })));
  return { child, done };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// rows that are new to the sample plan; the two imports go to the same actuals file
const csvA = 'indicator,year,value\n' + ['SI-02-01', 'SI-03-01', 'SI-04-01', 'SI-05-01', 'SI-06-01'].map((id, k) => `${id},2020,${10 + k}`).join('\n') + '\n';
const csvB = 'indicator,year,value\n' + ['SI-07-01', 'SI-08-01', 'SI-09-01', 'SI-10-01', 'SI-12-01'].map((id, k) => `${id},2020,${20 + k}`).join('\n') + '\n';
const inputs = mkdtempSync(join(tmpdir(), 'sdplan-stress-in-'));
const fileA = join(inputs, 'a', 'sustainability-2018-2019.csv');
const fileB = join(inputs, 'b', 'sustainability-2018-2019.csv');
for (const [f, t] of [
  [fileA, csvA],
  [fileB, csvB],
]) {
  mkdirSync(dirname(f), { recursive: true });
  writeFileSync(f, t);
}
const RENAME = ['rename', 'SI-01-01', 'SI-01-99'];
const importArgs = (file, d) => ['actuals', 'import', file, '--plan', d];

/** Files that are not plan files: side files, journal, lock. */
const stray = (snap) => Object.keys(snap).filter((f) => f.split('/').pop().startsWith('.'));

/** Resolves when the writer's journal appears (its write begins) or the writer ends. */
async function writeBegins(d, w) {
  let ended = false;
  w.done.then(() => (ended = true));
  while (!ended && !existsSync(join(d, '.sdplan-journal.json'))) await sleep(2);
  return Date.now();
}

// the old and new plan of each writer, from uninterrupted runs, and how long its write lasts at
// least (the shortest of three), so most kills land inside it
const expected = {};
for (const [name, args] of [
  ['rename', RENAME],
  ['import', null],
]) {
  for (let k = 0; k < 3; k++) {
    const d = freshPlan();
    const old = snapshot(d);
    const w = run(args ? [...args, '--plan', d] : importArgs(fileA, d), { SDPLAN_TEST_SLOW_WRITE_MS: SLOW });
    const t = await writeBegins(d, w);
    const r = await w.done;
    if (r.code !== 0) throw new Error(`${name} failed: ${r.stderr}`);
    const ms = Date.now() - t;
    expected[name] = { old, new: snapshot(d), ms: Math.min(ms, expected[name]?.ms ?? ms) };
  }
}

// 1. kill -9 at random points
const crash = {
  rename: { runs: 0, old: 0, new: 0, forward: 0, back: 0, leftovers: 0, lock: 0, untouched: 0, bad: [] },
  import: { runs: 0, old: 0, new: 0, forward: 0, back: 0, leftovers: 0, lock: 0, untouched: 0, bad: [] },
};
for (let k = 0; k < KILLS; k++) {
  const name = k % 2 === 0 ? 'rename' : 'import';
  const c = crash[name];
  const d = freshPlan();
  // a random point of the write, from its first step to its last
  const delay = Math.floor(random() * expected[name].ms);
  const w = run(name === 'rename' ? [...RENAME, '--plan', d] : importArgs(fileA, d), { SDPLAN_TEST_SLOW_WRITE_MS: SLOW });
  await writeBegins(d, w);
  await sleep(delay);
  w.child.kill('SIGKILL');
  await w.done;
  c.runs++;
  const v = await run(['validate', d]).done;
  if (/finished a write/.test(v.stderr)) c.forward++;
  else if (/undid a write/.test(v.stderr)) c.back++;
  else if (/removed \d+ temporary/.test(v.stderr)) c.leftovers++;
  else if (/removed the lock/.test(v.stderr)) c.lock++;
  else c.untouched++;
  const after = snapshot(d);
  const { old, new: next } = expected[name];
  const files = new Set([...Object.keys(after), ...Object.keys(old), ...Object.keys(next)].filter((f) => !f.split('/').pop().startsWith('.')));
  const torn = [...files].filter((f) => after[f] !== old[f] && after[f] !== next[f]);
  const isOld = [...files].every((f) => after[f] === old[f]);
  const isNew = [...files].every((f) => after[f] === next[f]);
  if (isOld) c.old++;
  if (isNew) c.new++;
  const problems = [
    ...torn.map((f) => `torn ${f}`),
    ...(!isOld && !isNew && torn.length === 0 ? ['mixed old and new files'] : []),
    ...stray(after).map((f) => `left ${f}`),
    ...(v.code !== 0 ? [`validate exit ${v.code}: ${v.stderr.split('\n')[0]}`] : []),
  ];
  if (problems.length > 0) c.bad.push(`run ${k} (kill after ${delay} ms): ${problems.join('; ')}`);
}

// 2. pairs of writers at once
const pairs = { 'import+import': { runs: 0, ok: 0, lost: 0, failed: 0, bad: [] }, 'import+rename': { runs: 0, ok: 0, lost: 0, failed: 0, bad: [] } };
for (let k = 0; k < PAIRS; k++) {
  const kind = k % 2 === 0 ? 'import+import' : 'import+rename';
  const p = pairs[kind];
  const d = freshPlan();
  const first = run(importArgs(fileA, d));
  await sleep(Math.floor(random() * 60));
  const second = run(kind === 'import+import' ? importArgs(fileB, d) : [...RENAME, '--plan', d]);
  const [a, b] = await Promise.all([first.done, second.done]);
  p.runs++;
  const text = readFileSync(join(d, 'actuals', 'sustainability-2018-2019.csv'), 'utf8');
  const wantRows = [...csvA.trim().split('\n').slice(1), ...(kind === 'import+import' ? csvB.trim().split('\n').slice(1) : [])].map((r) => {
    const [id, year, value] = r.split(',');
    return `${id},${year},,,${value}`;
  });
  const lost = wantRows.filter((r) => !text.includes(r));
  const renameLost = kind === 'import+rename' && (text.includes('SI-01-01,') || !readFileSync(join(d, 'indicators.yaml'), 'utf8').includes('id: SI-01-99'));
  const problems = [];
  if (a.code !== 0 || b.code !== 0) {
    p.failed++;
    problems.push(`exit ${a.code}/${b.code}: ${(a.stderr + b.stderr).split('\n').filter(Boolean).join(' | ')}`);
  }
  if (lost.length > 0 || renameLost) {
    p.lost++;
    problems.push(`lost ${lost.length} imported row(s)${renameLost ? ' and the rename' : ''}`);
  }
  const left = stray(snapshot(d));
  if (left.length > 0) problems.push(`left ${left.join(', ')}`);
  if (problems.length === 0) p.ok++;
  else p.bad.push(`pair ${k}: ${problems.join('; ')}`);
}

rmSync(work, { recursive: true, force: true });
rmSync(inputs, { recursive: true, force: true });

const out = [];
out.push(
  `sdplan stress of writes: ${BIN}, seed ${SEED}, SDPLAN_TEST_SLOW_WRITE_MS=${SLOW}; the write of an uninterrupted slowed rename lasts at least ${expected.rename.ms} ms, of an import ${expected.import.ms} ms (journal to exit); each kill lands at a random point from 0 to that after the journal appears`,
);
out.push(
  '',
  '| kill -9 during | runs | plan old after | plan new after | finished by next command | undone by next command | side files removed | stale lock removed | nothing to do | torn, mixed or left over |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const [name, c] of Object.entries(crash))
  out.push(`| ${name} | ${c.runs} | ${c.old} | ${c.new} | ${c.forward} | ${c.back} | ${c.leftovers} | ${c.lock} | ${c.untouched} | ${c.bad.length} |`);
out.push(
  '',
  '| writers at once | pairs | every row and rename kept, exit 0 | rows or rename lost | a writer failed | bad |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
);
for (const [name, p] of Object.entries(pairs)) out.push(`| ${name} | ${p.runs} | ${p.ok} | ${p.lost} | ${p.failed} | ${p.bad.length} |`);
const bad = [...Object.values(crash), ...Object.values(pairs)].flatMap((x) => x.bad);
if (bad.length > 0) out.push('', 'Problems:', ...bad.slice(0, 30).map((b) => `- ${b}`));
console.log(out.join('\n'));
process.exitCode = bad.length > 0 ? 1 : 0;
