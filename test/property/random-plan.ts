// A fast-check generator of valid plans (as file texts), for property-based tests: every goal and
// strategy has a task, every team leads one, targets follow their direction, actuals are in range.
import fc from 'fast-check';

export interface PlanFiles {
  [file: string]: string;
}

const word = fc.stringMatching(/^[a-z]{3,10}$/);
const hangul = fc.array(fc.integer({ min: 0xac00, max: 0xd7a3 }), { minLength: 2, maxLength: 6 }).map((cs) => String.fromCharCode(...cs));
const text = fc.tuple(hangul, word).map(([ko, en]) => `{ko: ${ko}, en: ${en}}`);

export const planArbitrary: fc.Arbitrary<PlanFiles> = fc
  .record({
    goals: fc.integer({ min: 1, max: 4 }),
    strategiesPerGoal: fc.integer({ min: 1, max: 3 }),
    teams: fc.integer({ min: 1, max: 4 }),
    extraTasks: fc.integer({ min: 0, max: 6 }),
    seedTexts: fc.array(text, { minLength: 40, maxLength: 40 }),
    numbers: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 200, maxLength: 200 }),
    directions: fc.array(fc.constantFrom('increase', 'decrease', 'milestone'), { minLength: 60, maxLength: 60 }),
    taskFiles: fc.integer({ min: 1, max: 3 }),
  })
  .map((r) => {
    let t = 0;
    let n = 0;
    const T = () => r.seedTexts[t++ % r.seedTexts.length]!;
    const N = () => r.numbers[n++ % r.numbers.length]!;
    const strategies: string[] = [];
    const goals = ['goals:'];
    for (let g = 1; g <= r.goals; g++) {
      goals.push(`  - id: G${g}`, `    title: ${T()}`, '    sdg_targets: ["11.3"]', '    strategies:');
      for (let s = 1; s <= r.strategiesPerGoal; s++) {
        goals.push(`      - {id: G${g}-S${s}, title: ${T()}}`);
        strategies.push(`G${g}-S${s}`);
      }
    }
    const teams = Array.from({ length: r.teams }, (_, i) => `team-${i + 1}`);
    const plan = [
      'sdplan: 1',
      'id: random',
      `title: ${T()}`,
      'period: {start: 2018, end: 2025}',
      'languages: [ko, en]',
      'organization:',
      '  - id: dept',
      `    name: ${T()}`,
      '    teams:',
      ...teams.map((tm) => `      - {id: ${tm}, name: ${T()}}`),
    ];
    const count = Math.max(strategies.length, teams.length) + r.extraTasks;
    const files: string[][] = Array.from({ length: r.taskFiles }, () => ['tasks:']);
    const actuals = ['indicator,year,value,note,source'];
    for (let k = 0; k < count; k++) {
      const id = `T-${String(k + 1).padStart(3, '0')}`;
      const f = files[k % files.length]!;
      f.push(
        `  - id: ${id}`,
        `    title: ${T()}`,
        `    strategy: ${strategies[k % strategies.length]}`,
        `    lead: ${teams[k % teams.length]}`,
        '    period: {start: 2019, end: 2022}',
        '    indicators:',
      );
      const pis = 1 + (N() % 3);
      for (let p = 1; p <= pis; p++) {
        const dir = r.directions[(k * 3 + p) % r.directions.length]!;
        const base = dir === 'milestone' ? 0 : N();
        const step = dir === 'milestone' ? 1 : 1 + (N() % 50);
        const sign = dir === 'decrease' ? -1 : 1;
        const targets = [2019, 2020, 2021, 2022]
          .map((y, i) => `${y}: ${dir === 'decrease' ? Math.max(0, base - step * (i + 1)) : base + sign * step * (i + 1)}`)
          .join(', ');
        f.push(`      - {id: ${id}-P${p}, name: ${T()}, unit: u, direction: ${dir}, baseline: {year: 2018, value: ${base}}, targets: {${targets}}}`);
        if (N() % 3 !== 0) actuals.push(`${id}-P${p},2019,${dir === 'milestone' ? N() % 3 : N()},,`);
      }
    }
    const out: PlanFiles = { 'plan.yaml': plan.join('\n') + '\n', 'goals.yaml': goals.join('\n') + '\n', 'actuals/a.csv': actuals.join('\n') + '\n' };
    files.forEach((f, i) => {
      out[`tasks/t${i + 1}.yaml`] = f.join('\n') + '\n';
    });
    return out;
  });

/** One change that must make a valid plan invalid (and never crash the loader). */
export type Mutation = { kind: string; apply: (files: PlanFiles) => PlanFiles };

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete a required field', apply: (f) => ({ ...f, 'tasks/t1.yaml': f['tasks/t1.yaml']!.replace(/\n {4}lead: [^\n]+/, '') }) }),
  fc.constant<Mutation>({
    kind: 'break a reference',
    apply: (f) => ({ ...f, 'tasks/t1.yaml': f['tasks/t1.yaml']!.replace(/strategy: [^\n]+/, 'strategy: NOPE') }),
  }),
  fc.constant<Mutation>({
    kind: 'duplicate an ID',
    apply: (f) => ({ ...f, 'goals.yaml': f['goals.yaml']!.replace('  - id: G1\n', '  - id: T-001\n').replace(/G1-S/g, 'T-001-S') }),
  }),
  fc.constant<Mutation>({
    kind: 'swap a type',
    apply: (f) => ({ ...f, 'plan.yaml': f['plan.yaml']!.replace('period: {start: 2018, end: 2025}', 'period: [2018, 2025]') }),
  }),
  fc
    .integer({ min: 1, max: 31 })
    .filter((c) => c !== 9 && c !== 10 && c !== 13)
    .map<Mutation>((c) => ({
      kind: `insert control character ${c}`,
      apply: (f) => ({ ...f, 'goals.yaml': f['goals.yaml']!.replace('goals:', `goals:${String.fromCharCode(c)}`) }),
    })),
  fc.constant<Mutation>({ kind: 'remove a file', apply: (f) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== 'goals.yaml')) }),
);
