// A flat table of cells: what CSV and spreadsheet outputs are built from before anything is written.
/** A cell: a list (IDs, tags) is an array; CSV writes it space-separated, JSON as an array. */
export type Cell = string | number | boolean | null | readonly string[];

export interface Table {
  columns: string[];
  rows: Cell[][];
}
