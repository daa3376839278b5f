// The plain-text export of a PDF: one table row per line, cells separated by tabs. The converter
// drops empty cells unevenly, so the rows are not positional (see classify-row.ts).
import type { ReadDocument, TableRow } from './table.js';

export function readText(file: string, text: string): ReadDocument {
  const rows: TableRow[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `line ${i + 1}`;
    rows.push({ where, cells: line.split('\t'), positional: false, cellAt: (c) => `${where}, cell ${c + 1}` });
  });
  return { file, format: 'text', rows, text };
}
