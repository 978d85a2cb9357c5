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

/**
 * Names where the caller has the plan: an indicator's name for its ID, a unit as written for the
 * unit compared (kW for kw), a team's name for its ID. Without them the IDs show.
 */
export interface PlanNames {
  indicator?: (id: string) => string;
  /** The unit as written, of the indicator when one is given (one compared unit, 대, may read vehicles or cameras). */
  unit?: (unit: string, indicator?: string) => string;
  team?: (id: string) => string;
}

/** Two indicators by name; two of one name are told apart by their IDs. */
function twoIndicators(names: PlanNames, a: string, b: string): [string, string] {
  const name = names.indicator ?? String;
  return name(a) === name(b) ? [`${a} ${name(a)}`, `${b} ${name(b)}`] : [name(a), name(b)];
}

export function reasonText(r: Reason, lang: Lang, names: PlanNames = {}): string {
  const d = r.detail;
  const ko = lang === 'ko';
  switch (r.signal) {
    case 'text': {
      const words: string[] = [];
      if (list(d.shared) !== '') words.push(ko ? `공통 낱말: ${inOwnScript(d.shared, lang)}` : `shared words: ${inOwnScript(d.shared, lang)}`);
      if (inOwnScript(d.synonyms, lang) !== '')
        words.push(ko ? `동의어로 일치: ${inOwnScript(d.synonyms, lang)}` : `matched as synonyms: ${inOwnScript(d.synonyms, lang)}`);
      const why = words.length > 0 ? ` (${words.join('; ')})` : '';
      return ko ? `제목·설명 유사도 ${pct(d.similarity)}${why}` : `titles and descriptions ${pct(d.similarity)} similar${why}`;
    }
    case 'indicators': {
      const [a, b] = twoIndicators(names, String(d.a), String(d.b));
      const unit = (names.unit ?? String)(String(d.unit), String(d.a));
      return ko
        ? `성과지표 ${withParticle(a, '와/과')} ${withParticle(b, '이/가')} 같은 단위(${unit}), 이름 유사도 ${pct(d.similarity)}`
        : `indicators ${a} and ${b} share the unit ${unit}, names ${pct(d.similarity)} similar`;
    }
    case 'effects': {
      // each effect is "indicator change" (SI-13-01 decrease)
      const effects = (Array.isArray(d.shared) ? d.shared : []).map((e) => {
        const [id, change] = String(e).split(' ');
        return `${(names.indicator ?? String)(String(id))} ${ko ? (change === 'increase' ? '증가' : '감소') : change}`;
      });
      return ko ? `같은 지속가능성 지표 효과: ${effects.join(', ')}` : `same effects on sustainability indicators: ${effects.join(', ')}`;
    }
    case 'structure':
      if (d.strategy) return ko ? `같은 전략 ${d.strategy}` : `same strategy ${d.strategy}`;
      if (d.goals) return ko ? `같은 목표 ${list(d.goals)}` : `same goals ${list(d.goals)}`;
      return ko ? `같은 SDG 세부목표 ${list(d.sdg_targets)}` : `shared SDG targets ${list(d.sdg_targets)}`;
    case 'context': {
      const parts: string[] = [];
      if (d.period !== undefined) parts.push(ko ? `기간 ${pct(d.period)} 겹침` : `periods ${pct(d.period)} overlapping`);
      if (d.target_groups !== undefined)
        parts.push(ko ? `대상 ${list(d.target_groups) || '없음'}` : `target groups: ${list(d.target_groups) || 'none shared'}`);
      if (d.areas !== undefined) parts.push(ko ? `지역 ${list(d.areas) || '없음'}` : `areas: ${list(d.areas) || 'none shared'}`);
      return parts.join('; ');
    }
    case 'beneficiaries':
      return ko ? `대상이 다름: ${groups(d.a, lang)} / ${groups(d.b, lang)}` : `different beneficiaries: ${groups(d.a, lang)} / ${groups(d.b, lang)}`;
    case 'subgroup': {
      const [narrower, broader] = [groupName(String(d.narrower), lang), groupName(String(d.broader), lang)];
      return ko ? `대상이 겹침: ${withParticle(narrower, '은/는')} ${broader}에 속함` : `overlapping beneficiaries: ${narrower} is part of ${broader}`;
    }
    case 'activities':
      return ko ? `하는 일이 다름: ${groups(d.a, lang)} / ${groups(d.b, lang)}` : `different activities: ${groups(d.a, lang)} / ${groups(d.b, lang)}`;
    case 'outcomes': {
      const ids = (x: unknown) => (Array.isArray(x) ? x.map((id) => (names.indicator ?? String)(String(id))).join(', ') : '');
      return ko ? `효과를 내는 지표가 다름: ${ids(d.a)} / ${ids(d.b)}` : `effects on different indicators: ${ids(d.a)} / ${ids(d.b)}`;
    }
  }
}

export function conflictText(c: Conflict, lang: Lang, names: PlanNames = {}): string {
  const d = c.detail;
  const ko = lang === 'ko';
  const { team: teamName = String, unit: unitName = String, indicator = String } = names;
  const si = indicator(String(c.indicator));
  const [a, b] = twoIndicators(names, String(d.a), String(d.b));
  switch (c.kind) {
    case 'opposite-effects':
      return ko
        ? `${si}: ${withParticle(list(d.raise), '은/는')} 높이고 ${withParticle(list(d.lower), '은/는')} 낮춥니다.`
        : `${si}: ${list(d.raise)} ${(d.raise as string[]).length === 1 ? 'raises' : 'raise'} it, ${list(d.lower)} ${(d.lower as string[]).length === 1 ? 'lowers' : 'lower'} it.`;
    case 'trade-off':
      return ko
        ? `목표 ${d.taskGoal}의 ${withParticle(String(c.tasks[0]), '은/는')} ${withParticle(si, '을/를')} ${d.change === 'increase' ? '높이지만' : '낮추지만'}, 목표 ${withParticle(String(d.indicatorGoal), '은/는')} ${d.wanted === 'increase' ? '높이기를' : '낮추기를'} 원합니다.`
        : `${c.tasks[0]} (goal ${d.taskGoal}) makes ${si} ${d.change === 'increase' ? 'rise' : 'fall'}, which goal ${d.indicatorGoal} wants to ${d.wanted}.`;
    case 'inconsistent-targets':
      return ko
        ? `${withParticle(a, '와/과')} ${withParticle(b, '은/는')} 같은 것(${unitName(String(d.unit), String(d.a))})을 재지만 ${d.year}년 목표가 ${withParticle(String(d.targetA), '와/과')} ${withParticle(String(d.targetB), '으로/로')} 다릅니다${Number(d.years) > 1 ? ` (${d.years}개 연도)` : ''}.`
        : `${a} and ${b} measure the same thing (${unitName(String(d.unit), String(d.a))}) but target ${d.targetA} and ${d.targetB} for ${d.year}${Number(d.years) > 1 ? ` (${d.years} years differ)` : ''}.`;
    case 'budget-cap':
      return ko
        ? `${withParticle(teamName(String(d.team)), '이/가')} ${d.year}년에 이끄는 과제 예산 합계 ${withParticle(Number(d.total).toLocaleString('ko-KR'), '이/가')} 상한 ${withParticle(Number(d.cap).toLocaleString('ko-KR'), '을/를')} 넘습니다.`
        : `${teamName(String(d.team)) === String(d.team) ? `Team ${d.team}` : teamName(String(d.team))} leads ${Number(d.total).toLocaleString('en-US')} of tasks in ${d.year}, above its cap of ${Number(d.cap).toLocaleString('en-US')}.`;
  }
}
