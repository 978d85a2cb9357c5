// CSV cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) are
// prefixed with an apostrophe so they show as text. Numbers stay numbers, negative ones included.
export function neutralise(cell: unknown): string | number {
  if (typeof cell === 'number') return cell;
  if (cell === null || cell === undefined) return '';
  const s = String(cell);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
