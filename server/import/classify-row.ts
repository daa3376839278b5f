// A table row's cells as the template's fields. Spreadsheets and Word tables keep their columns, so
// the header says which cell is which. A PDF's text export drops empty cells unevenly, so there the
// mandatory action is found by its wording and the cells around it are read by what they hold:
// theme label, number and RAG before it; named lead, lead organisation and narrative after it.
import { plainText } from '../domain/analysis/vru-narrative.js';
import { matchAction, type ActionMatch, type Framework } from './framework.js';
import type { TableRow } from './table.js';
import type { Column, ColumnMap } from './template.js';

export interface RowFields {
  /** cell text as written, per field */
  values: Partial<Record<Column, string>>;
  /** the cell index each field was read from, for locators */
  at: Partial<Record<Column, number>>;
  match: ActionMatch | null;
}

const NUMBER = /^\s*(\d{1,2}(?:\.\d{1,2})?)\s*\.?\s*$/;
const THEME_LABEL = /^\s*\d{1,2}\s*[.)]?\s+[A-Za-z]/;
const blank = (s: string | undefined) => plainText(s ?? '') === '';

function fromPositions(row: TableRow, map: ColumnMap): Pick<RowFields, 'values' | 'at'> {
  const values: RowFields['values'] = {};
  const at: RowFields['at'] = {};
  for (const [col, i] of Object.entries(map) as [Column, number][]) {
    const v = row.cells[i];
    if (v === undefined || blank(v)) continue;
    values[col] = v;
    at[col] = i;
  }
  return { values, at };
}

const looksLikeNarrative = (cell: string) => /<p\b/i.test(cell) || plainText(cell).length > 80 || /^no comment/i.test(plainText(cell));

function fromContent(row: TableRow, fw: Framework): RowFields {
  const values: RowFields['values'] = {};
  const at: RowFields['at'] = {};
  const put = (col: Column, i: number) => {
    if (blank(row.cells[i])) return;
    values[col] = row.cells[i]!;
    at[col] = i;
  };
  const numberCell = row.cells.findIndex((c) => NUMBER.test(c));
  const number = numberCell >= 0 ? NUMBER.exec(row.cells[numberCell]!)![1] : undefined;
  let best: { i: number; m: ActionMatch } | undefined;
  row.cells.forEach((cell, i) => {
    if (i === numberCell || blank(cell)) return;
    const m = matchAction(fw, cell, number);
    if (m && (!best || m.score > best.m.score)) best = { i, m };
  });
  if (!best) {
    if (numberCell >= 0) put('number', numberCell);
    const longest = row.cells.reduce((b, c, i) => (plainText(c).length > plainText(row.cells[b] ?? '').length ? i : b), 0);
    if (longest !== numberCell) put('action', longest);
    return { values, at, match: null };
  }
  const a = best.i;
  for (let i = 0; i < a; i++) {
    if (i === numberCell) put('number', i);
    else if (THEME_LABEL.test(plainText(row.cells[i]!))) put('theme', i);
    else put('rag', i);
  }
  put('action', a);
  const after = row.cells.length - a - 1;
  if (after >= 3) {
    put('namedLead', a + 1);
    put('lead', a + 2);
    put('narrative', a + 3);
  } else if (after === 2) {
    put('lead', a + 1);
    put('narrative', a + 2);
  }
  else if (after === 1) put(looksLikeNarrative(row.cells[a + 1]!) ? 'narrative' : 'lead', a + 1);
  return { values, at, match: best.m };
}

export function classifyRow(row: TableRow, map: ColumnMap, headerWidth: number, fw: Framework): RowFields {
  // a text row as wide as a header that names every column kept its cells, so it reads like a spreadsheet row
  const fullHeader = map.action !== undefined && map.lead !== undefined && map.narrative !== undefined;
  if (row.positional || (fullHeader && row.cells.length === headerWidth)) {
    const { values, at } = fromPositions(row, map);
    const number = values.number ? NUMBER.exec(values.number)?.[1] : undefined;
    return { values, at, match: values.action ? matchAction(fw, values.action, number) : null };
  }
  return fromContent(row, fw);
}
