// Overlap detection: quality on a labelled fixture, exactness of the join, conflicts, the CLI contract.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BASE, ROOT, SAMPLE, cleanup, cli, lazy, makePlan } from './helpers.js';
import { loadPlan } from '../src/load/load-plan.js';
import { findOverlaps } from '../src/overlap/find-overlaps.js';
import { findConflicts } from '../src/overlap/conflicts.js';
import { DEFAULT_THRESHOLD } from '../src/overlap/signals.js';
import { analyse, tokenize } from '../src/overlap/tokenize.js';
import { buildLexicon } from '../src/overlap/lexicon.js';
import { coherenceMatrix, type Coherence } from '../src/overlap/coherence.js';
import { influenceRanking } from '../src/overlap/influence.js';
import { findFragmentation } from '../src/overlap/fragmentation.js';
import { loadPlanFromFiles } from '../src/load/load-plan.js';
import { cooperationLists } from '../src/overlap/cooperation.js';

afterAll(cleanup);

const LABELS = join(ROOT, 'test', 'fixtures', 'overlap-labels');

describe('tokenize', () => {
  it('turns known words into their thesaurus group, other Hangul into bigrams and the word, Latin words into light stems', () => {
    // 태양광 and 확대 are in the thesaurus; 발전을 is not: its bigrams, and the word without its particle
    expect(tokenize('태양광 발전을 확대')).toEqual(['s:태양광', 'k:발전', 'k:전을', 's:확대']);
    // words the lexicon knows are their group, as in Korean; others their stem
    expect(tokenize('Subsidies for the Electric Vehicles, charging stations of Dangjin')).toEqual(['s:지원', 's:전기자동차', 's:충전소', 'e:dangjin']);
    // analyse also gives the word a particle hid (발전을 -> 발전), which reasons name
    expect(analyse('발전을').map(([t]) => t)).toEqual(['k:발전', 'k:전을', 'w:발전']);
  });

  it('matches synonyms, splits compounds into their words, keeps the word a particle hides', () => {
    // 노인일자리 is a word of its own and also 노인 + 일자리; 아동을 and 어린이가 are one group
    expect(tokenize('노인일자리 아동을 어린이가')).toEqual(['s:공공일자리', 's:노인', 's:일자리', 's:아동', 's:아동']);
    // a plan's own synonyms join the group of a word they share, or make one
    const lex = buildLexicon([
      ['꿈나무', '아동'],
      ['마을배움터', '동네학교'],
    ]);
    expect(tokenize('꿈나무 마을배움터', lex)).toEqual(['s:아동', 's:마을배움터', 's:마을', 's:교육']);
    expect(tokenize('동네학교', lex)).toEqual(['s:마을배움터', 's:마을', 's:학교']);
  });

  it('reads words written with spaces as the compound they make', () => {
    // the compound, named as written, and the words it is written with (전기 is not in the thesaurus)
    expect(analyse('전기 자동차를 사면')).toEqual([
      ['s:전기자동차', '전기 자동차'],
      ['k:전기', '전기'],
      ['w:전기', '전기'],
      ['s:자동차', '자동차'],
      ['k:사면', '사면'],
      ['w:사면', '사면'],
    ]);
    expect(tokenize('전기자동차')).toEqual(['s:전기자동차']);
    // a compound the thesaurus splits into its words is the same tokens either way; so is a phrase
    expect(tokenize('노인 일자리')).toEqual(tokenize('노인일자리'));
    expect(tokenize('다문화 가족')).toEqual(tokenize('다문화가족'));
    expect(analyse('홀로 사는 분을 찾아')[0]).toEqual(['s:독거노인', '홀로 사는 분']);
    expect(tokenize('독거 노인')).toContain('s:독거노인');
    // spaces only: a comma parts two words; the same group once (태양광 발전 is 태양광 with 발전's bigrams)
    expect(tokenize('전기, 자동차')).not.toContain('s:전기자동차');
    expect(tokenize('태양광 발전을 확대')).toEqual(['s:태양광', 'k:발전', 'k:전을', 's:확대']);
    // a plan's own word written with spaces matches too (before, such a word never matched)
    const lex = buildLexicon([['마을 배움터', '동네학교']]);
    expect(tokenize('마을배움터', lex)[0]).toBe(tokenize('동네학교', lex)[0]);
    expect(tokenize('마을 배움터', lex)[0]).toBe(tokenize('동네학교', lex)[0]);
  });
});

describe('quality on the labelled fixture', () => {
  const rows = () => {
    const plan = loadPlan(join(LABELS, 'plan')).plan;
    const labels = readFileSync(join(LABELS, 'labels.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const found = new Set(findOverlaps(plan, { threshold: DEFAULT_THRESHOLD }).map((p) => `${p.a} ${p.b}`));
    return labels.map(([a, b, dup]) => ({ dup: dup === '1', hit: found.has([a!, b!].sort().join(' ')) }));
  };

  it('has at least 60 labelled pairs, both kinds', () => {
    const all = rows();
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(all.filter((r) => r.dup).length).toBe(29);
  });

  it('reports no pair below the threshold', () => {
    const pairs = findOverlaps(loadPlan(join(LABELS, 'plan')).plan, { threshold: DEFAULT_THRESHOLD });
    expect(pairs.length).toBeGreaterThanOrEqual(28);
    expect(Math.min(...pairs.map((p) => p.score))).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('precision and recall at the default threshold are at least 0.875', () => {
    const all = rows();
    const tp = all.filter((r) => r.dup && r.hit).length;
    const fp = all.filter((r) => !r.dup && r.hit).length;
    const fn = all.filter((r) => r.dup && !r.hit).length;
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    // 28 of 29 duplicates, no false alarm; the one missed says "sports classes" and "sports programmes"
    expect({ tp, fp, fn }).toEqual({ tp: 28, fp: 0, fn: 1 });
    expect(precision).toBeGreaterThanOrEqual(0.875);
    expect(recall).toBeGreaterThanOrEqual(0.875);
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
      expect(joined.length).toBeGreaterThan(size >= 1000 ? 10 : 3);
      expect(joined).toEqual(brute);
    }
  }, 120_000);
});

describe('the sample plan', () => {
  const sample = lazy(() => loadPlan(SAMPLE).plan);

  it('finds the planted duplicates, best first, and marks the accepted one', () => {
    const pairs = findOverlaps(sample(), { threshold: sample().overlapThreshold });
    // (노인 일자리 is the compound 노인일자리, which 어르신 일자리 is not: T-0106/T-0804 is second)
    expect(pairs.slice(0, 5).map((p) => `${p.a}/${p.b}`)).toEqual(['T-0701/T-1304', 'T-0106/T-0804', 'T-1102/T-1501', 'T-0401/T-1709', 'T-1106/T-1302']);
    const accepted = pairs.find((p) => p.a === 'T-0106')!;
    expect(accepted.accepted).toBe(true);
    expect(accepted.reason).toMatch(/^하나의 사업으로 함께 운영한다/);
    const top = pairs[0]!;
    expect(top.reasons.map((r) => r.signal)).toEqual(['text', 'indicators', 'effects', 'context']);
    expect(top.score).toBeCloseTo(
      top.reasons.reduce((s, r) => s + r.weight, 0),
      3,
    );
  });

  it('finds each kind of conflict', () => {
    const conflicts = findConflicts(sample());
    expect(conflicts.map((c) => c.kind)).toEqual([
      'opposite-effects',
      'trade-off',
      'inconsistent-targets',
      'inconsistent-targets',
      'inconsistent-targets',
      'budget-cap',
      'budget-cap',
      'budget-cap',
      'budget-cap',
    ]);
    expect(conflicts[1]).toMatchObject({ tasks: ['T-0802'], indicator: 'SI-13-02', goals: ['G08', 'G13'] });
    expect(conflicts[4]).toMatchObject({ tasks: ['T-1106', 'T-1302'], detail: { a: 'T-1106-P1', b: 'T-1302-P1', year: 2018, targetA: 300, targetB: 170 } });
    expect(conflicts[5]).toMatchObject({ detail: { team: 'energy-policy', year: 2018, total: 5080000000, cap: 3000000000 } });
  });

  it('builds the coherence matrix from declared effects', () => {
    const c = coherenceMatrix(sample());
    // G08 -> G13 is scored through a task row (T-0802 -> SI-13-02 -2), in line with T-0802's declared effect
    expect(c.cells.find((x) => x.from === 'G08' && x.to === 'G13')).toEqual({
      from: 'G08',
      to: 'G13',
      helps: [],
      hurts: ['T-0802'],
      score: -2,
      source: 'scored',
      scoredRows: ['T-0802 -> SI-13-02 -2'],
      contradicts: false,
    });
    expect(c.cells.find((x) => x.from === 'G10' && x.to === 'G17')).toMatchObject({ score: 1, source: 'declared', helps: ['T-1002'] });
    expect(c.cells.find((x) => x.from === 'G07' && x.to === 'G07')?.helps).toEqual(['T-0701', 'T-0702', 'T-0703', 'T-0704']);
  });

  it('lists, for each team, the teams on the same goals, most shared first', () => {
    const lists = cooperationLists(sample());
    const energy = lists.find((l) => l.team === 'energy-policy')!;
    expect(energy.partners).toEqual([{ team: 'climate-action', shared: 2, strategies: ['G07-S3'], goals: ['G07'], tasks: ['T-0706'] }]);
  });
});

describe('sdplan overlaps', () => {
  it('json follows the contract and exits 1 for an unaccepted pair', () => {
    const r = cli(['overlaps', 'plans/dangjin-2035', '-f', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['plan', 'threshold', 'pairs', 'fragmentation', 'conflicts']);
    expect(out.fragmentation).toEqual([
      { strategy: 'G12-S3', teams: ['community-partnership', 'public-transit'], tasks: ['T-1206', 'T-1207'], similarity: 0.2815 },
    ]);
    expect(out.threshold).toBe(0.41);
    expect(Object.keys(out.pairs[0])).toEqual(['a', 'b', 'score', 'type', 'reasons', 'accepted']);
    expect(Object.keys(out.pairs[1])).toEqual(['a', 'b', 'score', 'type', 'reasons', 'accepted', 'decision', 'reason']);
    // each reason carries its coded detail and its words
    expect(out.pairs[0].reasons[0]).toEqual({
      signal: 'text',
      weight: 0.3517,
      detail: { similarity: 0.8792, shared: ['태양광', 'solar panels', '지원'], synonyms: ['주택 ~ 가정용', 'homes ~ households'] },
      message: 'titles and descriptions 88% similar (shared words: solar panels; matched as synonyms: homes ~ households)',
    });
    expect(out.pairs.every((p: { a: string; b: string }) => p.a < p.b)).toBe(true);
    expect(out.conflicts[1]).toEqual({
      kind: 'trade-off',
      tasks: ['T-0802'],
      indicator: 'SI-13-02',
      goals: ['G08', 'G13'],
      detail: { change: 'increase', wanted: 'decrease', task_goal: 'G08', indicator_goal: 'G13' },
      message: 'T-0802 (goal G08) makes ‘Greenhouse gas emissions (excluding power and steel)’ rise, which goal G13 wants to decrease.',
    });
  });

  it('in Korean, reasons and conflicts name indicators, units and teams, with particles that fit them', () => {
    const out = JSON.parse(cli(['overlaps', 'plans/dangjin-2035', '-f', 'json', '--lang', 'ko']).stdout);
    // (노인 일자리 is the compound 노인일자리, which 어르신 일자리 is not: 89%, not 95%)
    expect(out.pairs[1].reasons[1].message).toBe('성과지표 ‘노인 일자리 참여자 수’와 ‘어르신 일자리 참여자 수’가 같은 단위(명), 이름 유사도 89%');
    // a shared word in each script: the Korean output shows 태양광, not only 지원
    expect(out.pairs[0].reasons[0].message).toBe('제목·설명 유사도 88% (공통 낱말: 태양광, 지원; 동의어로 일치: 주택 ~ 가정용)');
    expect(out.conflicts.at(-1).message).toBe('에너지정책팀이 2021년에 이끄는 과제 예산 합계 6,604,000,000이 상한 3,000,000,000을 넘습니다.');
    const md = cli(['overlaps', 'plans/dangjin-2035', '-f', 'md', '--lang', 'ko']).stdout;
    expect(md).toContain('| 목표값 불일치 | T-0701, T-1304 | ‘주택 태양광 설치 용량’과 ‘가정용 태양광 설치 용량’은 같은 것(kW)을 재지만');
    // two indicators of one name, told apart by their IDs
    expect(md).toContain('성과지표 T-1106-P1 ‘전기자동차 보급 대수’와 T-1302-P1 ‘전기자동차 보급 대수’가 같은 단위(대)');
    expect(md).toContain('| G12-S3 | 민관협력팀, 대중교통팀 |');
    // no code of the format and no team ID left in the Korean text
    expect(md).not.toMatch(/budget-cap|energy-policy|text \d|indicators \d|effects \d|context \d/);
  });

  it('--no-fail exits 0; a plan whose only pair is accepted exits 0', () => {
    expect(cli(['overlaps', 'plans/dangjin-2035', '--no-fail', '-f', 'json']).code).toBe(0);
    expect(cli(['overlaps', 'plans/dangjin-2035', '--threshold', '0.545', '-f', 'json']).code).toBe(1);
    const onlyAccepted = cli(['overlaps', 'plans/dangjin-2035', '--threshold', '0.5', '-f', 'json']);
    const pairs = JSON.parse(onlyAccepted.stdout).pairs as Array<{ accepted: boolean }>;
    expect(pairs.filter((p) => !p.accepted).length).toBeGreaterThan(0);
  });

  it('an accepted pair alone does not fail the run', () => {
    const twin = BASE['tasks/a.yaml']!.replace('title: {ko: 과제2, en: Task 2}', 'title: {ko: 과제, en: Task}').replace(
      'name: {ko: 교육, en: Training}\n        unit: persons',
      'name: {ko: 용량, en: Capacity}\n        unit: MW',
    );
    const dir = makePlan({ 'tasks/a.yaml': twin });
    expect(cli(['overlaps', dir, '-f', 'json']).code).toBe(1);
    const accepted = makePlan({
      'tasks/a.yaml': twin,
      'plan.yaml': BASE['plan.yaml'] + 'overlaps:\n  accepted:\n    - tasks: [T-02, T-01]\n      reason: "=cmd| split by area"\n',
    });
    const r = cli(['overlaps', accepted, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).pairs[0]).toMatchObject({ a: 'T-01', b: 'T-02', accepted: true, reason: '=cmd| split by area' });
    const csv = cli(['overlaps', accepted, '-f', 'csv']).stdout;
    expect(csv.split('\n')[1]).toMatch(/^duplication,T-01,T-02,[\d.]+,yes,'=cmd\| split by area,/);
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
    expect(r.stdout).toContain(
      '- **G07** Energy justice (SDG 7.2, 7.3)\n  - **G07-S1** Transition to clean energy\n    - T-0701 Solar panels on homes (Energy Policy Team)',
    );
    // the lead team by its name, in the output language
    expect(cli(['map', 'plans/dangjin-2035', '--goal', 'G07', '--lang', 'ko']).stdout).toContain('    - T-0701 주택 태양광 보급 지원 (에너지정책팀)\n');
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

  it("map --team keeps only that team's tasks; dot and json work", () => {
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
    expect(cli(['cooperation', 'plans/dangjin-2035', '--team', 'energy-policy', '--lang', 'en']).stdout).toBe(
      'Energy Policy Team (energy-policy)\n  Climate Action Team (2): strategies G07-S3; goals G07 — T-0706\n',
    );
    expect(cli(['cooperation', 'plans/dangjin-2035', '--team', 'energy-policy', '--lang', 'ko']).stdout).toBe(
      '에너지정책팀 (energy-policy)\n  기후변화대응팀 (2): 전략 G07-S3; 목표 G07 — T-0706\n',
    );
    // the score table's heading names the method in the output language
    expect(cli(['score', 'plans/dangjin-2035', '--lang', 'ko']).stdout.split('\n')[0]).toBe('dangjin-2035 2019 (목표; 기준값 대비 진척, 상한 1.2, 동일 가중)');
  });
});

describe('the bundled thesaurus', () => {
  it('is the generated form of its data file, with hundreds of words across the domains', async () => {
    const dir = join(ROOT, 'src', 'overlap', 'thesaurus');
    // @ts-expect-error: a build script in plain JavaScript
    const gen = (await import('../src/overlap/thesaurus/generate.mjs')) as {
      readThesaurus: (t: string) => Array<{ kind: string; ko: string[]; en: string[]; source: string }>;
      render: (g: unknown) => string;
    };
    const groups = gen.readThesaurus(readFileSync(join(dir, 'ko-admin.tsv'), 'utf8'));
    // (Stryker's sandbox prefixes every source with // @ts-nocheck)
    expect(gen.render(groups)).toBe(readFileSync(join(dir, 'thesaurus-data.ts'), 'utf8').replace(/^\/\/ @ts-nocheck\n/, ''));
    expect(groups.length).toBeGreaterThan(200);
    expect(groups.reduce((n, g) => n + g.ko.length, 0)).toBeGreaterThan(1000);
    // the issue's own examples are one group each
    for (const words of [
      ['아동', '어린이', '유아'],
      ['일자리', '고용', '취업'],
      ['주민', '시민', '군민'],
      ['교육', '강좌', '학습'],
      ['감량', '줄이기', '저감'],
    ]) {
      expect(new Set(words.map((w) => groups.findIndex((g) => g.ko.includes(w)))).size).toBe(1);
    }
  });

  it('refuses a word in two groups', async () => {
    // @ts-expect-error: a build script in plain JavaScript
    const gen = (await import('../src/overlap/thesaurus/generate.mjs')) as { readThesaurus: (t: string) => unknown };
    expect(() => gen.readThesaurus('kind\tko\ten\tsource\n-\t아동|어린이\tchild\tstd-dict\n-\t어린이\tkid\tstd-dict\n')).toThrow(
      '어린이 is already in the group of 아동',
    );
    // a phrase written with spaces is its compound
    expect(() => gen.readThesaurus('kind\tko\ten\tsource\n-\t홀로사는분\ta\tstd-dict\n-\t홀로 사는 분\tb\tstd-dict\n')).toThrow(
      '홀로사는분 is already in the group of 홀로사는분',
    );
  });

  it('takes broader groups by name, of the same kind, without a circle', async () => {
    // @ts-expect-error: a build script in plain JavaScript
    const gen = (await import('../src/overlap/thesaurus/generate.mjs')) as { readThesaurus: (t: string) => Array<{ ko: string[]; broader: string[] }> };
    const head = 'kind\tko\ten\tsource\tbroader\n';
    const groups = gen.readThesaurus(`${head}group\t노인\tsenior\tstd-dict\ngroup\t독거노인\talone\tstd-dict\t노인\n`);
    expect(groups.map((g) => g.broader)).toEqual([[], ['노인']]);
    expect(() => gen.readThesaurus(`${head}group\t독거노인\talone\tstd-dict\t어르신\n`)).toThrow(
      'line 2 of the data: broader group 어르신 is not the first word of a group',
    );
    expect(() => gen.readThesaurus(`${head}activity\t돌봄\tcare\tstd-dict\ngroup\t독거노인\talone\tstd-dict\t돌봄\n`)).toThrow(
      'line 3 of the data: broader group 돌봄 is of kind activity, not group',
    );
    expect(() => gen.readThesaurus(`${head}group\t가\ta\tstd-dict\t다\ngroup\t나\tb\tstd-dict\t가\ngroup\t다\tc\tstd-dict\t나\n`)).toThrow(
      'line 2 of the data: broader links go round: 가 < 다 < 나 < 가',
    );
    // (four columns without the header's fifth)
    expect(() => gen.readThesaurus('kind\tko\ten\tsource\ngroup\t독거노인\talone\tstd-dict\t노인\n')).toThrow('line 2 of the data: needs exactly 4 columns');
  });
});

describe('the influence ranking', () => {
  // Three goals; A -> B +2, B -> C +1, C -> A -1, A -> C +3, B -> A +1 (A's own cell is left out).
  // out: A 2+3 = 5, B 1+1 = 2, C -1; in: A 1-1 = 0, B 2, C 3+1 = 4; net: A 5, B 0, C -5.
  // second order (onward links that do not come back): A: via B 2 * (B->C 1) + via C 3 * (C->B 0) = 2;
  // B: via C 1 * (C->A -1) + via A 1 * (A->C 3) = 2; C: via A -1 * (A->B 2) = -2.
  const cell = (from: string, to: string, score: number) => ({
    from,
    to,
    helps: [],
    hurts: [],
    score,
    source: 'scored' as const,
    scoredRows: [],
    contradicts: false,
  });
  const m: Coherence = {
    goals: ['A', 'B', 'C'],
    cells: [cell('A', 'A', 3), cell('A', 'B', 2), cell('A', 'C', 3), cell('B', 'A', 1), cell('B', 'C', 1), cell('C', 'A', -1)],
  };
  const r = lazy(() => influenceRanking(m));

  it('gives each goal its outgoing, incoming, net and second-order influence, computed by hand', () => {
    expect(r().goals).toEqual([
      { goal: 'A', outgoing: 5, incoming: 0, net: 5, secondOrder: 2 },
      { goal: 'B', outgoing: 2, incoming: 2, net: 0, secondOrder: 2 },
      { goal: 'C', outgoing: -1, incoming: 4, net: -5, secondOrder: -2 },
    ]);
  });

  it('lists negative links, most negative first, and clusters of goals that reinforce each other', () => {
    expect(r().negative).toEqual([{ from: 'C', to: 'A', score: -1, source: 'scored' }]);
    // A and B act positively on each other; C answers A with -1
    expect(r().clusters).toEqual([['A', 'B']]);
  });
});

describe('scored interactions and declared effects', () => {
  const files = (csv: string) =>
    new Map(
      Object.entries({ ...BASE, 'interactions.csv': csv })
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, new TextEncoder().encode(v)]),
    );

  it('uses the score where one exists and flags a score that contradicts the declared effects', () => {
    // T-01's declared effect lowers SI-01, which G01 wants lowered: it helps; a -2 says the opposite
    const plan = loadPlanFromFiles('x', files('from,to,score,confidence,note,scored_by\nT-01,SI-01,-2,high,,environment\n')).plan;
    expect(coherenceMatrix(plan).cells).toEqual([
      { from: 'G01', to: 'G01', helps: ['T-01'], hurts: [], score: -2, source: 'scored', scoredRows: ['T-01 -> SI-01 -2'], contradicts: true },
    ]);
    const agreeing = loadPlanFromFiles('x', files('from,to,score\nT-01,SI-01,2\n')).plan;
    expect(coherenceMatrix(agreeing).cells[0]).toMatchObject({ score: 2, contradicts: false });
  });

  it("a goal pair's own row outranks the rows of its strategies and tasks, which are averaged otherwise", () => {
    const both = loadPlanFromFiles('x', files('from,to,score\nG01,G01,3\nT-01,SI-01,1\n')).plan;
    expect(coherenceMatrix(both).cells[0]).toMatchObject({ score: 3, scoredRows: ['G01 -> G01 +3', 'T-01 -> SI-01 +1'] });
    const parts = loadPlanFromFiles('x', files('from,to,score\nT-01,SI-01,1\nG01-S1,G01,2\n')).plan;
    expect(coherenceMatrix(parts).cells[0]).toMatchObject({ score: 1.5 });
  });
});

describe('GAO types', () => {
  const sample = lazy(() => loadPlan(SAMPLE).plan);
  const pairs = () => findOverlaps(sample(), { threshold: sample().overlapThreshold });
  const type = (a: string, b: string) => pairs().find((p) => p.a === a && p.b === b)?.type;

  it('types a pair that says and measures the same thing for the same people as duplication, a related pair as overlap', () => {
    expect(type('T-0701', 'T-1304')).toBe('duplication');
    expect(type('T-0106', 'T-0804')).toBe('duplication');
    // same people (persons with disabilities), different measures: overlap
    expect(type('T-0105', 'T-1004')).toBe('overlap');
  });

  it('carries the decision recorded in plan.yaml', () => {
    expect(pairs().find((p) => p.a === 'T-0106')).toMatchObject({ accepted: true, decision: 'coordinate' });
  });

  it('finds fragmentation: two teams on one strategy with similar tasks and no shared partner', () => {
    const plan = sample();
    expect(findFragmentation(plan)).toEqual([
      { strategy: 'G12-S3', teams: ['community-partnership', 'public-transit'], tasks: ['T-1206', 'T-1207'], similarity: 0.2815 },
    ]);
    // naming the other team as partner ties them together
    const tied = { ...plan, tasks: plan.tasks.map((t) => (t.id === 'T-1206' ? { ...t, partners: [...t.partners, 'public-transit'] } : t)) };
    expect(findFragmentation(tied)).toEqual([]);
  });
});

describe('reasons, as data', () => {
  const labelled = lazy(() => loadPlan(join(LABELS, 'plan')).plan);
  const pairs = () => findOverlaps(labelled(), { threshold: 0.2 });
  const pair = (a: string, b: string) => pairs().find((p) => p.a === a && p.b === b);

  it('names synonyms that matched, in each language, and the words shared', () => {
    expect(pair('L-075', 'L-076')).toEqual({
      a: 'L-075',
      b: 'L-076',
      score: 0.7686,
      type: 'duplication',
      accepted: false,
      reasons: [
        {
          signal: 'text',
          weight: 0.3691,
          detail: { similarity: 0.9226, shared: ['방과후'], synonyms: ['after school care ~ after school', '아동 ~ 어린이', 'children ~ kids', '돌봄 ~ 보육'] },
        },
        { signal: 'indicators', weight: 0.2995, detail: { similarity: 0.8558, a: 'L-075-P1', b: 'L-076-P1', unit: 'persons' } },
        { signal: 'context', weight: 0.1, detail: { similarity: 1, period: 1 } },
      ],
    });
  });

  it('says what tells two tasks apart, each difference taking 40% of what is left', () => {
    // other beneficiaries: 0.619 before, x 0.6
    expect(pair('L-001', 'L-003')).toMatchObject({ score: 0.3715, type: 'overlap' });
    expect(pair('L-001', 'L-003')!.reasons.at(-1)).toEqual({ signal: 'beneficiaries', weight: -0.2476, detail: { a: ['가정'], b: ['공공건물'] } });
    // (0.3977 x 0.4; 결식 아동 reads as the compound 결식아동, 결식 + 아동)
    expect(pair('L-075', 'L-077')!.reasons.at(-1)).toEqual({ signal: 'activities', weight: -0.1591, detail: { a: ['돌봄', '방과후'], b: ['급식'] } });
    expect(pair('L-010', 'L-013')!.reasons.at(-1)).toEqual({ signal: 'outcomes', weight: -0.1939, detail: { a: ['SI-15-02'], b: ['SI-13-01'] } });
    // the score is what the reasons add up to
    for (const k of [
      ['L-001', 'L-003'],
      ['L-075', 'L-077'],
      ['L-010', 'L-013'],
    ] as const) {
      const p = pair(k[0], k[1])!;
      expect(p.score).toBeCloseTo(
        p.reasons.reduce((s, r) => s + r.weight, 0),
        3,
      );
    }
  });
});

describe('signals, computed by hand on a small plan', () => {
  const goals = `goals:
  - id: G01
    title: {ko: 목표1, en: Goal 1}
    sdg_targets: ["7.2"]
    strategies:
      - {id: G01-S1, title: {ko: 전략1, en: Strategy 1}}
      - {id: G01-S2, title: {ko: 전략2, en: Strategy 2}}
  - id: G02
    title: {ko: 목표2, en: Goal 2}
    sdg_targets: ["7.2"]
    strategies:
      - {id: G02-S1, title: {ko: 전략3, en: Strategy 3}}
`;
  const task = (id: string, strategy: string, period: string, groups: string, areas: string, unit = 'kW') => `  - id: ${id}
    title: {ko: 주택 태양광 보급, en: Solar panels on homes}
    strategy: ${strategy}
    lead: team-a
    period: ${period}
    target_groups: ${groups}
    areas: ${areas}
    indicators:
      - {id: ${id}-P1, name: {ko: 태양광 용량, en: Solar capacity}, unit: ${unit}, direction: increase, baseline: {year: 2017, value: 0}, targets: {2021: 10}}
`;
  const tasks =
    'tasks:\n' +
    task('A', 'G01-S1', '{start: 2018, end: 2021}', '[households]', '[Songak]') +
    task('B', 'G01-S2', '{start: 2020, end: 2023}', '[households, farms]', '[Songak]') +
    task('C', 'G02-S1', '{start: 2018, end: 2021}', '[businesses]', '[Seokmun]', 'MW');
  const files = new Map(
    Object.entries({ ...BASE, 'goals.yaml': goals, 'tasks/a.yaml': tasks, 'indicators.yaml': null, 'actuals/a.csv': null })
      .filter(([, v]) => v != null)
      .map(([k, v]) => [k, new TextEncoder().encode(v as string)]),
  );
  const small = lazy(() => loadPlanFromFiles('x', files).plan);
  const pairs = () => findOverlaps(small(), { threshold: 0.2 });
  const at = (a: string, b: string) => pairs().find((p) => p.a === a && p.b === b)!;

  it('structure, context and indicator specificity', () => {
    // A and B: the same words (text 1); one indicator name in two of three tasks in kW: specificity
    // log(3/2)/log(3) = 0.3691; a shared goal (0.6); periods 2018-21 and 2020-23 overlap 2 of 6 years,
    // target groups 1 of 2, areas 1 of 1: context (0.3333 + 0.5 + 1) / 3 = 0.6111.
    // 0.4 x 1 + 0.35 x 0.3691 + 0.05 x 0.6 + 0.1 x 0.6111 = 0.6203
    expect(at('A', 'B').score).toBe(0.6203);
    expect(at('A', 'B').reasons.slice(1)).toEqual([
      { signal: 'indicators', weight: 0.1292, detail: { similarity: 0.3691, a: 'A-P1', b: 'B-P1', unit: 'kw' } },
      { signal: 'structure', weight: 0.03, detail: { similarity: 0.6, goals: ['G01'] } },
      { signal: 'context', weight: 0.0611, detail: { similarity: 0.6111, period: 0.3333, target_groups: ['households'], areas: ['Songak'] } },
    ]);
    // A and C: another goal with the same SDG target (0.3); C measures in MW (no indicator match);
    // same period, no shared group or area: (1 + 0 + 0) / 3
    expect(at('A', 'C')).toMatchObject({ score: 0.4483, type: 'overlap' });
    expect(at('A', 'C').reasons.map((r) => [r.signal, r.weight])).toEqual([
      ['text', 0.4],
      ['structure', 0.015],
      ['context', 0.0333],
    ]);
    expect(at('B', 'C').reasons.at(-1)).toEqual({
      signal: 'context',
      weight: 0.0111,
      detail: { similarity: 0.1111, period: 0.3333, target_groups: [], areas: [] },
    });
    // words a reader knows, in each script: the phrase, not its parts; 보급 as a whole word
    expect(at('A', 'B').reasons[0]!.detail.shared).toEqual(['주택', 'homes', '태양광', 'solar panels', '보급']);
  });
});

describe('signal arithmetic', () => {
  it('the lowest word similarity a threshold needs, the weights, Jaccard and differences', async () => {
    const { minWordSimilarity, jaccard, differ, WORD_WEIGHT, WORD_GATE } = await import('../src/overlap/signals.js');
    expect(WORD_WEIGHT).toBe(0.75);
    expect(WORD_GATE).toBe(0.3);
    // low threshold: words alone may make it (0.1 / 0.75)
    expect(minWordSimilarity(0.1)).toBeCloseTo(0.1333, 4);
    // the default: the gate decides (the other signals add at most 0.25)
    expect(minWordSimilarity(0.41)).toBe(0.3);
    // high threshold: (0.7 - 0.25) / 0.75 = 0.6
    expect(minWordSimilarity(0.7)).toBeCloseTo(0.6, 10);
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3, 10);
    expect(jaccard(new Set(), new Set(['a']))).toBe(0);
    expect(jaccard(new Set(['a']), new Set())).toBe(0);
    expect(differ(new Set(['노인']), new Set(['장애인']))).toBe(true);
    expect(differ(new Set(['노인', '장애인']), new Set(['장애인']))).toBe(false);
    expect(differ(new Set(), new Set(['장애인']))).toBe(false);
    expect(differ(new Set(['노인']), new Set())).toBe(false);
  });
});
