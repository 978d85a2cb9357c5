// Builds small plan folders in a temporary directory, and runs sdplan on them in-process or as a CLI.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadPlan } from '../src/load/load-plan.js';
import { checkPlan, type CheckOptions } from '../src/check/check-plan.js';
import type { Diagnostic } from '../src/model/diagnostic.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE = join(ROOT, 'plans', 'dangjin-2035');
export const BIN = join(ROOT, 'bin', 'sdplan.js');

/** A minimal valid plan; tests change one thing at a time. Line numbers in tests refer to these texts. */
export const BASE: Record<string, string> = {
  'plan.yaml': `sdplan: 1
id: mini
title: {ko: 미니, en: Mini}
period: {start: 2018, end: 2025}
languages: [ko, en]
organization:
  - id: dept
    name: {ko: 부서, en: Department}
    teams:
      - {id: team-a, name: {ko: 가팀, en: Team A}}
      - {id: team-b, name: {ko: 나팀, en: Team B}}
`,
  'goals.yaml': `goals:
  - id: G01
    title: {ko: 목표, en: Goal}
    sdg_targets: ["7.2"]
    subcommittee: environment
    strategies:
      - {id: G01-S1, title: {ko: 전략, en: Strategy}}
`,
  'indicators.yaml': `indicators:
  - id: SI-01
    goal: G01
    name: {ko: 온실가스, en: Emissions}
    unit: tCO2eq
    direction: decrease
    baseline: {year: 2016, value: 100}
    targets: {2025: 80}
    sdg_indicator: "13.2.2"
`,
  'tasks/a.yaml': `tasks:
  - id: T-01
    title: {ko: 과제, en: Task}
    strategy: G01-S1
    lead: team-a
    period: {start: 2018, end: 2021}
    effects:
      - {indicator: SI-01, change: decrease}
    indicators:
      - id: T-01-P1
        name: {ko: 용량, en: Capacity}
        unit: MW
        direction: increase
        baseline: {year: 2017, value: 0}
        targets: {2018: 5, 2021: 20}
  - id: T-02
    title: {ko: 과제2, en: Task 2}
    strategy: G01-S1
    lead: team-b
    period: {start: 2018, end: 2021}
    indicators:
      - id: T-02-P1
        name: {ko: 교육, en: Training}
        unit: persons
        direction: increase
        baseline: {year: 2017, value: 10}
        targets: {2021: 40}
`,
  'governance.yaml': `policy:
  max_gender_share: 0.6
  min_external_share:
    evaluation-committee: 0.5
bodies:
  - id: environment
    kind: subcommittee
    name: {ko: 환경분과, en: Environment}
    members:
      - {id: M1, gender: female}
      - {id: M2, gender: male}
  - id: evaluation
    kind: evaluation-committee
    members:
      - {id: E1, gender: female, external: true}
      - {id: E2, gender: male, external: true}
      - {id: E3, gender: male, external: false}
      - {id: E4, gender: female, external: false}
`,
  'actuals/a.csv': `indicator,year,value,note,source
T-01-P1,2018,4,,
SI-01,2018,95,,
`,
};

const made: string[] = [];

/** Writes a plan folder: BASE with some files replaced (string or bytes) or removed (null). */
export function makePlan(changes: Record<string, string | Uint8Array | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdplan-test-'));
  made.push(dir);
  const files: Record<string, string | Uint8Array | null> = { ...BASE, ...changes };
  for (const [name, content] of Object.entries(files)) {
    if (content === null) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export function linkInPlan(dir: string, name: string, target: string): void {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  symlinkSync(target, join(dir, name));
}

/** BASE's file with `from` replaced by `to` (which must occur exactly once). */
export function edit(file: string, from: string, to: string): Record<string, string> {
  const text = BASE[file]!;
  if (text.split(from).length !== 2) throw new Error(`fixture edit: "${from}" must occur once in ${file}`);
  return { [file]: text.replace(from, to) };
}

export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function validateDir(dir: string, options: CheckOptions = {}): Diagnostic[] {
  return checkPlan(loadPlan(dir), options);
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export function cli(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliRun {
  const t = Date.now();
  const env: Record<string, string | undefined> = { ...process.env, GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined, NO_COLOR: '1', ...opts.env };
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t };
}

/**
 * A value computed on first use, inside a test. Work done in a describe body runs while tests are
 * collected: under mutation testing the mutant is not active yet, and an exception there fails the
 * file without failing a test, so a mutant that throws would count as survived. Keep only inputs
 * here (a loaded plan): Stryker records coverage per test and runs only the tests that reached a
 * mutant, so a result of the code under test that one test computed and the next reused would
 * hide the mutant from the second.
 */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
