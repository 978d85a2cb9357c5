// Writes of plan files that a crash cannot leave half done. The writer holds the plan's lock and
// keeps a journal (.sdplan-journal.json in the plan folder) of each step: 'prepare' while the
// temporary files are made (a crash then changed nothing), 'forward' once every one is flushed (a
// crash during the renames is finished by renaming the rest), 'back' while a failed write is
// undone. The next command, reading or writing, finishes or undoes what the journal says, removes
// the side files a crash left, and says so in one line.
import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { UsageError } from './exit-code.js';
import {
  finish,
  exists,
  fsyncDir,
  removeQuietly,
  replaceable,
  sideName,
  SIDE_FILE,
  undo,
  writeFilesAtomic,
  writeNewFile,
  failure,
  type WriteEntry,
  type WriteLog,
  type WriteState,
} from './atomic-write.js';
import { LOCK_FILE, lockPlan, type PlanLock } from './plan-lock.js';

export const JOURNAL_FILE = '.sdplan-journal.json';

/** Folders of a plan where sdplan writes, and so where a crash can leave side files. */
const WRITTEN = ['.', 'tasks', 'actuals', 'evaluations', '.sdplan/schemas', '.github/workflows'];

interface JournalDoc {
  sdplan_journal: 1;
  command: string;
  pid: number;
  state: WriteState;
  /** Plan-relative, '/'-separated. */
  files: Array<{ path: string; tmp: string; bak: string | null; size: number }>;
}

const relOf = (root: string, p: string) => relative(root, p).split(sep).join('/');

function journalLog(root: string, command: string): WriteLog {
  const path = join(root, JOURNAL_FILE);
  return {
    save(state, entries) {
      const doc: JournalDoc = {
        sdplan_journal: 1,
        command,
        pid: process.pid,
        state,
        files: entries.map((e) => ({ path: relOf(root, e.path), tmp: relOf(root, e.tmp), bak: e.bak === null ? null : relOf(root, e.bak), size: e.size })),
      };
      const tmp = sideName(path, 'tmp');
      writeNewFile(tmp, Buffer.from(`${JSON.stringify(doc, null, 1)}\n`, 'utf8'), 0o644);
      renameSync(tmp, path);
      fsyncDir(root);
    },
    clear() {
      rmSync(path, { force: true });
      fsyncDir(root);
    },
  };
}

/** A plan-relative path that stays in the plan: no absolute path, no `..`, no empty part. */
const safeRel = (p: unknown): p is string =>
  typeof p === 'string' && p !== '' && !isAbsolute(p) && !p.includes('\\') && p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');

/** A side file of `path`: in its folder, with a name sdplan gives. */
const sideOf = (path: string, side: unknown, what: 'tmp' | 'bak'): boolean =>
  safeRel(side) && dirname(side) === dirname(path) && new RegExp(`^\\.sdplan-[0-9a-f]{12}\\.${what}$`).test(side.split('/').pop()!);

/** The journal, checked: it names files to rename, so a file sdplan did not write is never obeyed. */
function readJournal(root: string): JournalDoc {
  const bad = () => new UsageError(`${join(root, JOURNAL_FILE)} is not a journal sdplan can use; nothing was changed. Look at it, then remove it by hand.`);
  let doc: JournalDoc;
  try {
    doc = JSON.parse(readFileSync(join(root, JOURNAL_FILE), 'utf8')) as JournalDoc;
  } catch {
    throw bad();
  }
  if (doc === null || typeof doc !== 'object' || doc.sdplan_journal !== 1 || !['prepare', 'forward', 'back'].includes(doc.state) || !Array.isArray(doc.files))
    throw bad();
  for (const f of doc.files) {
    if (
      f === null ||
      typeof f !== 'object' ||
      !safeRel(f.path) ||
      !sideOf(f.path, f.tmp, 'tmp') ||
      !(f.bak === null || sideOf(f.path, f.bak, 'bak')) ||
      !Number.isInteger(f.size)
    )
      throw bad();
    inPlan(root, f.path);
  }
  return doc;
}

/** Side files (temporary, backup) in the folders a plan write uses; never through a link. */
function sideFiles(root: string, more: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const d of new Set([...WRITTEN, ...more])) {
    const dir = join(root, d);
    try {
      if (!lstatSync(dir).isDirectory()) continue;
      for (const n of readdirSync(dir)) if (SIDE_FILE.test(n)) out.push(join(dir, n));
    } catch {
      // no such folder
    }
  }
  return out.sort();
}

interface Recovery {
  kind: 'forward' | 'back' | 'leftovers' | 'lock';
  command?: string;
  pid?: number;
  files: number;
}

/** With the lock held: finishes or undoes the write a journal describes, and removes side files. */
function recoverLocked(root: string): Recovery | null {
  let result: Recovery | null = null;
  const more: string[] = [];
  if (exists(join(root, JOURNAL_FILE))) {
    const doc = readJournal(root);
    const entries: WriteEntry[] = doc.files.map((f) => ({
      path: join(root, f.path),
      tmp: join(root, f.tmp),
      bak: f.bak === null ? null : join(root, f.bak),
      size: f.size,
    }));
    more.push(...doc.files.map((f) => dirname(f.path)));
    const sizeOk = (e: WriteEntry) => !exists(e.tmp) || lstatSync(e.tmp).size === e.size;
    const forward = doc.state === 'forward' && entries.every(sizeOk);
    const log = journalLog(root, doc.command);
    if (forward) {
      for (const e of entries) if (exists(e.tmp)) renameSync(e.tmp, e.path);
      finish(entries, log);
    } else {
      undo(entries, doc.state !== 'prepare');
      log.clear();
    }
    result = { kind: forward ? 'forward' : 'back', command: doc.command, pid: doc.pid, files: entries.length };
  }
  const left = sideFiles(root, more);
  for (const f of left) removeQuietly(f);
  return result ?? (left.length > 0 ? { kind: 'leftovers', files: left.length } : null);
}

/** The one line that says what recovery did. */
function recoveryNote(dir: string, r: Recovery): string {
  const who = `sdplan ${r.command} (pid ${r.pid})`;
  if (r.kind === 'forward') return `sdplan: ${dir}: finished a write of ${who} that was interrupted; its ${r.files} file(s) now hold the new text\n`;
  if (r.kind === 'back') return `sdplan: ${dir}: undid a write of ${who} that was interrupted; its ${r.files} file(s) are as they were\n`;
  if (r.kind === 'lock') return `sdplan: ${dir}: removed the lock of ${who}, which is no longer running; no plan file was changed\n`;
  return `sdplan: ${dir}: removed ${r.files} temporary file(s) left by an interrupted write; no plan file was changed\n`;
}

/**
 * Before a plan is read: if a write was interrupted, finish or undo it (taking the lock; waiting
 * for a writer at work), so no command reads a half-written plan. Side files alone, while a live
 * writer holds the lock, are its own and are left to it. Returns the note to print, if any.
 */
export function recoverPlan(dir: string): string | null {
  const journal = exists(join(dir, JOURNAL_FILE));
  if (!journal && !exists(join(dir, LOCK_FILE)) && sideFiles(dir).length === 0) return null;
  let lock: PlanLock;
  try {
    lock = lockPlan(dir, 'recovery', { waitMs: journal ? 10_000 : 0 });
  } catch (e) {
    if (!journal) return null;
    throw new UsageError(`${dir} holds a write that was interrupted (${JOURNAL_FILE}), and it cannot be finished now: ${(e as Error).message}`);
  }
  try {
    const r = recoverLocked(dir) ?? staleLock(lock);
    return r === null ? null : recoveryNote(dir, r);
  } finally {
    lock.release();
  }
}

const staleLock = (lock: PlanLock): Recovery | null => (lock.tookOver === null ? null : { kind: 'lock', ...lock.tookOver, files: 0 });

/** Takes the plan's lock for a writing command, then puts right what an interrupted write left. */
export function lockForWrite(dir: string, command: string): PlanLock {
  const lock = lockPlan(dir, command);
  try {
    const r = recoverLocked(dir) ?? staleLock(lock);
    if (r !== null) process.stderr.write(recoveryNote(dir, r));
  } catch (e) {
    lock.release();
    throw e;
  }
  return lock;
}

/**
 * Refuses a plan-relative path whose folder resolves outside the plan (a linked tasks/, actuals/
 * or .github/): the write would land elsewhere. Missing folders are fine (they are made inside).
 */
function inPlan(root: string, rel: string): void {
  const realRoot = realpathSync(root);
  let at = dirname(join(root, rel));
  while (!exists(at)) at = dirname(at);
  let real: string;
  try {
    real = realpathSync(at);
  } catch (e) {
    throw failure(rel, e);
  }
  const r = relative(realRoot, real);
  if (r.startsWith('..') || isAbsolute(r)) {
    throw new UsageError(`cannot write ${rel}: ${relOf(root, at)} is a link to ${real}, outside the plan folder; nothing was changed`);
  }
  if (!lstatSync(real).isDirectory()) throw new UsageError(`cannot write ${rel}: ${relOf(root, at)} is a file, not a folder; nothing was changed`);
}

/** Writes plan files (plan-relative paths) all or none, under the journal; the lock must be held. */
export function writePlanFiles(root: string, files: ReadonlyArray<readonly [rel: string, content: string | Uint8Array]>, command: string): void {
  // every target is checked before a folder is made
  for (const [rel] of files) inPlan(root, rel);
  for (const [rel] of files) replaceable(join(root, rel));
  for (const [rel] of files) {
    try {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
    } catch (e) {
      throw failure(rel, e);
    }
  }
  writeFilesAtomic(
    files.map(([rel, c]) => [join(root, rel), c] as const),
    journalLog(root, command),
  );
}
