// Spreadsheets (.xlsx, .csv) through exceljs. A merged cell reads as its top-left cell's text in
// every cell it covers, which is what a reader of the sheet sees.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { columnLetter, rowText, type ReadDocument, type TableRow } from './table.js';

function rowsOf(sheet: ExcelJS.Worksheet, name: string): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text.replace(/\r\n?/g, '\n'));
    if (cells.every((x) => x.trim() === '')) return;
    rows.push({ where: `${name} row ${r}`, cells, positional: true, cellAt: (c) => `${name}!${columnLetter(c)}${r}` });
  });
  return rows;
}

export async function readXlsx(file: string, data: Buffer): Promise<ReadDocument> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const rows = book.worksheets.flatMap((s) => rowsOf(s, s.name));
  return { file, format: 'xlsx', rows, text: rows.map((r) => rowText(r.cells)).join('\n') };
}

export async function readCsv(file: string, data: Buffer): Promise<ReadDocument> {
  const book = new ExcelJS.Workbook();
  // every value as written: "4.10" must not become the number 4.1, nor "1/2" a date
  const sheet = await book.csv.read(Readable.from([data]), { map: (v: unknown) => v, parserOptions: { ignoreEmpty: true } });
  const rows = rowsOf(sheet, 'row').map((r) => ({ ...r, where: r.where.replace(/^row row/, 'row') }));
  const named = rows.map((r) => {
    const n = r.where.slice('row '.length);
    return { ...r, cellAt: (c: number) => `${columnLetter(c)}${n}` };
  });
  return { file, format: 'csv', rows: named, text: named.map((r) => rowText(r.cells)).join('\n') };
}
