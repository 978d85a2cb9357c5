// A plan folder as it was at a git revision, read with git itself (diff, report --previous).
import { GitError, planFilesAt } from '../diff/git-adapter.js';
import { loadPlanFromFiles, type LoadedPlan } from '../load/load-plan.js';
import { isPlanPath } from '../load/plan-files.js';
import { MAX_FILE_BYTES, MAX_PLAN_BYTES } from '../load/limits.js';
import { UsageError } from './exit-code.js';

export function atRevision(dir: string, rev: string): LoadedPlan {
  // git would read a name that starts with a dash as an option; no branch, tag or commit does
  if (rev.startsWith('-')) throw new UsageError(`"${rev}" is not a git revision (a revision never starts with "-"); give a branch, tag or commit`);
  try {
    const files = planFilesAt(dir, rev, { wanted: isPlanPath, maxFile: MAX_FILE_BYTES, maxTotal: MAX_PLAN_BYTES });
    if (files.size === 0) throw new UsageError(`the plan folder does not exist at ${rev}`);
    return loadPlanFromFiles(`${rev}:${dir}`, files);
  } catch (e) {
    if (e instanceof GitError) throw new UsageError(`git: ${e.message}`);
    throw e;
  }
}
