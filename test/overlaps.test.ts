// Overlap detection: quality on a labelled fixture, exactness of the join, conflicts, the CLI contract.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BASE, ROOT, SAMPLE, cleanup, cli, makePlan } from './helpers.js';
import { loadPlan } from '../src/load/load-plan.js';
import { findOverlaps } from '../src/overlap/find-overlaps.js';
import { findConflicts } from '../src/overlap/conflicts.js';
import { DEFAULT_THRESHOLD } from '../src/overlap/signals.js';
import { tokenize } from '../src/overlap/tokenize.js';
import { coherenceMatrix } from '../src/overlap/coherence.js';
import { cooperationLists } from '../src/overlap/cooperation.js';

afterAll(cleanup);

const LABELS = join(ROOT, 'test', 'fixtures', 'overlap-labels');

describe('tokenize', () => {
  it('turns Hangul into bigrams and Latin words into light stems', () => {
    expect(tokenize('태양광 발전을 확대')).toEqual(['k:태양', 'k:양광', 'k:발전', 'k:전을', 'k:확대']);
    expect(tokenize('Subsidies for the Electric Vehicles, charging')).toEqual(['e:subsidy', 'e:electric', 'e:vehicle', 'e:charg']);
  });
});

describe('quality on the labelled fixture', () => {
  const plan = loadPlan(join(LABELS, 'plan')).plan;
  const labels = readFileSync(join(LABELS, 'labels.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  const found = new Set(findOverlaps(plan, { threshold: DEFAULT_THRESHOLD }).map((p) => `${p.a} ${p.b}`));
  const rows = labels.map(([a, b, dup]) => ({ dup: dup === '1', hit: found.has([a!, b!].sort().join(' ')) }));
  const tp = rows.filter((r) => r.dup && r.hit).length;
  const fp = rows.filter((r) => !r.dup && r.hit).length;
  const fn = rows.filter((r) => r.dup && !r.hit).length;

  it('has at least 60 labelled pairs, both kinds', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((r) => r.dup).length).toBe(25);
  });

  it('precision and recall at the default threshold are at least 0.8', () => {
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect({ precision: Math.round(precision * 100) / 100, recall: Math.round(recall * 100) / 100 }).toEqual({ precision: 0.91, recall: 0.84 });
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the similarity join', () => {
  // under mutation testing (npm run mutate) the instrumented brute force would take minutes
  const size = process.env.STRYKER_MUTATOR_WORKER === undefined ? 3000 : 400;
  it(`finds exactly the pairs that comparing all pairs finds, on a generated ${size}-task plan`, () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sdplan-gen-')), 'plan');
    spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), dir, '--tasks', String(size)], { stdio: 'ignore' });
    const plan = loadPlan(dir).plan;
    expect(plan.tasks).toHaveLength(size);
    for (const threshold of [DEFAULT_THRESHOLD, 0.6]) {
      const joined = findOverlaps(plan, { threshold });
      const brute = findOverlaps(plan, { threshold, bruteForce: true });
      expect(joined.length).toBeGreaterThan(10);
      expect(joined).toEqual(brute);
    }
  }, 120_000);
});

describe('the sample plan', () => {
  const plan = loadPlan(SAMPLE).plan;
  const pairs = findOverlaps(plan, { threshold: plan.overlapThreshold });

  it('finds the planted duplicates, best first, and marks the accepted one', () => {
    expect(pairs.slice(0, 4).map((p) => `${p.a}/${p.b}`)).toEqual(['T-1106/T-1302', 'T-0701/T-1304', 'T-0401/T-1709', 'T-0106/T-0804']);
    const accepted = pairs.find((p) => p.a === 'T-0106')!;
    expect(accepted.accepted).toBe(true);
    expect(accepted.reason).toMatch(/^One programme run jointly/);
    const top = pairs[1]!;
    expect(top.reasons.map((r) => r.signal)).toEqual(['text', 'indicators', 'effects', 'context']);
    expect(top.score).toBeCloseTo(top.reasons.reduce((s, r) => s + r.weight, 0), 3);
  });

  it('finds each kind of conflict', () => {
    const conflicts = findConflicts(plan);
    expect(conflicts.map((c) => c.kind)).toEqual(['opposite-effects', 'trade-off', 'inconsistent-targets', 'budget-cap', 'budget-cap', 'budget-cap', 'budget-cap']);
    expect(conflicts[1]).toMatchObject({ tasks: ['T-0802'], indicator: 'SI-13-02', goals: ['G08', 'G13'] });
    expect(conflicts[2]).toMatchObject({ tasks: ['T-1106', 'T-1302'], detail: { a: 'T-1106-P1', b: 'T-1302-P1', year: 2018, targetA: 300, targetB: 170 } });
    expect(conflicts[3]).toMatchObject({ detail: { team: 'energy-policy', year: 2018, total: 5080000000, cap: 3000000000 } });
  });

  it('builds the coherence matrix from declared effects', () => {
    const c = coherenceMatrix(plan);
    expect(c.cells.find((x) => x.from === 'G08' && x.to === 'G13')).toEqual({ from: 'G08', to: 'G13', helps: [], hurts: ['T-0802'] });
    expect(c.cells.find((x) => x.from === 'G07' && x.to === 'G07')?.helps).toEqual(['T-0701', 'T-0702', 'T-0703', 'T-0704']);
  });

  it('lists, for each team, the teams on the same goals, most shared first', () => {
    const lists = cooperationLists(plan);
    const energy = lists.find((l) => l.team === 'energy-policy')!;
    expect(energy.partners).toEqual([{ team: 'climate-action', shared: 2, strategies: ['G07-S3'], goals: ['G07'], tasks: ['T-0706'] }]);
  });
});

describe('sdplan overlaps', () => {
  it('json follows the contract and exits 1 for an unaccepted pair', () => {
    const r = cli(['overlaps', 'plans/dangjin-2035', '-f', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['plan', 'threshold', 'pairs', 'conflicts']);
    expect(out.threshold).toBe(0.38);
    expect(Object.keys(out.pairs[0])).toEqual(['a', 'b', 'score', 'reasons', 'accepted']);
    // each reason carries its coded detail and its words
    expect(out.pairs[0].reasons[0]).toEqual({ signal: 'text', weight: expect.any(Number), detail: { similarity: expect.any(Number), shared: expect.any(Array) }, message: expect.stringMatching(/^titles and descriptions \d+% similar \(shared: /) });
    expect(out.pairs.every((p: { a: string; b: string }) => p.a < p.b)).toBe(true);
    expect(out.conflicts[1]).toEqual({ kind: 'trade-off', tasks: ['T-0802'], indicator: 'SI-13-02', goals: ['G08', 'G13'], detail: { change: 'increase', wanted: 'decrease', task_goal: 'G08', indicator_goal: 'G13' }, message: 'T-0802 (goal G08) makes SI-13-02 rise, which goal G13 wants to decrease.' });
  });

  it('--no-fail exits 0; a plan whose only pair is accepted exits 0', () => {
    expect(cli(['overlaps', 'plans/dangjin-2035', '--no-fail', '-f', 'json']).code).toBe(0);
    expect(cli(['overlaps', 'plans/dangjin-2035', '--threshold', '0.545', '-f', 'json']).code).toBe(1);
    const onlyAccepted = cli(['overlaps', 'plans/dangjin-2035', '--threshold', '0.5', '-f', 'json']);
    const pairs = JSON.parse(onlyAccepted.stdout).pairs as Array<{ accepted: boolean }>;
    expect(pairs.filter((p) => !p.accepted).length).toBeGreaterThan(0);
  });

  it('an accepted pair alone does not fail the run', () => {
    const twin = BASE['tasks/a.yaml']!.replace('title: {ko: 과제2, en: Task 2}', 'title: {ko: 과제, en: Task}').replace('name: {ko: 교육, en: Training}\n        unit: persons', 'name: {ko: 용량, en: Capacity}\n        unit: MW');
    const dir = makePlan({ 'tasks/a.yaml': twin });
    expect(cli(['overlaps', dir, '-f', 'json']).code).toBe(1);
    const accepted = makePlan({ 'tasks/a.yaml': twin, 'plan.yaml': BASE['plan.yaml'] + 'overlaps:\n  accepted:\n    - tasks: [T-02, T-01]\n      reason: "=cmd| split by area"\n' });
    const r = cli(['overlaps', accepted, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).pairs[0]).toMatchObject({ a: 'T-01', b: 'T-02', accepted: true, reason: '=cmd| split by area' });
    const csv = cli(['overlaps', accepted, '-f', 'csv']).stdout;
    expect(csv.split('\n')[1]).toMatch(/^pair,T-01,T-02,[\d.]+,yes,'=cmd\| split by area,/);
    expect(cli(['overlaps', accepted, '-f', 'md', '--lang', 'en']).stdout).toContain('**accepted**: =cmd\\| split by area');
  });

  it('rejects a bad threshold with exit 2', () => {
    expect(cli(['overlaps', 'plans/dangjin-2035', '--threshold', '1.5']).code).toBe(2);
  });
});

describe('sdplan map, coherence, cooperation', () => {
  it('map: Markdown with Mermaid, filtered to a goal, with SDG coverage', () => {
    const r = cli(['map', 'plans/dangjin-2035', '--goal', 'G07', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('- **G07** Energy justice (SDG 7.2, 7.3)\n  - **G07-S1** Transition to clean energy\n    - T-0701 Solar panels on homes (energy-policy)');
    expect(r.stdout).toContain('```mermaid\nflowchart LR\n');
    expect(r.stdout).toContain('| 7.2 | By 2030, increase substantially the share of renewable energy in the global energy mix | G07 | 6 |');
    expect(cli(['map', 'plans/dangjin-2035', '--goal', 'G07', '--lang', 'ko']).stdout).toContain('| 7.2 | 재생에너지 이용 확대 | G07 | 6 |');
    expect(r.stdout).toContain('UN goals not covered: none');
  });

  it('map names the UN goals a plan leaves uncovered', () => {
    const md = cli(['map', makePlan(), '--lang', 'en']).stdout;
    expect(md).toMatch(/UN goals not covered: 1 No poverty, 2 Zero hunger, 3 Good health and well-being, .*, 17 Partnerships for the goals\n/);
    expect(md).not.toMatch(/not covered: .*\b7 Affordable/);
  });

  it('map --team keeps only that team\'s tasks; dot and json work', () => {
    const json = JSON.parse(cli(['map', 'plans/dangjin-2035', '--team', 'climate-action', '-f', 'json']).stdout);
    const tasks = json.goals.flatMap((g: { strategies: Array<{ tasks: Array<{ id: string; lead: string }> }> }) => g.strategies.flatMap((s) => s.tasks));
    expect(tasks.every((t: { lead: string }) => t.lead === 'climate-action')).toBe(true);
    expect(tasks.map((t: { id: string }) => t.id)).toEqual(['T-0706', 'T-1301', 'T-1304', 'T-1305']);
    const dot = cli(['map', 'plans/dangjin-2035', '--goal', 'G07', '-f', 'dot']).stdout;
    expect(dot.startsWith('digraph "dangjin-2035" {')).toBe(true);
    expect(dot).toContain('"G07" -> "G07-S1";');
    expect(cli(['map', 'plans/dangjin-2035', '--goal', 'G99']).code).toBe(2);
  });

  it('coherence and cooperation print', () => {
    expect(cli(['coherence', 'plans/dangjin-2035', '--lang', 'en']).stdout).toContain('  G08 -> G13: T-0802');
    expect(cli(['cooperation', 'plans/dangjin-2035', '--team', 'energy-policy', '--lang', 'en']).stdout).toBe('energy-policy\n  climate-action (2): strategies G07-S3; goals G07 — T-0706\n');
  });
});
