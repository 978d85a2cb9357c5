// The --period option of report and record: YEAR or YEAR-YEAR, read the same way by both.
import { UsageError } from './exit-code.js';

export function parsePeriod(v: string): { start: number; end: number } {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(v);
  if (!m) throw new UsageError(`--period expects YEAR or YEAR-YEAR, got "${v}"`);
  const start = Number(m[1]);
  const end = Number(m[2] ?? m[1]);
  if (end < start) throw new UsageError(`--period ends before it starts: ${v}`);
  return { start, end };
}
