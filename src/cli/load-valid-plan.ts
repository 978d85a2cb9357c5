// Commands that compute on a plan (score, due, actuals) need one without errors: figures from a
// broken plan would mislead. Errors are printed as validate prints them, and the run exits 1.
import { loadPlan, type LoadedPlan } from '../load/load-plan.js';
import { checkPlan } from '../check/check-plan.js';
import { compact } from '../render/validate-formats.js';
import { displayPath } from './plan-dirs.js';

const SHOWN = 20;

export class PlanInvalidError extends Error {
  override name = 'PlanInvalidError';
  constructor(readonly report: string) {
    super('the plan has errors');
  }
}

export function loadValidPlan(dir: string): LoadedPlan {
  const loaded = loadPlan(dir);
  const errors = checkPlan(loaded).filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    // The first errors say enough; validate lists them all.
    const shown = errors.slice(0, SHOWN).map((d) => ({ ...d, file: displayPath(dir, d.file) }));
    const more = errors.length > SHOWN ? `... and ${errors.length - SHOWN} more\n` : '';
    throw new PlanInvalidError(`${compact([{ plan: loaded.plan.id, diagnostics: shown }])}${more}sdplan: ${displayPath(dir, '')} has ${errors.length} error(s); fix them first (sdplan validate).\n`);
  }
  return loaded;
}
