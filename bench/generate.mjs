// Deterministic generator of realistic plans for benchmarks (fixed seed: same arguments, same bytes).
// Usage: node bench/generate.mjs OUT_DIR --tasks N [--plans P] [--seed S]
// Writes P plan folders (OUT_DIR/plan-001 ...) of N tasks each, bilingual, with 5 years of actuals,
// a few percent of near-duplicate tasks and conflicting effects, so every command has real work.
// Titles mix real policy words with a large pool of made-up ones (drawn with a Zipf-like skew, as
// words in real plans are), so most tasks differ as they do in real plans and a few share much.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const out = args[0];
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
if (!out) {
  console.error('usage: node bench/generate.mjs OUT_DIR --tasks N [--plans P] [--seed S]');
  process.exit(2);
}
const TASKS = opt('tasks', 100);
const PLANS = opt('plans', 1);

// mulberry32: small, fast, deterministic
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  ['태양광', 'solar power', 'kW'],
  ['전기자동차', 'electric vehicles', 'vehicles'],
  ['도시숲', 'urban forests', 'ha'],
  ['로컬푸드', 'local food', 'stores'],
  ['노인 일자리', 'senior jobs', 'persons'],
  ['평생학습', 'lifelong learning', 'learners'],
  ['빗물 이용', 'rainwater use', 'm3'],
  ['자원 재활용', 'recycling', 't'],
  ['대중교통', 'public transport', 'passengers'],
  ['청년 창업', 'youth start-ups', 'firms'],
  ['돌봄', 'childcare', 'children'],
  ['안전 점검', 'safety inspections', 'sites'],
  ['하천 복원', 'river restoration', 'km'],
  ['에너지 효율', 'energy efficiency', 'households'],
  ['문화 공연', 'cultural performances', 'events'],
  ['주민 참여', 'citizen participation', 'persons'],
];
const ACTIONS = [
  ['확대', 'More'],
  ['지원', 'Support for'],
  ['조성', 'Building'],
  ['운영', 'Running'],
  ['보급', 'Spreading'],
  ['개선', 'Better'],
  ['육성', 'Fostering'],
  ['구축', 'Setting up'],
  ['강화', 'Stronger'],
  ['활성화', 'Boosting'],
];
const PLACES = ['읍', '면', '동'];
const SYLLABLES = '가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히강농당랑망방상앙장창'.split(
  '',
);
const LATIN = ['ba', 'ko', 'ri', 'su', 'ne', 'da', 'mi', 'to', 'ga', 'ho', 'pe', 'lu', 'ja', 'si', 'no', 'ra'];
// A pool of made-up content words, Korean and an English stand-in for each.
function wordPool(r, n) {
  const out = [];
  const seen = new Set();
  while (out.length < n) {
    const ko =
      SYLLABLES[Math.floor(r() * SYLLABLES.length)] +
      SYLLABLES[Math.floor(r() * SYLLABLES.length)] +
      (r() < 0.4 ? SYLLABLES[Math.floor(r() * SYLLABLES.length)] : '');
    if (seen.has(ko)) continue;
    seen.add(ko);
    const en = LATIN[Math.floor(r() * LATIN.length)] + LATIN[Math.floor(r() * LATIN.length)] + LATIN[Math.floor(r() * LATIN.length)];
    out.push([ko, en]);
  }
  return out;
}
// Skewed pick: low indices more often (P(i < k) = sqrt(k / n)), as some words are commoner than others
function zipf(r, n) {
  const x = r();
  return Math.min(n - 1, Math.floor(n * x * x));
}

function plan(dir, p, seedBase) {
  const r = rng(seedBase + p * 7919);
  const pick = (a) => a[Math.floor(r() * a.length)];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'tasks'), { recursive: true });
  mkdirSync(join(dir, 'actuals'), { recursive: true });
  const id = `city-${String(p + 1).padStart(3, '0')}`;
  const nTeams = Math.max(4, Math.min(60, Math.round(TASKS / 5)));
  const depts = Math.max(2, Math.round(nTeams / 4));
  const teams = Array.from({ length: nTeams }, (_, i) => `team-${String(i + 1).padStart(3, '0')}`);
  const lines = [
    'sdplan: 1',
    `id: ${id}`,
    `title: {ko: 지속가능발전 기본계획 ${p + 1}, en: Sustainable development plan ${p + 1}}`,
    'period: {start: 2018, end: 2035}',
    'languages: [ko, en]',
    'currency: KRW',
    'revision: {number: 2, adopted: 2019-12-20, cycle_years: 2}',
    'organization:',
  ];
  for (let d = 0; d < depts; d++) {
    lines.push(`  - id: dept-${d + 1}`, `    name: {ko: 부서 ${d + 1}, en: Department ${d + 1}}`, '    teams:');
    teams.forEach((t, i) => {
      if (i % depts === d) lines.push(`      - {id: ${t}, name: {ko: 팀 ${i + 1}, en: Team ${i + 1}}}`);
    });
  }
  writeFileSync(join(dir, 'plan.yaml'), lines.join('\n') + '\n');

  const goals = ['goals:'];
  const strategies = [];
  const ind = ['indicators:'];
  const acts = ['indicator,year,value,note,source'];
  for (let g = 1; g <= 17; g++) {
    const gid = `G${String(g).padStart(2, '0')}`;
    goals.push(`  - id: ${gid}`, `    title: {ko: 목표 ${g}, en: Goal ${g}}`, `    sdg_targets: ["${g}.1"]`, '    strategies:');
    for (let s = 1; s <= 3 + (g % 3); s++) {
      goals.push(`      - {id: ${gid}-S${s}, title: {ko: 전략 ${g}-${s}, en: Strategy ${g}-${s}}}`);
      strategies.push([gid, `${gid}-S${s}`]);
    }
    for (let k = 1; k <= 2; k++) {
      const sid = `SI-${gid}-${k}`;
      const dec = k === 2;
      const base = 100 + Math.round(r() * 900);
      ind.push(
        `  - {id: ${sid}, goal: ${gid}, name: {ko: 지표 ${g}-${k}, en: Indicator ${g}-${k}}, unit: x, direction: ${dec ? 'decrease' : 'increase'}, baseline: {year: 2016, value: ${base}}, targets: {2025: ${dec ? Math.round(base * 0.7) : Math.round(base * 1.4)}, 2035: ${dec ? Math.round(base * 0.5) : Math.round(base * 1.8)}}}`,
      );
      for (let y = 2018; y <= 2022; y++) acts.push(`${sid},${y},${Math.round(base * (1 + (dec ? -1 : 1) * 0.03 * (y - 2016) * (0.5 + r())))},,`);
    }
  }
  writeFileSync(join(dir, 'goals.yaml'), goals.join('\n') + '\n');
  writeFileSync(join(dir, 'indicators.yaml'), ind.join('\n') + '\n');

  const POOL = wordPool(r, 4000);
  const PLACE_NAMES = ['송악', '합덕', '신평', '석문', '고대', '정미', ...wordPool(rng(7), 3500).map(([ko]) => ko)];
  // About 400 policy topics, the real ones commonest (a national corpus has hundreds, not 16).
  const UNITS = ['persons', 'sites', 'ha', 'km', 'facilities', 'cases', 'households', 'events', 't', '%', 'firms', 'kW'];
  const ALL_TOPICS = [
    ...TOPICS,
    ...Array.from({ length: 384 }, (_, i) => {
      const w = POOL[(i * 7 + 3) % POOL.length];
      return [w[0], w[1], UNITS[i % UNITS.length]];
    }),
  ];
  const PER_FILE = 200;
  let file = [];
  let fileNo = 0;
  const flush = () => {
    if (file.length === 0) return;
    writeFileSync(join(dir, 'tasks', `t${String(++fileNo).padStart(4, '0')}.yaml`), 'tasks:\n' + file.join('\n') + '\n');
    file = [];
  };
  let prev = null;
  for (let t = 0; t < TASKS; t++) {
    const tid = `T-${String(t + 1).padStart(5, '0')}`;
    const [gid, sid] = pick(strategies);
    const dup = prev && r() < 0.03; // a near-duplicate of the previous task, under another team
    const topic = dup ? prev.topic : ALL_TOPICS[zipf(r, ALL_TOPICS.length)];
    const action = dup ? prev.action : pick(ACTIONS);
    const words = dup ? prev.words : [POOL[zipf(r, POOL.length)], POOL[zipf(r, POOL.length)]];
    // each city has its own towns and villages: about 3,500 읍면동 in Korea
    // a single very large plan stands for many cities (200 tasks each), each with its own places
    const city = PLANS === 1 ? Math.floor(t / 200) : p;
    const place = `${PLACE_NAMES[(city * 15 + Math.floor(r() * 15)) % PLACE_NAMES.length]}${pick(PLACES)}`;
    const lead = pick(teams);
    const nPi = 1 + Math.floor(r() * 3);
    file.push(
      `  - id: ${tid}`,
      `    title: {ko: ${place} ${words[0][0]} ${words[1][0]} ${topic[0]} ${action[0]}, en: ${action[1]} ${words[0][1]} ${words[1][1]} ${topic[1]} in ${place}}`,
      `    strategy: ${dup ? prev.sid : sid}`,
      `    lead: ${lead}`,
      '    period: {start: 2018, end: 2022}',
      `    budget: {2018: ${Math.round(r() * 900 + 100) * 1e6}, 2019: ${Math.round(r() * 900 + 100) * 1e6}}`,
    );
    const g = dup ? prev.gid : gid;
    if (r() < 0.5) {
      // indicator 1 of each goal should increase, 2 decrease; one effect in twenty works against it
      const k = r() < 0.5 ? 1 : 2;
      const wanted = k === 1 ? 'increase' : 'decrease';
      file.push(`    effects: [{indicator: SI-${g}-${k}, change: ${r() < 0.95 ? wanted : k === 1 ? 'decrease' : 'increase'}}]`);
    }
    file.push('    indicators:');
    const pws = [];
    for (let k = 1; k <= nPi; k++) {
      const pid = `${tid}-P${k}`;
      const pw = dup && prev.pws[k - 1] ? prev.pws[k - 1] : POOL[zipf(r, POOL.length)];
      pws.push(pw);
      const base = Math.round(r() * 100);
      const step = 1 + Math.round(r() * 20);
      const targets = [2018, 2019, 2020, 2021, 2022].map((y) => `${y}: ${base + step * (y - 2017)}`).join(', ');
      file.push(
        `      - {id: ${pid}, name: {ko: ${pw[0]} ${words[k % 2][0]} 실적, en: ${pw[1]} ${words[k % 2][1]} output}, unit: "${topic[2]}", direction: increase, baseline: {year: 2017, value: ${base}}, targets: {${targets}}}`,
      );
      for (let y = 2018; y <= 2022; y++) {
        if (r() < 0.04) continue; // a few missing
        acts.push(`${pid},${y},${Math.round((base + step * (y - 2017) * (0.6 + r() * 0.6)) * 10) / 10},,`);
      }
    }
    prev = { topic, action, words, pws, gid: g, sid: dup ? prev.sid : sid };
    if (file.length >= PER_FILE * 8) flush();
  }
  flush();
  writeFileSync(join(dir, 'actuals', 'actuals.csv'), acts.join('\n') + '\n');
}

for (let p = 0; p < PLANS; p++) plan(PLANS === 1 ? out : join(out, `plan-${String(p + 1).padStart(3, '0')}`), p, opt('seed', 20351));
