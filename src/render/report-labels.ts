// Every label of the evaluation report, in Korean and English. Words the CLI uses too (column
// names, progress and trajectory statuses) come from its catalogue, render/labels.ts; the English
// set here defines the report's own keys and the Korean set must have every one (the compiler checks).
import { LABELS } from './labels.js';

/** Words shared with the CLI's catalogue, taken from it rather than written twice. */
const SHARED = [
  'rate', 'grade', 'baseline', 'target', 'actual', 'method', 'weight', 'unit', 'status', 'score', 'trajectory', 'team', 'indicator', 'year', 'task',
  'missing', 'target_achieved', 'substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration', 'not_available', 'ahead', 'on_track', 'behind',
] as const satisfies ReadonlyArray<keyof (typeof LABELS)['en']>;

type SharedKey = (typeof SHARED)[number];
const shared = (lang: 'en' | 'ko') => Object.fromEntries(SHARED.map((k) => [k, LABELS[lang][k]])) as Record<SharedKey, string>;

const EN = {
  report: 'Sustainable development evaluation report',
  lang_note: '* in the default language: no text in this language yet',
  period: 'Period evaluated', revision: 'Revision', adopted: 'adopted', vision: 'Vision', plan_period: 'Plan period',
  s_summary: '1. Summary', s_sustainability: '2. Sustainability evaluation', s_implementation: '3. Implementation',
  s_teams: '4. Teams and departments', s_funding: '5. Funding', s_coherence: '6. Coherence', s_quality: '7. Data quality',
  s_governance: '8. Governance', s_method: '9. Method',
  overall: 'Overall achievement', coverage: 'coverage', grade_distribution: 'Tasks by grade', progress_counts: 'Sustainability indicators by progress',
  furthest_behind: 'Goals furthest behind', targets: 'Targets', actuals: 'Actuals',
  chart: 'Chart', goal: 'Goal', strategy: 'Strategy', lead: 'Lead',
  department: 'Department', tasks: 'Tasks', cooperation: 'Cooperate with', shared: 'shared', total: 'Total',
  by_goal: 'Budget by goal and year', by_team: 'Budget by team and year', currency: 'Currency',
  overlaps: 'Likely duplicate tasks', threshold: 'threshold', accepted: 'accepted', reason: 'Reason', conflicts: 'Conflicts', kind: 'Kind',
  matrix: 'Coherence matrix: how the tasks of one goal act on another goal', none: 'None.',
  m_from: 'Acting goal', m_to: 'Goal acted on', m_score: 'Score', m_source: 'Basis', m_scored: 'scored by the subcommittees', m_declared: 'declared effects',
  m_contradicts: 'contradicts the declared effects', m_note: 'Scores run from −3 (cancelling) to +3 (indivisible) (Nilsson et al. 2016). Where a subcommittee scored the pair (interactions.csv) its score is used; elsewhere the tasks\' declared effects give +1 (they help) or −1 (they hurt).',
  ranking: 'Goals ranked by influence on the others', r_out: 'Outgoing', r_in: 'Incoming', r_net: 'Net', r_second: 'Second-order',
  r_note: 'Net influence is what a goal gives minus what it receives; second-order influence is what it passes on through one other goal (Weitz et al. 2018).',
  negative: 'Strongest negative links', clusters: 'Goals that reinforce each other', fragmentation: 'Fragmentation: several teams on one strategy with similar tasks and no shared partner',
  mm_progress: 'progress from the baseline', mm_ratio: 'ratio of actual to target', mw_equal: 'equal', mw_budget: 'by budget',
  decrease_rule: 'decrease indicators under the ratio method', 'md_target-over-actual': 'target / actual', md_linear: '2 − actual / target (linear)',
  task_list: 'Tasks', type: 'Type', decision: 'Decision', duplication: 'duplication', overlap: 'overlap', merge: 'merge', coordinate: 'coordinate', keep: 'keep',
  due: 'Missing actuals by team', warnings: 'Validation warnings', rule: 'Rule', where: 'Where', message: 'Message',
  body: 'Body', kind_body: 'Kind', members: 'Members', gender: 'Gender', sector: 'Sector', external: 'External', policy: 'Policy', ok: 'meets the policy', fails: 'does not meet the policy',
  max_gender: 'No gender above', min_external: 'External members at least',
  m_progress: 'progress: rate = (actual − baseline) / (target − baseline); where target = baseline, 1 if the line is held, else 0.',
  m_ratio: 'ratio: increase and milestone, rate = actual / target; decrease, rate = target / actual (or linear, 2 − actual / target).',
  m_clip: 'Rates are clipped to [0, cap]; milestones to [0, 1]. Missing actuals or targets are left out of every mean and shown in the coverage.',
  m_rollup: 'A task is the weighted mean of its indicators; strategies, goals, teams, departments and the plan are the mean of their tasks.',
  m_progress_measure: 'Sustainability indicators: Open SDG progress measure (sdg-build 2.4). With a target, R = CAGR(actual) / |CAGR(needed)|; without, P = CAGR(actual).',
  m_thresholds: 'Thresholds', with_target: 'with a target', without_target: 'without a target (times C for a limit)',
  m_trajectory: 'Trajectory: the latest actual against the straight line from baseline to final target; on track within 5% of the whole change.',
  cap: 'cap', weights: 'weights', bands: 'Grade bands', quota: 'Relative grading of teams by quota',
  'opposite-effects': 'opposite effects', 'trade-off': 'trade-off', 'inconsistent-targets': 'inconsistent targets', 'budget-cap': 'over budget cap',
  law_basis: 'Answers', key_actual: 'actual', key_path: 'straight path from baseline to final target', key_target: 'target',
  chart_desc: 'Actuals (solid line), the straight path from baseline to final target (dashed) and the targets (diamonds).',
  manual: 'set by hand', computed: 'computed', k_quantitative: 'quantitative', k_qualitative: 'qualitative', k_monitoring: 'monitoring', k_future: 'future',
  a_trend: 'assessed by its trend', a_tracked: 'tracked, not rated', a_future: 'not measured yet', text_targets: 'Targets in words',
  breakdown: 'Breakdown', future: 'Future indicators (not measured yet; never counted as missing)', planned_from: 'Planned from', not_known: 'not known',
  provenance: 'Sources and quality of sustainability indicators', source: 'Source', update_cycle: 'Updated', geography: 'Measured at', proxy: 'Proxy', flags: 'Flagged values',
  annual: 'annual', biennial: 'every two years', irregular: 'irregular', city: 'city', province: 'province', nation: 'nation', yes: 'yes', no: 'no',
  estimated: 'estimated', provisional: 'provisional', break: 'break in series',
  low_coverage: 'Less than half of the actuals that were due are in',
  w_male: 'male', w_female: 'female', w_public: 'public', w_business: 'business', w_civil: 'civil society', w_expert: 'expert',
  w_council: 'council', w_subcommittee: 'subcommittee', 'w_evaluation-committee': 'evaluation committee', w_other: 'other',
  lnob: 'Leave no one behind: breakdowns expected and available', expected: 'Expected', available: 'Available', missing_breakdowns: 'Missing',
} as const;

type OwnKey = keyof typeof EN;
export type ReportLabelKey = OwnKey | SharedKey;

const KO: Record<OwnKey, string> = {
  report: '지속가능발전 평가 보고서',
  lang_note: '* 기본 언어로 표시: 이 언어의 글이 아직 없음',
  period: '평가 기간', revision: '개정', adopted: '의결', vision: '비전', plan_period: '계획 기간',
  s_summary: '1. 요약', s_sustainability: '2. 지속가능성 평가', s_implementation: '3. 이행 점검',
  s_teams: '4. 팀·부서 평가', s_funding: '5. 재원', s_coherence: '6. 정책 정합성', s_quality: '7. 자료 품질',
  s_governance: '8. 거버넌스', s_method: '9. 평가 방법',
  overall: '전체 달성률', coverage: '자료 충족', grade_distribution: '등급별 과제 수', progress_counts: '진척 상태별 지속가능성 지표 수',
  furthest_behind: '가장 뒤처진 목표', targets: '목표값', actuals: '실적',
  chart: '그래프', goal: '목표', strategy: '전략', lead: '주관',
  department: '부서', tasks: '과제 수', cooperation: '협력 대상', shared: '공유', total: '합계',
  by_goal: '목표·연도별 예산', by_team: '팀·연도별 예산', currency: '통화',
  overlaps: '중복 가능성이 있는 과제', threshold: '기준', accepted: '검토 후 유지', reason: '사유', conflicts: '상충', kind: '유형',
  matrix: '정합성 행렬: 한 목표의 과제가 다른 목표에 미치는 영향', none: '없음.',
  m_from: '영향을 주는 목표', m_to: '영향을 받는 목표', m_score: '점수', m_source: '근거', m_scored: '분과위원회 평가', m_declared: '선언된 효과',
  m_contradicts: '선언된 효과와 어긋남', m_note: '점수는 −3(상쇄)부터 +3(불가분)까지입니다(닐슨 외, 2016). 분과위원회가 매긴 쌍(상호작용 점수 파일)은 그 점수를, 나머지는 과제의 선언된 효과에 따라 +1(도움) 또는 −1(저해)을 씁니다.',
  ranking: '다른 목표에 미치는 영향력 순위', r_out: '나가는 영향', r_in: '들어오는 영향', r_net: '순영향', r_second: '2차 영향',
  r_note: '순영향은 한 목표가 주는 영향에서 받는 영향을 뺀 값이고, 2차 영향은 다른 목표 하나를 거쳐 전달되는 영향입니다(바이츠 외, 2018).',
  negative: '가장 강한 부정적 연결', clusters: '서로 강화하는 목표 묶음', fragmentation: '분절: 여러 팀이 한 전략에서 비슷한 과제를 공동 협력 없이 수행',
  mm_progress: '기준값 대비 진척', mm_ratio: '목표 대비 실적 비율', mw_equal: '동일 가중', mw_budget: '예산 가중',
  decrease_rule: '비율 산식의 감소 지표', 'md_target-over-actual': '목표 ÷ 실적', md_linear: '2 − 실적 ÷ 목표 (선형)',
  task_list: '과제', type: '유형', decision: '결정', duplication: '중복', overlap: '유사', merge: '통합', coordinate: '협업', keep: '유지',
  due: '팀별 미제출 실적', warnings: '검증 경고', rule: '규칙', where: '위치', message: '내용',
  body: '기구', kind_body: '종류', members: '인원', gender: '성별', sector: '분야', external: '외부 위원', policy: '기준', ok: '기준 충족', fails: '기준 미달',
  max_gender: '한 성별 최대 비율', min_external: '외부 위원 최소 비율',
  m_progress: '기준값 대비 진척: 달성률 = (실적 − 기준값) / (목표 − 기준값); 목표 = 기준값이면 유지 시 1, 아니면 0.',
  m_ratio: '목표 대비 실적 비율: 증가·단계 지표는 실적 / 목표, 감소 지표는 목표 / 실적 (또는 선형, 2 − 실적 / 목표).',
  m_clip: '달성률은 [0, 상한]으로 자르고 단계 지표는 [0, 1]로 자른다. 실적이나 목표가 없으면 평균에서 빼고 자료 충족에 표시한다.',
  m_rollup: '과제는 지표의 가중 평균, 전략·목표·팀·부서·계획은 과제의 평균이다.',
  m_progress_measure: '지속가능성 지표: 오픈 SDG(Open SDG) 진척 측정(`sdg-build` 2.4). 목표가 있으면 R = CAGR(실적) / |CAGR(필요)|, 없으면 P = CAGR(실적).',
  m_thresholds: '기준값', with_target: '목표가 있을 때', without_target: '목표가 없을 때 (한계값이 있으면 C를 곱함)',
  m_trajectory: '추세: 최근 실적을 기준값에서 최종 목표까지의 직선과 비교; 전체 변화의 5% 안이면 정상.',
  cap: '상한', weights: '가중', bands: '등급 구간', quota: '팀 상대평가 비율',
  'opposite-effects': '반대 효과', 'trade-off': '목표 간 상충', 'inconsistent-targets': '목표값 불일치', 'budget-cap': '예산 상한 초과',
  law_basis: '법적 근거', key_actual: '실적', key_path: '기준값에서 최종 목표까지 직선 경로', key_target: '목표값',
  chart_desc: '실적(실선), 기준값에서 최종 목표까지의 직선(점선), 목표값(마름모).',
  manual: '수동 지정', computed: '계산값', k_quantitative: '정량', k_qualitative: '정성', k_monitoring: '모니터링', k_future: '미래지표',
  a_trend: '추세로 평가', a_tracked: '추적만 하고 평가하지 않음', a_future: '아직 측정하지 않음', text_targets: '서술형 목표',
  breakdown: '세부 구분', future: '미래지표 (아직 측정하지 않으며 미제출로 보지 않음)', planned_from: '측정 시작 예정', not_known: '미정',
  provenance: '지속가능성 지표의 출처와 품질', source: '출처', update_cycle: '갱신 주기', geography: '측정 단위', proxy: '대리 지표', flags: '표시된 값',
  annual: '매년', biennial: '2년마다', irregular: '부정기', city: '시', province: '도', nation: '국가', yes: '예', no: '아니오',
  estimated: '추정', provisional: '잠정', break: '시계열 단절',
  low_coverage: '제출 대상 실적의 절반이 들어오지 않았습니다',
  w_male: '남성', w_female: '여성', w_public: '공공', w_business: '기업', w_civil: '시민사회', w_expert: '전문가',
  w_council: '협의회', w_subcommittee: '분과', 'w_evaluation-committee': '평가위원회', w_other: '기타',
  lnob: '누구도 소외되지 않도록: 세부 구분 요구와 확보', expected: '요구', available: '확보', missing_breakdowns: '부족',
};

export const REPORT_LABELS: Record<'en' | 'ko', Record<ReportLabelKey, string>> = { en: { ...shared('en'), ...EN }, ko: { ...shared('ko'), ...KO } };
