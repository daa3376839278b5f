// The download routes on the real HTTP server (port 0), as the web app's export links use them.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { useSeededStore } from './support.js';

const ctx = useSeededStore();
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ store: ctx.seeded.store, port: 0, host: '127.0.0.1', webDist: '/nonexistent', logger: { info() {}, error() {} } });
});
afterAll(() => server?.close());

describe('GET /export/<format>', () => {
  it('downloads an xlsx workbook for partnerships and a date, named for what it holds', async () => {
    const res = await fetch(`${server.url}/export/xlsx?partnership=richmond/csp&partnership=havering/csp&asAt=2024`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=govgraph-2-partnerships-2024.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('About')!.getCell('B2').value).toBe('2024');
  });

  it('downloads Popolo JSON and the findings CSV', async () => {
    const popolo = await fetch(`${server.url}/export/popolo?partnership=havering/csp&asAt=2018`);
    expect(popolo.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await popolo.json()).meta).toMatchObject({ asAt: '2018', personalData: 'hidden' });
    const csv = Buffer.from(await (await fetch(`${server.url}/export/findings-csv?partnership=havering/csp&asAt=2018`)).arrayBuffer()).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFas_at,partnership_id,partnership,rule,severity,message,node_ids,line_ids,evidence');
  });

  it('lists the formats', async () => {
    const body = await (await fetch(`${server.url}/export`)).json();
    expect(body.formats.map((f: { name: string }) => f.name)).toEqual(['vru-csv', 'findings-csv', 'xlsx', 'popolo', 'graphml', 'cypher', 'seeds']);
  });

  it('answers bad input with 400 or 404 naming what is wrong', async () => {
    const bad = async (path: string) => {
      const res = await fetch(`${server.url}${path}`);
      return { status: res.status, body: await res.json() };
    };
    expect(await bad('/export/graphml?asAt=2024-13')).toEqual({ status: 400, body: { errors: [{ message: 'asAt: "2024-13" is not a date (use yyyy, yyyy-mm or yyyy-mm-dd)', extensions: { code: 'BAD_USER_INPUT' } }] } });
    expect((await bad('/export/graphml?partnership=org/mps')).body.errors[0].message).toBe('not a partnership: "org/mps" is a Organisation');
    expect(await bad('/export/graphml?asAt=2018&asAt=2019')).toMatchObject({ status: 400, body: { errors: [{ message: 'asAt: give one date' }] } });
    // refused before the whole graph is written as seeds, not after
    expect(await bad('/export/seeds')).toMatchObject({ status: 400, body: { errors: [{ message: 'seeds writes a folder of files: use npm run export -- seeds --out <folder>' }] } });
    expect(await bad('/export/pdf')).toMatchObject({ status: 404, body: { errors: [{ message: expect.stringContaining('no export format "pdf"') }] } });
  });
});
