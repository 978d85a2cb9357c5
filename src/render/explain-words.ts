// The words of `sdplan score --explain`, in English and Korean: one catalogue, so Korean output
// holds no English line (the formulas stay as numbers and operators).
import type { Lang } from './labels.js';

type Words = {
  performance: string;
  sustainability: string;
  indicator: (kind: string, id: string, name: string, year: number, direction: string, unit: string) => string;
  baseline: (b: string, year: number, target: string, actual: string) => string;
  none: string;
  missing: string;
  method: (m: string, weight: string | null, task: string) => string;
  kind: (kind: string, how: string) => string;
  how: Record<'trend' | 'tracked' | 'future' | 'rated', string>;
  textTarget: (year: number, text: string) => string;
  noRate: (why: string) => string;
  rate: (formula: string, raw: string, clip: string) => string;
  clipped: (hi: number, v: string) => string;
  grade: (g: string, bands: string) => string;
  relativeGrade: (g: string) => string;
  rateWord: string;
  trajectory: (status: string, actual: string, year: number, expected: string, tolerance: number) => string;
  holdLine: (status: string, actual: string, year: number, line: string) => string;
  progressHead: (latest: string, final: string) => string;
  dataBase: (v: string, year: number) => string;
  manual: (status: string, reason: string, computed: string, score: string) => string;
  status: (s: string, why: string) => string;
  statusScore: (s: string, score: string) => string;
  thresholds: string;
  group: (kind: string, id: string, name: string, year: number) => string;
  meanOf: (what: string) => string;
  indicatorsWeighted: string;
  tasksBudget: (year: number) => string;
  tasksEqualNoBudget: string;
  tasksEqual: string;
  partLine: (id: string, rate: string, weight: string) => string;
  noPart: string;
  coverage: (m: number, t: number, year: number) => string;
  tasks: string;
  taskLine: (id: string, name: string, rate: string, parts: string) => string;
  progressReasons: Record<'no-baseline' | 'no-actual' | 'opposite-signs' | 'too-short', string>;
  directions: Record<string, string>;
  kinds: Record<string, string>;
  groups: Record<string, string>;
  methods: Record<string, string>;
  statuses: Record<string, string>;
};

const EN: Words = {
  performance: 'Performance',
  sustainability: 'Sustainability',
  indicator: (kind, id, name, year, direction, unit) => `${kind} indicator ${id} (${name}), ${year}, ${direction}, unit ${unit}`,
  baseline: (b, year, target, actual) => `  baseline: ${b}; target ${year}: ${target}; actual ${year}: ${actual}`,
  none: 'none',
  missing: 'missing',
  method: (m, weight, task) => `  method: ${m}${weight !== null ? `; weight in task ${task}: ${weight}` : ''}`,
  kind: (kind, how) => `  kind: ${kind} (${how})`,
  how: { trend: 'assessed by its trend, never rated', tracked: 'tracked, never rated', future: 'not measured yet; never counted as missing', rated: 'rated' },
  textTarget: (year, text) => `  target in words (${year}): ${text}; shown, never rated`,
  noRate: (why) => `  rate: none (${why}); left out of every mean`,
  rate: (formula, raw, clip) => `  rate = ${formula} = ${raw}${clip}`,
  clipped: (hi, v) => ` -> clipped to [0, ${hi}] = ${v}`,
  grade: (g, bands) => `  grade: ${g} (bands: ${bands})`,
  relativeGrade: (g) => `  grade: ${g} (relative, by quota)`,
  rateWord: 'rate',
  trajectory: (status, actual, year, expected, tol) =>
    `  trajectory: ${status} (actual ${actual} in ${year} against ${expected} on the straight path to the final target; on track within ${tol}% of the whole change)`,
  holdLine: (status, actual, year, line) =>
    `  trajectory: ${status} (actual ${actual} in ${year} against the line to hold at ${line}: the baseline already meets the target, which is met while the value stays on its side)`,
  progressHead: (latest, final) => `  progress (Open SDG method): latest ${latest}; final target ${final}`,
  dataBase: (v, year) => `  no baseline: base ${v} (${year}), the first value from 2015 on, as sdg-build picks it`,
  manual: (status, reason, computed, score) =>
    `  status set by hand: ${status}${reason ? ` (${reason})` : ''}; no score (as in Open SDG). Computed, not used: ${computed}, score ${score}`,
  status: (s, why) => `  status: ${s}${why ? ` (${why})` : ''}`,
  statusScore: (s, score) => `  status: ${s}; score ${score}`,
  thresholds: 'thresholds',
  group: (kind, id, name, year) => `${kind} ${id} (${name}), ${year}`,
  meanOf: (what) => `  the mean of its ${what}; parts without a rate are left out:`,
  indicatorsWeighted: 'indicators (weighted by their weights)',
  tasksBudget: (y) => `tasks (weighted by their ${y} budget)`,
  tasksEqualNoBudget: 'tasks (equal weights: no task has a budget for the year)',
  tasksEqual: 'tasks (equal weights)',
  partLine: (id, rate, weight) => `    ${id}  rate ${rate}  weight ${weight}`,
  noPart: '  rate: none (no part has a rate)',
  coverage: (m, t, y) => `  coverage: ${m} of ${t} indicators with a ${y} target have an actual`,
  tasks: '  tasks:',
  taskLine: (id, name, rate, parts) => `    ${id} (${name}): ${rate} from ${parts}`,
  progressReasons: {
    'no-baseline': 'no baseline and no value from 2015 on to start from',
    'no-actual': 'no actual yet',
    'opposite-signs': 'the baseline and the latest value have opposite signs, so no growth rate exists',
    'too-short': 'less than a year between the baseline and the final target',
  },
  directions: { increase: 'increase', decrease: 'decrease', milestone: 'milestone' },
  kinds: { quantitative: 'quantitative', qualitative: 'qualitative', monitoring: 'monitoring', future: 'future' },
  groups: { task: 'Task', strategy: 'Strategy', goal: 'Goal', team: 'Team', department: 'Department', plan: 'Plan' },
  methods: { progress: 'progress', ratio: 'ratio', linear: 'linear' },
  statuses: {
    ahead: 'ahead',
    on_track: 'on track',
    behind: 'behind',
    held: 'line held',
    not_held: 'line not held',
    target_achieved: 'target achieved',
    substantial_progress: 'substantial progress',
    moderate_progress: 'moderate progress',
    limited_progress: 'limited progress',
    deterioration: 'deterioration',
    not_available: 'not available',
  },
};

const KO: Words = {
  performance: '성과',
  sustainability: '지속가능성',
  indicator: (kind, id, name, year, direction, unit) => `${kind} 지표 ${id} (${name}), ${year}년, ${direction}, 단위 ${unit}`,
  baseline: (b, year, target, actual) => `  기준값: ${b}; ${year}년 목표: ${target}; ${year}년 실적: ${actual}`,
  none: '없음',
  missing: '없음',
  method: (m, weight, task) => `  산식: ${m}${weight !== null ? `; ${task} 과제 안의 가중치: ${weight}` : ''}`,
  kind: (kind, how) => `  유형: ${kind} (${how})`,
  how: {
    trend: '추세로 판단하며 달성률을 매기지 않음',
    tracked: '추적만 하며 달성률을 매기지 않음',
    future: '아직 측정하지 않음, 미제출로 보지 않음',
    rated: '달성률 산정',
  },
  textTarget: (year, text) => `  서술형 목표 (${year}년): ${text}; 표시만 하며 달성률을 매기지 않음`,
  noRate: (why) => `  달성률: 없음 (${why}); 모든 평균에서 뺌`,
  rate: (formula, raw, clip) => `  달성률 = ${formula} = ${raw}${clip}`,
  clipped: (hi, v) => ` -> [0, ${hi}] 범위로 제한 = ${v}`,
  grade: (g, bands) => `  등급: ${g} (구간: ${bands})`,
  relativeGrade: (g) => `  등급: ${g} (상대평가, 비율 배분)`,
  rateWord: '달성률',
  trajectory: (status, actual, year, expected, tol) =>
    `  추세: ${status} (${year}년 실적 ${actual}, 최종 목표까지 직선 경로상 기대값 ${expected}; 전체 변화의 ${tol}% 이내면 정상)`,
  holdLine: (status, actual, year, line) =>
    `  추세: ${status} (${year}년 실적 ${actual}, 지켜야 할 선 ${line}: 기준값이 이미 목표를 충족하므로 값이 그 선의 안쪽에 있는 동안 달성)`,
  progressHead: (latest, final) => `  진척 (오픈 SDG 방식): 최근 ${latest}; 최종 목표 ${final}`,
  dataBase: (v, year) => `  기준값 없음: 2015년 이후 첫 값 ${v} (${year}년)을 기준으로 씀 (sdg-build와 같은 방식)`,
  manual: (status, reason, computed, score) =>
    `  수동 지정 상태: ${status}${reason ? ` (${reason})` : ''}; 수동 지정 상태에는 점수를 매기지 않습니다. 계산값(쓰지 않음): ${computed}, 점수 ${score}`,
  status: (s, why) => `  상태: ${s}${why ? ` (${why})` : ''}`,
  statusScore: (s, score) => `  상태: ${s}; 점수 ${score}`,
  thresholds: '기준',
  group: (kind, id, name, year) => `${kind} ${id} (${name}), ${year}년`,
  meanOf: (what) => `  ${what}의 평균이며, 달성률이 없는 항목은 뺌:`,
  indicatorsWeighted: '지표 (가중치 적용)',
  tasksBudget: (y) => `과제 (${y}년 예산 가중)`,
  tasksEqualNoBudget: '과제 (동일 가중: 그 해 예산이 있는 과제가 없음)',
  tasksEqual: '과제 (동일 가중)',
  partLine: (id, rate, weight) => `    ${id}  달성률 ${rate}  가중치 ${weight}`,
  noPart: '  달성률: 없음 (달성률이 있는 항목이 없음)',
  coverage: (m, t, y) => `  제출률: ${y}년 목표가 있는 지표 ${t}개 중 ${m}개에 실적이 있음`,
  tasks: '  과제:',
  taskLine: (id, name, rate, parts) => `    ${id} (${name}): ${rate}, 구성 ${parts}`,
  progressReasons: {
    'no-baseline': '기준값이 없고 2015년 이후 값도 없음',
    'no-actual': '아직 실적 없음',
    'opposite-signs': '기준값과 최근 값의 부호가 달라 증가율을 구할 수 없음',
    'too-short': '기준 연도와 최종 목표 연도의 차이가 1년 미만',
  },
  directions: { increase: '증가', decrease: '감소', milestone: '단계' },
  kinds: { quantitative: '정량', qualitative: '정성', monitoring: '모니터링', future: '미래지표' },
  groups: { task: '과제', strategy: '전략', goal: '목표', team: '팀', department: '부서', plan: '계획' },
  methods: { progress: '기준값 대비 진척', ratio: '목표 대비 실적 비율', linear: '선형' },
  statuses: {
    ahead: '앞섬',
    on_track: '정상',
    behind: '뒤처짐',
    held: '유지선 지킴',
    not_held: '유지선 이탈',
    target_achieved: '목표 달성',
    substantial_progress: '상당한 진전',
    moderate_progress: '보통 진전',
    limited_progress: '제한적 진전',
    deterioration: '악화',
    not_available: '판단 불가',
  },
};

export const EXPLAIN: Record<Lang, Words> = { en: EN, ko: KO };
