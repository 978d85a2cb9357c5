// Checking in phases: what reading found, then each file against its schema, then the
// cross-reference rules over the typed plan; then positions, severities and suppressions.
import type { Diagnostic, Finding, Level, Omitted, Severity } from '../model/diagnostic.js';
import type { LoadedPlan } from '../load/load-plan.js';
import { checkSchema } from './schema-check.js';
import { indexPlan } from './plan-index.js';
import { RULE_LIST } from './rules/index.js';
import type { RowLimit } from './rule.js';
import { RULES, isRuleId, type RuleId } from '../model/rule-ids.js';
import { SDG } from '../sdg/catalog.js';
import { applySuppressions, parseDirectives } from './suppressions.js';

export interface CheckOptions {
  /** Per-run severity overrides (--rule ID=level); they win over plan.yaml `rules:`. */
  overrides?: Readonly<Record<string, Level>>;
  /**
   * Keep at most this many findings of one rule in one file, the first by line; count the others
   * (`omitted`). Findings of CSV files past the cap are never placed, sorted or kept.
   */
  cap?: number;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Per rule and file, the findings past `cap`; sorted by file, then rule. */
  omitted: Omitted[];
}

const byPlace = (a: { line?: number; column?: number; path: string }, b: { line?: number; column?: number; path: string }) =>
  (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The first `cap` items of each rule and file (by line, column, path) where `eligible`; the others
 * are added to `omitted`, keyed by rule and file. Items that are not eligible are all kept.
 */
function capByRuleAndFile<T extends { rule: RuleId; file: string; line?: number; column?: number; path: string }>(
  items: readonly T[],
  cap: number,
  eligible: (x: T) => boolean,
  severity: (x: T) => Severity,
  omitted: Map<string, Omitted>,
): T[] {
  // groups by rule, then file: no key string is made per finding (there can be a million)
  const groups = new Map<RuleId, Map<string, T[]>>();
  const kept: T[] = [];
  for (const x of items) {
    if (!eligible(x)) {
      kept.push(x);
      continue;
    }
    let byFile = groups.get(x.rule);
    if (!byFile) groups.set(x.rule, (byFile = new Map()));
    const list = byFile.get(x.file);
    if (list) list.push(x);
    else byFile.set(x.file, [x]);
  }
  const over: T[][] = [];
  for (const byFile of groups.values())
    for (const list of byFile.values()) {
      if (list.length <= cap) for (const x of list) kept.push(x);
      else over.push(list);
    }
  if (over.length === 0) return kept;
  for (const list of over) {
    const k = `${list[0]!.rule}\u0000${list[0]!.file}`;
    // rules report rows in file order: sort only when they did not
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++) sorted = byPlace(list[i - 1]!, list[i]!) <= 0;
    if (!sorted) list.sort(byPlace);
    for (let i = 0; i < cap; i++) kept.push(list[i]!);
    const o = omitted.get(k);
    // the findings a rule counted itself are past its first `cap` rows: these come after the kept ones
    if (o) o.count += list.length - cap;
    else omitted.set(k, { rule: list[0]!.rule, severity: severity(list[0]!), file: list[0]!.file, count: list.length - cap });
  }
  return kept;
}

/**
 * A schema error that every cross-file rule would repeat in its own words: any error in plan.yaml
 * (period, languages and organization feed every rule) but a misspelt field, and an error at the
 * root or the top-level list of any other file.
 */
function holdsBack(kind: string, f: Finding): boolean {
  if (f.rule === 'schema/unknown-field') return false;
  return kind === 'plan' || f.path.split('/').length <= 2;
}

function collectFindings(loaded: LoadedPlan, limit?: RowLimit): Finding[] {
  // concat, not push(...found): a large broken plan yields more findings than a call can take
  let findings = loaded.findings;
  const broken = new Set(loaded.broken);
  const unusable = new Set<string>();
  for (const d of loaded.docs) {
    if (broken.has(d.file)) continue;
    const found = checkSchema(d.kind, d.file, d.value, (pointer) => loaded.sources.written(d.file, pointer));
    // a recorded evaluation feeds no rule of the plan: its errors hold nothing back, but a record
    // that does not match its schema is not compared with today's computation
    if (d.kind === 'evaluation') {
      if (found.length > 0) unusable.add(d.file);
    } else if (found.some((f) => holdsBack(d.kind, f))) broken.add(d.file);
    findings = findings.concat(found);
  }
  if (broken.size > 0) {
    // one cause, one finding: without that file every reference into it would be reported
    const files = [...broken].sort();
    return findings.concat({ rule: 'check/held-back', args: { files: files.join(', '), count: files.length }, file: files[0]!, path: '', line: 0, column: 0 });
  }
  const ctx = {
    plan: loaded.plan,
    index: indexPlan(loaded.plan),
    sdg: SDG,
    records: loaded.records.filter((r) => !unusable.has(r.file)),
    ...(limit ? { limit } : {}),
  };
  for (const rule of RULE_LIST) findings = findings.concat(rule.run(ctx));
  return findings;
}

/** Default severity, then plan.yaml `rules:`, then the run's overrides. */
function levelsFor(loaded: LoadedPlan, options: CheckOptions): (rule: RuleId) => Level {
  const levels = new Map<string, Level>();
  for (const o of loaded.plan.ruleOverrides) {
    if (isRuleId(o.rule) && ['error', 'warning', 'info', 'off'].includes(o.level)) levels.set(o.rule, o.level as Level);
  }
  for (const [rule, level] of Object.entries(options.overrides ?? {})) levels.set(rule, level);
  return (rule) => levels.get(rule) ?? RULES[rule].severity;
}

/** The sort key as one string: NUL ends each text field (so a shorter name sorts first), numbers are padded. */
const pad = (n: number) => String(n).padStart(10, '0');
const sortString = (d: Diagnostic): string => `${d.file}\u0000${pad(d.line)}${pad(d.column)}${d.rule}\u0000${d.path}\u0000${JSON.stringify(d.args)}`;

export function checkPlan(loaded: LoadedPlan, options: CheckOptions = {}): Diagnostic[] {
  return checkPlanCapped(loaded, { ...(options.overrides ? { overrides: options.overrides } : {}) }).diagnostics;
}

export function checkPlanCapped(loaded: LoadedPlan, options: CheckOptions = {}): CheckResult {
  const level = levelsFor(loaded, options);
  const cap = options.cap;
  const omittedBy = new Map<string, Omitted>();
  const place = (f: Finding, severity: Severity): Diagnostic => {
    let { line, column } = f;
    if (line === undefined || column === undefined) {
      ({ line, column } = loaded.sources.locate(f.file, f.path, f.atKey));
    }
    let args = f.args;
    if (f.related) {
      const r = loaded.sources.locate(f.related.file, f.related.pointer);
      args = { ...args, otherFile: f.related.file, otherLine: r.line };
    }
    return { rule: f.rule, severity, args, file: f.file, line, column, path: f.path };
  };
  const toDiagnostics = (findings: Finding[]): Diagnostic[] =>
    findings.flatMap((f) => {
      const l = level(f.rule);
      return l === 'off' ? [] : [place(f, l)];
    });

  const omit = (rule: RuleId, file: string, count: number) => {
    const l = level(rule);
    if (l === 'off') return;
    const k = `${rule}\u0000${file}`;
    const o = omittedBy.get(k);
    if (o) o.count += count;
    else omittedBy.set(k, { rule, severity: l, file, count });
  };
  for (const o of loaded.omitted ?? []) omit(o.rule, o.file, o.count);
  let collected = collectFindings(loaded, cap !== undefined ? { cap, omit } : undefined);
  // past the cap, findings of files that hold no suppression directive (CSV) are only counted;
  // those of YAML files are capped once directives have had their say
  const yaml = new Set(loaded.docs.map((d) => d.file));
  if (cap !== undefined)
    collected = capByRuleAndFile(
      collected,
      cap,
      (f) => !yaml.has(f.file) && level(f.rule) !== 'off',
      (f) => level(f.rule) as Severity,
      omittedBy,
    );
  // A directive for a rule that is off silences nothing, and is reported as unused.
  const placed = toDiagnostics(collected);
  const directives = loaded.docs.flatMap((d) => parseDirectives(d.file, loaded.sources.text(d.file) ?? ''));
  const { kept, findings } = applySuppressions(placed, directives);
  let all = [...kept, ...toDiagnostics(findings)];
  if (cap !== undefined)
    all = capByRuleAndFile(
      all,
      cap,
      () => true,
      (d) => d.severity,
      omittedBy,
    );
  // each key is made once, as one string that sorts as the fields would: sorting compares
  // strings, not diagnostics (a broken CSV can give 100,000 findings)
  const seen = new Set<string>();
  const keyed: Array<[string, Diagnostic]> = [];
  for (const d of all) {
    const k = sortString(d);
    if (seen.has(k)) continue;
    seen.add(k);
    keyed.push([k, d]);
  }
  const diagnostics = keyed
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, d]) => d)
    // the cause first, the note about what was held back after it
    .sort((a, b) => Number(a.rule === 'check/held-back') - Number(b.rule === 'check/held-back'));
  const omitted = [...omittedBy.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { diagnostics, omitted };
}
