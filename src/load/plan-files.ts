// Finds the files of a plan folder (layout of the format contract) and reads them as checked text.
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, statSync, realpathSync, lstatSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Finding } from '../model/diagnostic.js';
import { createRequire } from 'node:module';
import { MAX_FILE_BYTES } from './limits.js';

export type FileKind = 'plan' | 'goals' | 'indicators' | 'tasks' | 'governance' | 'actuals' | 'interactions' | 'evaluation';

export interface PlanFile {
  kind: FileKind;
  /** Plan-relative, '/'-separated. */
  rel: string;
  abs: string;
}

export interface RawText {
  file: PlanFile;
  text: string;
  /** How the bytes were read: plan files are always UTF-8; an imported CSV may be CP949. */
  encoding: 'utf-8' | 'cp949';
}

export interface TextOptions {
  /** Accept CP949 (EUC-KR), the default of Korean Excel, when the bytes are not UTF-8. */
  legacyKorean?: boolean;
}

const SINGLE: Array<[FileKind, string, boolean]> = [
  ['plan', 'plan.yaml', true],
  ['goals', 'goals.yaml', true],
  ['indicators', 'indicators.yaml', false],
  ['governance', 'governance.yaml', false],
];

function listDir(dir: string, ext: RegExp): string[] {
  try {
    return (
      readdirSync(dir, { withFileTypes: true })
        // a pipe or a device under a plan file's name is listed too, so reading it is a finding
        .filter((e) => !e.isDirectory() && ext.test(e.name))
        .map((e) => e.name)
    );
  } catch {
    return [];
  }
}

function exists(p: string): boolean {
  try {
    return lstatSync(p) !== undefined;
  } catch {
    return false;
  }
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The folders of the layout (tasks/, actuals/) that are links to a place outside the plan folder:
 * one `file/outside-plan` each, and none of their files is read (an empty one is reported too,
 * since a write into it would land outside).
 */
export function foldersOutside(dir: string, realRoot: string): Finding[] {
  const out: Finding[] = [];
  for (const name of ['tasks', 'actuals']) {
    let real: string;
    try {
      real = realpathSync(join(dir, name));
    } catch {
      continue;
    }
    const rel = relative(realRoot, real);
    if (rel.startsWith('..') || rel.startsWith(sep) || /^[A-Za-z]:/.test(rel))
      out.push({ rule: 'file/outside-plan', args: { target: real }, file: name, path: '', line: 0, column: 0 });
  }
  return out;
}

/** The plan-relative paths of a plan folder on disk that the layout can use (not in `skip` folders). */
export function listPlanDir(dir: string, skip: readonly string[] = []): string[] {
  const names: string[] = [];
  for (const [, name] of SINGLE) for (const n of [name, name.replace(/\.yaml$/, '.yml')]) if (exists(join(dir, n))) names.push(n);
  if (!skip.includes('tasks')) for (const n of listDir(join(dir, 'tasks'), /\.ya?ml$/)) names.push(`tasks/${n}`);
  if (!skip.includes('actuals')) for (const n of listDir(join(dir, 'actuals'), /\.csv$/)) names.push(`actuals/${n}`);
  if (exists(join(dir, 'interactions.csv'))) names.push('interactions.csv');
  for (const n of listDir(join(dir, 'evaluations'), /\.ya?ml$/)) names.push(`evaluations/${n}`);
  return names;
}

/**
 * Sorts plan-relative paths into the layout of the format contract, in a fixed order; missing
 * required parts become `layout/missing-file` findings. Works for a folder or a git tree alike.
 */
export function layoutOf(names: readonly string[], dir = ''): { files: PlanFile[]; findings: Finding[] } {
  const have = new Set(names);
  const files: PlanFile[] = [];
  const findings: Finding[] = [];
  for (const [kind, name, required] of SINGLE) {
    const yml = name.replace(/\.yaml$/, '.yml');
    const rel = have.has(name) ? name : have.has(yml) ? yml : undefined;
    if (rel) files.push({ kind, rel, abs: join(dir, rel) });
    else if (required) findings.push({ rule: 'layout/missing-file', args: { file: name }, file: name, path: '', line: 0, column: 0 });
  }
  const inFolder = (folder: string, ext: RegExp) =>
    names.filter((n) => n.startsWith(`${folder}/`) && !n.slice(folder.length + 1).includes('/') && ext.test(n)).sort(byName);
  const taskNames = inFolder('tasks', /\.ya?ml$/);
  if (taskNames.length === 0) findings.push({ rule: 'layout/missing-file', args: { file: 'tasks/*.yaml' }, file: 'tasks', path: '', line: 0, column: 0 });
  for (const rel of taskNames) files.push({ kind: 'tasks', rel, abs: join(dir, rel) });
  for (const rel of inFolder('actuals', /\.csv$/)) files.push({ kind: 'actuals', rel, abs: join(dir, rel) });
  if (have.has('interactions.csv')) files.push({ kind: 'interactions', rel: 'interactions.csv', abs: join(dir, 'interactions.csv') });
  // recorded evaluations (1.2): read as every other YAML file, with the same guards
  for (const rel of inFolder('evaluations', /\.ya?ml$/)) files.push({ kind: 'evaluation', rel, abs: join(dir, rel) });
  return { files, findings };
}

/** Whether the layout uses a file at this plan-relative path (a reader need not fetch the others). */
export const isPlanPath = (rel: string): boolean => layoutOf([rel]).files.length > 0;

const fileFinding = (file: PlanFile, rule: Finding['rule'], args: Finding['args'], line = 0, column = 0): Finding => ({
  rule,
  args,
  file: file.rel,
  path: '',
  line,
  column,
});

/** 1-based line and column of a UTF-16 offset in text. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

const decoder = new TextDecoder('utf-8', { fatal: true });
// C0 controls other than tab, LF and CR, and DEL: never meaningful in a plan file.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONFLICT = /^(<{7}|={7}|>{7})(?: |\r?$)/m;

/**
 * Reads one file as text, or explains why it cannot be used: outside the plan folder, too large,
 * not UTF-8, control characters, leftover merge-conflict markers. A BOM is dropped.
 * `realRoot` is the plan folder with links resolved (realpathSync), computed once per plan.
 */
export function readChecked(file: PlanFile, realRoot: string): RawText | Finding {
  let real: string;
  try {
    real = realpathSync(file.abs);
    const rel = relative(realRoot, real);
    if (rel.startsWith('..') || rel.startsWith(sep) || /^[A-Za-z]:/.test(rel)) {
      return fileFinding(file, 'file/outside-plan', { target: real });
    }
    const size = statSync(real).size;
    if (size > MAX_FILE_BYTES) return fileFinding(file, 'file/too-large', { size, limit: MAX_FILE_BYTES });
  } catch (e) {
    return fileFinding(file, 'file/unreadable', { reason: (e as NodeJS.ErrnoException).code ?? 'error' });
  }
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // a FIFO would block a plain open (and its read) until something writes to it: open without
    // blocking, and read only a regular file, as it is once open
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (!st.isFile()) return fileFinding(file, 'file/unreadable', { reason: NOT_A_FILE });
    if (st.size > MAX_FILE_BYTES) return fileFinding(file, 'file/too-large', { size: st.size, limit: MAX_FILE_BYTES });
    bytes = readFileSync(fd);
  } catch (e) {
    return fileFinding(file, 'file/unreadable', { reason: (e as NodeJS.ErrnoException).code ?? 'error' });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return checkText(file, bytes);
}

/** The reason of file/unreadable for a pipe, socket or device where a plan file should be. */
const NOT_A_FILE = 'not-a-file';

/** The sizes of the files of a plan folder, as they are on disk now (0 where one cannot be read). */
export function sizesOf(files: readonly PlanFile[]): number[] {
  return files.map((f) => {
    try {
      const st = statSync(f.abs);
      return st.isFile() ? st.size : 0;
    } catch {
      return 0;
    }
  });
}

/** The byte-level checks, apart from the file system so tests can feed bytes directly. */
export function checkText(file: PlanFile, bytes: Uint8Array, options: TextOptions = {}): RawText | Finding {
  let text: string;
  let encoding: RawText['encoding'] = 'utf-8';
  try {
    text = decoder.decode(bytes);
  } catch {
    const legacy = options.legacyKorean ? decodeCp949(bytes) : null;
    if (legacy !== null) {
      text = legacy;
      encoding = 'cp949';
      return afterDecoding(file, text, encoding);
    }
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const pos = lineColumn(before, before.length);
    return fileFinding(file, 'file/encoding', { problem: options.legacyKorean ? 'not-utf8-or-cp949' : 'not-utf8', byte: at }, pos.line, pos.column);
  }
  return afterDecoding(file, text, encoding);
}

function afterDecoding(file: PlanFile, text: string, encoding: RawText['encoding']): RawText | Finding {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const ctl = CONTROL.exec(text);
  if (ctl) {
    const pos = lineColumn(text, ctl.index);
    const code = ctl[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return fileFinding(file, 'file/encoding', { problem: 'control', char: `U+${code}` }, pos.line, pos.column);
  }
  const conflict = CONFLICT.exec(text);
  if (conflict) {
    const pos = lineColumn(text, conflict.index);
    return fileFinding(file, 'file/merge-conflict', {}, pos.line, pos.column);
  }
  return { file, text, encoding };
}

/**
 * CP949 text, or null unless every byte sequence is a CP949 character: the decoder must produce no
 * U+FFFD and encoding the text again must give back the same bytes, so nothing is ever guessed.
 */
function decodeCp949(bytes: Uint8Array): string | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // loaded only here: most runs never meet a file that is not UTF-8
  const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  const text = iconv.decode(buf, 'cp949');
  if (text.includes('\ufffd')) return null;
  return iconv.encode(text, 'cp949').equals(buf) ? text : null;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return i;
}
