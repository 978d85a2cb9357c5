// interactions.csv (format 1.1) -> Interaction rows: how one goal, strategy or task affects another
// (or a sustainability indicator), scored -3..+3 on the scale of Nilsson et al. (2016). Every row
// keeps its line; a malformed row is a finding and the rows around it survive.
import type { Finding } from '../model/diagnostic.js';
import type { Confidence, Interaction } from '../model/plan.js';
import { unneutralise } from '../model/csv-cell.js';
import { INTERACTION_COLUMNS } from '../model/interaction-columns.js';
import { csvRecords, rowFinding } from './csv-records.js';

const CONFIDENCE: readonly Confidence[] = ['low', 'medium', 'high'];
const SCORE = /^[+-]?\d+$/;

export interface InteractionsResult {
  rows: Interaction[];
  findings: Finding[];
}

export function readInteractions(file: string, text: string): InteractionsResult {
  const rows: Interaction[] = [];
  const parsed = csvRecords(file, text, 'interactions/syntax');
  // the parser's findings, added to in place (a spread of 100,000 would overflow the call stack)
  const findings: Finding[] = parsed.findings;
  if (parsed.records === null) return { rows, findings };
  const records = parsed.records;
  const header = records[0];
  if (!header) return { rows, findings: [rowFinding(file, 1, 'interactions/syntax', { reason: 'empty' })] };
  const cols = header.record.map((c) => c.trim().toLowerCase());
  const missing = ['from', 'to', 'score'].filter((c) => !cols.includes(c));
  if (missing.length > 0)
    return { rows, findings: [rowFinding(file, header.line, 'interactions/syntax', { reason: 'missing-columns', columns: missing.join(', ') })] };
  const at = (name: (typeof INTERACTION_COLUMNS)[number]) => cols.indexOf(name);
  const cell = (record: string[], k: number) => (k >= 0 ? unneutralise((record[k] ?? '').trim()) : '');
  for (const { line, record } of records.slice(1)) {
    const [from, to, scoreText, confidence, note, scoredBy] = INTERACTION_COLUMNS.map((c) => cell(record, at(c))) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (from === '' || to === '') {
      findings.push(rowFinding(file, line, 'interactions/bad-value', { field: from === '' ? 'from' : 'to', value: '' }, from === '' ? 'from' : 'to'));
      continue;
    }
    // an empty score is a pair not scored yet (a scoring sheet comes back partly filled in)
    if (scoreText === '') continue;
    const score = SCORE.test(scoreText) ? Number(scoreText) : NaN;
    if (!(score >= -3 && score <= 3)) {
      findings.push(rowFinding(file, line, 'interactions/bad-value', { field: 'score', value: scoreText }, 'score'));
      continue;
    }
    if (confidence !== '' && !CONFIDENCE.includes(confidence as Confidence)) {
      findings.push(rowFinding(file, line, 'interactions/bad-value', { field: 'confidence', value: confidence }, 'confidence'));
      continue;
    }
    const row: Interaction = { from, to, score, note, scoredBy, file, line };
    if (confidence !== '') row.confidence = confidence as Confidence;
    rows.push(row);
  }
  return { rows, findings };
}
