// Checking in phases: what reading found, then each file against its schema, then the
// cross-reference rules over the typed plan; then positions, severities and suppressions.
import type { Diagnostic, Finding, Level, Severity } from '../model/diagnostic.js';
import type { LoadedPlan } from '../load/load-plan.js';
import { checkSchema } from './schema-check.js';
import { indexPlan } from './plan-index.js';
import { RULE_LIST } from './rules/index.js';
import { RULES, isRuleId, type RuleId } from '../model/rule-ids.js';
import { SDG } from '../sdg/catalog.js';
import { applySuppressions, parseDirectives } from './suppressions.js';

export interface CheckOptions {
  /** Per-run severity overrides (--rule ID=level); they win over plan.yaml `rules:`. */
  overrides?: Readonly<Record<string, Level>>;
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

export function collectFindings(loaded: LoadedPlan): Finding[] {
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
  const ctx = { plan: loaded.plan, index: indexPlan(loaded.plan), sdg: SDG, records: loaded.records.filter((r) => !unusable.has(r.file)) };
  for (const rule of RULE_LIST) findings = findings.concat(rule.run(ctx));
  return findings;
}

/** Default severity, then plan.yaml `rules:`, then the run's overrides. */
export function levelsFor(loaded: LoadedPlan, options: CheckOptions): (rule: RuleId) => Level {
  const levels = new Map<string, Level>();
  for (const o of loaded.plan.ruleOverrides) {
    if (isRuleId(o.rule) && ['error', 'warning', 'info', 'off'].includes(o.level)) levels.set(o.rule, o.level as Level);
  }
  for (const [rule, level] of Object.entries(options.overrides ?? {})) levels.set(rule, level);
  return (rule) => levels.get(rule) ?? RULES[rule].severity;
}

const sortKey = (d: Diagnostic): Array<string | number> => [d.file, d.line, d.column, d.rule, d.path, JSON.stringify(d.args)];

function compareKeys(ka: ReadonlyArray<string | number>, kb: ReadonlyArray<string | number>): number {
  for (let i = 0; i < ka.length; i++) {
    if (ka[i]! < kb[i]!) return -1;
    if (ka[i]! > kb[i]!) return 1;
  }
  return 0;
}

/** The sort key as one string: NUL ends each text field (so a shorter name sorts first), numbers are padded. */
const pad = (n: number) => String(n).padStart(10, '0');
const sortString = (d: Diagnostic): string => `${d.file}\u0000${pad(d.line)}${pad(d.column)}${d.rule}\u0000${d.path}\u0000${JSON.stringify(d.args)}`;

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareKeys(sortKey(a), sortKey(b));
}

export function checkPlan(loaded: LoadedPlan, options: CheckOptions = {}): Diagnostic[] {
  const level = levelsFor(loaded, options);
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

  // A directive for a rule that is off silences nothing, and is reported as unused.
  const placed = toDiagnostics(collectFindings(loaded));
  const directives = loaded.docs.flatMap((d) => parseDirectives(d.file, loaded.sources.text(d.file) ?? ''));
  const { kept, findings } = applySuppressions(placed, directives);
  const all = [...kept, ...toDiagnostics(findings)];
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
  return keyed
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, d]) => d)
    // the cause first, the note about what was held back after it
    .sort((a, b) => Number(a.rule === 'check/held-back') - Number(b.rule === 'check/held-back'));
}
