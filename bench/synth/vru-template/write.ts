// Writes a synthetic filled-in template in the four forms boroughs send, each with the untidiness
// real ones have: the theme cell merged down its rows (Word, Excel) or written once (CSV), blank
// rows between themes, an extra column the template does not have, HTML paragraphs in the PDF text.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import type { TemplateRow } from './answers.js';

export const TEMPLATE_FORMATS = ['docx', 'xlsx', 'csv', 'txt'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

const HEADER = ['Theme', 'Action No', 'RAG', 'VRU Mandatory Action', 'Named Lead and Role', 'Lead Organisation/Service', 'Narrative of Current Provision/Delivery', 'Officer notes'];
const themeLabel = (r: TemplateRow) => `${r.theme}. ${r.themeName.toUpperCase()}`;
const actionNo = (r: TemplateRow) => r.number.split('.')[1]!;
const NOTE = 'checked by the CSP officer';

/** Rows grouped by theme, in order. */
function byTheme(rows: readonly TemplateRow[]): TemplateRow[][] {
  const out: TemplateRow[][] = [];
  for (const r of rows) {
    if (out.at(-1)?.[0]?.theme === r.theme) out.at(-1)!.push(r);
    else out.push([r]);
  }
  return out;
}

const cells = (r: TemplateRow, theme: string) => [theme, actionNo(r), r.rag, r.text, r.namedLead, r.lead, r.paragraphs.join('\n'), NOTE];

export async function templateDocx(title: string, rows: readonly TemplateRow[]): Promise<Buffer> {
  const para = (text: string) => text.split('\n').map((t) => new Paragraph({ children: [new TextRun(t)] }));
  const cell = (text: string, rowSpan?: number) => new TableCell({ children: text ? para(text) : [new Paragraph('')], ...(rowSpan ? { rowSpan } : {}) });
  const tableRows = [new TableRow({ tableHeader: true, children: HEADER.map((h) => cell(h)) })];
  for (const group of byTheme(rows)) {
    group.forEach((r, i) => {
      const c = cells(r, themeLabel(r)).map((t) => cell(t));
      // the theme cell is merged down the theme's rows: only the first row has it
      tableRows.push(new TableRow({ children: i === 0 ? [cell(themeLabel(r), group.length), ...c.slice(1)] : c.slice(1) }));
    });
  }
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, bold: true })] }),
          new Paragraph('Violence and Vulnerability Reduction Action Plans - 2023 Refresh'),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: tableRows }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function templateXlsx(title: string, rows: readonly TemplateRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Action plan');
  sheet.addRow([title]);
  sheet.addRow([]);
  sheet.addRow(HEADER);
  for (const group of byTheme(rows)) {
    const first = sheet.rowCount + 1;
    for (const r of group) sheet.addRow(cells(r, themeLabel(r)));
    if (group.length > 1) sheet.mergeCells(first, 1, first + group.length - 1, 1);
    sheet.addRow([]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function templateCsv(title: string, rows: readonly TemplateRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('plan');
  sheet.addRow([title]);
  sheet.addRow(HEADER);
  for (const group of byTheme(rows)) {
    group.forEach((r, i) => sheet.addRow(cells(r, i === 0 ? themeLabel(r) : '')));
    sheet.addRow([]);
  }
  return Buffer.from(await book.csv.writeBuffer());
}

/** Like a PDF's text export: tab-separated rows, narrative paragraphs as HTML, blank lines. */
export function templateText(title: string, rows: readonly TemplateRow[]): Buffer {
  const lines = [title, '', 'Violence and Vulnerability Reduction Action Plans - 2023 Refresh', '', HEADER.join('\t')];
  for (const group of byTheme(rows)) {
    group.forEach((r, i) => {
      const c = cells(r, i === 0 ? themeLabel(r) : '');
      c[6] = r.paragraphs.map((p) => `<p>${p}</p>`).join(' ');
      lines.push(c.join('\t'));
    });
    lines.push('');
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

export function writeTemplate(format: TemplateFormat, title: string, rows: readonly TemplateRow[]): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return templateDocx(title, rows);
    case 'xlsx':
      return templateXlsx(title, rows);
    case 'csv':
      return templateCsv(title, rows);
    case 'txt':
      return Promise.resolve(templateText(title, rows));
  }
}
