// The one CSV writer of sdplan, and the one guard against formulas in what it writes.
// A cell that a spreadsheet would run as a formula (=, +, -, @, tab or CR at its start) is
// prefixed with an apostrophe so it shows as text; so is every line of a cell after a line break
// (CR, LF or CRLF), since a reader that splits rows there would start a new cell with that line.
// A cell holding a delimiter, a quote, CR or LF is quoted, so a lone CR never starts a row.
// Numbers stay numbers, negative ones included. Reading undoes the apostrophes (`unneutralise`),
// so a file sdplan wrote reads back as the values it was written from, apostrophes included.
const START = /^'*[=+\-@\t\r]/;
const AFTER_BREAK = /(\r\n|\r|\n)(?='*[=+\-@\t])/g;
const START_WRITTEN = /^'+[=+\-@\t\r]/;
const AFTER_BREAK_WRITTEN = /(\r\n|\r|\n)'(?='*[=+\-@\t])/g;

export function neutralise(cell: unknown): string | number {
  if (typeof cell === 'number') return cell;
  if (cell === null || cell === undefined) return '';
  const s = String(cell).replace(AFTER_BREAK, "$1'");
  return START.test(s) ? `'${s}` : s;
}

/** The text that `neutralise` was given: the apostrophes it added are dropped. */
export function unneutralise(cell: string): string {
  const s = START_WRITTEN.test(cell) ? cell.slice(1) : cell;
  return s.includes('\r') || s.includes('\n') ? s.replace(AFTER_BREAK_WRITTEN, '$1') : s;
}

export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** between records; the last record ends with it too (default '\n') */
  eol?: string;
  delimiter?: string;
  /** start with a byte-order mark */
  bom?: boolean;
  /**
   * Cells are a file's own text, read to be written back (a rename of an ID): quoted as needed but
   * not neutralised, so the bytes the city wrote stay as they were.
   */
  asRead?: boolean;
}

/** One CSV record: every cell neutralised (unless `asRead`), quoted when it must be. */
export function csvRecord(cells: readonly CsvCell[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  return cells
    .map((c) => {
      const v = c === null || c === undefined ? '' : options.asRead ? String(c) : String(neutralise(c));
      return v.includes('"') || v.includes('\n') || v.includes('\r') || v.includes(delimiter) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(delimiter);
}

/** Records to CSV text: each record ends with `eol`. */
export function csvText(rows: ReadonlyArray<readonly CsvCell[]>, options: CsvOptions = {}): string {
  const eol = options.eol ?? '\n';
  let out = options.bom ? '\ufeff' : '';
  for (const r of rows) out += csvRecord(r, options) + eol;
  return out;
}
