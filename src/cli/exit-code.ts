// Exit codes of every command: 0 clean, 1 findings that fail the run, 2 the tool could not run.
import type { Counts } from '../render/validate-formats.js';

const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export function validateExitCode(c: Counts, maxWarnings: number | undefined): number {
  if (c.error > 0) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && c.warning > maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}

/** A problem with how sdplan was called (no such folder, bad option): exit 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
