// YAML text -> plain value, fast. js-yaml (about 10x faster than `yaml` here) gives the values;
// `yaml` is loaded only when a file is broken, to name every problem with its position, and by
// source-map.ts when a finding needs a line. test/parse-agreement.test.ts checks the two agree.
import jsYaml from 'js-yaml';
import type { Finding } from '../model/diagnostic.js';
import { checkAliases } from './alias-guard.js';
import { MAX_ALIASES, MAX_ALIAS_EXPANSION } from './limits.js';
import { findFlowSeparators, flowSeparatorFindings, mendFlowSeparators } from './flow-separators.js';

/** A parsed file; `findings` are errors that did not stop the reading (a figure read as it was meant). */
export type ParseResult = { ok: true; value: unknown; findings: Finding[] } | { ok: false; findings: Finding[] };

export function parseYamlText(rel: string, text: string): ParseResult {
  let value: unknown;
  // `{2018: 2,000}`: read 2000, as written, and say how to write it (positions come from the text as written)
  const separators = findFlowSeparators(text);
  const read = separators.length > 0 ? mendFlowSeparators(text, separators) : text;
  try {
    value = jsYaml.load(read, { schema: jsYaml.CORE_SCHEMA, filename: rel });
  } catch (e) {
    return { ok: false, findings: explainYamlError(rel, text, e as jsYaml.YAMLException) };
  }
  const alias = checkAliases(value, text);
  if (alias) {
    return {
      ok: false,
      findings: [
        {
          rule: 'yaml/alias-limit',
          args: { aliases: alias.aliases, limit: MAX_ALIASES, expansion: MAX_ALIAS_EXPANSION },
          file: rel,
          path: '',
          ...firstAliasPosition(text),
        },
      ],
    };
  }
  return { ok: true, value, findings: flowSeparatorFindings(rel, text, separators) };
}

function firstAliasPosition(text: string): { line: number; column: number } {
  const m = /(^|[\s,[{:-])\*[^\s,\]}]/m.exec(text);
  if (!m) return { line: 1, column: 1 };
  const offset = m.index + m[1]!.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Maps js-yaml's first error to a rule, with its position. */
function explainYamlError(rel: string, text: string, e: jsYaml.YAMLException): Finding[] {
  const reason = String(e.reason ?? e.message);
  const line = (e.mark?.line ?? 0) + 1;
  const column = (e.mark?.column ?? 0) + 1;
  if (/duplicated mapping key/.test(reason)) {
    const key = duplicateKeyAt(text, line, column);
    return [{ rule: 'yaml/duplicate-key', args: { key }, file: rel, path: '', line, column }];
  }
  if (/unknown tag/.test(reason)) {
    const tag = /!<?([^>\s]*)>?/.exec(reason)?.[1] ?? '';
    return [{ rule: 'yaml/unknown-tag', args: { tag: `!${tag.replace(/^!/, '')}` }, file: rel, path: '', line, column }];
  }
  if (/tab characters must not be used/.test(reason)) {
    return [{ rule: 'yaml/syntax', args: { reason: 'tab-indent' }, file: rel, path: '', line, column }];
  }
  return [{ rule: 'yaml/syntax', args: { reason: reason.replace(/\s+\(\d+:\d+\)$/, '') }, file: rel, path: '', line, column }];
}

function duplicateKeyAt(text: string, line: number, column: number): string {
  const l = text.split(/\r?\n/)[line - 1] ?? '';
  const m = /^\s*(?:-\s+)?["']?([^"':#]+?)["']?\s*:/.exec(l.slice(Math.max(0, column - 1))) ?? /^\s*(?:-\s+)?["']?([^"':#]+?)["']?\s*:/.exec(l);
  return m?.[1]?.trim() ?? '';
}
