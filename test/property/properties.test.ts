// Property-based tests: random valid plans validate clean; any single mutation yields a diagnostic
// and never an exception; rates stay in [0, cap] and do not depend on order; a plan's diff with
// itself is empty; report output is the same twice.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadPlanFromFiles } from '../../src/load/load-plan.js';
import { checkPlan } from '../../src/check/check-plan.js';
import { scorePlan } from '../../src/score/score-plan.js';
import { diffPlans } from '../../src/diff/plan-diff.js';
import { buildReport } from '../../src/report/report-model.js';
import { planArbitrary, mutationArbitrary, type PlanFiles } from './random-plan.js';

const enc = new TextEncoder();
const load = (files: PlanFiles) => loadPlanFromFiles('random', new Map(Object.entries(files).map(([k, v]) => [k, enc.encode(v)])));
const RUNS = { numRuns: 60, seed: 20351 };

describe('random valid plans', () => {
  it('validate with no finding at all', () => {
    fc.assert(
      fc.property(planArbitrary, (files) => {
        const diags = checkPlan(load(files));
        expect(diags.map((d) => `${d.rule} ${d.file}:${d.line}`)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('any single mutation yields an error, never an exception', () => {
    fc.assert(
      fc.property(planArbitrary, mutationArbitrary, (files, m) => {
        const diags = checkPlan(load(m.apply(files)));
        expect(diags.filter((d) => d.severity === 'error').length, m.kind).toBeGreaterThan(0);
      }),
      { ...RUNS, numRuns: 120 },
    );
  });

  it('a truncated file never throws', () => {
    fc.assert(
      fc.property(
        planArbitrary,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('plan.yaml', 'goals.yaml', 'tasks/t1.yaml', 'actuals/a.csv'),
        (files, at, which) => {
          const text = files[which]!;
          expect(() => checkPlan(load({ ...files, [which]: text.slice(0, Math.floor(text.length * at)) }))).not.toThrow();
        },
      ),
      RUNS,
    );
  });

  it('rates stay within [0, cap] and do not depend on the order of tasks and files', () => {
    fc.assert(
      fc.property(planArbitrary, (files) => {
        const plan = load(files).plan;
        const s = scorePlan(plan, 2019);
        for (const x of [...s.indicators, ...Object.values(s.groups).flat()]) {
          if (x.rate !== null) {
            expect(x.rate).toBeGreaterThanOrEqual(0);
            expect(x.rate).toBeLessThanOrEqual(plan.evaluation.cap);
          }
        }
        // the same tasks, each file's tasks reversed and the files renamed in reverse order
        const taskFiles = Object.keys(files)
          .filter((f) => f.startsWith('tasks/'))
          .sort();
        const reordered: PlanFiles = Object.fromEntries(Object.entries(files).filter(([f]) => !f.startsWith('tasks/')));
        taskFiles.forEach((f, i) => {
          const [head, ...tasks] = files[f]!.split(/\n(?= {2}- id: )/);
          reordered[`tasks/z${taskFiles.length - i}.yaml`] = [head, ...tasks.reverse().map((t) => t.replace(/\n?$/, ''))].join('\n') + '\n';
        });
        const s2 = scorePlan(load(reordered).plan, 2019);
        const rates = (x: typeof s) =>
          JSON.stringify([x.indicators.map((i) => [i.id, i.rate]), Object.values(x.groups).map((g) => g.map((r) => [r.id, r.rate]))]);
        expect(rates(s2)).toBe(rates(s));
      }),
      RUNS,
    );
  });

  it('a plan diffed with itself shows no change', () => {
    fc.assert(
      fc.property(planArbitrary, (files) => {
        expect(diffPlans(load(files).plan, load(files).plan)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('the report model is the same twice', () => {
    fc.assert(
      fc.property(planArbitrary, (files) => {
        const a = JSON.stringify(buildReport(load(files).plan, { lang: 'en', diagnostics: [] }));
        const b = JSON.stringify(buildReport(load(files).plan, { lang: 'en', diagnostics: [] }));
        expect(b).toBe(a);
      }),
      { ...RUNS, numRuns: 20 },
    );
  });
});
