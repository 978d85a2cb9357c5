// The one finding type. Core code produces these as data: a rule ID and arguments, never a sentence;
// render/messages.ts turns them into words.
import type { RuleId } from './rule-ids.js';
import type { Source } from './plan.js';

export type Severity = 'error' | 'warning' | 'info';
export type Level = Severity | 'off';

export type DiagArgs = Readonly<Record<string, string | number>>;

export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  args: DiagArgs;
  /** Plan-relative path of the file, '/'-separated. */
  file: string;
  /** 1-based; 0 when the finding is about a file as a whole and has no position. */
  line: number;
  column: number;
  /** JSON pointer of the value inside the file ('' for the whole file; CSV: `/rows/<line>/<field>`). */
  path: string;
}

/** A finding before its position is known: rules name a file and a JSON pointer only. */
export interface Finding {
  rule: RuleId;
  args: DiagArgs;
  file: string;
  path: string;
  line?: number;
  column?: number;
  /** Point at the mapping key rather than its value (unknown fields). */
  atKey?: boolean;
  /** The other place involved (the first definition of a duplicate ID); resolved into args. */
  related?: Source;
}

/**
 * Findings of one rule in one file past the first `FINDINGS_SHOWN` (in the order of file, line,
 * column): counted, not listed. A million bad CSV rows are a hundred lines and a count.
 */
export interface Omitted {
  rule: RuleId;
  severity: Severity;
  file: string;
  count: number;
}

/** Most findings of one rule in one file that are listed; the rest are counted (Omitted). */
export const FINDINGS_SHOWN = 100;
