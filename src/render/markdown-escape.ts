// Plan text in Markdown output. Markdown passes raw HTML through, and sdplan's Markdown goes into
// pull-request comments and GitHub job summaries, so a name such as `<img src=x onerror=...>` or
// `[x](javascript:...)` must arrive as text. Every Markdown writer escapes plan text here.

/**
 * Inline text: one line (a line break would end a table row or a list item), no tag, no link, no
 * emphasis, no table cell break; shows as written.
 */
export function mdText(s: string): string {
  return s
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A code span holding `s` as written: fenced by more backticks than the longest run inside it, so
 * a backtick cannot close it early; a space pads a span that starts or ends with a backtick. A table
 * cell would still split at `|` (GitHub reads it before the span), so it is escaped there too.
 */
export function mdCode(s: string, inTable = false): string {
  const one = s.replace(/\r\n|\r|\n/g, ' ');
  const text = inTable ? one.replace(/\|/g, '\\|') : one;
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
