// The web app's import, over real HTTP on a seeded SQLite store: preview answers the report and
// what would change; load writes it in one batch, idempotently, ending the answers it takes over from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateRequirements, templateRows } from '../../bench/synth/vru-template/answers.js';
import { templateText } from '../../bench/synth/vru-template/write.js';
import { createRng } from '../../bench/synth/prng.js';
import { vruAlignment } from '../../server/domain/analysis/vru-alignment.js';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { seededStore, type TestStore } from '../api/support/store.js';
import { silentLogger } from '../api/support/api.js';

let seeded: TestStore;
let server: RunningServer;
const rows = templateRows(createRng(11), templateRequirements());
const answered = rows.filter((r) => r.lead || r.paragraphs.length || r.rag || r.namedLead).length;
const template = templateText('Havering Violence and Vulnerability Reduction Action Plan 2025', rows);

beforeAll(async () => {
  seeded = await seededStore();
  server = await startServer({ store: seeded.store, port: 0, host: '127.0.0.1', webDist: '/nonexistent', logger: silentLogger, production: false });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await seeded?.dispose();
});

const post = (what: 'preview' | 'load', body: Buffer, query: string) =>
  fetch(`${server.url}/import-vru/${what}?${query}`, { method: 'POST', body: new Uint8Array(body), headers: { 'content-type': 'application/octet-stream' } });

describe('POST /import-vru', () => {
  it('previews: the report and every answer added', async () => {
    const res = await post('preview', template, 'file=havering-2025.txt&partnership=havering/csp');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.year).toBe('2025');
    expect(body.answered).toBe(answered);
    expect(body.report).toContain(`actions answered: ${answered}`);
    expect(body.diff.map((d: { status: string }) => d.status)).toEqual(Array(answered).fill('added'));
  });

  it('loads, and the matrix then shows the answers; loading again changes nothing', async () => {
    const res = await post('load', template, 'file=havering-2025.txt&partnership=havering/csp');
    expect(res.status).toBe(200);
    const report = await vruAlignment(seeded.store, ['havering/csp']);
    expect(report.totals[0]!.responded).toBe(answered);
    const again = await (await post('preview', template, 'file=havering-2025.txt&partnership=havering/csp')).json();
    expect(new Set(again.diff.map((d: { status: string }) => d.status))).toEqual(new Set(['unchanged']));
  });

  it('a newer year ends the answers it takes over from, keeping them with their dates', async () => {
    const richmond = templateText('Richmond Violence and Vulnerability Reduction Action Plan 2025', templateRows(createRng(12), templateRequirements()));
    const preview = await (await post('preview', richmond, 'file=richmond-2025.txt&partnership=richmond/csp')).json();
    expect(preview.diff.some((d: { status: string; current: string[] }) => d.status !== 'added' && d.current[0]?.startsWith('richmond/vsdp-2024/'))).toBe(true);
    expect((await post('load', richmond, 'file=richmond-2025.txt&partnership=richmond/csp')).status).toBe(200);
    const [old] = await seeded.store.getNodes(['richmond/vsdp-2024/ma-1-1']);
    expect([old?.validFrom, old?.validTo]).toEqual(['2024', '2024']);
    const [fresh] = await seeded.store.getNodes(['richmond/vru-plan-2025/ma-1-1']);
    expect(fresh?.validFrom).toBe('2025');
  });

  it('refuses a file that is not the template, naming it, and changes nothing', async () => {
    const before = await seeded.store.stats();
    const res = await post('load', Buffer.from('Name\tTeam\nJo\tFinance\nAl\tHousing\n'), 'file=staff.txt&partnership=havering/csp&year=2025');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].message).toMatch(/^staff\.txt: line 1 to line 3: not the VRU action plan template/);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', file: 'staff.txt', where: 'line 1 to line 3' });
    expect(await seeded.store.stats()).toEqual(before);
  });

  it('a file that is not the template, with no year, is refused as not the template; a template with no year of its own asks for it', async () => {
    const notTemplate = await (await post('preview', Buffer.from('Name\tTeam\nJo\tFinance\n'), 'file=notes.txt&partnership=havering/csp')).json();
    expect(notTemplate.errors[0].message).toMatch(/^notes\.txt: line 1 to line 2: not the VRU action plan template/);
    // the template's header says "2023 Refresh": that is its version, not the plan's year
    const yearless = templateText('Havering Violence and Vulnerability Reduction Action Plan', rows);
    expect(yearless.toString('utf8')).toMatch(/2023 Refresh/);
    const res = await post('preview', yearless, 'file=havering.txt&partnership=havering/csp');
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toBe('havering.txt: no year in the file name or its first lines: give the year (--year YYYY)');
    expect((await (await post('preview', yearless, 'file=havering.txt&partnership=havering/csp&year=2026')).json()).year).toBe('2026');
  });

  it('refuses a 50 MB upload before reading it', async () => {
    const res = await post('preview', Buffer.alloc(50 * 1024 * 1024, 'a'), 'file=huge.txt&partnership=havering/csp');
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].message).toBe('huge.txt: the file is larger than 10 MB; a VRU template is far smaller, so it is not read');
  });

  it('in production (the default), loading is off unless GOVGRAPH_IMPORT_LOAD=allow', async () => {
    const prod = await startServer({ store: seeded.store, port: 0, host: '127.0.0.1', webDist: '/nonexistent', logger: silentLogger, production: true });
    try {
      const res = await fetch(`${prod.url}/import-vru/load?file=h.txt&partnership=havering/csp`, { method: 'POST', body: new Uint8Array(template) });
      expect(res.status).toBe(403);
      expect((await res.json()).errors[0].extensions.code).toBe('FORBIDDEN');
      expect((await fetch(`${prod.url}/import-vru/preview?file=h.txt&partnership=havering/csp`, { method: 'POST', body: new Uint8Array(template) })).status).toBe(200);
    } finally {
      await prod.close();
    }
  });
});
