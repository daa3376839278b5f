// A seed set (e.g. the national synth set, whose sources are beside its seeds) seeded into the Neo4j
// at NEO4J_URI emptied first (not timed), then reseeded on top of itself twice (the second is the
// steady state: it writes a generation and deletes the one before the one it replaces, see
// server/store/neo4j/writes.ts), then a failed seed (a line to a missing node) that must leave the
// graph whole: wall and this process's CPU time, with the load average, of each.
// The `neo4j-seeding` bench part runs it on the national set; alone:
// `npx tsx bench/national/neo4j-seeding.ts <seeds dir> [sources dir]`.
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSeedDir } from '../../server/seeds/load.js';
import { openStore } from '../../server/store/open.js';

export interface SeedingRun {
  label: string;
  wallMs: number;
  cpuMs: number;
  load: string;
  /** nodes in the graph after it */
  nodes: number;
  /** the error a refused seed gave */
  refused?: string;
}

export async function neo4jSeeding(dir: string, sourcesDir = path.join(dir, '..', 'sources')): Promise<{ nodes: number; rels: number; runs: SeedingRun[] }> {
  const { batch } = await loadSeedDir(dir, { sourcesDir });
  const store = await openStore(process.env);
  const runs: SeedingRun[] = [];
  const timed = async (label: string, work: () => Promise<string | undefined>) => {
    const [t, cpu] = [performance.now(), process.cpuUsage()];
    const refused = await work();
    const wallMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const load = loadavg().map((l) => l.toFixed(2)).join(', ');
    runs.push({ label, wallMs, cpuMs: (used.user + used.system) / 1000, load, nodes: (await store.stats()).nodes, ...(refused ? { refused } : {}) });
    console.log(JSON.stringify(runs.at(-1)));
  };
  try {
    // two empty seeds: the second deletes the generation the first replaced, so the graph is empty
    const empty = { nodes: [], rels: [] };
    for (let i = 0; i < 2; i++) await store.writeBatch(empty, { replace: true });
    await timed('first seed (into an empty database)', async () => void (await store.writeBatch(batch, { replace: true })));
    await timed('reseed on top of it', async () => void (await store.writeBatch(batch, { replace: true })));
    await timed('reseed again (also deletes the first seed)', async () => void (await store.writeBatch(batch, { replace: true })));
    const rel = batch.rels[0]!;
    const broken = { nodes: batch.nodes, rels: [...batch.rels, { ...rel, to: 'nowhere/at-all', id: `${rel.from} ${rel.type} nowhere/at-all` }] };
    await timed('a failed seed (a line to a missing node)', () =>
      store.writeBatch(broken, { replace: true }).then(
        () => 'not refused',
        (e: Error) => e.message.split('\n')[0],
      ),
    );
  } finally {
    await store.close();
  }
  return { nodes: batch.nodes.length, rels: batch.rels.length, runs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: tsx bench/national/neo4j-seeding.ts <seeds dir> [sources dir]');
  await neo4jSeeding(dir, process.argv[3]);
}
