// The VRU action plan template's columns, in the template's order, and how a header row names them.
import { ImportError } from './errors.js';
import type { TableRow } from './table.js';

export const COLUMNS = ['theme', 'number', 'rag', 'action', 'namedLead', 'lead', 'narrative'] as const;
export type Column = (typeof COLUMNS)[number];

/** The template's own headings, used in locators and messages. */
export const HEADINGS: Record<Column, string> = {
  theme: 'Theme',
  number: 'Action No',
  rag: 'RAG',
  action: 'VRU Mandatory Action',
  namedLead: 'Named Lead and Role',
  lead: 'Lead Organisation/Service',
  narrative: 'Narrative of Current Provision/Delivery',
};

const HEADING_PATTERNS: Record<Column, RegExp> = {
  theme: /^(?:ref|theme|ref\s*theme)$/i,
  number: /^(?:action\s*(?:no\.?|number|ref)|no\.?|ref)$/i,
  rag: /^rag(?:\s*(?:rating|status))?$/i,
  action: /^(?:vru\s+)?mandatory\s+action$/i,
  namedLead: /^named\s+lead/i,
  lead: /^lead\s+organi[sz]ation/i,
  narrative: /^narrative/i,
};

const REQUIRED: Column[] = ['action', 'lead', 'narrative'];

export const headingOf = (cell: string): Column | undefined => {
  const text = cell.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return COLUMNS.find((c) => HEADING_PATTERNS[c].test(text));
};

/** A header row names at least three of the template's columns, the mandatory action among them. */
export function isHeaderRow(row: TableRow): boolean {
  const found = new Set(row.cells.map(headingOf).filter(Boolean));
  return found.size >= 2 && (found.has('action') || found.has('narrative'));
}

export type ColumnMap = Partial<Record<Column, number>>;

/**
 * Where each column is, from one header row or two (the template heads Theme and Action No with one
 * "Ref" above them). A positional file whose columns stand in another order than the template's is
 * refused: its cells cannot be trusted to be what the headings say.
 */
export function columnMap(file: string, headers: readonly TableRow[]): ColumnMap {
  const map: ColumnMap = {};
  for (const header of headers) {
    header.cells.forEach((cell, i) => {
      const col = headingOf(cell);
      if (!col) return;
      // "Ref" spans Theme and Action No; the cell right of it (empty in a one-row header) is the number
      if (col === 'theme' && /^ref$/i.test(cell.trim()) && (header.cells[i + 1] ?? '').trim() === '') map.number ??= i + 1;
      map[col] ??= i;
    });
  }
  const first = headers[0]!;
  if (!first.positional) return map;
  const missing = REQUIRED.filter((c) => map[c] === undefined);
  if (missing.length > 0) {
    throw new ImportError(file, first.where, `the header row lacks the template's column(s) ${missing.map((c) => `"${HEADINGS[c]}"`).join(', ')}`);
  }
  const placed = COLUMNS.filter((c) => map[c] !== undefined);
  for (let i = 1; i < placed.length; i++) {
    const a = placed[i - 1]!;
    const b = placed[i]!;
    if (map[a]! > map[b]!) {
      throw new ImportError(
        file,
        first.cellAt(map[b]!),
        `the columns are in another order than the template's: "${HEADINGS[b]}" (${first.cellAt(map[b]!)}) stands before "${HEADINGS[a]}" (${first.cellAt(map[a]!)}); the template's order is ${placed.map((c) => HEADINGS[c]).join(', ')}`,
      );
    }
  }
  return map;
}
