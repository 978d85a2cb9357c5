// Writes files so that a reader (or a crash) sees the old content or the new, never half of it:
// every byte of a temporary file beside each target is written (a short count from the system is
// followed by another write, not taken as success), flushed and its size checked, then renamed
// over the target. Several files are written all or none: every temporary file first; each target
// is hard-linked to a backup name before it is replaced, so a failure part-way puts back the files
// already replaced. A journal (write-journal.ts) can follow each step, so a crash part-way is
// finished or undone by the next command.
import { chmodSync, closeSync, fstatSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { UsageError } from './exit-code.js';

/**
 * Hooks tests use to make the system fail; never set in normal runs. `failRenameAt`: the n-th
 * rename fails (EIO). `room`: the bytes each file can take before the disk is full (a write that
 * crosses it is cut short, the next fails with ENOSPC, as a full disk or a file-size limit does).
 * `chunk`: the most bytes one write call takes (short writes on a healthy disk).
 */
export const faults = { failRenameAt: -1, room: -1, chunk: 0 };

/**
 * Test-only: SDPLAN_TEST_SLOW_WRITE_MS sleeps that long after each step of a write (each temporary
 * file, each rename), so bench/stress-writes.mjs can kill a writer at random points.
 */
const SLOW = Number(process.env.SDPLAN_TEST_SLOW_WRITE_MS ?? '') || 0;

function pause(): void {
  if (SLOW > 0) sleep(SLOW);
}

export function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A short, unpredictable name beside the target (a 250-character file name must still fit). */
export const sideName = (path: string, what: 'tmp' | 'bak') => join(dirname(path), `.sdplan-${randomBytes(6).toString('hex')}.${what}`);

/** Names sdplan gives its temporary and backup files: this version's and 0.3's. */
export const SIDE_FILE = /^\.sdplan-[0-9a-f]{12}\.(tmp|bak)$|^\..+\.[0-9a-f]{16}\.(tmp|bak)$/;

const errno = (code: string, message = code) => Object.assign(new Error(message), { code });

/** Writes every byte, however many calls that takes; a call that makes no progress is an error. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    let n: number;
    if (faults.room >= 0 || faults.chunk > 0) n = faultyWrite(fd, bytes, done, fstatSync(fd).size);
    else n = writeSync(fd, bytes, done, bytes.length - done);
    if (n <= 0) throw errno('EIO', 'the system wrote nothing');
    done += n;
  }
}

function faultyWrite(fd: number, bytes: Uint8Array, from: number, size: number): number {
  let len = bytes.length - from;
  if (faults.chunk > 0) len = Math.min(len, faults.chunk);
  if (faults.room >= 0) {
    if (size >= faults.room) throw errno('ENOSPC');
    len = Math.min(len, faults.room - size);
  }
  return writeSync(fd, bytes, from, len);
}

/** Flushes a folder, so the renames in it survive a power cut. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // some file systems cannot flush a folder; the renames are still atomic
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes a new file (O_EXCL: nothing else can own it) with every byte flushed and its size checked. */
export function writeNewFile(path: string, bytes: Uint8Array, mode: number): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'wx', mode);
    writeAll(fd, bytes);
    fsyncSync(fd);
    const size = fstatSync(fd).size;
    if (size !== bytes.length) throw errno('EIO', `${size} of ${bytes.length} bytes written`);
    closeSync(fd);
    fd = undefined;
    // the umask may have narrowed the mode given to open
    chmodSync(path, mode);
    pause();
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(path);
    throw e;
  }
}

export function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // the name may be taken by something that is not ours (a folder): leave it
  }
}

export const failure = (path: string, e: unknown) =>
  new UsageError(`cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was changed`);

const KIND: Array<[keyof import('node:fs').Stats, string]> = [
  ['isSymbolicLink', 'a symbolic link'],
  ['isFIFO', 'a FIFO'],
  ['isCharacterDevice', 'a device'],
  ['isBlockDevice', 'a device'],
  ['isSocket', 'a socket'],
];

/**
 * What replacing `path` would replace: null where nothing is there yet, else the mode the new
 * file keeps. Only a regular file the owner may write is replaced: a link, a FIFO or a device is
 * never swapped for a file (as root, `-o /dev/full` would replace the device), and a read-only
 * file is refused (root ignores permission bits, so the mode is checked here).
 */
export function replaceable(path: string): number | null {
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw failure(path, e);
  }
  if (st.isDirectory()) throw failure(path, errno('EISDIR'));
  for (const [is, what] of KIND)
    if ((st[is] as () => boolean).call(st))
      throw new UsageError(`${path} is ${what}, not a regular file; sdplan writes regular files only, and nothing was changed`);
  if ((st.mode & 0o200) === 0) throw new UsageError(`${path} is read-only (mode ${(st.mode & 0o777).toString(8).padStart(4, '0')}); nothing was changed`);
  return st.mode & 0o7777;
}

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  writeFilesAtomic([[path, content]]);
}

/** One file of a write: its temporary file, the backup of what it replaces (null: a new file), its size. */
export interface WriteEntry {
  path: string;
  tmp: string;
  bak: string | null;
  size: number;
}

/** Where a write stands: temporary files being made; every one made, renames under way; being undone. */
export type WriteState = 'prepare' | 'forward' | 'back';

/** Follows a write step by step (a journal on disk); without one, a crash leaves side files behind. */
export interface WriteLog {
  save(state: WriteState, entries: readonly WriteEntry[]): void;
  clear(): void;
}

const bytesOf = (c: string | Uint8Array) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c);

/** Writes every file or none: a failure at any step restores every target already replaced. */
export function writeFilesAtomic(files: ReadonlyArray<readonly [path: string, content: string | Uint8Array]>, log?: WriteLog): void {
  // every target is checked before anything is written
  const modes = files.map(([path]) => replaceable(path));
  const data = files.map(([, c]) => bytesOf(c));
  const entries: WriteEntry[] = files.map(([path], k) => ({
    path,
    tmp: sideName(path, 'tmp'),
    bak: modes[k] === null ? null : sideName(path, 'bak'),
    size: data[k]!.length,
  }));
  let at = 0;
  try {
    log?.save('prepare', entries);
    for (; at < entries.length; at++) writeNewFile(entries[at]!.tmp, data[at]!, modes[at] ?? 0o644);
    for (at = 0; at < entries.length; at++) if (entries[at]!.bak) linkSync(entries[at]!.path, entries[at]!.bak!);
    for (const d of new Set(entries.map((e) => dirname(e.path)))) fsyncDir(d);
    at = 0;
    log?.save('forward', entries);
  } catch (e) {
    undo(entries, false);
    log?.clear();
    throw failure(entries[at]!.path, e);
  }
  try {
    for (; at < entries.length; at++) {
      if (at === faults.failRenameAt) throw errno('EIO', 'injected');
      renameSync(entries[at]!.tmp, entries[at]!.path);
      pause();
    }
  } catch (e) {
    try {
      log?.save('back', entries);
    } catch {
      // no room even for the journal: undo at once all the same
    }
    undo(entries, true);
    log?.clear();
    throw failure(entries[at]!.path, e);
  }
  finish(entries, log);
}

/** After every rename: flush the folders, drop the journal (the write is done), then the backups. */
export function finish(entries: readonly WriteEntry[], log?: WriteLog): void {
  for (const d of new Set(entries.map((e) => dirname(e.path)))) fsyncDir(d);
  log?.clear();
  for (const e of entries) if (e.bak) removeQuietly(e.bak);
}

/** Whether anything (a file, a link, a folder) stands at the path. */
export const exists = (p: string) => {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
};

/**
 * Puts every target back as it was. A temporary file still there was never renamed; one gone was
 * renamed over its target, which its backup (a hard link to the old file) restores, or which is
 * removed where the write made a new file. Before the renames began (`renamed` false) only the
 * side files go.
 */
export function undo(entries: readonly WriteEntry[], renamed: boolean): void {
  for (const e of entries) {
    if (exists(e.tmp)) removeQuietly(e.tmp);
    else if (renamed && e.bak && exists(e.bak)) renameSync(e.bak, e.path);
    // a new file is removed only if it is the one this write made (its size): a journal left in a
    // plan (committed, copied) must never remove a file someone wrote since
    else if (renamed && !e.bak && exists(e.path) && lstatSync(e.path).size === e.size) removeQuietly(e.path);
  }
  for (const d of new Set(entries.map((e) => dirname(e.path)))) fsyncDir(d);
  for (const e of entries) if (e.bak) removeQuietly(e.bak);
}
