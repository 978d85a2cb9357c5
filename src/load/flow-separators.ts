// A thousands separator inside a {...} map: in YAML's flow style a comma separates entries, so
// `{2018: 2,000}` is read as `2018: 2` and a key `000` with no value (and `2,000,000` as a duplicate
// key). The figure a person wrote is lost without a word about it. This finds such commas in the
// text, so that the value is read as written (2000) and an error says how to write it.
import type { Finding } from '../model/diagnostic.js';
import type { Node, Pair } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import { readNumberText } from '../model/number-text.js';

export interface FlowSeparator {
  /** Offsets of what was written, from the first digit to the end of the last group. */
  start: number;
  end: number;
  /** What was written (2,000) and what it means: a number, or else the text it continues. */
  written: string;
  fix: number | string;
}

/** A digit, a comma and three digits right after `:` `,` `[` or `{` (not inside words such as "per 100,000"). */
const PREFILTER = /[:,[{]\s*[-+]?\d{1,3},\d{3}/;

export function findFlowSeparators(text: string): FlowSeparator[] {
  if (!text.includes('{') || !PREFILTER.test(text)) return [];
  const { parseDocument, visit, isScalar } = yamlLib();
  const doc = parseDocument(text, { uniqueKeys: false, strict: false, prettyErrors: false });
  const src = (n: Node | null | undefined) => (n?.range ? text.slice(n.range[0], n.range[1]) : '');
  const plain = (n: unknown): n is Node => isScalar(n) && n.type === 'PLAIN';
  const found: FlowSeparator[] = [];
  visit(doc, {
    Map(_, map) {
      if (!map.flow) return;
      const items = map.items as Array<Pair<unknown, unknown>>;
      for (let i = 0; i < items.length; i++) {
        const value = items[i]!.value;
        if (!plain(value) || !/\d$/.test(src(value))) continue;
        // the entries that follow with a key of three digits, no value, and nothing but a comma before them
        let end = value.range![1];
        let j = i + 1;
        while (j < items.length) {
          const next = items[j]!;
          if (next.value !== null || !plain(next.key) || !/^\d{3}(?!\d)/.test(src(next.key)) || text.slice(end, next.key.range![0]) !== ',') break;
          end = next.key.range![1];
          j++;
        }
        if (j === i + 1) continue;
        const start = value.range![0];
        const written = text.slice(start, end);
        const read = readNumberText(written);
        found.push({ start, end, written, fix: read?.kind === 'number' && read.unit === undefined && read.qualifier === undefined ? read.value : written });
        i = j - 1;
      }
    },
  });
  return found.sort((a, b) => a.start - b.start);
}

/** The text with each separated figure written as it was meant: the number, or the whole text quoted. */
export function mendFlowSeparators(text: string, found: readonly FlowSeparator[]): string {
  let out = '';
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.start) + (typeof f.fix === 'number' ? String(f.fix) : JSON.stringify(f.fix));
    at = f.end;
  }
  return out + text.slice(at);
}

/** One error per separated figure, where it starts. */
export function flowSeparatorFindings(rel: string, text: string, found: readonly FlowSeparator[]): Finding[] {
  return found.map((f) => {
    const before = text.slice(0, f.start);
    const line = before.split('\n').length;
    const column = f.start - before.lastIndexOf('\n');
    const fix = typeof f.fix === 'number' ? String(f.fix) : JSON.stringify(f.fix);
    return {
      rule: 'yaml/thousands-separator',
      args: { written: f.written, fix, quoted: typeof f.fix === 'number' ? 0 : 1 },
      file: rel,
      path: '',
      line,
      column,
    };
  });
}
