// Words for overlap reasons and conflicts, in Korean and English.
import type { Reason } from '../overlap/find-overlaps.js';
import type { Conflict } from '../overlap/conflicts.js';
import type { Lang } from './labels.js';
import { groupName } from '../overlap/lexicon.js';
import { withParticle } from './particle.js';

const pct = (x: unknown) => `${Math.round(Number(x) * 100)}%`;
const list = (x: unknown) => (Array.isArray(x) ? x.join(', ') : String(x ?? ''));
const groups = (x: unknown, lang: Lang) => (Array.isArray(x) ? x.map((g) => groupName(String(g), lang)).join(', ') : '');
/** The words (or synonym pairs) in the output's own script when there are some. */
function inOwnScript(x: unknown, lang: Lang): string {
  const all = Array.isArray(x) ? x.map(String) : [];
  const own = all.filter((p) => /[\uac00-\ud7a3]/.test(p) === (lang === 'ko'));
  return (own.length > 0 ? own : all).join(', ');
}

export function reasonText(r: Reason, lang: Lang): string {
  const d = r.detail;
  const ko = lang === 'ko';
  switch (r.signal) {
    case 'text': {
      const words: string[] = [];
      if (list(d.shared) !== '') words.push(ko ? `공통 낱말: ${inOwnScript(d.shared, lang)}` : `shared words: ${inOwnScript(d.shared, lang)}`);
      if (inOwnScript(d.synonyms, lang) !== '') words.push(ko ? `동의어로 일치: ${inOwnScript(d.synonyms, lang)}` : `matched as synonyms: ${inOwnScript(d.synonyms, lang)}`);
      const why = words.length > 0 ? ` (${words.join('; ')})` : '';
      return ko ? `제목·설명 유사도 ${pct(d.similarity)}${why}` : `titles and descriptions ${pct(d.similarity)} similar${why}`;
    }
    case 'indicators':
      return ko ? `성과지표 ${d.a}와 ${d.b}가 같은 단위(${d.unit}), 이름 유사도 ${pct(d.similarity)}` : `indicators ${d.a} and ${d.b} share the unit ${d.unit}, names ${pct(d.similarity)} similar`;
    case 'effects':
      return ko
        ? `같은 지속가능성 지표 효과: ${(Array.isArray(d.shared) ? d.shared : []).map((e) => String(e).replace(/ increase$/, ' 증가').replace(/ decrease$/, ' 감소')).join(', ')}`
        : `same effects on sustainability indicators: ${list(d.shared)}`;
    case 'structure':
      if (d.strategy) return ko ? `같은 전략 ${d.strategy}` : `same strategy ${d.strategy}`;
      if (d.goals) return ko ? `같은 목표 ${list(d.goals)}` : `same goals ${list(d.goals)}`;
      return ko ? `같은 SDG 세부목표 ${list(d.sdg_targets)}` : `shared SDG targets ${list(d.sdg_targets)}`;
    case 'context': {
      const parts: string[] = [];
      if (d.period !== undefined) parts.push(ko ? `기간 ${pct(d.period)} 겹침` : `periods ${pct(d.period)} overlapping`);
      if (d.target_groups !== undefined) parts.push(ko ? `대상 ${list(d.target_groups) || '없음'}` : `target groups: ${list(d.target_groups) || 'none shared'}`);
      if (d.areas !== undefined) parts.push(ko ? `지역 ${list(d.areas) || '없음'}` : `areas: ${list(d.areas) || 'none shared'}`);
      return parts.join('; ');
    }
    case 'beneficiaries':
      return ko ? `대상이 다름: ${groups(d.a, lang)} / ${groups(d.b, lang)}` : `different beneficiaries: ${groups(d.a, lang)} / ${groups(d.b, lang)}`;
    case 'activities':
      return ko ? `하는 일이 다름: ${groups(d.a, lang)} / ${groups(d.b, lang)}` : `different activities: ${groups(d.a, lang)} / ${groups(d.b, lang)}`;
    case 'outcomes':
      return ko ? `효과를 내는 지표가 다름: ${list(d.a)} / ${list(d.b)}` : `effects on different indicators: ${list(d.a)} / ${list(d.b)}`;
  }
}

/** `teamName` turns a team ID into its name where the caller has the plan (the report does). */
export function conflictText(c: Conflict, lang: Lang, teamName: (id: string) => string = (id) => id, unitName: (unit: string) => string = (u) => u): string {
  const d = c.detail;
  const ko = lang === 'ko';
  switch (c.kind) {
    case 'opposite-effects':
      return ko
        ? `${c.indicator}: ${withParticle(list(d.raise), '은/는')} 높이고 ${withParticle(list(d.lower), '은/는')} 낮춥니다.`
        : `${c.indicator}: ${list(d.raise)} ${(d.raise as string[]).length === 1 ? 'raises' : 'raise'} it, ${list(d.lower)} ${(d.lower as string[]).length === 1 ? 'lowers' : 'lower'} it.`;
    case 'trade-off':
      return ko
        ? `목표 ${d.taskGoal}의 ${withParticle(String(c.tasks[0]), '은/는')} ${withParticle(String(c.indicator), '을/를')} ${d.change === 'increase' ? '높이지만' : '낮추지만'}, 목표 ${withParticle(String(d.indicatorGoal), '은/는')} ${d.wanted === 'increase' ? '높이기를' : '낮추기를'} 원합니다.`
        : `${c.tasks[0]} (goal ${d.taskGoal}) makes ${c.indicator} ${d.change === 'increase' ? 'rise' : 'fall'}, which goal ${d.indicatorGoal} wants to ${d.wanted}.`;
    case 'inconsistent-targets':
      return ko
        ? `${withParticle(String(d.a), '와/과')} ${withParticle(String(d.b), '은/는')} 같은 것(${unitName(String(d.unit))})을 재지만 ${d.year}년 목표가 ${withParticle(String(d.targetA), '와/과')} ${withParticle(String(d.targetB), '으로/로')} 다릅니다${Number(d.years) > 1 ? ` (${d.years}개 연도)` : ''}.`
        : `${d.a} and ${d.b} measure the same thing (${unitName(String(d.unit))}) but target ${d.targetA} and ${d.targetB} for ${d.year}${Number(d.years) > 1 ? ` (${d.years} years differ)` : ''}.`;
    case 'budget-cap':
      return ko
        ? `${withParticle(teamName(String(d.team)), '이/가')} ${d.year}년에 이끄는 과제 예산 합계 ${withParticle(Number(d.total).toLocaleString('ko-KR'), '이/가')} 상한 ${withParticle(Number(d.cap).toLocaleString('ko-KR'), '을/를')} 넘습니다.`
        : `${teamName(String(d.team)) === String(d.team) ? `Team ${d.team}` : teamName(String(d.team))} leads ${Number(d.total).toLocaleString('en-US')} of tasks in ${d.year}, above its cap of ${Number(d.cap).toLocaleString('en-US')}.`;
  }
}
