// One writer at a time per plan folder: a lock file created exclusively (O_EXCL) that names its
// holder. A writer that finds the plan busy waits a bounded time, with backoff, then fails naming
// the holder; a lock whose process is gone (kill -9, power cut) is taken over.
import { closeSync, fsyncSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './exit-code.js';
import { sleep, writeAll } from './atomic-write.js';

export const LOCK_FILE = '.sdplan.lock';

export interface PlanLock {
  readonly path: string;
  /** The holder whose lock was taken over because its process had gone, if any. */
  readonly tookOver: { pid: number; command: string } | null;
  release(): void;
}

interface Holder {
  pid: number;
  command: string;
  raw: string;
}

/** Locks held by this process, so its own pid in a lock file is told apart from a reused one. */
const held = new Set<string>();

function readHolder(path: string): Holder | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const v = JSON.parse(raw) as { pid?: unknown; command?: unknown };
    return { pid: typeof v.pid === 'number' ? v.pid : NaN, command: typeof v.command === 'string' ? v.command : '?', raw };
  } catch {
    return { pid: NaN, command: '?', raw };
  }
}

function alive(pid: number, path: string): boolean {
  if (pid === process.pid) return held.has(path);
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock file age in ms; a lock still empty this long was left by a writer that died creating it. */
function ageOf(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Removes a dead holder's lock. Two processes may find the same stale lock: a second, short-lived
 * guard file lets one of them remove it, and only if it still holds what was read (not a lock
 * another process has taken since).
 */
function takeOver(path: string, stale: Holder): boolean {
  const guard = `${path}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch {
    // another process is taking it over; a guard left by one that died is removed after a while
    if (ageOf(guard) > 2000) rmSync(guard, { force: true });
    return false;
  }
  try {
    const now = readHolder(path);
    if (now === null || now.raw !== stale.raw) return false;
    rmSync(path, { force: true });
    return true;
  } finally {
    closeSync(fd);
    rmSync(guard, { force: true });
  }
}

/**
 * Takes the lock of a plan folder for `command`, waiting up to `waitMs` for another writer. The
 * lock is released by release() or when the process exits.
 */
export function lockPlan(dir: string, command: string, options: { waitMs?: number } = {}): PlanLock {
  const path = join(dir, LOCK_FILE);
  const waitMs = options.waitMs ?? 10_000;
  const until = Date.now() + waitMs;
  const mine = Buffer.from(`${JSON.stringify({ pid: process.pid, command })}\n`, 'utf8');
  let delay = 5;
  let tookOver: PlanLock['tookOver'] = null;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'wx', 0o644);
      writeAll(fd, mine);
      fsyncSync(fd);
      closeSync(fd);
      break;
    } catch (e) {
      if (fd !== undefined) {
        closeSync(fd);
        rmSync(path, { force: true });
      }
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new UsageError(`cannot lock ${dir} for writing (${code ?? (e as Error).message}); nothing was changed`);
    }
    const holder = readHolder(path);
    if (holder !== null) {
      const dead = Number.isNaN(holder.pid) ? ageOf(path) > 2000 : !alive(holder.pid, path);
      if (dead) {
        if (takeOver(path, holder)) tookOver = { pid: holder.pid, command: holder.command };
        continue;
      }
    }
    if (Date.now() >= until) {
      const who = holder === null ? 'another process' : `sdplan ${holder.command} (pid ${Number.isNaN(holder.pid) ? '?' : holder.pid})`;
      throw new UsageError(
        `${dir} is busy: ${who} is writing it; nothing was changed. Try again when it has finished (if no such process runs, remove ${path}).`,
      );
    }
    sleep(Math.min(delay, Math.max(1, until - Date.now())));
    delay = Math.min(delay * 2, 250);
  }
  held.add(path);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.delete(path);
    // only our own lock: never one a later writer took
    const now = readHolder(path);
    if (now !== null && now.raw === mine.toString('utf8')) rmSync(path, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return { path, tookOver, release };
}
