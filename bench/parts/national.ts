// Scale: the five real plans and a synthetic national graph (300 partnerships, bench/synth),
// each seeded into SQLite, and into Neo4j when NEO4J_URI is set (its database is reseeded: a test
// server of scripts/neo4j/server.sh, heap 2 GiB as issue 17 asks), and served by the real server
// on each engine in turn: seeding time and size, latency and throughput over HTTP (autocannon,
// loopback) against the in-process graphql-js ceiling, store calls per operation, the analyses,
// and the server's peak RSS; then the targets, met or missed, an engine per column.
// Cost on 2 cores: 20 minutes with Neo4j at load average 11-17 (2026-12-03); 7 minutes on SQLite alone at load 1.6 (2026-11-23).
// BENCH_HTTP_SECONDS=2 BENCH_CEILING_SECONDS=2 shortens the timed runs to about a third (noisier figures).
// `npm run bench -- national`; standalone `npx tsx bench/parts/national.ts`.
// Knobs (defaults in brackets): BENCH_NATIONAL_PARTNERSHIPS [300], BENCH_HTTP_SECONDS [8], BENCH_CEILING_SECONDS [5].
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SYNTH_DIR = path.join(ROOT, 'data/synth');
const SEED = 1;

function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, not "${raw}"`);
  return n;
}

/** data/synth as `npm run synth -- --partnerships N --seed 1` writes it, generated unless it is already there. */
export async function nationalSet(partnerships: number): Promise<{ seedsDir: string; sourcesDir: string }> {
  const manifest = path.join(SYNTH_DIR, 'synth.json');
  const have = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { partnerships: number; seed: number }) : undefined;
  if (have?.partnerships !== partnerships || have.seed !== SEED) {
    const { generateNational } = await import('../synth/generate.js');
    const { writeSynthSet } = await import('../synth/writer.js');
    console.log(`national bench: generating ${partnerships} partnerships into ${SYNTH_DIR}`);
    await writeSynthSet(SYNTH_DIR, generateNational({ partnerships, seed: SEED }));
  }
  return { seedsDir: path.join(SYNTH_DIR, 'seeds'), sourcesDir: path.join(SYNTH_DIR, 'sources') };
}

export default async function run(): Promise<{ title: string; markdown: string }> {
  // graphql-js drops its development checks only when NODE_ENV is set before it loads
  process.env.NODE_ENV ??= 'production';
  const { benchDataset } = await import('../national/dataset.js');
  const { datasetMarkdown, neo4jTargetsMarkdown, targetsMarkdown } = await import('../national/report.js');
  const { engineNote } = await import('../engines.js');
  const { defaultSourcesDir } = await import('../../server/seeds/quotes.js');

  const partnerships = setting('BENCH_NATIONAL_PARTNERSHIPS', 300);
  const settings = {
    httpSeconds: setting('BENCH_HTTP_SECONDS', 8),
    ceilingSeconds: setting('BENCH_CEILING_SECONDS', 5),
    connections: [1, 16],
    analysisRuns: 20,
  };
  const load = os.loadavg().map((l) => l.toFixed(2)).join(', ');
  const national = await nationalSet(partnerships);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'govgraph-bench-national-'));
  try {
    const real = await benchDataset('The five real plans (seeds/)', path.join(ROOT, 'seeds'), defaultSourcesDir(), path.join(tmp, 'real.sqlite'), settings);
    const synth = await benchDataset(`Synthetic national set (${partnerships} partnerships, seed ${SEED})`, national.seedsDir, national.sourcesDir, path.join(tmp, 'national.sqlite'), settings);
    const cpus = os.cpus();
    const markdown = [
      `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}. ` +
        `Load average when the run began: ${load} (the machine is shared: other work inflates the times).`,
      '',
      `Engines: ${engineNote()}.`,
      '',
      `Commands: \`npm run synth -- --partnerships ${partnerships} --seed ${SEED}\` (the bench runs it when data/synth is missing or differs), then \`npm run bench -- national\`. ` +
        `Each HTTP run lasts ${settings.httpSeconds} s after a 1 s warm-up; each in-process run ${settings.ceilingSeconds} s after a 1 s warm-up.`,
      '',
      `#### Targets on the national set`,
      '',
      targetsMarkdown(synth),
      '',
      `#### Issue 17's latency targets on the five real plans`,
      '',
      neo4jTargetsMarkdown(real),
      '',
      datasetMarkdown(synth),
      '',
      datasetMarkdown(real),
    ].join('\n');
    return { title: 'Scale: the real plans and a national graph', markdown };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log((await run()).markdown);
}
