// Words of plan text for similarity. Korean words carry particles and compound freely, so Hangul
// runs become character bigrams (태양광발전 -> 태양 양광 광발 발전) and, through the lexicon, the
// groups of the words they hold (전기차 and 전기자동차 -> one group; 노인일자리 -> 노인, 일자리)
// and the word itself without its particle. Runs that only spaces part and that together make a word
// of the lexicon are that word (전기 자동차 -> 전기자동차, 홀로 사는 분 -> 독거노인) and, as a compound
// is its parts, the words they are (전기 자동차 -> 전기자동차, 전기, 자동차). Latin words are lower-cased, stop words dropped,
// stemmed lightly, and matched to the lexicon's English words and phrases.
import { defaultLexicon, segment, type Lexicon } from './lexicon.js';
import { stem } from './stem.js';

const HANGUL = /[\uac00-\ud7a3]+/g;
const LATIN = /[a-z][a-z0-9]*/g;

const STOP = new Set(
  'a an and are as at be by for from in into is it its of on or the to with within per more less new all every their our this that than city plan programme program'.split(
    ' ',
  ),
);

/** Particles and endings a noun may carry, longest first; stripped only when two syllables remain. */
const PARTICLES = [
  '에서의',
  '으로서',
  '으로써',
  '에게서',
  '에서',
  '에게',
  '으로',
  '까지',
  '부터',
  '처럼',
  '보다',
  '이나',
  '이며',
  '하기',
  '하는',
  '과의',
  '와의',
  '의',
  '을',
  '를',
  '이',
  '가',
  '은',
  '는',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '및',
  '등',
];

function wordOf(run: string, lex: Lexicon): string {
  if (lex.ko.has(run)) return run;
  for (const p of PARTICLES) if (run.endsWith(p) && run.length - p.length >= 2) return run.slice(0, -p.length);
  return run;
}

/**
 * Tokens of one text with the words they came from, given one by one to `emit`. Prefixes keep kinds
 * apart: 'k:' Hangul bigram, 'w:' Korean word, 's:' lexicon group (named by its first word), 'e:'
 * English stem. (A callback, not an array of pairs: a national corpus has millions of tokens.)
 */
export function scan(text: string, lex: Lexicon, emit: (token: string, surface: string) => void): void {
  const lower = text.toLowerCase();
  const runs = lower.match(HANGUL) ?? [];
  let at = 0;
  for (let r = 0; r < runs.length; r++) {
    const first = r;
    const start = lower.indexOf(runs[r]!, at);
    at = start + runs[r]!.length;
    // A compound written with spaces: the most runs, parted by spaces only, that make a word of the
    // lexicon once joined (less a particle at the end). (Most runs begin no word of the lexicon and
    // cost one look-up.)
    let compound = '';
    for (let k = r + 1, joined = runs[r]!, end = at; k < runs.length; k++) {
      // Stryker disable next-line all: speed only (a longer word of the lexicon begins with joined), but for a particle written apart (전기 자동차 에서), left here as a word of its own
      if (!lex.heads.has(joined)) break;
      const next = lower.indexOf(runs[k]!, end);
      if (!/^\s+$/.test(lower.slice(end, next))) break;
      joined += runs[k]!;
      end = next + runs[k]!.length;
      const word = wordOf(joined, lex);
      if (!lex.ko.has(word)) continue;
      compound = word;
      at = end;
      r = k;
    }
    if (compound === '') {
      scanRun(runs[r]!, lex, emit);
      continue;
    }
    // named as written, spaces and all; then its parts, or else the words it is written with (the
    // compound once: 태양광 발전 is 태양광, and 태양광 with 발전's bigrams)
    const token = `s:${lex.names[lex.ko.get(compound)!]}`;
    const parts = lex.parts.get(compound);
    const words: Array<[string, string]> = [];
    if (parts) for (const [p, pg] of parts) words.push([`s:${lex.names[pg]}`, p]);
    else for (let k = first; k <= r; k++) scanRun(runs[k]!, lex, (t, w) => words.push([t, w]));
    if (parts || !words.some(([t]) => t === token))
      emit(
        token,
        lower
          .slice(start, at)
          .replace(/\s+/g, ' ')
          .slice(0, compound.length + r - first),
      );
    for (const [t, w] of words) emit(t, w);
  }
  const words =
    lower
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(LATIN) ?? [];
  const stems = words.map(stem);
  // a word the lexicon knows is its group, as in Korean; any other is its stem
  const known = new Uint8Array(words.length);
  for (let i = 0; i < words.length; ) {
    let used = 1;
    for (let n = Math.min(lex.maxEn, words.length - i); n >= 1; n--) {
      const g = lex.en.get(n === 1 ? stems[i]! : stems.slice(i, i + n).join(' '));
      if (g === undefined || (n === 1 && STOP.has(words[i]!))) continue;
      emit(`s:${lex.names[g]}`, n === 1 ? words[i]! : words.slice(i, i + n).join(' '));
      known.fill(1, i, i + n);
      used = n;
      break;
    }
    i += used;
  }
  for (let i = 0; i < words.length; i++) if (known[i] === 0 && !STOP.has(words[i]!) && !/^\d/.test(words[i]!)) emit(`e:${stems[i]}`, words[i]!);
}

/** The tokens of one Hangul run: its words of the lexicon (and their parts), or else also its bigrams and itself. */
function scanRun(run: string, lex: Lexicon, emit: (token: string, surface: string) => void): void {
  const word = wordOf(run, lex);
  const known = segment(word, lex.ko, lex.maxKo);
  let covered = 0;
  for (const [w, g] of known) {
    emit(`s:${lex.names[g]}`, w);
    covered += w.length;
    for (const [p, pg] of lex.parts.get(w) ?? []) emit(`s:${lex.names[pg]}`, p);
  }
  // a word the lexicon covers whole is its groups; any other is also its bigrams and itself
  if (covered === word.length) return;
  if (run.length === 1) emit(`k:${run}`, run);
  for (let i = 0; i + 1 < run.length; i++) emit(`k:${run.slice(i, i + 2)}`, run);
  if (word.length >= 2) emit(`w:${word}`, word);
}

/** Tokens of one text with the words they came from (see scan). */
export function analyse(text: string, lex: Lexicon = defaultLexicon()): Array<[token: string, surface: string]> {
  const out: Array<[string, string]> = [];
  scan(text, lex, (t, w) => out.push([t, w]));
  return out;
}

/**
 * The tokens of one text that similarity counts: scan's without the 'w:' words, which only name
 * what the bigrams already match (a word counted twice would outweigh a synonym).
 */
export function tokenize(text: string, lex: Lexicon = defaultLexicon()): string[] {
  const out: string[] = [];
  scan(text, lex, (t) => {
    if (t.charCodeAt(0) !== 119 /* w */) out.push(t);
  });
  return out;
}
