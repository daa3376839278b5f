// The VRU matrix and the findings as CSV and xlsx: the workbook reads back (exceljs) with the same
// cells, the CSV parses back to the same fields, and the rows agree with the analyses.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { governanceFindings, vruAlignment, VRU_GAP_FLAGS } from '../../server/domain/analysis/index.js';
import { toCsv } from '../../server/export/csv.js';
import { resolveScope } from '../../server/export/scope.js';
import { findingsTable, FINDING_COLUMNS, vruTables, VRU_COLUMNS } from '../../server/export/tables.js';
import { sheetName, toXlsx } from '../../server/export/xlsx.js';
import { useSeededStore } from './support.js';

const ctx = useSeededStore();

/** RFC 4180 reader, for checking the writer: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    }
    else field += c;
  }
  return rows;
}

describe('VRU and findings tables', () => {
  it('a sheet per theme, a row per answer, each gap in its own column, agreeing with the alignment', async () => {
    const scope = await resolveScope(ctx.seeded.store, { partnershipIds: ['richmond/csp', 'havering/csp'], asAt: '2024' });
    const tables = await vruTables(ctx.seeded.store, scope);
    const report = await vruAlignment(ctx.seeded.store, ['richmond/csp', 'havering/csp']);
    expect(tables.map((t) => t.name)).toEqual(report.themes.map((t) => `Theme ${t.number}`));
    const col = (name: string) => VRU_COLUMNS.indexOf(name);
    for (const [i, theme] of report.themes.entries()) {
      for (const flag of VRU_GAP_FLAGS) {
        const total = theme.totals.reduce((n, t) => n + (t.flags.find((f) => f.flag === flag)?.count ?? 0), 0);
        // a mandatory action with the flag has at least one row with that gap column filled
        const cells = new Set(tables[i]!.rows.filter((r) => r[col(`gap_${flag.toLowerCase()}`)] !== '').map((r) => `${r[col('partnership_id')]} ${r[col('requirement_no')]}`));
        expect(cells.size, `${theme.number} ${flag}`).toBe(total);
      }
    }
    const havering = tables.flatMap((t) => t.rows).filter((r) => r[col('partnership_id')] === 'havering/csp');
    expect(havering.every((r) => r[col('responded')] === 'no' && r[col('gap_no_response')] !== '' && r[col('as_at')] === '2024')).toBe(true);
    const answered = tables.flatMap((t) => t.rows).filter((r) => r[col('responded')] === 'yes');
    expect(answered.length).toBeGreaterThan(40);
    expect(answered.every((r) => /^source\/richmond-vsdp-2024, .+: ".+"/.test(r[col('evidence')]!))).toBe(true);
  });

  it('the findings of each partnership as at the date, with their evidence', async () => {
    const scope = await resolveScope(ctx.seeded.store, { partnershipIds: ['havering/csp'], asAt: '2018' });
    const table = await findingsTable(ctx.seeded.store, scope);
    const findings = await governanceFindings(ctx.seeded.store, 'havering/csp', '2018');
    expect(table.rows.map((r) => [r[3], r[5]])).toEqual(findings.map((f) => [f.ruleId, f.message]));
    expect(table.columns).toEqual(FINDING_COLUMNS);
    expect(table.rows.filter((r) => r[8] !== '').length).toBe(findings.filter((f) => f.evidence.length > 0).length);
  });

  it('CSV parses back to the same fields, commas, quotes and line breaks included', async () => {
    const scope = await resolveScope(ctx.seeded.store, { partnershipIds: ['richmond/csp'] });
    const rows = (await vruTables(ctx.seeded.store, scope)).flatMap((t) => t.rows);
    expect(rows.some((r) => r.some((f) => f.includes('"') && f.includes('\n') && f.includes(',')))).toBe(true);
    expect(parseCsv(toCsv(VRU_COLUMNS, rows))).toEqual([VRU_COLUMNS, ...rows]);
  });

  it('the workbook reads back with the same cells, filters on and the header frozen', async () => {
    const scope = await resolveScope(ctx.seeded.store, { partnershipIds: ['richmond/csp', 'wandsworth/csp'], asAt: '2024' });
    const [themes, findings] = await Promise.all([vruTables(ctx.seeded.store, scope), findingsTable(ctx.seeded.store, scope)]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await toXlsx(scope, themes, findings)) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['About', ...themes.map((t) => sheetName(t.title.replace(/^VRU theme /, ''))), 'Findings']);
    for (const t of [...themes, findings]) {
      const ws = wb.worksheets.find((w) => w.name === sheetName(t.name === 'Findings' ? 'Findings' : t.title.replace(/^VRU theme /, '')))!;
      const read: string[][] = [];
      ws.eachRow({ includeEmpty: true }, (row) => {
        read.push(t.columns.map((_, i) => String(row.getCell(i + 1).value ?? '')));
      });
      expect(read).toEqual([t.columns, ...t.rows]);
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const about = wb.getWorksheet('About')!;
    expect(about.getCell('B2').value).toBe('2024');
    expect(String(about.getCell('B3').value)).toContain('Richmond Community Safety Partnership (richmond/csp)');
  });

  it('sheet names keep to what Excel allows', () => {
    expect(sheetName('7: Prevention [early]/help? and a very long name')).toBe('7  Prevention  early  help  and');
  });
});
