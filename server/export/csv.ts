// Tables as CSV (RFC 4180): every field quoted when it holds a comma, quote or line break; CRLF
// between records, as spreadsheet programs expect; a UTF-8 byte-order mark so Excel reads the
// plans' curly quotes and dashes as written.
import type { GraphStore } from '../store/contract.js';
import type { ExportFormat } from './formats.js';
import { exportFileName } from './formats.js';
import { resolveScope } from './scope.js';
import { findingsTable, vruTables, VRU_COLUMNS, type Table } from './tables.js';

const field = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function toCsv(columns: readonly string[], rows: readonly string[][]): string {
  return `\uFEFF${[columns, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The themes' tables as one: the columns are the same, and theme_no tells them apart. */
const oneTable = (tables: readonly Table[]): string[][] => tables.flatMap((t) => t.rows);

export const vruCsvFormat: ExportFormat = {
  name: 'vru-csv',
  summary: 'the VRU alignment matrix as CSV: a row per partnership and answer to each mandatory action, a column per gap',
  async produce(store: GraphStore, req) {
    const tables = await vruTables(store, await resolveScope(store, req));
    return [{ name: exportFileName(req.partnershipIds, req.asAt, 'vru.csv'), contentType: 'text/csv; charset=utf-8', body: toCsv(VRU_COLUMNS, oneTable(tables)) }];
  },
};

export const findingsCsvFormat: ExportFormat = {
  name: 'findings-csv',
  summary: 'the governance findings as CSV: a row per finding, with its rule, severity and evidence',
  async produce(store: GraphStore, req) {
    const table = await findingsTable(store, await resolveScope(store, req));
    return [{ name: exportFileName(req.partnershipIds, req.asAt, 'findings.csv'), contentType: 'text/csv; charset=utf-8', body: toCsv(table.columns, table.rows) }];
  },
};
