// Reporters of `sdplan validate`: pure functions (result, options) -> string, chosen from a map.
import { mdText } from './markdown-escape.js';
import { manyJson } from './plans-output.js';
import { FINDINGS_SHOWN, type Diagnostic, type Omitted, type Severity } from '../model/diagnostic.js';
import { messageOf } from './messages.js';
import { ruleDocUrl } from './rules-doc.js';

export interface PlanResult {
  plan: string;
  /** Diagnostics whose `file` is already relative to the current folder. */
  diagnostics: Diagnostic[];
  /** Findings counted but not listed (the check's cap), per rule and file. */
  omitted?: Omitted[];
}

export interface FormatOptions {
  /** Language of the sentences (English by default). */
  lang?: 'en' | 'ko';
  /** Colours for the terminal (the CLI passes chalk when stdout is a colour TTY); none by default. */
  paint?: Paint;
}

export type Counts = Record<Severity, number>;

function countOf(diags: readonly Diagnostic[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const d of diags) c[d.severity]++;
  return c;
}

/**
 * What a reporter lists: at most FINDINGS_SHOWN findings of one rule in one file (the first, in the
 * order given), the others counted with those the check already counted. Every format lists the
 * same findings, and counts all of them.
 */
function listed(r: PlanResult): { plan: string; diagnostics: Diagnostic[]; omitted: Omitted[] } {
  const seen = new Map<string, number>();
  const omitted = new Map<string, Omitted>();
  for (const o of r.omitted ?? []) omitted.set(`${o.rule}\u0000${o.file}`, { ...o });
  const diagnostics: Diagnostic[] = [];
  for (const d of r.diagnostics) {
    const k = `${d.rule}\u0000${d.file}`;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n <= FINDINGS_SHOWN) {
      diagnostics.push(d);
      continue;
    }
    const o = omitted.get(k);
    if (o) o.count++;
    else omitted.set(k, { rule: d.rule, severity: d.severity, file: d.file, count: 1 });
  }
  const list = [...omitted.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { plan: r.plan, diagnostics, omitted: list };
}

/** Counts of every finding, listed or not. */
export function countResults(results: readonly PlanResult[]): Counts {
  const c = countOf(results.flatMap((r) => r.diagnostics));
  for (const r of results) for (const o of r.omitted ?? []) c[o.severity] += o.count;
  return c;
}

/** The line that stands for the findings of a rule in a file that are not listed. */
function omittedText(o: Omitted, lang: string | undefined): string {
  return lang === 'ko' ? `… 그 밖에 ${o.rule} 발견 사항 ${o.count}건` : `… and ${o.count} more ${o.rule} finding${o.count === 1 ? '' : 's'}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const where = (d: Diagnostic) => (d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file);

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const PLAIN: Paint = { red: (s) => s, yellow: (s) => s, blue: (s) => s, dim: (s) => s, bold: (s) => s, underline: (s) => s };

function sevPaint(p: Paint, s: Severity): (x: string) => string {
  return s === 'error' ? p.red : s === 'warning' ? p.yellow : p.blue;
}

function summary(c: Counts, lang: string | undefined): string {
  if (lang === 'ko') return `오류 ${c.error}건, 경고 ${c.warning}건, 참고 ${c.info}건`;
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`;
}

/** Severity words in the output language; the codes stay what machines read. */
const SEVERITY_KO: Record<Severity, string> = { error: '오류', warning: '경고', info: '참고' };

/** Grouped by file, aligned columns, a summary line. */
function stylish(results: PlanResult[], o: FormatOptions): string {
  const p = o.paint ?? PLAIN;
  const out: string[] = [];
  const parts = results.map(listed);
  const all = parts.flatMap((r) => r.diagnostics);
  const more = parts.flatMap((r) => r.omitted);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of all) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const files = [...new Set([...byFile.keys(), ...more.map((x) => x.file)])];
  for (const file of files) {
    const ds = byFile.get(file) ?? [];
    out.push(p.underline(file));
    const pos = ds.map((d) => (d.line > 0 ? `${d.line}:${d.column}` : ''));
    // reduce, not Math.max(...xs): a file can carry more findings than a call takes arguments
    const w = pos.reduce((m, s) => Math.max(m, s.length), 0);
    const rw = ds.reduce((m, d) => Math.max(m, d.rule.length), 0);
    ds.forEach((d, i) => {
      const sev = sevPaint(p, d.severity)(o.lang === 'ko' ? SEVERITY_KO[d.severity].padEnd(3, '\u3000') : d.severity.padEnd(7));
      out.push(`  ${p.dim(pos[i]!.padStart(w))}  ${sev}  ${p.dim(d.rule.padEnd(rw))}  ${messageOf(d, o.lang)}`);
    });
    for (const x of more) if (x.file === file) out.push(`  ${p.dim(omittedText(x, o.lang))}`);
    out.push('');
  }
  const c = countResults(results);
  const icon = c.error > 0 ? p.red('✖') : c.warning > 0 ? p.yellow('⚠') : '✔';
  const names = results.map((r) => r.plan).join(', ');
  out.push(p.bold(`${icon} ${names}: ${summary(c, o.lang)}`));
  return out.join('\n') + '\n';
}

/** One line per finding, e.g. `tasks/energy.yaml:14:15 error ref/unknown-strategy  Task ...`. */
export function compact(results: PlanResult[], o: FormatOptions = {}): string {
  const lines: string[] = [];
  for (const r of results.map(listed)) {
    for (const d of r.diagnostics) lines.push(`${where(d)} ${d.severity} ${d.rule}  ${messageOf(d, o.lang)}`);
    for (const x of r.omitted) lines.push(`${x.file} ${x.severity} ${x.rule}  ${omittedText(x, o.lang)}`);
  }
  return lines.join('\n') + (lines.length > 0 ? '\n' : '');
}

/** The JSON contract: {plan, diagnostics: [...], counts}; several plans give {plans: [these]}. */
function json(results: PlanResult[], o: FormatOptions = {}): string {
  const one = (full: PlanResult) => {
    const r = listed(full);
    return {
      plan: r.plan,
      diagnostics: r.diagnostics.map((d) => ({
        rule: d.rule,
        docs: ruleDocUrl(d.rule),
        severity: d.severity,
        args: d.args,
        message: messageOf(d, o.lang),
        file: d.file,
        line: d.line,
        column: d.column,
        path: d.path,
      })),
      // findings past the cap: counted per rule and file, and in `counts`
      ...(r.omitted.length > 0 ? { omitted: r.omitted } : {}),
      counts: countResults([full]),
    };
  };
  return manyJson(
    results.map((r) => {
      const { plan, ...value } = one(r);
      return { plan, value };
    }),
  );
}

// Workflow-command escaping, as the GitHub Actions toolkit does it.
const escData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string) => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub shows about ten annotations of each kind per step; the rest go to the job summary. */
const GITHUB_ANNOTATION_LIMIT = 10;

function github(results: PlanResult[], o: FormatOptions = {}): string {
  const all = results.map(listed).flatMap((r) => r.diagnostics);
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const lines: string[] = [];
  for (const d of all) {
    if (shown[d.severity]++ >= GITHUB_ANNOTATION_LIMIT) continue;
    const cmd = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
    const props = [`file=${escProp(d.file)}`];
    if (d.line > 0) props.push(`line=${d.line}`, `col=${d.column}`);
    props.push(`title=${escProp(d.rule)}`);
    lines.push(`::${cmd} ${props.join(',')}::${escData(messageOf(d, o.lang))}`);
  }
  const c = countResults(results);
  const hidden =
    c.error +
    c.warning +
    c.info -
    Math.min(c.error, GITHUB_ANNOTATION_LIMIT) -
    Math.min(c.warning, GITHUB_ANNOTATION_LIMIT) -
    Math.min(c.info, GITHUB_ANNOTATION_LIMIT);
  lines.push(`sdplan: ${summary(c, o.lang)}${hidden > 0 ? ` (${hidden} more in the job summary)` : ''}`);
  return lines.join('\n') + '\n';
}

const cell = mdText;

/** The full list as a Markdown table, for $GITHUB_STEP_SUMMARY. */
export function githubSummary(results: PlanResult[], o: FormatOptions = {}): string {
  const parts = results.map(listed);
  const all = parts.flatMap((r) => r.diagnostics);
  const more = parts.flatMap((r) => r.omitted);
  const out = [`### sdplan validate: ${results.map((r) => r.plan).join(', ')}`, '', summary(countResults(results), o.lang), ''];
  if (all.length > 0) {
    out.push('| File | Line | Severity | Rule | Message |', '| --- | ---: | --- | --- | --- |');
    for (const d of all)
      out.push(
        `| ${cell(d.file)} | ${d.line > 0 ? `${d.line}:${d.column}` : ''} | ${d.severity} | [\`${d.rule}\`](${ruleDocUrl(d.rule)}) | ${cell(messageOf(d, o.lang))} |`,
      );
    for (const x of more) out.push(`| ${cell(x.file)} | | ${x.severity} | \`${x.rule}\` | ${cell(omittedText(x, o.lang))} |`);
    out.push('');
  }
  return out.join('\n');
}

export const VALIDATE_FORMATS = {
  stylish,
  compact,
  json,
  github,
} satisfies Record<string, (r: PlanResult[], o: FormatOptions) => string>;

export type ValidateFormat = keyof typeof VALIDATE_FORMATS;
