// Bounds on a template sent as text (.csv, or a PDF's text as .txt) before it is parsed. The byte
// limit alone (10 MB) let one anonymous upload of 4.5 million one-letter lines take the server's
// heap past 4 GB and end the process (the abusive-client hunt): the CSV reader makes an object of
// every row and cell. A filled-in template is some 60 rows of some 10 cells, its narratives a few
// thousand lines at most, so these bounds are far above a real one and far below what hurts.
import { ImportError } from './errors.js';

export const MAX_TEXT_LINES = 20_000;
/** cells of a CSV: its commas and line ends (a narrative's commas count too) */
export const MAX_CSV_FIELDS = 200_000;

function count(data: Buffer, byte: number): number {
  let n = 0;
  for (let i = data.indexOf(byte); i !== -1; i = data.indexOf(byte, i + 1)) n++;
  return n;
}

/** Throws an ImportError naming the file when it has more lines (or, a CSV, more cells) than a template could. */
export function checkTextShape(file: string, data: Buffer, csv: boolean): void {
  const lines = count(data, 0x0a);
  if (lines > MAX_TEXT_LINES) throw new ImportError(file, '', `the file has ${lines} lines; a template has a few thousand at most (${MAX_TEXT_LINES} are read), so it is not read`);
  const fields = csv ? lines + count(data, 0x2c) : 0;
  if (fields > MAX_CSV_FIELDS) throw new ImportError(file, '', `the file has ${fields} cells; a template has a few thousand at most (${MAX_CSV_FIELDS} are read), so it is not read`);
}
