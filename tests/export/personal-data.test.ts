// Every export obeys the personal-data setting (domain/personal-data.ts): a post holder's name is
// in no format unless it is allowed, and is there when it is.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governanceFindings } from '../../server/domain/analysis/index.js';
import { FORMATS } from '../../server/export/formats.js';
import type { GraphStore } from '../../server/store/contract.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { seededStore } from '../api/support/store.js';
import { text } from './support.js';

const NAME = 'Jane Exampleton';
let store: GraphStore;

beforeAll(async () => {
  const seeded = await seededStore();
  const batch = structuredClone(seeded.batch);
  // a finding's evidence is its nodes': a line of a body a finding is about gets a holder, and the body's quote the name
  const finding = (await governanceFindings(seeded.store, 'richmond/csp')).find((f) => f.evidence.length > 0)!;
  await seeded.dispose();
  const body = batch.nodes.find((n) => n.id === finding.nodeIds[0])!;
  const quoted = body.evidence.find((e) => finding.evidence.some((f) => f.quote === e.quote))!;
  quoted.quote += ` (${NAME})`;
  const bodyLine = batch.rels.find((r) => r.from === body.id || r.to === body.id)!;
  // and a chair and a VRU lead are held by the named person, whose name their quotes carry
  for (const rel of [bodyLine, ...['org/mps CHAIRS richmond/daily-risk-briefing', 'org/community-safety-service LEADS richmond/vsdp-2024/ma-1-1'].map((id) => batch.rels.find((r) => r.id === id)!)]) {
    rel.props.holder = NAME;
    rel.evidence[0]!.quote += ` (${NAME})`;
  }
  store = openSqliteStore(':memory:');
  await store.writeBatch(batch, { replace: true });
});
afterAll(() => store.close());

describe('personal data in exports', () => {
  for (const format of FORMATS) {
    it(`${format.name}: the holder's name only when allowed`, async () => {
      const hidden = await format.produce(store, { partnershipIds: ['richmond/csp'], personalData: false });
      const shown = await format.produce(store, { partnershipIds: ['richmond/csp'], personalData: true });
      // xlsx is a zip: its text is in its sheets, so read the cells back instead of the bytes
      const contents = async (files: typeof hidden) => (format.name === 'xlsx' ? await xlsxText(files[0]!.body as Uint8Array) : files.map((f) => text(f.body)).join('\n'));
      expect(await contents(hidden)).not.toContain(NAME);
      expect(await contents(shown)).toContain(NAME);
    });
  }
});

async function xlsxText(body: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(body) as unknown as ExcelJS.Buffer);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void out.push(String(c.value)))));
  return out.join('\n');
}
