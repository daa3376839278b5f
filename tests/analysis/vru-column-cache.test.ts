// VRU alignment columns of flags kept under the graph version (issue 15): the matrix read from them
// is the full analysis's flags and totals, a read takes from the store only the columns it lacks
// (the calls are asserted one by one), and a write, which changes the version, makes the next read
// read again and see it. A real SQLite file store.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNational } from '../../bench/synth/generate.js';
import { writeSynthSet } from '../../bench/synth/writer.js';
import { readVruMatrix, VruColumnCache, vruAlignment, type VruAlignmentReport, type VruFlagCell } from '../../server/domain/analysis/index.js';
import type { GraphBatch } from '../../server/domain/model.js';
import type { GraphStore } from '../../server/store/contract.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { loadSeedDir } from '../../server/seeds/load.js';
import { recording } from './recording-store.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'vru-column-cache-'));
let batch: GraphBatch;
let store: GraphStore;
/** partnerships with answers to the VRU template, in id order */
let answering: string[];

beforeAll(async () => {
  const written = await writeSynthSet(path.join(tmp, 'synth'), generateNational({ partnerships: 6, seed: 3 }));
  batch = (await loadSeedDir(written.seedsDir, { sourcesDir: written.sourcesDir })).batch;
  store = openSqliteStore(path.join(tmp, 'graph.sqlite'));
  await store.writeBatch(batch, { replace: true });
  const partnershipOf = new Map(batch.nodes.map((n) => [n.id, n.partnership]));
  answering = [...new Set(batch.rels.filter((r) => r.type === 'RESPONDS_TO').map((r) => partnershipOf.get(r.from)!))].sort();
}, 60_000);
afterAll(async () => {
  await store?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const flagsOf = (r: VruAlignmentReport<VruFlagCell>) => r.themes.flatMap((t) => t.requirements.flatMap((row) => row.cells.map((c) => c.flags.join(','))));

/** The full analysis of `pids` with each cell cut to its flags: what the matrix must equal. */
async function expected(pids: string[]): Promise<VruAlignmentReport<VruFlagCell>> {
  const full = await vruAlignment(store, pids);
  return {
    ...full,
    themes: full.themes.map((t) => ({
      ...t,
      requirements: t.requirements.map((row) => ({
        ...row,
        cells: row.cells.map(({ partnershipId, partnership, requirement, flags }) => ({ partnershipId, partnership, requirement, flags })),
      })),
    })),
  };
}

describe('VRU alignment columns kept under the graph version', () => {
  it('answers as a fresh read, and reads only the columns it lacks', async () => {
    expect(answering.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = answering as [string, string, string];
    const columns = new VruColumnCache();
    const version = await store.graphVersion();

    const first = recording(store);
    const read1 = await readVruMatrix(first.store, [a, b], { columns, version });
    expect(read1).toEqual(await expected([a, b]));
    // framework and partnerships, themes, requirements, answers, their nodes, leads, leads' and respondents' nodes
    expect(first.calls.map(([m]) => m)).toEqual(['getNodes', 'getNodes', 'expand', 'expand', 'expand', 'getNodes', 'expand', 'getNodes']);
    expect(columns.size).toBe(2);

    const second = recording(store);
    const read2 = await readVruMatrix(second.store, [b, a, b], { columns, version });
    expect(second.calls).toEqual([]);
    expect(read2).toEqual(await expected([b, a]));

    const third = recording(store);
    const read3 = await readVruMatrix(third.store, [a, c, b], { columns, version });
    const answers = first.calls[4]![1] as { ids: string[] };
    expect(third.calls.slice(0, 2)).toEqual([
      ['getNodes', [c]],
      ['expand', { ids: answers.ids, types: ['RESPONDS_TO'], direction: 'in', farPartnerships: [c] }],
    ]);
    expect(third.calls.slice(2).map(([m]) => m)).toEqual(['getNodes', 'expand', 'getNodes']);
    expect(read3).toEqual(await expected([a, c, b]));
    expect(columns.size).toBe(3);
  });

  it('a write changes the version: the next read reads everything again and sees the change', async () => {
    const [a, b] = answering as [string, string];
    const columns = new VruColumnCache();
    const before = await readVruMatrix(store, [a, b], { columns, version: await store.graphVersion() });
    const answer = batch.rels.find((r) => r.type === 'RESPONDS_TO' && batch.nodes.find((n) => n.id === r.from)!.partnership === a && r.props.narrative !== 'No comment')!;
    await store.writeBatch({ nodes: [], rels: [{ ...answer, props: { ...answer.props, narrative: 'No comment' } }] });
    const version = await store.graphVersion();

    const after = recording(store);
    const read = await readVruMatrix(after.store, [a, b], { columns, version });
    expect(after.calls).toHaveLength(8);
    expect(read).toEqual(await expected([a, b]));
    expect(flagsOf(read)).not.toEqual(flagsOf(before));
    const cell = read.themes.flatMap((t) => t.requirements).find((r) => r.requirement.id === answer.to)!.cells[0]!;
    expect(cell.flags).toContain('NO_SUBSTANCE');
  });

  it('keeps the first maxColumns columns of a version, and nothing new past them', async () => {
    const [a, b, c] = answering as [string, string, string];
    const columns = new VruColumnCache(2);
    const version = await store.graphVersion();
    await readVruMatrix(store, [a, b, c], { columns, version });
    expect(columns.size).toBe(2);
    const kept = recording(store);
    await readVruMatrix(kept.store, [b, a], { columns, version });
    expect(kept.calls).toEqual([]);
    const notKept = recording(store);
    const read = await readVruMatrix(notKept.store, [c], { columns, version });
    expect(notKept.calls[0]).toEqual(['getNodes', [c]]);
    expect(notKept.calls).toHaveLength(5);
    expect(read).toEqual(await expected([c]));
    expect(columns.size).toBe(2);
  });

  it('a read of an older version keeps nothing once a newer one was seen', () => {
    const columns = new VruColumnCache();
    const old = columns.at('1 names withheld', 'f');
    columns.at('2 names withheld', 'f');
    old.keep({ skeleton: { framework: batch.nodes[0]!, themes: [] }, requirementIds: [] }, []);
    expect(columns.at('2 names withheld', 'f').skeleton()).toBeUndefined();
  });
});
