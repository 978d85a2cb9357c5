// `# sdplan-disable-next-line RULE[, RULE] -- reason` comments: a reviewed finding is silenced where
// it stands. Directives that silence nothing, name no known rule or give no reason are findings.
import type { Diagnostic, Finding } from '../model/diagnostic.js';
import { isRuleId } from '../model/rule-ids.js';

const DIRECTIVE = /#\s*sdplan-disable-next-line\b(.*)$/;

interface Directive {
  file: string;
  line: number;
  column: number;
  rules: string[];
  reason: string;
  used: Set<string>;
}

export function parseDirectives(file: string, text: string): Directive[] {
  const out: Directive[] = [];
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    if (!l.includes('sdplan-disable')) return;
    const m = DIRECTIVE.exec(l);
    if (!m) return;
    const [list = '', reason = ''] = m[1]!.split(/\s--\s?|\s--$/, 2);
    out.push({
      file,
      line: i + 1,
      column: m.index + 1,
      rules: list.split(/[\s,]+/).filter(Boolean),
      reason: reason.trim(),
      used: new Set(),
    });
  });
  return out;
}

/** Drops the diagnostics that a directive on the line above silences; reports bad or unused directives. */
export function applySuppressions(diags: Diagnostic[], directives: Directive[]): { kept: Diagnostic[]; findings: Finding[] } {
  const byLine = new Map<string, Directive>();
  for (const d of directives) byLine.set(`${d.file}\u0000${d.line + 1}`, d);
  const kept = diags.filter((diag) => {
    const d = byLine.get(`${diag.file}\u0000${diag.line}`);
    if (!d?.rules.includes(diag.rule) || d.reason === '') return true;
    d.used.add(diag.rule);
    return false;
  });
  const findings: Finding[] = [];
  for (const d of directives) {
    const at = { file: d.file, path: '', line: d.line, column: d.column };
    const unknown = d.rules.filter((r) => !isRuleId(r));
    if (d.rules.length === 0 || unknown.length > 0) {
      findings.push({ ...at, rule: 'suppress/invalid', args: { problem: 'rule', rules: unknown.join(', ') } });
    } else if (d.reason === '') {
      findings.push({ ...at, rule: 'suppress/invalid', args: { problem: 'reason', rules: d.rules.join(', ') } });
    } else {
      const unused = d.rules.filter((r) => !d.used.has(r));
      if (unused.length > 0) findings.push({ ...at, rule: 'suppress/unused', args: { rules: unused.join(', ') } });
    }
  }
  return { kept, findings };
}
