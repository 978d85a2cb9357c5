// The causes of a changed figure (recorded evaluation against today, report --previous), in words.
import type { ChangeCause } from '../model/evaluation-record.js';
import type { DifferenceLevel } from '../score/reconcile.js';

const CAUSE_WORDS: Record<'en' | 'ko', Record<ChangeCause, string>> = {
  en: {
    'actual-revised': 'actual revised',
    'actual-added': 'actual added',
    'target-changed': 'target changed',
    'baseline-changed': 'baseline changed',
    merged: 'task merged',
    removed: 'removed',
    new: 'new',
    'method-changed': 'method changed',
  },
  ko: {
    'actual-revised': '실적 수정',
    'actual-added': '실적 추가',
    'target-changed': '목표값 변경',
    'baseline-changed': '기준값 변경',
    merged: '과제 통합',
    removed: '삭제',
    new: '신규',
    'method-changed': '평가 방법 변경',
  },
};

export const LEVEL_WORDS: Record<'en' | 'ko', Record<DifferenceLevel, string>> = {
  en: { plan: 'plan', goal: 'goal', strategy: 'strategy', team: 'team', department: 'department', task: 'task', indicator: 'indicator' },
  ko: { plan: '계획 전체', goal: '목표', strategy: '전략', team: '팀', department: '부서', task: '과제', indicator: '지표' },
};

/** A comma-separated list of cause IDs (as findings carry them) in words. */
export function causesText(list: string | number | undefined, lang: 'en' | 'ko'): string {
  const words = CAUSE_WORDS[lang] as Record<string, string>;
  return String(list ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => words[c] ?? c)
    .join(lang === 'ko' ? ', ' : ', ');
}
