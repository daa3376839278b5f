// An import refused: which file, where in it (row, cell or line) and why. Nothing is written
// when one is thrown, so the message must be enough to mend the file.
export class ImportError extends Error {
  constructor(
    readonly file: string,
    /** "line 21", "Sheet1!C4", "table 2, row 3", or "" for the file as a whole */
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${file}${where ? `: ${where}` : ''}: ${reason}`);
    this.name = 'ImportError';
  }
}
