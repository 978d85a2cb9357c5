// The words overlap detection knows: the bundled thesaurus (thesaurus/ko-admin.tsv) and a plan's own
// `overlaps.synonyms`, as groups. A group stands for one meaning; every word of it becomes the same
// token, so 아동 and 어린이 (or "children") match. A group may sit inside broader ones (독거노인 in
// 노인): two tasks whose groups differ are told apart only when neither holds the other.
import { THESAURUS, type GroupKind } from './thesaurus/thesaurus-data.js';
import { stem } from './stem.js';

export interface Lexicon {
  /** Korean word -> group. */
  ko: ReadonlyMap<string, number>;
  /** English stems joined by a space -> group. */
  en: ReadonlyMap<string, number>;
  maxKo: number;
  maxEn: number;
  /** The name of each group (its first Korean word, or first word) and its kind. */
  names: readonly string[];
  kinds: readonly GroupKind[];
  /** A word made wholly of other words (노인일자리 = 노인 + 일자리): their groups too. */
  parts: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>>;
  /** The beginnings of Korean words of the lexicon, shorter than the word (전기 for 전기자동차): where a compound written with spaces may start. */
  heads: ReadonlySet<string>;
  /** By group name, the names of every group that holds it, directly or through others (독거노인 -> 노인, 교통약자). */
  above: ReadonlyMap<string, ReadonlySet<string>>;
}

const HANGUL_WORD = /^[\uac00-\ud7a3]+$/;
/** A Korean phrase written with spaces is keyed as its compound (홀로 사는 분 = 홀로사는분, 전기 자동차 = 전기자동차). */
const koreanKey = (word: string) => (/^[\uac00-\ud7a3\s]+$/.test(word) ? word.replace(/\s+/g, '') : word.trim());
const englishKey = (phrase: string) =>
  (
    phrase
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(/[a-z0-9&]+/g) ?? []
  )
    .map(stem)
    .join(' ');

/** Leftmost-longest words of the lexicon inside a Hangul run; a one-syllable word only as the run's end. */
export function segment(run: string, ko: ReadonlyMap<string, number>, maxKo: number, skipWhole = false): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let i = 0;
  while (i < run.length) {
    let found = 0;
    for (let len = Math.min(maxKo, run.length - i); len >= 1; len--) {
      if (skipWhole && len === run.length) continue;
      const w = run.slice(i, i + len);
      const g = ko.get(w);
      if (g === undefined) continue;
      if (len === 1 && !(i + 1 === run.length)) continue;
      out.push([w, g]);
      found = len;
      break;
    }
    i += found || 1;
  }
  return out;
}

/** A plan's broader links: [broader word, narrower words] (plan.yaml `overlaps.broader`). */
export type BroaderLinks = ReadonlyArray<readonly [string, readonly string[]]>;

export function buildLexicon(synonyms: ReadonlyArray<readonly string[]> = [], broader: BroaderLinks = []): Lexicon {
  const ko = new Map<string, number>();
  const en = new Map<string, number>();
  const names: string[] = [];
  const kinds: GroupKind[] = [];
  const addWord = (w: string, g: number) => {
    const word = koreanKey(w);
    if (HANGUL_WORD.test(word)) ko.set(word, g);
    else if (englishKey(word) !== '') en.set(englishKey(word), g);
    else ko.set(word.toLowerCase(), g);
  };
  const known = (w: string) => (HANGUL_WORD.test(koreanKey(w)) ? ko.get(koreanKey(w)) : en.get(englishKey(w)));
  /** The group of a word, or a new group named by it. */
  const groupOf = (w: string, kind: GroupKind) => {
    let g = known(w);
    if (g === undefined) {
      g = names.length;
      names.push(w.trim());
      kinds.push(kind);
      addWord(w, g);
    }
    return g;
  };
  const up = new Map<string, string[]>();
  for (const [kind, kos, ens, , broader] of THESAURUS) {
    const g = names.length;
    names.push(kos[0]!);
    kinds.push(kind);
    for (const w of kos) addWord(w, g);
    for (const w of ens) addWord(w, g);
    if (broader.length > 0) up.set(kos[0]!, [...broader]);
  }
  // a plan's group joins the group of a word it shares with the thesaurus, or starts one
  for (const group of synonyms) {
    const g = groupOf(group.find((w) => known(w) !== undefined) ?? group[0]!, '-');
    for (const w of group) addWord(w, g);
  }
  // a plan's broader links: a word the lexicon knows is its group; another starts a group of the
  // kind of the words it is linked to (of people, when none is known)
  for (const [b, narrower] of broader) {
    const kindOf = [b, ...narrower].map(known).find((g) => g !== undefined);
    const top = groupOf(b, kindOf === undefined ? 'group' : kinds[kindOf]!);
    for (const n of narrower) {
      const g = groupOf(n, kinds[top]!);
      const name = names[g]!;
      if (g === top) continue;
      // a plan's own group of synonyms is, inside a group of people, people too
      if (g >= THESAURUS.length && kinds[g] === '-') kinds[g] = kinds[top]!;
      const list = up.get(name) ?? [];
      list.push(names[top]!);
      up.set(name, list);
    }
  }
  const maxKo = Math.max(1, ...[...ko.keys()].map((w) => w.length));
  const parts = new Map<string, Array<[string, number]>>();
  for (const w of ko.keys()) {
    if (!HANGUL_WORD.test(w) || w.length < 3) continue;
    const inner = segment(w, ko, maxKo, true);
    if (inner.length >= 2 && inner.reduce((n, [p]) => n + p.length, 0) === w.length) parts.set(w, inner);
  }
  const heads = new Set<string>();
  for (const w of ko.keys()) for (let n = 1; n < w.length; n++) heads.add(w.slice(0, n));
  return { ko, en, maxKo, maxEn: Math.max(1, ...[...en.keys()].map((k) => k.split(' ').length)), names, kinds, parts, heads, above: aboveOf(up) };
}

/** Every group above each group, following the broader links through (a walk stops at a circle, which a plan may write). */
function aboveOf(direct: ReadonlyMap<string, readonly string[]>): Map<string, Set<string>> {
  const above = new Map<string, Set<string>>();
  for (const [name, broader] of direct) {
    const all = new Set<string>();
    const todo = [...broader];
    for (let b = todo.pop(); b !== undefined; b = todo.pop()) {
      if (all.has(b) || b === name) continue;
      all.add(b);
      todo.push(...(direct.get(b) ?? []));
    }
    above.set(name, all);
  }
  return above;
}

let bundled: Lexicon | undefined;
/** The bundled thesaurus alone, built once. */
export function defaultLexicon(): Lexicon {
  return (bundled ??= buildLexicon());
}

/** The lexicon of a plan: the bundled one, with the plan's own synonyms and broader links when it has any. */
export function lexiconFor(synonyms: ReadonlyArray<readonly string[]>, broader: BroaderLinks = []): Lexicon {
  return synonyms.length === 0 && broader.length === 0 ? defaultLexicon() : buildLexicon(synonyms, broader);
}

const english = new Map(THESAURUS.map(([, kos, ens]) => [kos[0]!, ens[0] ?? kos[0]!]));
/** A group's name in a language: its first Korean word, or its first English one (a plan's own groups keep theirs). */
export function groupName(name: string, lang: string): string {
  return lang === 'ko' ? name : (english.get(name) ?? name);
}
