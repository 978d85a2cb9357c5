// CSV cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) are
// prefixed with an apostrophe so they show as text. Numbers stay numbers, negative ones included.
// Reading undoes it, so a file sdplan wrote reads back as the values it was written from.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(cell: unknown): string | number {
  if (typeof cell === 'number') return cell;
  if (cell === null || cell === undefined) return '';
  const s = String(cell);
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** The text that `neutralise` was given: an apostrophe before a formula character is dropped. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
