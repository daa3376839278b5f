// A server started without a curation store (startServer without `curation`: a read-only API; the
// production entry point, main.ts, always gives one) answers every curation field with
// NOT_SUPPORTED at that field's path, unmasked in production, and logs no internal error: the
// client asked for what this server does not offer, the server did nothing wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { seededStore, type TestStore } from '../api/support/store.js';
import { DRB, PROPOSE, renameDrb } from './support.js';

let seeded: TestStore;
let server: RunningServer;
const logged: string[] = [];

beforeAll(async () => {
  seeded = await seededStore();
  server = await startServer({
    store: seeded.store,
    port: 0,
    host: '127.0.0.1',
    production: true,
    logger: { info: () => {}, error: (m: string) => void logged.push(m) },
    webDist: '/nonexistent',
  });
});
afterAll(async () => {
  await server?.close();
  await seeded?.dispose();
});

const ask = async (query: string, variables?: Record<string, unknown>) => {
  const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; path?: string[]; extensions: Record<string, unknown> }[] }) };
};

describe('curation fields on a server without curation', () => {
  it.each([
    ['history', `{ history(id: "${DRB}") { version } }`, undefined],
    ['changedSince', `{ changedSince(partnershipId: "richmond/csp", since: "2026-01-01T00:00:00Z") { seq } }`, undefined],
    ['changeSets', `{ changeSets { id } }`, undefined],
    ['changeSet', `{ changeSet(id: "cs-1") { id } }`, undefined],
    ['registeredSources', `{ registeredSources { id } }`, undefined],
    ['proposeChange', PROPOSE, renameDrb('Read only')],
    ['withdrawChange', `mutation { withdrawChange(id: "cs-1") { id } }`, undefined],
  ])('%s is NOT_SUPPORTED at its path, with its reason, and is not logged as an internal error', async (field, query, variables) => {
    const r = await ask(query, variables);
    expect(r.status).toBe(200);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]).toMatchObject({ path: [field], extensions: { code: 'NOT_SUPPORTED' } });
    expect(r.errors![0]!.extensions.requestId).toBeUndefined();
    expect(r.errors![0]!.message).toBe('curation is not available on this server: it serves the graph read-only, without accounts, change sets or their history');
    expect(logged).toEqual([]);
  });

  it('the viewer is anonymous, and the graph is read as ever', async () => {
    const r = await ask(`{ viewer { name } node(id: "${DRB}") { name } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ viewer: null, node: { name: 'Daily Risk Briefing' } });
  });
});
