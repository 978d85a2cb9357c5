// Commands that compute on a plan (score, due, actuals) need one without errors: figures from a
// broken plan would mislead. Errors are printed as validate prints them, and the run exits 1.
import { loadPlan, type LoadedPlan } from '../load/load-plan.js';
import { checkPlan } from '../check/check-plan.js';
import { compact } from '../render/validate-formats.js';
import { displayPath } from './plan-dirs.js';

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
    const shown = errors.map((d) => ({ ...d, file: displayPath(dir, d.file) }));
    throw new PlanInvalidError(`${compact([{ plan: loaded.plan.id, diagnostics: shown }])}sdplan: ${displayPath(dir, '')} has ${errors.length} error(s); fix them first (sdplan validate).\n`);
  }
  return loaded;
}
