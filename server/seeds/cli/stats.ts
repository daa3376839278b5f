// npm run seeds:stats — nodes by kind and relationships by type, per seed file and in total.
import { loadSeedDir } from '../load.js';

const dir = process.argv[2] ?? 'seeds';
const { origins, problems } = await loadSeedDir(dir);

const count = <T>(items: T[], key: (t: T) => string) => {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
};
const print = (title: string, nodes: typeof origins.nodes, rels: typeof origins.rels) => {
  console.log(`\n${title}: ${nodes.length} nodes, ${rels.length} relationships`);
  for (const [k, n] of count(nodes, (x) => x.item.kind)) console.log(`  ${k.padEnd(14)} ${n}`);
  for (const [k, n] of count(rels, (x) => x.item.type)) console.log(`  ${k.padEnd(14)} ${n}`);
};

const files = [...new Set([...origins.nodes, ...origins.rels].map((e) => e.file))].sort();
for (const f of files) print(f, origins.nodes.filter((n) => n.file === f), origins.rels.filter((r) => r.file === f));
print('total', origins.nodes, origins.rels);
if (problems.length > 0) console.log(`\n(${problems.length} problems: run npm run seeds:check)`);
