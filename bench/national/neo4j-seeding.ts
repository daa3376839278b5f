// npx tsx bench/national/neo4j-seeding.ts <seeds dir>: a seed set (e.g. the national synth set) seeded into the Neo4j at NEO4J_URI,
// then reseeded on top of itself, then a failed seed (an id twice) that must leave the graph whole.
import { loadSeedDir } from '../../server/seeds/load.js';
import { openStore } from '../../server/store/open.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx bench/national/neo4j-seeding.ts <seeds dir>');
const { batch, problems } = await loadSeedDir(dir);
if (problems.length) console.log(`${problems.length} seed problems (not the store's concern here), e.g. ${JSON.stringify(problems[0])}`);
const store = await openStore(process.env);
const timed = async (label: string, work: () => Promise<unknown>) => {
  const t = performance.now();
  await work();
  const s = ((performance.now() - t) / 1000).toFixed(1);
  console.log(`${label}: ${s} s, ${JSON.stringify((await store.stats()).nodes)} nodes`);
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
