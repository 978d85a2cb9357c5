// Labels that face the committee, in Korean and English, from one catalogue. Keyed by one union,
// so a label missing in either language does not compile.

export type Lang = 'ko' | 'en';

const EN = {
  id: 'ID', name: 'Name', kind: 'Kind', rate: 'Rate', grade: 'Grade', coverage: 'Coverage', baseline: 'Baseline', target: 'Target',
  actual: 'Actual', method: 'Method', weight: 'Weight', unit: 'Unit', status: 'Progress', score: 'Score', trajectory: 'Trajectory',
  team: 'Team', indicator: 'Indicator', year: 'Year', task: 'Task', missing: 'missing', fallback: 'in the default language',
  indicator_kind: 'indicator', task_kind: 'task', strategy_kind: 'strategy', goal_kind: 'goal', team_kind: 'team', department_kind: 'department', plan_kind: 'plan',
  target_achieved: 'target achieved', substantial_progress: 'substantial progress', moderate_progress: 'moderate progress',
  limited_progress: 'limited progress', deterioration: 'deterioration', not_available: 'not available',
  ahead: 'ahead', on_track: 'on track', behind: 'behind', held: 'line held', not_held: 'line not held', due_title: 'Indicators with a target and no actual', none_due: 'Nothing is due.',
  manual: 'set by hand', quantitative: 'quantitative', qualitative: 'qualitative', monitoring: 'monitoring', future: 'future',
  rated: 'rated', trend: 'by trend', tracked: 'tracked, not rated', future_note: 'not measured yet', text_target: 'Target (text)',
} as const;

type LabelKey = keyof typeof EN;

const KO: Record<LabelKey, string> = {
  id: 'ID', name: '이름', kind: '구분', rate: '달성률', grade: '등급', coverage: '자료 충족', baseline: '기준값', target: '목표',
  actual: '실적', method: '산식', weight: '가중치', unit: '단위', status: '진척 상태', score: '점수', trajectory: '추세',
  team: '팀', indicator: '지표', year: '연도', task: '과제', missing: '미제출', fallback: '기본 언어로 표시',
  indicator_kind: '지표', task_kind: '과제', strategy_kind: '전략', goal_kind: '목표', team_kind: '팀', department_kind: '부서', plan_kind: '계획',
  target_achieved: '목표 달성', substantial_progress: '상당한 진전', moderate_progress: '보통 진전',
  limited_progress: '제한적 진전', deterioration: '악화', not_available: '판단 불가',
  ahead: '앞섬', on_track: '정상', behind: '뒤처짐', held: '유지선 지킴', not_held: '유지선 이탈', due_title: '목표는 있으나 실적이 없는 지표', none_due: '제출할 실적이 없습니다.',
  manual: '수동 지정', quantitative: '정량', qualitative: '정성', monitoring: '모니터링', future: '미래지표',
  rated: '달성률 평가', trend: '추세 평가', tracked: '추적(평가 안 함)', future_note: '아직 측정하지 않음', text_target: '목표(서술)',
};

export const LABELS: Record<Lang, Record<LabelKey, string>> = { en: EN, ko: KO };

export function label(lang: Lang, key: LabelKey): string {
  return LABELS[lang][key];
}

/** The language of output: the one asked for, else the plan's first language if it is one we label. */
export function outputLang(planLanguages: readonly string[], asked?: Lang): Lang {
  return asked ?? (planLanguages[0] === 'en' ? 'en' : 'ko');
}
