// Whether two indicators measure in the same unit. A unit written as Text ({ko: 명, en: persons})
// is the same unit as the plain "persons" it translates: revising a plan to give its units in both
// languages changes no unit, and must not cut an indicator off from its history.
import type { Text } from './plan.js';
import { localText, type LocalText } from './text.js';

/** The unit as written, in `lang` where the plan gives it as Text, else its plain string. */
export function unitIn(i: { unit: string; unitText?: Text }, lang: string, defaultLang: string): LocalText {
  return i.unitText ? localText(i.unitText, lang, defaultLang) : { text: i.unit, fallback: false };
}

/** A unit as compared: trimmed, lower case, single spaces (kW = kw). */
export const normUnit = (u: string): string => u.trim().toLowerCase().replace(/\s+/g, ' ');

/** Every way the unit is written: its default string and each language of its Text. */
function unitForms(i: { unit: string; unitText?: Text }): Set<string> {
  return new Set([i.unit, ...Object.values(i.unitText ?? {})].map(normUnit).filter((u) => u !== ''));
}

/** Same unit: the two share a written form, or neither has one. */
export function sameUnit(a: { unit: string; unitText?: Text }, b: { unit: string; unitText?: Text }): boolean {
  const fa = unitForms(a);
  const fb = unitForms(b);
  if (fa.size === 0 || fb.size === 0) return fa.size === fb.size;
  for (const u of fa) if (fb.has(u)) return true;
  return false;
}

/**
 * Units in which a value written as a percentage (45%, or a cell Excel formats as one) means the
 * number before the sign: per cent in any written form, and percentage points (%p), which clerks
 * type with a % sign too.
 */
const PERCENT_UNITS = new Set([
  '%',
  '퍼센트',
  '백분율',
  'percent',
  'per cent',
  'percentage',
  'pct',
  '%p',
  '%point',
  '%points',
  '%포인트',
  '퍼센트포인트',
  'percentage point',
  'percentage points',
  'pp',
  'p.p.',
]);

export function isPercentUnit(i: { unit: string; unitText?: Text }): boolean {
  for (const u of unitForms(i)) if (PERCENT_UNITS.has(u) || PERCENT_UNITS.has(u.replace(/\s+/g, ''))) return true;
  return false;
}
