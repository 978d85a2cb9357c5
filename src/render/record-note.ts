// The line that says a figure shown is the recorded one (score, report), in the output language.
import type { RecordInfo } from '../model/evaluation-record.js';

export function recordNote(r: RecordInfo, lang: 'en' | 'ko'): string {
  const rev =
    r.revision !== null
      ? lang === 'ko'
        ? `계획 ${r.revision}차 개정${r.adopted ? `(${r.adopted})` : ''}`
        : `plan revision ${r.revision}${r.adopted ? ` of ${r.adopted}` : ''}`
      : '';
  const commit = r.commit ? `, ${lang === 'ko' ? '커밋' : 'commit'} ${r.commit.slice(0, 12)}` : '';
  return lang === 'ko'
    ? `기록된 평가(${r.file}, ${r.period.start}-${r.period.end}): ${rev ? `${rev}, ` : ''}sdplan ${r.sdplan}${commit}로 계산해 기록한 수치입니다. 지금 다시 계산한 수치는 --recompute로 봅니다.`
    : `Recorded evaluation (${r.file}, ${r.period.start}-${r.period.end}): the figures as computed with ${rev ? `${rev}, ` : ''}sdplan ${r.sdplan}${commit}. Add --recompute for today's computation.`;
}
