// kill -9 while approvals are being applied: every approval the audit record holds is in the graph
// after the next start (recoverApproved), none is half-written, and versions match the audit.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recoverApproved } from '../../server/curation/apply.js';
import type { GraphNode } from '../../server/domain/model.js';
import { SqliteCurationStore } from '../../server/store/sqlite/curation.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { PROPOSE, signedIn, startHarness, type Harness } from '../curation/support.js';

const CHILD = fileURLToPath(new URL('./fixtures/approve-loop.ts', import.meta.url));
const COUNT = 40;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({}, { edith: ['editor:richmond/csp'], rita: ['reviewer:richmond/csp'] });
  const edith = await signedIn(h, 'edith');
  for (let i = 0; i < COUNT; i++) {
    const input = { partnershipId: 'richmond/csp', summary: `panel ${i}`, evidence: { attestation: `Panel ${i} was set up.` }, changes: [{ node: { id: `richmond/panel-${i}`, expectedVersion: 0, kind: 'Panel', name: `Panel ${i}` } }] };
    expect((await edith.gql(PROPOSE, { input })).errors).toBeUndefined();
  }
  await h.server.close();
});
afterAll(() => h?.close());

it('an approval interrupted by kill -9 is applied at the next start; nothing approved is lost', { timeout: 120_000 }, async () => {
  // node itself with tsx's loader: the tsx command would run the script in a grandchild that kill -9 would miss
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, h.file!], { stdio: ['ignore', 'pipe', 'inherit'] });
  const seen: string[] = [];
  // kill at the 5th recorded approval, or when the child says it finished (a fast machine)
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the child approved nothing within 60 s')), 60_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      seen.push(...chunk.split('\n').filter((l) => l.startsWith('cs-') || l === 'done'));
      if (seen.length >= 5) {
        child.kill('SIGKILL');
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', () => resolve());
  });
  await new Promise((r) => child.once('exit', r).once('close', r));

  const graph = openSqliteStore(h.file!);
  const store = new SqliteCurationStore(h.file!);
  try {
    await recoverApproved(graph, store);
    expect(await store.unapplied()).toEqual([]);
    const approved = await store.listChangeSets({ state: 'APPROVED', first: 1000 });
    // at least the approvals the child reported are recorded; each one is in the graph
    expect(approved.length).toBeGreaterThanOrEqual(seen.filter((l) => l.startsWith('cs-')).length);
    const ids = approved.map((cs) => cs.changes[0]!.id);
    const nodes = await graph.getNodes(ids);
    expect(nodes.map((n) => n?.name)).toEqual(approved.map((cs) => (cs.changes[0]!.after as GraphNode).name));
    expect(await store.versions(ids)).toEqual(ids.map(() => 1));
    // and nothing that was not approved reached the graph
    const proposed = await store.listChangeSets({ state: 'PROPOSED', first: 1000 });
    expect(proposed.length + approved.length).toBe(COUNT);
    expect((await graph.getNodes(proposed.map((cs) => cs.changes[0]!.id))).every((n) => n === null)).toBe(true);
  } finally {
    await graph.close();
    await store.close();
  }
});

it('a crash right after the approval is recorded, before the graph is written: recovery writes it', async () => {
  const graph = openSqliteStore(h.file!);
  const store = new SqliteCurationStore(h.file!);
  try {
    const [cs] = await store.listChangeSets({ state: 'PROPOSED', first: 1 });
    if (!cs) return expect(COUNT).toBeGreaterThan(0); // the killed child approved everything
    // what approve() records, without the write to the graph that follows it in the service
    await store.approve(cs.id, { reviewer: 'rita', decision: 'APPROVED', reason: 'ok', at: new Date().toISOString() });
    const id = cs.changes[0]!.id;
    expect(await graph.getNodes([id])).toEqual([null]);
    expect(await recoverApproved(graph, store)).toBe(1);
    expect((await graph.getNodes([id]))[0]?.name).toBe((cs.changes[0]!.after as GraphNode).name);
    expect(await recoverApproved(graph, store)).toBe(0);
  } finally {
    await graph.close();
    await store.close();
  }
});
