// JSON pointer -> line and column, computed with `yaml` only for files that have findings:
// parsing with positions costs about 10x a plain parse, and a clean plan never pays it.
import type { Node, Document, LineCounter } from 'yaml';
import { yamlLib as yaml } from './yaml-lib.js';

export interface Position {
  line: number;
  column: number;
}

interface Parsed {
  doc: Document;
  lc: LineCounter;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinPointer(...segments: Array<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export class SourceMap {
  private readonly texts = new Map<string, string>();
  private readonly parsed = new Map<string, Parsed>();

  addText(file: string, text: string): void {
    this.texts.set(file, text);
  }

  text(file: string): string | undefined {
    return this.texts.get(file);
  }

  /** Plan-relative paths of every file read, in reading order. */
  files(): string[] {
    return [...this.texts.keys()];
  }

  private parse(file: string): Parsed | undefined {
    let p = this.parsed.get(file);
    if (p) return p;
    const text = this.texts.get(file);
    if (text === undefined) return undefined;
    const { LineCounter: Counter, parseDocument } = yaml();
    const lc = new Counter();
    const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false, strict: false, prettyErrors: false });
    p = { doc, lc };
    this.parsed.set(file, p);
    return p;
  }

  /**
   * Where the value at `pointer` starts (or its key, with `atKey`). A pointer that goes past what
   * the file holds resolves to the deepest node that exists, e.g. the map lacking a required field.
   */
  locate(file: string, pointer: string, atKey = false): Position {
    const p = this.parse(file);
    if (!p) return { line: 1, column: 1 };
    const target = this.nodeAt(p, pointer, atKey);
    const offset = target?.range?.[0] ?? 0;
    const pos = p.lc.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  /** The value at `pointer` as the file writes it (`.nan`, `1e309`), when the pointer reaches a value. */
  written(file: string, pointer: string): string | undefined {
    const p = this.parse(file);
    const text = this.texts.get(file);
    if (!p || text === undefined) return undefined;
    const node = this.nodeAt(p, pointer, false, true);
    return node?.range ? text.slice(node.range[0], node.range[1]) : undefined;
  }

  private nodeAt(p: Parsed, pointer: string, atKey: boolean, exact = false): Node | undefined {
    const { isAlias, isMap, isPair, isSeq } = yaml();
    let node: unknown = p.doc.contents;
    let keyNode: unknown;
    const deepest = () => (atKey && keyNode ? keyNode : node) as Node | undefined;
    for (const seg of splitPointer(pointer)) {
      if (isAlias(node)) node = node.resolve(p.doc);
      if (isMap(node)) {
        const pair = node.items.find((it) => isPair(it) && keyString(it.key) === seg);
        if (!pair) return exact ? undefined : deepest();
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node)) {
        const item = node.items[Number(seg)];
        if (item === undefined || !/^\d+$/.test(seg)) return exact ? undefined : deepest();
        keyNode = undefined;
        node = item;
      } else return exact ? undefined : deepest();
    }
    return deepest();
  }
}

function keyString(k: unknown): string | undefined {
  if (yaml().isScalar(k)) return String((k as { value: unknown }).value);
  return undefined;
}
