// Resolves the PLAN_DIR arguments of a command; a missing folder is a usage error (exit 2).
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from './exit-code.js';

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
    return d;
  });
}

/** A plan-relative file as the user should see it: relative to the current folder, '/'-separated. */
export function displayPath(dir: string, file: string): string {
  const rel = relative(process.cwd(), resolve(dir, file));
  return (rel === '' ? '.' : rel).split(sep).join('/');
}
