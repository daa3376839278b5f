// A short mixed load on server/main.ts: readers without pause, an editor proposing and a reviewer
// approving change sets, and a reseed (`npm run seed`) half way through. No request fails, the
// reseed succeeds, and every change approved during the load is in the graph after it (the reseed
// lays approved changes over the seeds). bench/parts/reliability.ts runs the same for 60 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addLoadAccounts, runMixedLoad } from '../../bench/load/mixed.js';
import { openStore } from '../../server/store/open.js';
import { SEEDS_DIR } from '../api/support/store.js';
import { startMain, type MainProcess } from './support/main-process.js';

const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-mixed-load-'));
const env = { GOVGRAPH_DB: path.join(dir, 'graph.sqlite') };
let server: MainProcess;
beforeAll(async () => {
  server = await startMain(env);
  await addLoadAccounts(env);
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('reads, curation writes and a reseed at once: no error, and every approved change survives the reseed', { timeout: 180_000 }, async () => {
  const result = await runMixedLoad({ server, env, durationMs: 12_000, readers: 3, reseedDir: SEEDS_DIR });
  console.log(`mixed load: ${result.reads} reads, ${result.approvedIds.length} approvals, reseed ${result.reseed?.exit}, rss ${JSON.stringify({ ...result.rss, samples: undefined })}`);
  expect(result.errors).toEqual([]);
  expect(result.reseed?.exit).toBe('0');
  expect(result.reads).toBeGreaterThan(10);
  expect(result.approvedIds.length).toBeGreaterThan(0);
  expect(server.exited()).toBeUndefined();
  const graph = await openStore({ NEO4J_URI: '', ...env });
  try {
    const nodes = await graph.getNodes(result.approvedIds);
    expect(result.approvedIds.filter((_, i) => nodes[i] === null)).toEqual([]);
  } finally {
    await graph.close();
  }
});
