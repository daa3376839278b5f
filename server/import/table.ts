// What every reader hands the mapping: the document's rows as cells of text, each with where it
// was read, and the document's text as it will be kept for checking quotes.

export type ImportFormat = 'docx' | 'xlsx' | 'csv' | 'text';

export interface TableRow {
  /** where a reader of the original file finds the row: "line 21", "Sheet1 row 4", "table 2 row 3" */
  where: string;
  /** the cell's address for a column index: "line 21 cell 3", "Sheet1!C4", "table 2 row 3 cell 3" */
  cellAt(column: number): string;
  cells: string[];
  /**
   * True when the cells stand in their columns (spreadsheets, Word tables). A PDF's text export
   * drops empty cells, so its rows are read by what the cells hold instead.
   */
  positional: boolean;
}

export interface ReadDocument {
  file: string;
  format: ImportFormat;
  rows: TableRow[];
  /** the document's text, kept as the Source every quote is checked against */
  text: string;
}

/** A cell's paragraphs are joined by new lines; the kept text puts a row's cells on one line, tab separated. */
export const rowText = (cells: readonly string[]): string => cells.map((c) => c.replace(/\s*\n\s*/g, ' ').trim()).join('\t');

/** Spreadsheet column letters for a 0-based index: 0 -> A, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
