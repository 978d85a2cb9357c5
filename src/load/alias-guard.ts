// js-yaml resolves an alias to the same object instead of copying it, so parsing an alias bomb is
// cheap; walking the result naively is not. This walk visits each object once, counts how often
// objects are reached again (aliases) and what the document would expand to, and stops early.
import { MAX_ALIASES, MAX_ALIAS_EXPANSION } from './limits.js';

export interface AliasReport {
  aliases: number;
  /** Nodes the document expands to beyond its distinct nodes (a lower bound once over the limit). */
  expansion: number;
}

/**
 * Returns null when the value is within limits, else what was counted when the walk stopped.
 * An alias needs an anchor (`&name`), so text without '&' is skipped without a walk.
 */
export function checkAliases(root: unknown, text?: string): AliasReport | null {
  if (text !== undefined && !text.includes('&')) return null;
  const size = new Map<object, number>();
  let aliases = 0;
  let expansion = 0;
  // Post-order: an object's expanded size is 1 + the sizes of its children.
  const walk = (v: unknown): number => {
    if (v === null || typeof v !== 'object') return 1;
    const known = size.get(v);
    if (known !== undefined) {
      aliases++;
      expansion += known;
      return known;
    }
    size.set(v, 1);
    let n = 1;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      n += walk(child);
      if (aliases > MAX_ALIASES || expansion > MAX_ALIAS_EXPANSION) return n;
    }
    size.set(v, n);
    return n;
  };
  walk(root);
  return aliases > MAX_ALIASES || expansion > MAX_ALIAS_EXPANSION ? { aliases, expansion } : null;
}
