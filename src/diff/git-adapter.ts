// The one place that reads git: the files of a plan folder at a revision, read with git itself
// (ls-tree and cat-file), never touching the checkout.
import { execFileSync } from 'node:child_process';

export class GitError extends Error {
  override name = 'GitError';
}

function git(cwd: string, args: string[], input?: string): Buffer {
  try {
    return execFileSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new GitError((err.stderr?.toString() || err.message).trim().split('\n')[0] ?? 'git failed');
  }
}

export interface GitLimits {
  /** Whether the reader wants a plan-relative path; the others are not fetched. */
  wanted: (rel: string) => boolean;
  /** Largest blob fetched; a larger one is returned as its size. */
  maxFile: number;
  /** Largest total fetched; over it every blob is returned as its size. */
  maxTotal: number;
}

/**
 * Plan-relative path -> bytes, for every file under the plan folder at `rev`. Sizes come first
 * (ls-tree -l), so a blob that is not wanted or over the limits is never read: it is returned as `{ size }`.
 */
export function planFilesAt(planDir: string, rev: string, limits: GitLimits): Map<string, Uint8Array | { size: number }> {
  const prefix = git(planDir, ['rev-parse', '--show-prefix']).toString().trim();
  const commit = git(planDir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])
    .toString()
    .trim();
  const list = git(planDir, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', prefix || '.']).toString();
  const entries = list
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [, type, sha, size] = line.slice(0, tab).split(/ +/) as [string, string, string, string];
      const path = line.slice(tab + 1);
      return { type, sha, size: Number(size), rel: path.slice(prefix.length) };
    })
    .filter((e) => e.type === 'blob');
  const files = new Map<string, Uint8Array | { size: number }>();
  const wanted = entries.filter((e) => limits.wanted(e.rel));
  const total = wanted.reduce((n, e) => n + e.size, 0);
  const fetched = wanted.filter((e) => total <= limits.maxTotal && e.size <= limits.maxFile);
  for (const e of entries) files.set(e.rel, { size: e.size });
  if (fetched.length === 0) return files;
  const out = git(planDir, ['cat-file', '--batch'], fetched.map((e) => e.sha).join('\n') + '\n');
  let pos = 0;
  for (const e of fetched) {
    const nl = out.indexOf(0x0a, pos);
    const header = out.subarray(pos, nl).toString();
    const size = Number(header.split(' ')[2]);
    const body = out.subarray(nl + 1, nl + 1 + size);
    pos = nl + 1 + size + 1;
    files.set(e.rel, new Uint8Array(body));
  }
  return files;
}

/** The commit checked out where the plan folder is, or null when it is not in git (or has no commit yet). */
export function headCommit(planDir: string): string | null {
  try {
    return git(planDir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).toString().trim() || null;
  } catch {
    return null;
  }
}
