// A flat table of cells: what CSV and spreadsheet outputs are built from before anything is written.
export type Cell = string | number | null;

export interface Table {
  columns: string[];
  rows: Cell[][];
}
