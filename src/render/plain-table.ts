// A borderless, aligned text table for the terminal. cli-table3 measures each cell with
// string-width, so Hangul (two columns per syllable) lines up where `.length` would not.
const NO_BORDER = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

/** Rows under a header; columns from `rightFrom` on are right-aligned (numbers). */
export async function plainTable(head: string[], rows: string[][], rightFrom = head.length): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const t = new Table({
    head,
    chars: NO_BORDER,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    colAligns: head.map((_, i) => (i >= rightFrom ? 'right' : 'left')),
  });
  for (const r of rows) t.push(r);
  return t
    .toString()
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n');
}
