// npm run export -- seeds: the graph with approved changes as seed YAML that passes the seed
// checks (quotes verbatim against the exported sources), and reseeding from it gives the same graph.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { keepApproved } from '../../server/curation/apply.js';
import { writeFiles } from '../../server/export/cli.js';
import { seedsFormat } from '../../server/export/seeds.js';
import { seedStore } from '../../server/seeds/cli/seed.js';
import { loadSeedDir } from '../../server/seeds/load.js';
import type { GraphStore } from '../../server/store/contract.js';
import { listAll } from '../../server/store/list-all.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { DRB, PROPOSE, REVIEW, renameDrb, signedIn, startHarness, type Harness } from './support.js';

let h: Harness;
let dir: string;
const env = { GOVGRAPH_DB: process.env.GOVGRAPH_DB, NEO4J_URI: process.env.NEO4J_URI };
beforeAll(async () => {
  h = await startHarness();
  dir = mkdtempSync(path.join(tmpdir(), 'govgraph-export-seeds-'));
  const [edith, rita] = await Promise.all([signedIn(h, 'edith'), signedIn(h, 'rita')]);
  for (const input of [
    renameDrb('Daily Risk Meeting').input,
    { partnershipId: 'richmond/csp', summary: 'new panel', evidence: { attestation: 'Set up in March 2026.' }, changes: [{ node: { id: 'richmond/new-panel', expectedVersion: 0, kind: 'Panel', name: 'New Panel' } }, { line: { type: 'REPORTS_TO', from: 'richmond/new-panel', to: 'richmond/csp', expectedVersion: 0 } }] },
  ]) {
    const cs = (await edith.gql(PROPOSE, { input })).data.proposeChange;
    expect((await rita.gql(REVIEW, { id: cs.id, d: 'APPROVED', r: 'ok' })).data.reviewChange.state).toBe('APPROVED');
  }
  process.env.GOVGRAPH_DB = h.file!;
  process.env.NEO4J_URI = '';
});
afterAll(async () => {
  Object.assign(process.env, env);
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function whole(store: GraphStore) {
  const nodes = (await listAll(store, {})).sort((a, b) => (a.id < b.id ? -1 : 1));
  const rels = await store.expand({ ids: nodes.map((n) => n.id), direction: 'out' });
  return { nodes, rels };
}

it('writes seed files that pass the seed checks, and reseeding from them gives the identical graph', async () => {
  // a council's own record keeps the post holders' names (quotes must stay verbatim)
  const files = await seedsFormat.produce(h.store, { partnershipIds: [], personalData: true });
  await writeFiles(files, dir);
  expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['plans/richmond-csp.yaml', 'reference/shared.yaml', 'sources/richmond-csp-minutes-2026-03.txt']));

  const loaded = await loadSeedDir(dir, { sourcesDir: path.join(dir, 'sources') });
  expect(loaded.problems).toEqual([]);
  expect(loaded.quotes.checked).toBe(true);

  const copy = openSqliteStore(path.join(dir, 'copy.sqlite'));
  try {
    // the exported seeds already hold every approved change, so laying them on top changes nothing
    await seedStore(copy, dir, { sourcesDir: path.join(dir, 'sources'), approved: keepApproved(h.curation) });
    const [original, reseeded] = [await whole(h.store), await whole(copy)];
    expect(reseeded.nodes.find((n) => n.id === DRB)?.name).toBe('Daily Risk Meeting');
    expect(reseeded).toEqual(original);
  } finally {
    await copy.close();
  }
});

it('reseeding from the original seeds lays the approved changes on top; seeds that contradict one are refused', async () => {
  const copy = openSqliteStore(path.join(dir, 'again.sqlite'));
  try {
    await seedStore(copy, undefined, { approved: keepApproved(h.curation) });
    expect((await copy.getNodes([DRB, 'richmond/new-panel'])).map((n) => n?.name)).toEqual(['Daily Risk Meeting', 'New Panel']);
    const keep = keepApproved(h.curation);
    const contradicting = async (b: Parameters<typeof keep.overlay>[0]) =>
      keep.overlay({ ...b, nodes: b.nodes.map((n) => (n.id === DRB ? { ...n, name: 'Renamed in YAML' } : n)) });
    await expect(seedStore(copy, undefined, { approved: { ...keep, overlay: contradicting } })).rejects.toThrow(/richmond\/daily-risk-briefing \(change set cs-/);
  } finally {
    await copy.close();
  }
});

it('a change approved while a reseed writes is written again after it, not lost with the old graph', async () => {
  const [edith, rita] = await Promise.all([signedIn(h, 'edith'), signedIn(h, 'rita')]);
  const keep = keepApproved(h.curation);
  const version = (await h.curation.history(DRB)).at(-1)!.version;
  // the approval lands between the overlay's read of the audit record and the seed's write
  const approvingMeanwhile = async (b: Parameters<typeof keep.overlay>[0]) => {
    const laid = await keep.overlay(b);
    const input = { ...renameDrb('Daily Risk Huddle').input, changes: [{ node: { id: DRB, expectedVersion: version, name: 'Daily Risk Huddle' } }] };
    const cs = (await edith.gql(PROPOSE, { input })).data.proposeChange;
    expect((await rita.gql(REVIEW, { id: cs.id, d: 'APPROVED', r: 'ok' })).data.reviewChange.state).toBe('APPROVED');
    expect((await h.store.getNodes([DRB]))[0]!.name).toBe('Daily Risk Huddle');
    return laid;
  };
  const lines: string[] = [];
  await seedStore(h.store, undefined, { approved: { ...keep, overlay: approvingMeanwhile }, log: (l) => lines.push(l) });
  expect((await h.store.getNodes([DRB]))[0]!.name).toBe('Daily Risk Huddle');
  expect(lines).toContain('wrote again 1 item(s) approved while the seed was writing');
});
