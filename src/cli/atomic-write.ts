// Writes files so that a reader (or a crash) sees the old content or the new, never half of it:
// write a temporary file beside each, flush it, then rename it over the target. Several files are
// written all or none: every temporary file first; each target is hard-linked to a backup name
// before it is replaced, so a failure part-way puts back the files already replaced.
import { chmodSync, closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './exit-code.js';

/** An unpredictable name beside the target; created with O_EXCL so nothing else can own it. */
const sideName = (path: string, what: 'tmp' | 'bak') => join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.${what}`);

/** The mode of the file being replaced (a 0600 file stays 0600); new files get 0644. */
function modeOf(path: string): number {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return 0o644;
  }
}

function writeTemp(path: string, content: string | Uint8Array): string {
  const tmp = sideName(path, 'tmp');
  const mode = modeOf(path);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // the umask may have narrowed the mode given to open
    chmodSync(tmp, mode);
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
    // the name may be taken by something that is not ours (a folder): leave it
  }
}

const failure = (path: string, e: unknown) =>
  new UsageError(`cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was changed`);

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  writeFilesAtomic([[path, content]]);
}

/** A hard link to the target before it is replaced, or null where the target does not exist yet. */
function backUp(path: string): string | null {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    return null;
  }
  if (isDir) throw Object.assign(new Error('a folder is in the way'), { code: 'EISDIR' });
  const bak = sideName(path, 'bak');
  linkSync(path, bak);
  return bak;
}

/** The hook tests use to fail the n-th rename; never set in normal runs. */
export const faults = { failRenameAt: -1 };

/** Writes every file or none: a failure at any step restores every target already replaced. */
export function writeFilesAtomic(files: ReadonlyArray<readonly [path: string, content: string | Uint8Array]>): void {
  const temps: Array<[tmp: string, path: string]> = [];
  try {
    for (const [path, content] of files) temps.push([writeTemp(path, content), path]);
  } catch (e) {
    for (const [tmp] of temps) removeQuietly(tmp);
    throw e;
  }
  const done: Array<[path: string, bak: string | null]> = [];
  const backups: Array<string | null> = [];
  try {
    for (const [, path] of temps) backups.push(backUp(path));
  } catch (e) {
    for (const b of backups) if (b) removeQuietly(b);
    for (const [tmp] of temps) removeQuietly(tmp);
    throw failure(temps[backups.length]![1], e);
  }
  for (let k = 0; k < temps.length; k++) {
    const [tmp, path] = temps[k]!;
    try {
      if (k === faults.failRenameAt) throw Object.assign(new Error('injected'), { code: 'EIO' });
      renameSync(tmp, path);
      done.push([path, backups[k]!]);
    } catch (e) {
      // put back what was replaced: the backup link still holds the old bytes and mode
      for (const [p, bak] of done.reverse()) {
        if (bak) renameSync(bak, p);
        else removeQuietly(p);
      }
      for (const [t] of temps) removeQuietly(t);
      for (const b of backups) if (b) removeQuietly(b);
      throw failure(path, e);
    }
  }
  for (const b of backups) if (b) removeQuietly(b);
}
