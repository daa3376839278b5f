// The lean path (server/http/lean-operation.ts) against Apollo's own HTTP handling, on requests
// generated as abusive clients send them (support/odd-requests.ts): each is sent both ways to one
// real server (support/both-paths.ts) and must be answered the same, with a clear error where it
// is refused (never a 5xx, never an INTERNAL error: a healthy server has no fault of its own to
// report); the server answers /healthz after the run. A fixed seed keeps CI reproducible;
// GOVGRAPH_FUZZ_SEED and GOVGRAPH_FUZZ_COUNT replay or widen a run. On a failure fast-check prints
// the seed and the shrunk request (its body, headers and content types). Then what it found.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { bothWays, LEAN_TYPES, type Seen } from './support/both-paths.js';
import { apolloType, body, headers } from './support/odd-requests.js';
import { seededStore, type TestStore } from './support/store.js';

const SEED = Number(process.env.GOVGRAPH_FUZZ_SEED ?? 20261203);
const COUNT = Number(process.env.GOVGRAPH_FUZZ_COUNT ?? 500);

let seeded: TestStore;
let server: RunningServer;
const internalErrors: string[] = [];
const logger = { info: () => {}, error: (m: string) => void internalErrors.push(m) };

beforeAll(async () => {
  seeded = await seededStore();
  // every request executes: a kept answer would make the two paths the same trivially
  server = await startServer({ store: seeded.store, port: 0, host: '127.0.0.1', production: true, webDist: '/nonexistent', logger, responseCache: false });
});
afterAll(async () => {
  await server?.close();
  await seeded?.dispose();
});

/** The codes of an answer's errors (every answer of /graphql is JSON). */
const codesOf = (seen: Seen): unknown[] => ((JSON.parse(seen.body) as { errors?: { extensions?: { code?: unknown } }[] }).errors ?? []).map((e) => e.extensions?.code);

describe(`${COUNT} generated odd requests (seed ${SEED})`, () => {
  it('are answered by the lean path as by Apollo\'s HTTP handling, each with data or a clear error; the server stays up', { timeout: 300_000 }, async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(body, headers, fc.constantFrom(...LEAN_TYPES), apolloType, async (text, given, lean, apollo) => {
        const seen = await bothWays({ base: server.url, lean, apollo }, text, given);
        expect(seen.status).toBeLessThan(500);
        expect(codesOf(seen)).not.toContain('INTERNAL');
        statuses.add(seen.status);
      }),
      { seed: SEED, numRuns: COUNT },
    );
    expect(internalErrors).toEqual([]);
    // the generators reached answers, refusals by Apollo and by the route (413), and the 406 of an Accept header answered in no JSON
    expect([...statuses]).toEqual(expect.arrayContaining([200, 400, 406, 413]));
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('what it found: client mistakes once reported as the server\'s own fault (INTERNAL)', () => {
  it('a persisted query of a version other than 1, or of none: BAD_REQUEST, 400', async () => {
    for (const persistedQuery of [{ version: 2, sha256Hash: '0'.repeat(64) }, { version: '1' }, {}, [1], 2.5]) {
      const seen = await bothWays({ base: server.url }, { extensions: { persistedQuery } });
      expect(seen.status).toBe(400);
      expect(JSON.parse(seen.body).errors).toEqual([{ message: 'Unsupported persisted query version', extensions: { code: 'BAD_REQUEST' } }]);
    }
  });

  it('a subscription, which this schema has none of: GRAPHQL_VALIDATION_FAILED, 400', async () => {
    const seen = await bothWays({ base: server.url }, { query: 'subscription { __typename }' });
    expect(seen.status).toBe(400);
    expect(JSON.parse(seen.body).errors).toEqual([{ message: 'The subscription operation is not supported by the schema.', locations: [{ line: 1, column: 1 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    expect(internalErrors).toEqual([]);
  });
});
