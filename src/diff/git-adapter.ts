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

/** Plan-relative path -> bytes, for every file under the plan folder at `rev`. */
export function planFilesAt(planDir: string, rev: string): Map<string, Uint8Array> {
  const prefix = git(planDir, ['rev-parse', '--show-prefix']).toString().trim();
  const commit = git(planDir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).toString().trim();
  const list = git(planDir, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix || '.']).toString();
  const entries = list.split('\0').filter(Boolean).map((line) => {
    const [meta, path] = line.split('\t') as [string, string];
    const [, type, sha] = meta.split(' ') as [string, string, string];
    return { type, sha, path };
  }).filter((e) => e.type === 'blob');
  const files = new Map<string, Uint8Array>();
  if (entries.length === 0) return files;
  const out = git(planDir, ['cat-file', '--batch'], entries.map((e) => e.sha).join('\n') + '\n');
  let pos = 0;
  for (const e of entries) {
    const nl = out.indexOf(0x0a, pos);
    const header = out.subarray(pos, nl).toString();
    const size = Number(header.split(' ')[2]);
    const body = out.subarray(nl + 1, nl + 1 + size);
    pos = nl + 1 + size + 1;
    files.set(e.path.slice(prefix.length), new Uint8Array(body));
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
