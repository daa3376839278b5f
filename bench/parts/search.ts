// Search on synthetic national sets (seed 1) in SQLite, for issue 15 ("search whose cost follows the
// page asked for"): per set, the seeding time, the file's size and the size of search's index; per
// query, the records each page reads (keys, blocks and nodes, counted at the index's boundary as
// tests/store/search-reads.test.ts counts them) and its latency, calls interleaved across the sets.
// `npm run bench -- search`. Knobs: BENCH_SEARCH_SIZES [30,1000], BENCH_SEARCH_RUNS [60].
// Each set (its seeds, and its SQLite file) is kept in data/synth-search/ and reused: delete N.sqlite
// after changing the index, to seed it again.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { rankedSearch } from '../../server/store/rank.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { countingSearchIndex, type SearchReads } from '../national/counting.js';
import { latency, mib, ms } from '../national/stats.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '30,1000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 60);
const QUERIES = ['MARAC', 'risk panel', 'vulnerable adults', 'community safety partnership board', 'panel'];
const FIRST = 20;

interface SetInfo {
  nodes: number;
  seedMs: number;
  bytes: number;
  indexBytes: number;
}

async function prepare(n: number): Promise<{ file: string; info: SetInfo }> {
  const { generateNational } = await import('../synth/generate.js');
  const { MANIFEST, writeSynthSet } = await import('../synth/writer.js');
  const { loadSeeds, writeSqlite } = await import('../national/seeding.js');
  const dir = path.join(ROOT, 'data/synth-search');
  const file = path.join(dir, `${n}.sqlite`);
  const kept = path.join(dir, `${n}.json`);
  if (existsSync(file) && existsSync(kept)) return { file, info: JSON.parse(readFileSync(kept, 'utf8')) as SetInfo };
  const setDir = path.join(dir, String(n));
  // a set written by an earlier run is read again (the seeding is what is measured)
  const written = existsSync(path.join(setDir, MANIFEST))
    ? { seedsDir: path.join(setDir, 'seeds'), sourcesDir: path.join(setDir, 'sources') }
    : (console.log(`search bench: writing the ${n}-partnership set`), await writeSynthSet(setDir, generateNational({ partnerships: n, seed: 1 })));
  const loaded = await loadSeeds(written.seedsDir, written.sourcesDir);
  const w = await writeSqlite(loaded.batch, file);
  const db = new Database(file, { readonly: true });
  const indexBytes = (db.prepare('SELECT sum(length(key) + length(last) + length(entries)) AS b FROM search_blocks').get() as { b: number }).b;
  db.close();
  const info: SetInfo = { nodes: w.nodes, seedMs: w.writeMs, bytes: statSync(file).size, indexBytes };
  writeFileSync(kept, JSON.stringify(info));
  return { file, info };
}

export default async function run(): Promise<{ title: string; markdown: string }> {
  const sets = [];
  for (const n of SIZES) sets.push({ n, ...(await prepare(n)) });
  const load = () => os.loadavg().map((l) => l.toFixed(2)).join(', ');
  const stores = sets.map((s) => openSqliteStore(s.file));
  const rows: string[] = [];
  try {
    for (const text of QUERIES) {
      const reads: SearchReads[] = [];
      const hits: string[][] = [];
      for (const store of stores) {
        const { index, reads: r } = countingSearchIndex(store.searchIndex());
        hits.push((await rankedSearch({ text, first: FIRST }, index)).map((h) => h.node.name));
        reads.push(r);
      }
      const times = stores.map((): number[] => []);
      for (let i = 0; i < RUNS + 5; i++) {
        for (const [k, store] of stores.entries()) {
          const t0 = performance.now();
          await store.search({ text, first: FIRST });
          if (i >= 5) times[k]!.push(performance.now() - t0);
        }
      }
      const p50 = times.map((t) => latency(t).p50);
      rows.push(
        `| "${text}" | ${sets.map((s, k) => `${ms(p50[k]!)} / ${ms(latency(times[k]!).p95)}`).join(' | ')} | ${(p50.at(-1)! / p50[0]!).toFixed(2)}× | ${reads.map((r) => `${r.calls} / ${r.keys} / ${r.blocks} / ${r.nodes}`).join(' | ')} | ${load()} |`,
      );
      if (hits.some((h) => h.length === 0)) rows.push(`| (no hits for "${text}" on some set) | | | | | |`);
    }
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
  const head = sets.map((s) => `${s.n.toLocaleString('en-GB')}-set`);
  return {
    title: 'Search on synthetic national sets (issue 15)',
    markdown: [
      `SQLite, one process; first ${FIRST} hits; per query ${RUNS} calls on each set after 5 of warm-up, interleaved across the sets. Reads per page: calls to the index / keys opened / blocks read / nodes read, counted at the index's boundary (the count tests/store/search-reads.test.ts makes).`,
      '',
      '| set | nodes | SQLite file | search index (keys, lasts and postings) | seeding (writeBatch) |',
      '| --- | --- | --- | --- | --- |',
      ...sets.map((s) => `| ${s.n.toLocaleString('en-GB')} partnerships | ${s.info.nodes.toLocaleString('en-GB')} | ${mib(s.info.bytes)} | ${mib(s.info.indexBytes)} | ${(s.info.seedMs / 1000).toFixed(1)} s |`),
      '',
      `| query | ${head.map((h) => `${h} p50 / p95 ms`).join(' | ')} | largest ÷ smallest (p50) | ${head.map((h) => `${h} reads`).join(' | ')} | load |`,
      `| --- | ${head.map(() => '---').join(' | ')} | --- | ${head.map(() => '---').join(' | ')} | --- |`,
      ...rows,
    ].join('\n'),
  };
}
