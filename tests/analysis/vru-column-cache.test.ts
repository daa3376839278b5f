// VRU alignment columns kept under the graph version (issue 15): a kept read answers exactly as a
// fresh one, reads from the store only the columns it lacks (the calls are asserted one by one),
// and a write, which changes the version, makes the next read read again and see it. A real SQLite file store.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNational } from '../../bench/synth/generate.js';
import { writeSynthSet } from '../../bench/synth/writer.js';
import { readVruAlignment, VruColumnCache, vruAlignment, type VruAlignmentReport } from '../../server/domain/analysis/index.js';
import type { GraphBatch } from '../../server/domain/model.js';
import type { GraphStore } from '../../server/store/contract.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { loadSeedDir } from '../../server/seeds/load.js';

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

/** The real store, recording each call with its first argument. */
function recording(s: GraphStore): { store: GraphStore; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const wrapped = new Proxy(s, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push([String(prop), structuredClone(args[0])]);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: wrapped, calls };
}

const flagsOf = (r: VruAlignmentReport) => r.themes.flatMap((t) => t.requirements.flatMap((row) => row.cells.map((c) => c.flags.join(','))));

describe('VRU alignment columns kept under the graph version', () => {
  it('answers as a fresh read, and reads only the columns it lacks', async () => {
    expect(answering.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = answering as [string, string, string];
    const columns = new VruColumnCache();
    const version = await store.graphVersion();

    const first = recording(store);
    const read1 = await readVruAlignment(first.store, [a, b], { kept: { columns, version } });
    expect(read1.report).toEqual(await vruAlignment(store, [a, b]));
    // framework and partnerships, themes, requirements, answers, their nodes, leads, leads' and respondents' nodes
    expect(first.calls.map(([m]) => m)).toEqual(['getNodes', 'getNodes', 'expand', 'expand', 'expand', 'getNodes', 'expand', 'getNodes']);
    expect(columns.size).toBe(2);

    const second = recording(store);
    const read2 = await readVruAlignment(second.store, [b, a, b], { kept: { columns, version } });
    expect(second.calls).toEqual([]);
    expect(read2.report).toEqual(await vruAlignment(store, [b, a]));

    const third = recording(store);
    const read3 = await readVruAlignment(third.store, [a, c, b], { kept: { columns, version } });
    const answers = first.calls[4]![1] as { ids: string[] };
    expect(third.calls.slice(0, 2)).toEqual([
      ['getNodes', [c]],
      ['expand', { ids: answers.ids, types: ['RESPONDS_TO'], direction: 'in', farPartnerships: [c] }],
    ]);
    expect(third.calls.slice(2).map(([m]) => m)).toEqual(['getNodes', 'expand', 'getNodes']);
    const fresh = await readVruAlignment(store, [a, c, b]);
    expect(read3.report).toEqual(fresh.report);
    // the nodes the resolvers are primed with: the same as a fresh read's
    expect(new Set(read3.nodes.map((n) => n.id))).toEqual(new Set(fresh.nodes.map((n) => n.id)));
    expect(columns.size).toBe(3);
  });

  it('a write changes the version: the next read reads everything again and sees the change', async () => {
    const [a, b] = answering as [string, string];
    const columns = new VruColumnCache();
    const before = await readVruAlignment(store, [a, b], { kept: { columns, version: await store.graphVersion() } });
    const answer = batch.rels.find((r) => r.type === 'RESPONDS_TO' && batch.nodes.find((n) => n.id === r.from)!.partnership === a && r.props.narrative !== 'No comment')!;
    await store.writeBatch({ nodes: [], rels: [{ ...answer, props: { ...answer.props, narrative: 'No comment' } }] });
    const version = await store.graphVersion();

    const after = recording(store);
    const read = await readVruAlignment(after.store, [a, b], { kept: { columns, version } });
    expect(after.calls).toHaveLength(8);
    expect(read.report).toEqual(await vruAlignment(store, [a, b]));
    expect(flagsOf(read.report)).not.toEqual(flagsOf(before.report));
    const cell = read.report.themes.flatMap((t) => t.requirements).find((r) => r.requirement.id === answer.to)!.cells[0]!;
    expect(cell.flags).toContain('NO_SUBSTANCE');
  });

  it('keeps at most maxColumns, the least recently used going first', async () => {
    const [a, b, c] = answering as [string, string, string];
    const columns = new VruColumnCache(2);
    const version = await store.graphVersion();
    await readVruAlignment(store, [a, b, c], { kept: { columns, version } });
    expect(columns.size).toBe(2);
    const kept = recording(store);
    await readVruAlignment(kept.store, [c, b], { kept: { columns, version } });
    expect(kept.calls).toEqual([]);
    const dropped = recording(store);
    await readVruAlignment(dropped.store, [a], { kept: { columns, version } });
    expect(dropped.calls[0]).toEqual(['getNodes', [a]]);
    expect(dropped.calls).toHaveLength(5);
  });

  it('a read of an older version keeps nothing once a newer one was seen', () => {
    const columns = new VruColumnCache();
    const old = columns.at('1 names withheld', 'f');
    columns.at('2 names withheld', 'f');
    old.keep({ skeleton: { framework: batch.nodes[0]!, themes: [] }, requirementIds: [] }, []);
    expect(columns.at('2 names withheld', 'f').skeleton()).toBeUndefined();
  });
});
