// The overlap scoring, one signal at a time, on plans of two or three tasks whose figures are
// computed by hand: what counts when only one task declares something, ties, details that name
// only what the two share, two differences at once, and the words a reason shows.
import { describe, expect, it } from 'vitest';
import { BASE } from './helpers.js';
import { loadPlanFromFiles } from '../src/load/load-plan.js';
import { checkPlan } from '../src/check/check-plan.js';
import { findOverlaps, type OverlapPair } from '../src/overlap/find-overlaps.js';
import { differ, jaccard, within } from '../src/overlap/signals.js';
import { buildLexicon } from '../src/overlap/lexicon.js';
import { reasonText } from '../src/render/overlap-messages.js';
import type { Plan } from '../src/model/plan.js';

interface T {
  id: string;
  ko: string;
  en: string;
  strategy?: string;
  period?: string;
  groups?: string[];
  areas?: string[];
  effects?: string[];
  also?: string[];
  /** [id suffix, Korean name, English name, unit] */
  indicators?: Array<[string, string, string, string]>;
}

const taskYaml = (t: T) =>
  [
    `  - id: ${t.id}`,
    `    title: {ko: "${t.ko}", en: "${t.en}"}`,
    `    strategy: ${t.strategy ?? 'G01-S1'}`,
    '    lead: team-a',
    ...(t.period ? [`    period: ${t.period}`] : []),
    ...(t.groups ? [`    target_groups: [${t.groups.join(', ')}]`] : []),
    ...(t.areas ? [`    areas: [${t.areas.join(', ')}]`] : []),
    ...(t.also ? [`    also_goals: [${t.also.join(', ')}]`] : []),
    ...(t.effects ? ['    effects:', ...t.effects.map((e) => `      - {indicator: ${e.split(' ')[0]}, change: ${e.split(' ')[1]}}`)] : []),
    '    indicators:',
    ...(t.indicators ?? [['P1', `${t.ko} 실적`, `${t.en} count`, 'count']]).map(
      ([k, ko, en, unit]) =>
        `      - {id: ${t.id}-${k}, name: {ko: "${ko}", en: "${en}"}, unit: ${unit}, direction: increase, baseline: {year: 2017, value: 0}, targets: {${/end: (\d+)/.exec(t.period ?? '')?.[1] ?? 2021}: 10}}`,
    ),
  ].join('\n');

const GOALS = `goals:
  - id: G01
    title: {ko: 목표1, en: Goal 1}
    sdg_targets: ["7.2", "7.3"]
    strategies:
      - {id: G01-S1, title: {ko: 전략1, en: Strategy 1}}
      - {id: G01-S2, title: {ko: 전략2, en: Strategy 2}}
  - id: G02
    title: {ko: 목표2, en: Goal 2}
    sdg_targets: ["11.2"]
    strategies:
      - {id: G02-S1, title: {ko: 전략3, en: Strategy 3}}
  - id: G03
    title: {ko: 목표3, en: Goal 3}
    sdg_targets: ["7.3", "13.2"]
    strategies:
      - {id: G03-S1, title: {ko: 전략4, en: Strategy 4}}
  - id: G04
    title: {ko: 목표4, en: Goal 4}
    sdg_targets: ["13.2", "7.2"]
    strategies:
      - {id: G04-S1, title: {ko: 전략5, en: Strategy 5}}
`;
const INDICATORS = `indicators:
${['SI-01', 'SI-02', 'SI-03'].map((id) => `  - {id: ${id}, goal: G01, name: {ko: 지표 ${id}, en: Indicator ${id}}, unit: t, direction: decrease, baseline: {year: 2016, value: 100}, targets: {2025: 80}}`).join('\n')}
`;

function planOf(tasks: T[], extraPlan = ''): Plan {
  const files: Record<string, string> = {
    ...BASE,
    'plan.yaml': BASE['plan.yaml']! + extraPlan,
    'goals.yaml': GOALS,
    'indicators.yaml': INDICATORS,
    'tasks/a.yaml': `tasks:\n${tasks.map(taskYaml).join('\n')}\n`,
  };
  delete files['actuals/a.csv'];
  const loaded = loadPlanFromFiles('x', new Map(Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)])));
  // a plan the checks accept, so the figures are those of a valid plan
  expect(
    checkPlan(loaded)
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.rule} ${d.line}`),
  ).toEqual([]);
  return loaded.plan;
}

const pairOf = (plan: Plan, threshold = 0.05): OverlapPair => {
  const pairs = findOverlaps(plan, { threshold });
  expect(pairs).toHaveLength(1);
  return pairs[0]!;
};
const round4 = (x: number) => Math.round(x * 10000) / 10000;
const signals = (p: OverlapPair) => Object.fromEntries(p.reasons.map((r) => [r.signal, r]));

const SOLAR = { ko: '주택 태양광 보급', en: 'Solar panels on homes' };
const SOLAR_KW: [string, string, string, string] = ['P1', '태양광 용량', 'Solar capacity', 'kW'];

describe('two tasks that say and measure the same thing', () => {
  it('with no period, groups or areas: context is left out, not counted as nothing; a name two of two tasks carry is specific', () => {
    // text 1, indicator names 1 (specificity 1: with two tasks a name cannot be a habit), one strategy
    // 0.4 + 0.35 + 0.05 = 0.8
    const p = pairOf(
      planOf([
        { id: 'A', ...SOLAR, indicators: [SOLAR_KW] },
        { id: 'B', ...SOLAR, indicators: [SOLAR_KW] },
      ]),
    );
    expect(p).toStrictEqual({
      a: 'A',
      b: 'B',
      score: 0.8,
      type: 'duplication',
      accepted: false,
      reasons: [
        { signal: 'text', weight: 0.4, detail: { similarity: 1, shared: ['주택', 'homes', '태양광', 'solar panels', '보급'], synonyms: [] } },
        { signal: 'indicators', weight: 0.35, detail: { similarity: 1, a: 'A-P1', b: 'B-P1', unit: 'kw' } },
        { signal: 'structure', weight: 0.05, detail: { similarity: 1, strategy: 'G01-S1' } },
      ],
    });
  });

  it('tasks without a strategy do not share one', () => {
    const plan = planOf([
      { id: 'A', ...SOLAR, indicators: [SOLAR_KW] },
      { id: 'B', ...SOLAR, indicators: [SOLAR_KW] },
    ]);
    const loose = { ...plan, tasks: plan.tasks.map((t) => ({ ...t, strategy: '' })) };
    const p = pairOf(loose);
    expect(p.score).toBe(0.75);
    expect(p.reasons.map((r) => r.signal)).toEqual(['text', 'indicators']);
  });

  it('of two indicators with the same name, the first is named', () => {
    const p = pairOf(
      planOf([
        { id: 'A', ...SOLAR, indicators: [SOLAR_KW, ['P2', ...SOLAR_KW.slice(1)] as [string, string, string, string]] },
        { id: 'B', ...SOLAR, indicators: [SOLAR_KW] },
      ]),
    );
    expect(signals(p).indicators!.detail).toEqual({ similarity: 1, a: 'A-P1', b: 'B-P1', unit: 'kw' });
  });

  it('names in different units never match', () => {
    const p = pairOf(
      planOf([
        { id: 'A', ...SOLAR, indicators: [SOLAR_KW] },
        { id: 'B', ...SOLAR, indicators: [['P1', '태양광 용량', 'Solar capacity', 'MW']] },
      ]),
    );
    expect(p.score).toBe(0.45);
    expect(signals(p).indicators).toBeUndefined();
  });
});

describe('context counts what both tasks declare', () => {
  const two = (a: Partial<T>, b: Partial<T>) =>
    pairOf(
      planOf([
        { id: 'A', ...SOLAR, indicators: [SOLAR_KW], ...a },
        { id: 'B', ...SOLAR, indicators: [SOLAR_KW], ...b },
      ]),
    );

  it('target groups that only one task names are left out', () => {
    // period 1, areas 1/2; A's groups are not compared with nothing: (1 + 0.5) / 2
    const p = two(
      { period: '{start: 2018, end: 2021}', groups: ['households'], areas: ['Songak', 'Seokmun'] },
      { period: '{start: 2018, end: 2021}', areas: ['Songak'] },
    );
    expect(signals(p).context).toStrictEqual({ signal: 'context', weight: 0.075, detail: { similarity: 0.75, period: 1, areas: ['Songak'] } });
    expect(p.score).toBe(0.875);
  });

  it('areas that only one task names are left out', () => {
    const p = two(
      { period: '{start: 2018, end: 2021}', groups: ['households', 'farms'] },
      { period: '{start: 2018, end: 2021}', groups: ['farms'], areas: ['Songak'] },
    );
    expect(signals(p).context).toStrictEqual({ signal: 'context', weight: 0.075, detail: { similarity: 0.75, period: 1, target_groups: ['farms'] } });
  });

  it('groups and areas without periods; periods years apart share nothing', () => {
    const p = two({ groups: ['farms'], areas: ['Songak'] }, { groups: ['farms'], areas: ['Seokmun'] });
    expect(signals(p).context!.detail).toStrictEqual({ similarity: 0.5, target_groups: ['farms'], areas: [] });
    // 2018-2019 and 2022-2023: no year in common (not a negative share)
    const apart = two({ period: '{start: 2018, end: 2019}' }, { period: '{start: 2022, end: 2023}' });
    expect(signals(apart).context).toBeUndefined();
    expect(apart.score).toBe(0.8);
  });

  it('whichever of the two declares them alone', () => {
    const year = '{start: 2018, end: 2021}';
    // groups or areas on one side only, A or B: the period alone counts (1)
    for (const [a, b] of [
      [{ groups: ['farms'] }, {}],
      [{}, { groups: ['farms'] }],
      [{ areas: ['Songak'] }, {}],
      [{}, { areas: ['Songak'] }],
    ] as Array<[Partial<T>, Partial<T>]>) {
      const p = two({ period: year, ...a }, { period: year, ...b });
      expect(signals(p).context).toStrictEqual({ signal: 'context', weight: 0.1, detail: { similarity: 1, period: 1 } });
    }
  });

  it('a period only one task declares is left out', () => {
    const p = two({ period: '{start: 2018, end: 2021}' }, {});
    expect(signals(p).context).toBeUndefined();
    expect(p.score).toBe(0.8);
  });
});

describe('structure and effects name only what the two tasks share', () => {
  it('the shared goal, of several', () => {
    const p = pairOf(
      planOf([
        { id: 'A', ...SOLAR, also: ['G02'] },
        { id: 'B', ...SOLAR, strategy: 'G02-S1' },
      ]),
    );
    expect(signals(p).structure!.detail).toStrictEqual({ similarity: 0.6, goals: ['G02'] });
  });

  it('the shared SDG target, of several', () => {
    const p = pairOf(
      planOf([
        { id: 'A', ...SOLAR },
        { id: 'B', ...SOLAR, strategy: 'G03-S1' },
      ]),
    );
    expect(signals(p).structure).toStrictEqual({ signal: 'structure', weight: 0.015, detail: { similarity: 0.3, sdg_targets: ['7.3'] } });
  });

  it('details list what both share in order', () => {
    const p = pairOf(
      planOf([
        {
          id: 'A',
          ...SOLAR,
          period: '{start: 2018, end: 2021}',
          groups: ['renters', 'farms', 'households'],
          areas: ['Songak', 'Seokmun', 'Hapdeok'],
          effects: ['SI-03 decrease', 'SI-01 decrease'],
        },
        {
          id: 'B',
          ...SOLAR,
          period: '{start: 2018, end: 2021}',
          groups: ['households', 'farms'],
          areas: ['Seokmun', 'Hapdeok'],
          effects: ['SI-01 decrease', 'SI-03 decrease'],
        },
      ]),
    );
    expect(signals(p).effects!.detail.shared).toEqual(['SI-01 decrease', 'SI-03 decrease']);
    expect(signals(p).context!.detail).toStrictEqual({ similarity: 0.7778, period: 1, target_groups: ['farms', 'households'], areas: ['Hapdeok', 'Seokmun'] });
  });

  it('the shared effect, of several', () => {
    const p = pairOf(
      planOf([
        { id: 'A', ...SOLAR, effects: ['SI-01 decrease', 'SI-02 decrease'] },
        { id: 'B', ...SOLAR, effects: ['SI-01 decrease'] },
      ]),
    );
    expect(signals(p).effects).toStrictEqual({ signal: 'effects', weight: 0.05, detail: { similarity: 0.5, shared: ['SI-01 decrease'] } });
  });
});

describe('what tells two tasks apart', () => {
  it('two differences: the second takes 40% of what the first left', () => {
    // 노인 / 장애인 (whom), 돌봄 / 급식 (what): x 0.6 x 0.6
    const p = pairOf(
      planOf([
        { id: 'A', ko: '노인 돌봄 지원', en: 'Support for older people: care' },
        { id: 'B', ko: '장애인 급식 지원', en: 'Support for persons with disabilities: meals' },
      ]),
    );
    // text and indicator names below the gate (0.3): the same strategy does not count
    expect(p.reasons.map((r) => r.signal)).toEqual(['text', 'indicators', 'beneficiaries', 'activities']);
    const plus = p.reasons.filter((r) => r.weight > 0).reduce((s, r) => s + r.weight, 0);
    expect(p.reasons.filter((r) => r.weight < 0).map((r) => [r.signal, r.detail])).toEqual([
      ['beneficiaries', { a: ['노인'], b: ['장애인'] }],
      ['activities', { a: ['돌봄'], b: ['급식'] }],
    ]);
    expect(signals(p).beneficiaries!.weight).toBeCloseTo(-0.4 * plus, 3);
    expect(signals(p).activities!.weight).toBeCloseTo(-0.4 * 0.6 * plus, 3);
    expect(p.score).toBeCloseTo(0.36 * plus, 3);
    expect(p.type).toBe('overlap');
  });

  it('effects on other indicators: the indicators each side moves, in order', () => {
    const p = pairOf(
      planOf([
        { id: 'A', ...SOLAR, effects: ['SI-03 decrease', 'SI-02 decrease'] },
        { id: 'B', ...SOLAR, effects: ['SI-01 decrease'] },
      ]),
    );
    expect(p.reasons.at(-1)).toStrictEqual({ signal: 'outcomes', weight: round4(-0.4 * 0.8), detail: { a: ['SI-02', 'SI-03'], b: ['SI-01'] } });
    expect(p.score).toBe(0.48);
    // saying and measuring the same thing with a difference is an overlap
    expect(p.type).toBe('overlap');
  });

  it('measuring the same thing in other words is an overlap, not a duplication', () => {
    const p = pairOf(
      planOf([
        { id: 'A', ko: '주택 태양광 보급', en: 'Solar panels on homes', indicators: [SOLAR_KW] },
        { id: 'B', ko: '마을 공동체 발전소', en: 'Village community power plant', indicators: [SOLAR_KW] },
      ]),
    );
    expect(signals(p).text?.detail.similarity ?? 0).toBeLessThan(0.5);
    expect(signals(p).indicators!.detail.similarity).toBe(1);
    expect(p.type).toBe('overlap');
  });
});

describe('groups inside groups: whom two tasks serve differs only when neither group holds the other', () => {
  // Each pair: the same indicator name (similarity 1; with two tasks a name is specific), one
  // strategy (1), care (돌봄) on both sides. The text is one group on each side, named twice (in
  // Korean and in English), and 돌봄 twice: tf 1 + ln 2 on every token, which cancels. With two
  // tasks, idf is ln(3/3) + 1 = 1 for a token both have and ln(3/2) + 1 = 1.405465 for one only.
  // Text cosine: (1 * 1) / (1.405465^2 + 1^2) = 1 / 2.975332 = 0.3361. Sum: 0.4 * 0.336096 + 0.35 +
  // 0.05 = 0.534438. With a difference in whom they serve: x 0.6 = 0.3207 (weight -0.2138).
  const CARED: [string, string, string, string] = ['P1', '돌봄 인원', 'People cared for', 'persons'];
  const care = (a: [string, string], b: [string, string]) =>
    pairOf(
      planOf([
        { id: 'A', ko: `${a[0]} 돌봄`, en: `Care for ${a[1]}`, indicators: [CARED] },
        { id: 'B', ko: `${b[0]} 돌봄`, en: `Care for ${b[1]}`, indicators: [CARED] },
      ]),
    );
  const contained = (narrower: string, broader: string) => [
    { signal: 'text', weight: 0.1344, detail: { similarity: 0.3361, shared: ['돌봄', 'care'], synonyms: [] } },
    { signal: 'indicators', weight: 0.35, detail: { similarity: 1, a: 'A-P1', b: 'B-P1', unit: 'persons' } },
    { signal: 'structure', weight: 0.05, detail: { similarity: 1, strategy: 'G01-S1' } },
    { signal: 'subgroup', weight: 0, detail: { narrower, broader } },
  ];

  it('older people and older people living alone (노인, 독거노인): no difference, and the reason says which holds which', () => {
    const p = care(['노인', 'older people'], ['독거노인', 'older people living alone']);
    expect(p).toStrictEqual({ a: 'A', b: 'B', score: 0.5344, type: 'overlap', accepted: false, reasons: contained('독거노인', '노인') });
  });

  it('children and disabled children (아동, 장애아동), whichever task names the narrower group', () => {
    const p = care(['장애아동', 'disabled children'], ['아동', 'children']);
    expect(p).toStrictEqual({ a: 'A', b: 'B', score: 0.5344, type: 'overlap', accepted: false, reasons: contained('장애아동', '아동') });
  });

  it('through a group between them: older people living alone are older people, who are people with reduced mobility (교통약자)', () => {
    const p = care(['교통약자', 'people with reduced mobility'], ['독거노인', 'older people living alone']);
    expect(p.score).toBe(0.5344);
    expect(p.reasons.at(-1)).toStrictEqual({ signal: 'subgroup', weight: 0, detail: { narrower: '독거노인', broader: '교통약자' } });
  });

  it('children and older people still serve different people, and so do two groups inside one (노인, 장애인: both 교통약자)', () => {
    for (const [a, b] of [
      [
        ['아동', 'children'],
        ['노인', 'older people'],
      ],
      [
        ['노인', 'older people'],
        ['장애인', 'people with disability'],
      ],
    ] as Array<[[string, string], [string, string]]>) {
      const p = care(a, b);
      expect(p.score).toBe(0.3207);
      expect(p.reasons.filter((r) => r.weight <= 0)).toStrictEqual([{ signal: 'beneficiaries', weight: -0.2138, detail: { a: [a[0]], b: [b[0]] } }]);
    }
  });

  it('families and multicultural families (가족, 다문화 가족), written with a space: one group holds the other, the compound names both', () => {
    // B names 다문화가족 (twice), and, as a compound of two words, 다문화 and 가족 (once each): the two
    // share 가족, so nothing is said of groups. A: 가족 and 돌봄 (tf 1 + ln 2 = 1.6931, idf 1).
    // B: 다문화가족 1.6931 * 1.405465 = 2.3796, 다문화 1.405465, 가족 1, 돌봄 1.6931.
    // cos = 1.6931 * (1 + 1.6931) / (1.6931 * sqrt(2) * sqrt(2.3796^2 + 1.405465^2 + 1 + 1.6931^2))
    //     = 4.5597 / (2.3944 * 3.3918) = 0.5614; score 0.4 * 0.56143 + 0.35 + 0.05 = 0.6246
    const p = care(['가족', 'families'], ['다문화 가족', 'multicultural families']);
    expect(signals(p).text!.detail.similarity).toBe(0.5614);
    expect(p.score).toBe(0.6246);
    expect(p.reasons.map((r) => r.signal)).toEqual(['text', 'indicators', 'structure']);
  });

  it('youth and young entrepreneurs (청년, 청년 창업자) as declared target groups: not apart, so the same work is a duplication', () => {
    // text: A 청년, 상담 (each twice); B 청년, 창업자, 상담 (each twice): 2 / (sqrt(2) * sqrt(2 + 1.405465^2)) = 0.7093
    const tasks = (b: string) =>
      planOf([
        { id: 'A', ko: '청년 상담', en: 'Counselling for young people', groups: ['청년'], indicators: [CARED] },
        { id: 'B', ko: '청년 창업자 상담', en: 'Counselling for young entrepreneurs', groups: [b], indicators: [CARED] },
      ]);
    const p = pairOf(tasks('청년 창업자'));
    expect(signals(p).text!.detail.similarity).toBe(0.7093);
    // context: the tags share no word (Jaccard 0), so it adds nothing; 0.4 * 0.709297 + 0.35 + 0.05
    expect(p.score).toBe(0.6837);
    expect(p.type).toBe('duplication');
    // tags naming other people (청년, 노인) still tell the two apart
    expect(pairOf(tasks('노인')).type).toBe('overlap');
  });
});

describe("a plan's own groups inside groups (overlaps.broader, overlaps.synonyms)", () => {
  const CARED: [string, string, string, string] = ['P1', '돌봄 인원', 'People cared for', 'persons'];
  const dementia = (extra: string) =>
    pairOf(
      planOf(
        [
          { id: 'A', ko: '노인 돌봄', en: 'Care for older people', indicators: [CARED] },
          { id: 'B', ko: '치매환자 돌봄', en: 'Care for dementia patients', indicators: [CARED] },
        ],
        extra,
      ),
    );

  it('a word the plan places inside a group of the thesaurus: no difference, and the reason names it', () => {
    // without the link, 치매환자 is 치매 and 환자 (patients): other people than 노인
    const apart = dementia('');
    expect(apart.reasons.filter((r) => r.weight <= 0)).toStrictEqual([
      { signal: 'beneficiaries', weight: round4(apart.score - apart.score / 0.6), detail: { a: ['노인'], b: ['환자'] } },
    ]);
    const linked = dementia('overlaps:\n  broader:\n    노인: [치매환자]\n');
    expect(linked.reasons.filter((r) => r.weight <= 0)).toStrictEqual([{ signal: 'subgroup', weight: 0, detail: { narrower: '치매환자', broader: '노인' } }]);
    expect(linked.score).toBe(round4(linked.reasons.reduce((s, r) => s + r.weight, 0)));
  });

  it("a plan's synonym (written with a space in plan.yaml) of a narrower group sits where that group sits", () => {
    // (in the task written without: with a space, 어르신 would be read too, and 노인 shared)
    const p = pairOf(
      planOf(
        [
          { id: 'A', ko: '노인 돌봄', en: 'Care for older people', indicators: [CARED] },
          { id: 'B', ko: '나홀로어르신 돌봄', en: 'Care for older people living alone', indicators: [CARED] },
        ],
        'overlaps:\n  synonyms:\n    - [나홀로 어르신, 독거노인]\n',
      ),
    );
    // the same figures as 노인 / 독거노인 above: B names 독거노인 in both languages
    expect(p.score).toBe(0.5344);
    expect(p.reasons.at(-1)).toStrictEqual({ signal: 'subgroup', weight: 0, detail: { narrower: '독거노인', broader: '노인' } });
  });

  it('links in a circle or to itself do not break anything: each holds the other', () => {
    const lex = buildLexicon(
      [],
      [
        ['노인', ['독거노인', '노인']],
        ['독거노인', ['노인']],
        ['우리 마을 어르신', ['마을 노인회']],
      ],
    );
    expect([...lex.above.get('노인')!].sort()).toEqual(['교통약자', '독거노인']);
    expect([...lex.above.get('독거노인')!].sort()).toEqual(['교통약자', '노인']);
    // two words new to the thesaurus: a group of people inside another
    expect([...lex.above.get('마을 노인회')!]).toEqual(['우리 마을 어르신']);
    expect(lex.kinds[lex.ko.get('마을노인회')!]).toBe('group');
  });
});

describe('declared target groups and areas', () => {
  const two = (a: Partial<T>, b: Partial<T>) =>
    pairOf(
      planOf([
        { id: 'A', ...SOLAR, indicators: [SOLAR_KW], ...a },
        { id: 'B', ...SOLAR, indicators: [SOLAR_KW], ...b },
      ]),
    );

  it('a tag written with spaces is the tag written without (독거 노인 = 독거노인, 송악 읍 = 송악읍)', () => {
    // text 1, names 1, one strategy, context: groups 1 and areas 1 -> 0.4 + 0.35 + 0.05 + 0.1
    const p = two({ groups: ['독거 노인'], areas: ['송악 읍'] }, { groups: ['독거노인'], areas: ['송악읍'] });
    expect(signals(p).context).toStrictEqual({ signal: 'context', weight: 0.1, detail: { similarity: 1, target_groups: ['독거노인'], areas: ['송악읍'] } });
    expect(p.score).toBe(0.9);
    expect(p.type).toBe('duplication');
  });

  it('tags for a group and a group inside it are not apart; tags for other people, or unknown to the thesaurus, are', () => {
    // context 0 (no tag in common): 0.8 either way; only the type says whether they serve other people
    const type = (a: string, b: string) => {
      const p = two({ groups: [a] }, { groups: [b] });
      expect(p.score).toBe(0.8);
      return p.type;
    };
    expect(type('노인', '독거노인')).toBe('duplication');
    expect(type('어르신', '홀로 사는 분')).toBe('duplication');
    expect(type('households', 'homes')).toBe('duplication');
    expect(type('노인', '아동')).toBe('overlap');
    expect(type('farms', 'fishers')).toBe('overlap');
    expect(type('team-x', 'team-y')).toBe('overlap');
  });
});

describe('broader groups in the lexicon and the signals', () => {
  it('follows the links through: every group above a group', () => {
    const lex = buildLexicon();
    expect([...lex.above.get('독거노인')!].sort()).toEqual(['교통약자', '노인']);
    expect([...lex.above.get('장애아동')!].sort()).toEqual(['교통약자', '아동', '장애인']);
    expect([...lex.above.get('다문화가족')!].sort()).toEqual(['가족', '다문화']);
    expect(lex.above.get('교통약자')).toBeUndefined();
  });

  it('differ and within, by hand', () => {
    const above = new Map([
      ['a1', new Set(['a'])],
      ['a11', new Set(['a1', 'a'])],
      ['b1', new Set(['b'])],
    ]);
    const s = (...x: string[]) => new Set(x);
    expect(differ(s('a'), s('a11'), above)).toBe(false);
    expect(differ(s('a11'), s('a'), above)).toBe(false);
    expect(differ(s('a1'), s('b1'), above)).toBe(true);
    expect(differ(s('a11'), s('x', 'a1'), above)).toBe(false);
    expect(differ(s('a'), s('b'))).toBe(true);
    expect(differ(s('a'), s(), above)).toBe(false);
    expect(differ(s(), s('a'), above)).toBe(false);
    // the nearest group above only, from either side, in order
    expect(within(s('a', 'a1'), s('a11'), above)).toEqual([['a11', 'a1']]);
    expect(within(s('b1', 'a11'), s('b', 'a', 'a1'), above)).toEqual([
      ['a11', 'a1'],
      ['b1', 'b'],
    ]);
    expect(within(s('a'), s('b1'), above)).toEqual([]);
  });

  it('the reason in words, in both languages', () => {
    const r = { signal: 'subgroup' as const, weight: 0, detail: { narrower: '독거노인', broader: '노인' } };
    expect(reasonText(r, 'ko')).toBe('대상이 겹침: 독거노인은 노인에 속함');
    expect(reasonText(r, 'en')).toBe('overlapping beneficiaries: older people living alone is part of senior');
    expect(reasonText({ ...r, detail: { narrower: '장애아동', broader: '아동' } }, 'ko')).toBe('대상이 겹침: 장애아동은 아동에 속함');
  });
});

describe('the words a reason shows', () => {
  it('a compound both use once, and an English word as the shorter of its two forms', () => {
    const p = pairOf(
      planOf([
        { id: 'A', ko: '노인일자리 사과 과수원 관리', en: 'Jobs for older people in apple orchards' },
        { id: 'B', ko: '노인일자리 사과 과수원 운영', en: 'Jobs for older people in an apple orchard' },
      ]),
    );
    const shared = signals(p).text!.detail.shared as string[];
    expect(shared.filter((w) => w === '노인일자리')).toHaveLength(1);
    expect(shared).toContain('orchard');
    expect(shared).not.toContain('orchards');
  });
});

describe('the words a reason shows, at their limits', () => {
  it('a group one task names only in Korean and the other only in English is a shared token without a pair', () => {
    const p = pairOf(
      planOf([
        { id: 'A', ko: '노인 돌봄 방문', en: 'Home visits' },
        { id: 'B', ko: '돌봄 방문', en: 'Home visits for older people' },
      ]),
    );
    expect((signals(p).text!.detail.synonyms as string[]).some((s) => s.includes('undefined'))).toBe(false);
    expect(signals(p).text!.detail.synonyms).toEqual([]);
  });

  it('the phrase of a group, not a word of it, in each script', () => {
    const p = pairOf(
      planOf([
        { id: 'A', ko: '태양광 패널 보급', en: 'Solar panels and solar water heaters' },
        { id: 'B', ko: '태양광 패널 설치', en: 'Solar panels and solar water heaters' },
      ]),
    );
    expect(signals(p).text!.detail).toStrictEqual({ similarity: 0.7894, shared: ['태양광', 'solar panels', 'heaters', 'water', '패널'], synonyms: [] });
  });

  it('at most five words and three synonym pairs of each script, weightiest first', () => {
    const p = pairOf(
      planOf([
        {
          id: 'A',
          ko: '노인 아동 주민 교육 일자리 감량 농촌 하천 공원 도서관',
          en: 'older people children residents education jobs reduction farming river park library',
        },
        {
          id: 'B',
          ko: '어르신 어린이 시민 학습 고용 저감 농촌 하천 공원 도서관',
          en: 'seniors kids citizens learning employment cutting farming river park library',
        },
      ]),
    );
    expect(signals(p).text!.detail).toStrictEqual({
      similarity: 0.9559,
      shared: ['공원', 'park', '도서관', 'library', '하천', 'river', 'farming'],
      synonyms: ['교육 ~ 학습', 'education ~ learning', '노인 ~ 어르신', 'older people ~ seniors', '아동 ~ 어린이', 'children ~ kids'],
    });
  });

  it('per script, the words both use or else the synonyms that matched; a word a shared phrase holds is not named again', () => {
    const p = pairOf(
      planOf([
        { id: 'A', ko: '홀몸어르신 안부 확인', en: 'Calls to older people living alone and people nearby' },
        { id: 'B', ko: '독거노인 안부 전화', en: 'Visits to older people living alone and people nearby' },
      ]),
    );
    // one group: the same English phrase, other Korean words; "people" is in the phrase
    expect(signals(p).text!.detail).toStrictEqual({
      similarity: 0.5976,
      shared: ['older people living alone', 'nearby', '안부'],
      synonyms: ['홀몸어르신 ~ 독거노인'],
    });
  });

  it('whole Korean words both use, at most five', () => {
    const ko = '갯벌 염전 포구 등대 방조제 갈대밭 철새';
    const p = pairOf(
      planOf([
        { id: 'A', ko, en: 'a' },
        { id: 'B', ko, en: 'b' },
      ]),
    );
    // (갯벌, 염전... are not in the thesaurus: matched by their bigrams, named as whole words)
    expect(signals(p).text!.detail).toStrictEqual({ similarity: 0.9055, shared: ['갯벌', '염전', '포구', '등대', '방조제'], synonyms: [] });
  });

  it('of two forms of an English word, the shorter; of two as long, the first in order', () => {
    const p = pairOf(
      planOf([
        { id: 'A', ko: '가', en: 'Gardening studies with boxes' },
        { id: 'B', ko: '나', en: 'Gardening study with boxed' },
      ]),
    );
    expect(signals(p).text!.detail.shared).toEqual(['boxed', 'study', 'gardening']);
  });
});

describe('order and specificity', () => {
  it('pairs of one score are ordered by their task IDs, whatever the order of the files', () => {
    const p = findOverlaps(planOf(['B', 'Z', 'A', 'C'].map((id) => ({ id, ...SOLAR }))), { threshold: 0.05 });
    // (text 1, one strategy; the indicator name, which all four carry, counts for nothing)
    expect(p.map((x) => `${x.a}/${x.b} ${x.score}`)).toEqual(['A/B 0.45', 'A/C 0.45', 'A/Z 0.45', 'B/C 0.45', 'B/Z 0.45', 'C/Z 0.45']);
  });

  it('a match counts by the more common of the two names', () => {
    // 태양광 용량 is carried by 3 of 4 tasks: log(4/3) / log(4) = 0.2075; 태양광 설비 용량 by one (1)
    const p = findOverlaps(
      planOf([
        { id: 'A', ...SOLAR, indicators: [SOLAR_KW] },
        { id: 'B', ko: '태양광 설비 지원', en: 'Solar equipment', indicators: [['P1', '태양광 설비 용량', 'Solar equipment capacity', 'kW']] },
        { id: 'C', ko: '도서관 운영', en: 'Libraries', indicators: [SOLAR_KW] },
        { id: 'D', ko: '하천 정비', en: 'Rivers', indicators: [SOLAR_KW] },
      ]),
      { threshold: 0.05 },
    );
    const ab = p.find((x) => x.a === 'A' && x.b === 'B')!;
    const sim = ab.reasons.find((r) => r.signal === 'indicators')!.detail.similarity as number;
    expect(sim).toBeGreaterThan(0);
    expect(sim).toBeLessThanOrEqual(0.2075);
  });

  it('shared goals and SDG targets are listed in order', () => {
    const goals = pairOf(
      planOf([
        { id: 'A', ...SOLAR, also: ['G03', 'G02'] },
        { id: 'B', ...SOLAR, strategy: 'G02-S1', also: ['G03'] },
      ]),
    );
    expect(signals(goals).structure!.detail).toStrictEqual({ similarity: 0.6, goals: ['G02', 'G03'] });
    // A: 7.2, 7.3 (G01) and 13.2 (G03); B: 13.2, 7.2 (G04)
    const targets = pairOf(
      planOf([
        { id: 'A', ...SOLAR, also: ['G03'] },
        { id: 'B', ...SOLAR, strategy: 'G04-S1' },
      ]),
    );
    expect(signals(targets).structure!.detail).toStrictEqual({ similarity: 0.3, sdg_targets: ['13.2', '7.2'] });
  });
});

describe('decisions', () => {
  it('an accepted pair without a decision has no decision key', () => {
    const plan = planOf(
      [
        { id: 'A', ...SOLAR },
        { id: 'B', ...SOLAR },
      ],
      'overlaps:\n  accepted:\n    - tasks: [B, A]\n      reason: split by area\n',
    );
    const p = pairOf(plan);
    expect(p.accepted).toBe(true);
    expect(p.reason).toBe('split by area');
    expect('decision' in p).toBe(false);
  });
});

describe('signals at their edges', () => {
  it('Jaccard of two empty sets is 0', () => {
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});
