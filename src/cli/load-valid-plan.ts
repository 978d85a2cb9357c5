// Commands that compute on a plan (score, due, actuals) need one without errors: figures from a
// broken plan would mislead. Errors are printed as validate prints them, and the run exits 1.
import { loadPlan, type LoadedPlan } from '../load/load-plan.js';
import { checkPlan } from '../check/check-plan.js';
import { compact } from '../render/validate-formats.js';
import { displayPath } from './plan-dirs.js';
import type { Diagnostic } from '../model/diagnostic.js';

const SHOWN = 20;

export class PlanInvalidError extends Error {
  override name = 'PlanInvalidError';
  constructor(readonly report: string) {
    super('the plan has errors');
  }
}

/** The plan, with its warnings and infos (a plan with errors throws PlanInvalidError). */
export function loadValidPlan(dir: string): LoadedPlan & { diagnostics: Diagnostic[] } {
  const loaded = loadPlan(dir);
  const diagnostics = checkPlan(loaded);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    // The first errors say enough; validate lists them all.
    const shown = errors.slice(0, SHOWN).map((d) => ({ ...d, file: displayPath(dir, d.file) }));
    const more = errors.length > SHOWN ? `... and ${errors.length - SHOWN} more\n` : '';
    throw new PlanInvalidError(
      `${compact([{ plan: loaded.plan.id, diagnostics: shown }])}${more}sdplan: ${displayPath(dir, '')} has ${errors.length} error(s); fix them first (sdplan validate).\n`,
    );
  }
  return { ...loaded, diagnostics };
}
