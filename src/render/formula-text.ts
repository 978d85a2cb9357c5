// An achievement formula in words and numbers, in the output language.
import { plainNumber } from './plain-number.js';
import type { Formula } from '../score/achievement.js';

/** `decimals`: places of the figures (see score/explaining-decimals.ts); six by default. */
export function formulaText(x: Formula, lang: 'en' | 'ko' = 'en', decimals = 6): string {
  const f = (v: number) => plainNumber(v, decimals);
  const ko = lang === 'ko';
  switch (x.case) {
    case 'no-target':
      return ko ? '그 해 목표값 없음' : 'no target for the year';
    case 'no-actual':
      return ko ? '그 해 실적 없음' : 'no actual for the year';
    case 'hold':
      return ko ? `목표값 = 기준값 (${f(x.T)}): ${x.met ? '유지함' : '유지하지 못함'}` : `target = baseline (${f(x.T)}): ${x.met ? 'held' : 'not held'}`;
    case 'hold-line':
      return ko
        ? `현상 유지 목표 ${f(x.T)} (기준값 ${f(x.B)}이 이미 충족): ${x.met ? '유지함' : '유지하지 못함'}`
        : `hold-the-line target ${f(x.T)} (baseline ${f(x.B)} already meets it): ${x.met ? 'held' : 'not held'}`;
    case 'progress':
      return `(${f(x.A)} - ${f(x.B)}) / (${f(x.T)} - ${f(x.B)})`;
    case 'target-zero':
      return ko ? `목표값 0: ${x.met ? '달성' : '미달성'}` : `target 0: ${x.met ? 'met' : 'not met'}`;
    case 'linear':
      return `2 - ${f(x.A)} / ${f(x.T)}`;
    case 'actual-zero':
      return ko ? `실적 0, 목표값 ${f(x.T)}: 완전 달성` : `actual 0 with target ${f(x.T)}: fully achieved`;
    case 'inverse-ratio':
      return `${f(x.T)} / ${f(x.A)}`;
    case 'ratio':
      return `${f(x.A)} / ${f(x.T)}`;
  }
}
