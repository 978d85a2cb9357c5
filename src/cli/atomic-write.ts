// Writes files so that a reader (or a crash) sees the old content or the new, never half of it:
// write a temporary file beside each, flush it, then rename it over the target. Several files are
// written all-or-nothing as far as a file system allows: every temporary file first, then the renames.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './exit-code.js';

const tempOf = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

function writeTemp(path: string, content: string | Uint8Array): string {
  const tmp = tempOf(path);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w', 0o644);
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
    closeSync(fd);
    return tmp;
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(tmp);
    throw failure(path, e);
  }
}

function removeQuietly(tmp: string): void {
  try {
    rmSync(tmp, { force: true });
  } catch {
    // the temporary name may be taken by something that is not ours (a folder): leave it
  }
}

const failure = (path: string, e: unknown) =>
  new UsageError(`cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); it was left as it was`);

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  writeFilesAtomic([[path, content]]);
}

/** Writes every file or none: if any temporary file cannot be written, no target is touched. */
export function writeFilesAtomic(files: ReadonlyArray<readonly [path: string, content: string | Uint8Array]>): void {
  const temps: Array<[string, string]> = [];
  try {
    for (const [path, content] of files) temps.push([writeTemp(path, content), path]);
  } catch (e) {
    for (const [tmp] of temps) removeQuietly(tmp);
    throw e;
  }
  for (const [tmp, path] of temps) {
    try {
      renameSync(tmp, path);
    } catch (e) {
      for (const [t] of temps) removeQuietly(t);
      throw failure(path, e);
    }
  }
}
