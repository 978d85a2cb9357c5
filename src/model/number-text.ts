// Text that a person meant as a number: "35%", "1,800", "1 800", "３５", "35점", "3만 명", "55% 이상".
// YAML reads these as strings, and a string where a number belongs would otherwise become a text
// target (never rated) or a value dropped from the plan. This module only reads; check/ decides
// what reading a number in a text means for the field it stands in.
//
// Conventions (Korean and English alike): a comma separates thousands (1,800), a point marks the
// decimals (1.5); groups of three digits may also be separated by a space (1 800). A comma group
// that is not three digits (1,5) is no number of these conventions: it is reported as unclear.
// A text is a number only when nothing but one number, an optional magnitude (천, 만, 억, 조), a
// unit and an optional qualifier (이상, at least, ...) is left: "2030년까지 50% 감축" holds two numbers
// and words, and stays text.

export type NumberText =
  /** One finite number, with the unit and qualifier written beside it (normalised). */
  | { kind: 'number'; value: number; unit?: string; qualifier?: string }
  /** A number too large for a double (1e309 written out): it would become Infinity. */
  | { kind: 'not-finite' }
  /** Digits with a comma that is not a thousands separator (1,5): the intended number is unclear. */
  | { kind: 'unclear' };

/** Units and counters read beside a number, normalised (NFKC, lower case, no spaces). */
const UNITS = new Set([
  '%',
  '‰',
  '%p',
  'pp',
  '퍼센트',
  'percent',
  'percentagepoints',
  '명',
  '인',
  '개',
  '개소',
  '곳',
  '건',
  '점',
  '회',
  '번',
  '원',
  '천원',
  '만원',
  '백만원',
  '억원',
  '조원',
  '가구',
  '세대',
  '농가',
  '호',
  '대',
  '톤',
  '단계',
  '종',
  '권',
  '편',
  '배',
  '시간',
  '개월',
  '일',
  'km',
  'm',
  'm2',
  'km2',
  'ha',
  'kg',
  't',
  'kw',
  'mw',
  'gw',
  'kwh',
  'mwh',
  'gwh',
  'tco2eq',
  'persons',
  'people',
  'households',
  'farms',
  'cases',
  'points',
  'times',
  'sites',
  'krw',
  'won',
]);

/** Words that bound or qualify a number without changing it; the indicator's direction says which side is better. */
const QUALIFIERS_AFTER = ['이상', '이하', '초과', '미만', '이내', '내외', '수준', '유지', '달성', 'or more', 'or less', 'or above', 'or below'];
const QUALIFIERS_BEFORE = ['약', '최소', '최대', 'about', 'approx.', 'approximately', 'at least', 'at most', '~', '≥', '≤', '>=', '<=', '>', '<'];

/** Qualifiers that bound a number from below (at least) or above (at most); the others (약, 유지, 수준) do neither. */
const AT_LEAST = new Set(['이상', '초과', 'or more', 'or above', '최소', 'at least', '≥', '>=', '>']);
const AT_MOST = new Set(['이하', '미만', '이내', 'or less', 'or below', '최대', 'at most', '≤', '<=', '<']);

/** Which side a qualifier bounds the number from: 'at-least', 'at-most', or undefined. */
export function boundOf(qualifier: string | undefined): 'at-least' | 'at-most' | undefined {
  return qualifier === undefined ? undefined : AT_LEAST.has(qualifier) ? 'at-least' : AT_MOST.has(qualifier) ? 'at-most' : undefined;
}

/** Korean magnitudes: 3만 is 30,000. Longest first, so 천만 is not read as 천. */
const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ['십만', 5],
  ['백만', 6],
  ['천만', 7],
  ['천', 3],
  ['만', 4],
  ['억', 8],
  ['조', 12],
];

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?/;
const SPACED = /^\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d,])/;
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?/i;
const COMMA = /^\d+(?:,\d+)+(?:\.\d+)?/;

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * Reads a text as one number, or says it is words (null). `units` are the indicator's own unit
 * texts, accepted beside the number as well as the common units above.
 */
export function readNumberText(text: string, units: readonly string[] = []): NumberText | null {
  // NFKC turns full-width digits, ％ and ，into ASCII and no-break or thin spaces into spaces;
  // the minus sign (U+2212) and the small/full-width hyphen-minus are minus signs too.
  let s = text
    .normalize('NFKC')
    .replace(/[\u2212\ufe63]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/\d/.test(s)) return null;
  const before = QUALIFIERS_BEFORE.find((q) => s.toLowerCase().startsWith(q));
  if (before) s = s.slice(before.length).trimStart();
  let after: string | undefined;
  const lower = s.toLowerCase();
  for (const q of QUALIFIERS_AFTER) {
    if (lower.endsWith(q)) {
      after = q;
      s = s.slice(0, s.length - q.length).trimEnd();
      break;
    }
  }
  const sign = /^[-+]/.exec(s)?.[0] ?? '';
  s = s.slice(sign.length);
  let digits: string | undefined;
  let m: RegExpExecArray | null;
  if ((m = GROUPED.exec(s))) digits = m[0].replace(/,/g, '');
  else if ((m = SPACED.exec(s))) digits = m[0].replace(/ /g, '');
  else if ((m = COMMA.exec(s))) {
    // 1,5 or 12,34: not thousands; the rest must still be a unit for this to be a number at all
    return isUnit(s.slice(m[0].length), units) ? { kind: 'unclear' } : null;
  } else if ((m = PLAIN.exec(s))) digits = m[0];
  if (digits === undefined || !m) return null;
  let rest = s.slice(m[0].length).trimStart();
  let exponent = 0;
  for (const [word, e] of MAGNITUDES) {
    if (rest.startsWith(word)) {
      exponent = e;
      rest = rest.slice(word.length).trimStart();
      break;
    }
  }
  if (!isUnit(rest, units)) return null;
  // through the exponent, not a multiplication: 1.1만 is 11000 exactly, not 11000.000000000002
  const [mantissa, exp = '0'] = digits.toLowerCase().split('e');
  const value = Number(`${sign}${mantissa}e${Number(exp) + exponent}`);
  if (!Number.isFinite(value)) return { kind: 'not-finite' };
  const unit = rest === '' ? undefined : rest;
  const qualifier = before ?? after;
  return { kind: 'number', value, ...(unit !== undefined ? { unit } : {}), ...(qualifier !== undefined ? { qualifier } : {}) };
}

function isUnit(rest: string, units: readonly string[]): boolean {
  const r = norm(rest);
  return r === '' || UNITS.has(r) || units.some((u) => u !== '' && norm(u) === r);
}

/**
 * The first language of a text target (the plan's languages first, then the others by code) whose
 * text reads as a number, with that reading; null when every language is words.
 */
export function numberInText(
  text: Readonly<Record<string, string>>,
  units: readonly string[],
  languages: readonly string[],
): { lang: string; value: string; read: NumberText } | null {
  const rank = (l: string) => (languages.includes(l) ? languages.indexOf(l) : languages.length);
  const langs = Object.keys(text).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  for (const lang of langs) {
    const read = readNumberText(text[lang]!, units);
    if (read !== null) return { lang, value: text[lang]!, read };
  }
  return null;
}
