// The analyses over the real HTTP server, as deployed (production: errors masked, introspection off):
// the VRU matrix a client draws, and a client's mistake reported with its code, not masked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relId } from '../../server/domain/model.js';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { seededStore, type TestStore } from './support/store.js';

let seeded: TestStore;
let server: RunningServer;
beforeAll(async () => {
  seeded = await seededStore();
  server = await startServer({ store: seeded.store, port: 0, host: '127.0.0.1', production: true, logger: { info() {}, error() {} } });
});
afterAll(async () => {
  await server?.close();
  await seeded?.dispose();
});

async function post(query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

describe('over HTTP', () => {
  it('vruAlignment: Richmond answers every mandatory action, Wandsworth none', async () => {
    const { status, body } = await post(
      `query($ids: [ID!]!) { vruAlignment(partnershipIds: $ids) {
        partnerships { id }
        totals { partnership { id } responded answered flags { flag count } }
        themes { requirements { number cells { partnership { id } flags } } }
      } }`,
      { ids: ['richmond/csp', 'wandsworth/csp'] },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { totals, themes } = body.data.vruAlignment;
    expect(totals.map((t: any) => [t.partnership.id, t.responded, t.answered])).toEqual([
      ['richmond/csp', 53, true],
      ['wandsworth/csp', 0, false],
    ]);
    const six = themes[0].requirements.find((r: any) => r.number === '1.6');
    expect(six.cells).toEqual([
      { partnership: { id: 'richmond/csp' }, flags: ['NO_NAMED_LEAD', 'NO_RAG', 'NO_SUBSTANCE'] },
      { partnership: { id: 'wandsworth/csp' }, flags: ['NO_RESPONSE'] },
    ]);
  });

  it('an unknown partnership is NOT_FOUND with its message, even in production', async () => {
    const { status, body } = await post(`{ governanceFindings(partnershipId: "nowhere/csp") { ruleId } }`);
    expect(status).toBe(200);
    expect(body.errors[0]).toMatchObject({
      message: 'partnershipId: no node has id "nowhere/csp"',
      path: ['governanceFindings'],
      extensions: { code: 'NOT_FOUND', argument: 'partnershipId' },
    });
  });

  it('a bad date is BAD_USER_INPUT', async () => {
    const { body } = await post(`{ compareStructure(partnershipId: "richmond/csp", from: "2017", to: "2024-00") { from } }`);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
  });

  // last: it writes. The server keeps answers and VRU columns under the graph version, so a write must reach the next answer.
  it('vruAlignment after a write answers from the written graph, the matrix of flags (kept) and the cells read in full', async () => {
    const matrix = `query($ids: [ID!]!) { vruAlignment(partnershipIds: $ids) {
      totals { partnership { id } responded }
      themes { requirements { number cells { partnership { id } flags } } } } }`;
    const full = `query($ids: [ID!]!) { vruAlignment(partnershipIds: $ids) {
      themes { requirements { number cells { partnership { id } flags responses { action { id } } } } } } }`;
    const ids = ['richmond/csp', 'wandsworth/csp'];
    const sixOf = (body: any) => body.data.vruAlignment.themes[0].requirements.find((r: any) => r.number === '1.6').cells;
    const before = await post(matrix, { ids });
    expect(sixOf(before.body)[1]).toEqual({ partnership: { id: 'wandsworth/csp' }, flags: ['NO_RESPONSE'] });
    const action = 'wandsworth/vru-answer-1-6';
    const evidence = [{ source: 'source/wandsworth-csp-plan-2017', locator: 'test', quote: 'an answer written by the test', basis: 'STATED' as const }];
    await seeded.store.writeBatch({
      nodes: [{ id: action, kind: 'Action', name: 'Answer to 1.6', aliases: [], partnership: 'wandsworth/csp', props: { rag: 'Green', namedLead: 'Head of Community Safety', leadAsWritten: 'Community Safety' }, evidence }],
      rels: [{ id: relId(action, 'RESPONDS_TO', 'vru/ma-1-6'), type: 'RESPONDS_TO', from: action, to: 'vru/ma-1-6', props: { narrative: 'The partnership reviews violence at every meeting.' }, evidence }],
    });
    const after = await post(matrix, { ids });
    expect(after.body.errors).toBeUndefined();
    expect(sixOf(after.body)).toEqual([sixOf(before.body)[0], { partnership: { id: 'wandsworth/csp' }, flags: [] }]);
    expect(after.body.data.vruAlignment.totals[1]).toEqual({ partnership: { id: 'wandsworth/csp' }, responded: 1 });
    const cells = await post(full, { ids });
    expect(sixOf(cells.body)[1]).toEqual({ partnership: { id: 'wandsworth/csp' }, flags: [], responses: [{ action: { id: action } }] });
  });
});
