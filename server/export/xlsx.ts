// The VRU alignment matrix and the findings as an Excel workbook (exceljs): an About sheet saying
// what it holds, a sheet per VRU theme with the gaps in their own columns, and a Findings sheet.
// Each table starts at A1 with its header, frozen, with filters on, so a reviewer can sort and filter.
import ExcelJS from 'exceljs';
import { VRU_GAP_FLAGS } from '../domain/analysis/index.js';
import type { GraphStore } from '../store/contract.js';
import type { ExportFormat } from './formats.js';
import { exportFileName } from './formats.js';
import { exportMeta } from './meta.js';
import { resolveScope, type ExportScope } from './scope.js';
import { findingsTable, vruTables, type Table } from './tables.js';

const WIDE = new Set(['requirement', 'action', 'narratives', 'evidence', 'message', 'theme']);
const GAP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4E4' } };

/** Excel's sheet names: at most 31 characters, none of []:*?/\ . */
export const sheetName = (s: string): string => s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim();

function addTable(wb: ExcelJS.Workbook, name: string, t: Table): void {
  const ws = wb.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = t.columns.map((c) => ({ header: c, key: c, width: WIDE.has(c) ? 60 : c.startsWith('gap_') ? 28 : 16 }));
  ws.addRows(t.rows);
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.columns.length } };
  t.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.alignment = { vertical: 'top', wrapText: WIDE.has(c) || c.startsWith('gap_') };
    if (c.startsWith('gap_')) ws.getCell(1, i + 1).fill = GAP_FILL;
  });
  // a gap that is there stands out; an empty gap cell stays plain
  ws.eachRow((row, n) => {
    if (n === 1) return;
    t.columns.forEach((c, i) => {
      if (c.startsWith('gap_') && row.getCell(i + 1).value) row.getCell(i + 1).fill = GAP_FILL;
    });
  });
}

function addAbout(wb: ExcelJS.Workbook, scope: ExportScope, themes: readonly Table[], findings: Table): void {
  const meta = exportMeta(scope, 'xlsx');
  const ws = wb.addWorksheet('About');
  ws.columns = [{ width: 24 }, { width: 100 }];
  const rows: [string, string][] = [
    ['govgraph review workbook', ''],
    ['As at', meta.asAt ?? 'the whole record'],
    ['Partnerships', meta.partnerships.map((p) => `${p.name} (${p.id})`).join('\n')],
    ['Made on', meta.generatedOn],
    ['Personal data', meta.personalData === 'shown' ? "people's names shown (GOVGRAPH_PERSONAL_DATA=show)" : "people's names withheld"],
    ['Sheets', [...themes.map((t) => `${t.name}: ${t.title} (${t.rows.length} rows)`), `Findings: ${findings.title} (${findings.rows.length} rows)`].join('\n')],
    ['Gap columns', VRU_GAP_FLAGS.map((f) => `gap_${f.toLowerCase()}`).join(', ')],
    ['Evidence', 'each line: source document, place in it: "verbatim quote" (how the fact is known, when not stated)'],
  ];
  ws.addRows(rows);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getColumn(1).font = { bold: true };
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

export async function toXlsx(scope: ExportScope, themes: readonly Table[], findings: Table): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'govgraph';
  addAbout(wb, scope, themes, findings);
  for (const t of themes) addTable(wb, t.title.replace(/^VRU theme /, ''), t);
  addTable(wb, 'Findings', findings);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const xlsxFormat: ExportFormat = {
  name: 'xlsx',
  summary: 'the VRU alignment (a sheet per theme, gaps in their own columns) and the findings as an Excel workbook',
  async produce(store: GraphStore, req) {
    const scope = await resolveScope(store, req);
    const [themes, findings] = await Promise.all([vruTables(store, scope), findingsTable(store, scope)]);
    return [
      {
        name: exportFileName(req.partnershipIds, req.asAt, 'xlsx'),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await toXlsx(scope, themes, findings),
      },
    ];
  },
};
