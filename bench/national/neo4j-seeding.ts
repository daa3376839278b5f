// npx tsx bench/national/neo4j-seeding.ts <seeds dir> [sources dir]: a seed set (e.g. the national synth set, whose
// sources are beside its seeds) seeded into the Neo4j at NEO4J_URI, then reseeded on top of itself, then a failed seed
// (a line to a missing node) that must leave the graph whole. Wall and this process's CPU time, with the load average.
import { loadavg } from 'node:os';
import path from 'node:path';
import { loadSeedDir } from '../../server/seeds/load.js';
import { openStore } from '../../server/store/open.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx bench/national/neo4j-seeding.ts <seeds dir> [sources dir]');
// the synth set keeps its sources beside its seeds folder
const { batch, problems } = await loadSeedDir(dir, { sourcesDir: process.argv[3] ?? path.join(dir, '..', 'sources') });
if (problems.length) console.log(`${problems.length} seed problems (not the store's concern here), e.g. ${JSON.stringify(problems[0])}`);
const store = await openStore(process.env);
const timed = async (label: string, work: () => Promise<unknown>) => {
  const [t, cpu] = [performance.now(), process.cpuUsage()];
  await work();
  const s = ((performance.now() - t) / 1000).toFixed(1);
  const used = process.cpuUsage(cpu);
  const load = loadavg().map((l) => l.toFixed(2)).join(', ');
  console.log(`${label}: ${s} s wall (${((used.user + used.system) / 1e6).toFixed(1)} s CPU in this process), load average ${load}; ${(await store.stats()).nodes} nodes`);
};
try {
  console.log(`${batch.nodes.length} nodes, ${batch.rels.length} relationships`);
  await timed('first seed', () => store.writeBatch(batch, { replace: true }));
  await timed('reseed', () => store.writeBatch(batch, { replace: true }));
  const broken = { nodes: batch.nodes, rels: [...batch.rels, { ...batch.rels[0]!, to: 'nowhere/at-all', id: `${batch.rels[0]!.from} ${batch.rels[0]!.type} nowhere/at-all` }] };
  await timed('failed seed (a line to a missing node)', () => store.writeBatch(broken, { replace: true }).catch((e: Error) => console.log(`  refused: ${e.message.split('\n')[0]}`)));
} finally {
  await store.close();
}
