// Plan text in one language: the chosen language, else the plan's default language (flagged, so
// a reader knows it is not a translation), else any language it has.
import type { Text } from './plan.js';

export interface LocalText {
  text: string;
  /** True when the chosen language was missing and another language stands in. */
  fallback: boolean;
}

export function localText(t: Text | undefined, lang: string, defaultLang: string): LocalText {
  if (!t) return { text: '', fallback: false };
  const own = t[lang];
  if (own !== undefined) return { text: own, fallback: false };
  const other = t[defaultLang] ?? Object.values(t)[0] ?? '';
  return { text: other, fallback: other !== '' };
}
