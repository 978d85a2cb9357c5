// Korean particles (이/가, 을/를, 은/는, 와/과, 으로/로) chosen by es-hangul from how the word
// before them is read. es-hangul reads Hangul; a number or a Latin ID is read here first, the way
// a Korean reader says it (T-1106-P1 ends in 일, 300 in 백, G13 in 삼, SDG in 지), and es-hangul
// picks the particle for that reading.
import { josa } from 'es-hangul';

export type ParticlePair = '이/가' | '을/를' | '은/는' | '와/과' | '으로/로';

const DIGIT = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
const LETTER: Record<string, string> = {
  a: '에이',
  b: '비',
  c: '씨',
  d: '디',
  e: '이',
  f: '에프',
  g: '지',
  h: '에이치',
  i: '아이',
  j: '제이',
  k: '케이',
  l: '엘',
  m: '엠',
  n: '엔',
  o: '오',
  p: '피',
  q: '큐',
  r: '알',
  s: '에스',
  t: '티',
  u: '유',
  v: '브이',
  w: '더블유',
  x: '엑스',
  y: '와이',
  z: '제트',
};
const HANGUL = /[\uac00-\ud7a3]$/;

/** How the end of a word is read aloud in Korean: enough of it to choose a particle. */
export function readingOfEnd(word: string): string {
  const w = word.replace(/[\s)\]}"'’”.,:;!?*`]+$/u, '');
  if (w === '' || HANGUL.test(w)) return w;
  const number = /(\d+)(?:\.(\d+))?%?$/.exec(w);
  if (number) {
    if (w.endsWith('%')) return '퍼센트';
    if (number[2]) return DIGIT[Number(number[2].slice(-1))]!;
    const int = number[1]!;
    const zeros = int.length - int.replace(/0+$/, '').length;
    if (int.replace(/0+$/, '') === '') return '영';
    // 10 십, 100 백, 1,000 천, 10,000 만, 100,000,000 억: the last unit read is what counts
    if (zeros >= 8) return '억';
    if (zeros >= 4) return '만';
    if (zeros > 0) return ['십', '백', '천'][zeros - 1]!;
    return DIGIT[Number(int.slice(-1))]!;
  }
  // a lower-case English word is read as a word ("map" 맵), an ID or acronym letter by letter ("SDG" 에스디지)
  if (/(^|[^A-Za-z])[a-z]{2,}$/.test(w)) return w.endsWith('l') ? '일' : /[bcdgkmnpt]$/.test(w) ? '입' : '이';
  const letter = /([A-Za-z])$/.exec(w);
  if (letter) return LETTER[letter[1]!.toLowerCase()]!;
  return w;
}

/** The particle alone, for the word it follows. */
export function particleFor(word: string, pair: ParticlePair): string {
  const reading = readingOfEnd(word);
  if (!HANGUL.test(reading)) return pair.split('/')[1]!;
  return josa(reading, pair).slice(reading.length);
}

/** The word with its particle: withParticle('T-1106-P1', '와/과') === 'T-1106-P1과'. */
export const withParticle = (word: unknown, pair: ParticlePair): string => `${String(word)}${particleFor(String(word), pair)}`;
