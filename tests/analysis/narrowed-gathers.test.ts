// The analyses read only what the asked partnerships need (issue 15), and still give the answer
// the pure analysis gives over the whole graph: on the real seeds and on a synthetic national set,
// both in a real SQLite store. The store calls are asserted batch by batch, as dataloader's tests do.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNational } from '../../bench/synth/generate.js';
import { writeSynthSet } from '../../bench/synth/writer.js';
import { buildVruAlignment, evaluateGovernance, governanceFindings, VRU_FRAMEWORK_ID, vruAlignment } from '../../server/domain/analysis/index.js';
import type { GraphBatch } from '../../server/domain/model.js';
import type { GraphStore } from '../../server/store/contract.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { loadSeedDir } from '../../server/seeds/load.js';
import { recording } from './recording-store.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'narrowed-gathers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function seeded(batch: GraphBatch): Promise<GraphStore> {
  const store = openSqliteStore(':memory:');
  await store.writeBatch(batch, { replace: true });
  return store;
}

const framework = (batch: GraphBatch) => batch.nodes.find((n) => n.id === VRU_FRAMEWORK_ID)!;
const nodesOf = (batch: GraphBatch, ids: string[]) => ids.map((id) => batch.nodes.find((n) => n.id === id)!);

describe.each([
  ['the real seeds', async () => (await loadSeedDir(path.resolve('seeds'))).batch, ['richmond/csp', 'havering/csp']],
  [
    'a synthetic national set of 8 partnerships',
    async () => {
      const set = generateNational({ partnerships: 8, seed: 1 });
      const written = await writeSynthSet(path.join(tmp, 'synth'), set);
      return (await loadSeedDir(written.seedsDir, { sourcesDir: written.sourcesDir })).batch;
    },
    undefined,
  ],
] as const)('on %s', (_name, load, asked) => {
  let batch: GraphBatch;
  let store: GraphStore;
  let pids: string[];
  beforeAll(async () => {
    batch = await load();
    store = await seeded(batch);
    const all = batch.nodes.filter((n) => n.kind === 'Partnership').map((n) => n.id);
    pids = asked ? [...asked] : all.slice(2, 5);
  }, 60_000);
  afterAll(() => store.close());

  it('vruAlignment of some partnerships equals the pure analysis over the whole graph', async () => {
    const whole = buildVruAlignment({ framework: framework(batch), partnerships: nodesOf(batch, pids), nodes: batch.nodes, rels: batch.rels });
    const narrowed = await vruAlignment(store, pids);
    expect(narrowed).toEqual(whole);
    expect(narrowed.totals.some((t) => t.responded > 0)).toBe(true);
  });

  it('governanceFindings of each partnership equals the rules over the whole graph', async () => {
    for (const pid of pids) {
      const [partnership] = nodesOf(batch, [pid]);
      const whole = evaluateGovernance({ partnership: partnership!, nodes: batch.nodes, rels: batch.rels }, { asOf: '2024', today: '2025-01-01' });
      const data = await governanceFindings(store, pid, '2024');
      expect(data, pid).toEqual(whole);
    }
  });
});

describe('vruAlignment store batches', () => {
  let batch: GraphBatch;
  let store: GraphStore;
  beforeAll(async () => {
    const written = await writeSynthSet(path.join(tmp, 'batches'), generateNational({ partnerships: 4, seed: 2 }));
    batch = (await loadSeedDir(written.seedsDir, { sourcesDir: written.sourcesDir })).batch;
    store = await seeded(batch);
  }, 60_000);
  afterAll(() => store.close());

  it('asks for the answers of the asked partnerships only, from their side, in one batch per level', async () => {
    const pids = batch.nodes.filter((n) => n.kind === 'Partnership').map((n) => n.id);
    const asked = [pids[1]!, pids[3]!];
    const r = recording(store);
    await vruAlignment(r.store, asked);
    const themes = batch.rels.filter((x) => x.type === 'HAS_PRIORITY' && x.from === VRU_FRAMEWORK_ID).map((x) => x.to);
    const requirements = batch.rels.filter((x) => x.type === 'PART_OF' && themes.includes(x.to)).sort((a, b) => (a.id < b.id ? -1 : 1));
    const answers = batch.rels
      .filter((x) => x.type === 'RESPONDS_TO' && asked.includes(batch.nodes.find((n) => n.id === x.from)!.partnership!))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const answering = [...new Set(answers.map((x) => x.from))];
    expect(answering.length).toBeGreaterThan(10);
    expect(r.calls.slice(0, 5)).toEqual([
      ['getNodes', [VRU_FRAMEWORK_ID]],
      ['getNodes', asked],
      ['expand', { ids: [VRU_FRAMEWORK_ID], types: ['HAS_PRIORITY'], direction: 'out' }],
      ['expand', { ids: [...themes].sort(), types: ['PART_OF'], direction: 'in' }],
      ['expand', { ids: [...new Set(requirements.map((x) => x.from))], types: ['RESPONDS_TO'], direction: 'in', farPartnerships: asked }],
    ]);
    // the answers' nodes, their leads, and the leads' and respondents' nodes
    expect(r.calls.slice(5).map(([m]) => m)).toEqual(['getNodes', 'expand', 'getNodes']);
    expect(r.calls[6]).toEqual(['expand', { ids: answering, types: ['LEADS'], direction: 'in' }]);
  });
});
