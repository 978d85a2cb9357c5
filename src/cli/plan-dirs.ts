// Resolves the PLAN_DIR arguments of a command; a missing folder is a usage error (exit 2). A
// write to a plan that was interrupted is finished or undone first, so no command reads it half
// written.
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from './exit-code.js';
import { recoverPlan } from './write-journal.js';

export function planDirs(args: string[]): string[] {
  const dirs = args.length > 0 ? args : ['.'];
  return dirs.map((d) => {
    let ok = false;
    try {
      ok = statSync(d).isDirectory();
    } catch {
      ok = false;
    }
    if (!ok) throw new UsageError(`no such plan folder: ${d}`);
    const note = recoverPlan(d);
    if (note !== null) process.stderr.write(note);
    return d;
  });
}

/** A plan-relative file as the user should see it: relative to the current folder, '/'-separated. */
export function displayPath(dir: string, file: string): string {
  const rel = relative(process.cwd(), resolve(dir, file));
  return (rel === '' ? '.' : rel).split(sep).join('/');
}
