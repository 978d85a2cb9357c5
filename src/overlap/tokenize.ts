// Words of plan text for similarity. Korean words carry particles and compound freely, so Hangul
// runs become character bigrams (태양광발전 -> 태양 양광 광발 발전); Latin words are lower-cased,
// stop words dropped, and stemmed lightly (plural and -ing/-ed endings).
const HANGUL = /[\uac00-\ud7a3]+/g;
const LATIN = /[a-z][a-z0-9]*/g;

const STOP = new Set(
  'a an and are as at be by for from in into is it its of on or the to with within per more less new all every their our this that than city plan programme program'.split(' '),
);

export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Tokens of one text; Hangul bigrams are prefixed 'k:', Latin stems 'e:' so the two never collide. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  for (const run of lower.match(HANGUL) ?? []) {
    if (run.length === 1) out.push(`k:${run}`);
    for (let i = 0; i + 1 < run.length; i++) out.push(`k:${run.slice(i, i + 2)}`);
  }
  for (const w of lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(LATIN) ?? []) {
    if (STOP.has(w) || /^\d/.test(w)) continue;
    out.push(`e:${stem(w)}`);
  }
  return out;
}
