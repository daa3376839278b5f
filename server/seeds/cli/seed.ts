// npm run seed [-- dir] [--force] — loads the seed files into the configured store (NEO4J_URI or
// GOVGRAPH_DB, see store/open.ts), replacing what was there, all or nothing; a seed that would
// remove most of a non-empty store is refused unless --force. A seed problem is printed as
// file:line:column: message and nothing is written. seedStore is also what the server uses to fill
// an empty store at start.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keepApproved, type KeepApproved } from '../../curation/apply.js';
import type { GraphStats, GraphStore } from '../../store/contract.js';
import { openCurationStore } from '../../store/curation-open.js';
import { describeStore, openStore } from '../../store/open.js';
import { loadSeedDir, type SeedProblem } from '../load.js';
import { formatProblem } from '../parse.js';

export const DEFAULT_SEEDS_DIR = fileURLToPath(new URL('../../../seeds', import.meta.url));

export class SeedProblemsError extends Error {
  override name = 'SeedProblemsError';
  constructor(readonly problems: SeedProblem[]) {
    super(`${problems.length} problem(s) in the seed files, nothing written:\n${problems.map(formatProblem).join('\n')}`);
  }
}

/** A seed that would wipe most of a store, refused unless forced. */
export class SeedRefusedError extends Error {
  override name = 'SeedRefusedError';
}

export interface SeedOptions {
  /** replace the store even when the seed files would remove most of it */
  force?: boolean;
  /** where the source plans are, for the quote check (default: see seeds/quotes.ts) */
  sourcesDir?: string;
  /** progress lines */
  log?: (line: string) => void;
  /** lays approved curation changes over the seeds and catches up with those approved meanwhile (curation/apply.ts), or refuses: reseeding never silently drops them */
  approved?: KeepApproved;
}

export interface SeedSummary {
  stats: GraphStats;
  files: { file: string; nodes: number; rels: number }[];
  /** whether every quote was checked against its source plan */
  quotesChecked: boolean;
  seconds: number;
}

/** Replaces the store's graph with the seed files of dir. Throws SeedProblemsError, writing nothing, if any file has a problem. */
export async function seedStore(store: GraphStore, dir = DEFAULT_SEEDS_DIR, opts: SeedOptions = {}): Promise<SeedSummary> {
  const log = opts.log ?? (() => {});
  const started = performance.now();
  log(`reading seed files in ${path.relative(process.cwd(), dir) || '.'}`);
  const loaded = await loadSeedDir(dir, { sourcesDir: opts.sourcesDir });
  if (loaded.problems.length) throw new SeedProblemsError(loaded.problems);
  for (const f of loaded.files) log(`  ${f.file}: ${f.nodes} nodes, ${f.rels} relationships`);
  log(loaded.quotes.checked ? `quotes checked against ${loaded.quotes.dir}` : `quotes NOT checked: ${loaded.quotes.dir} is absent`);
  const batch = opts.approved ? await opts.approved.overlay(loaded.batch) : loaded.batch;
  if (!opts.force) await refuseDestructive(store, dir, loaded.files.length, batch.nodes.length);
  log(`writing ${batch.nodes.length} nodes and ${batch.rels.length} relationships (${store.engine}, replacing the graph)`);
  await store.writeBatch(batch, { replace: true });
  const caughtUp = opts.approved ? await opts.approved.catchUp(store) : 0;
  if (caughtUp) log(`wrote again ${caughtUp} item(s) approved while the seed was writing`);
  return {
    stats: await store.stats(),
    files: loaded.files,
    quotesChecked: loaded.quotes.checked,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * An empty folder, or one missing most of its files (a plans/ folder moved away), would replace a
 * full store with next to nothing: refused unless forced. "Most" is more than half the nodes.
 */
async function refuseDestructive(store: GraphStore, dir: string, files: number, nodes: number): Promise<void> {
  const shown = path.relative(process.cwd(), dir) || '.';
  if (files === 0) throw new SeedRefusedError(`${shown} holds no seed files (*.yaml): nothing written; pass --force to empty the store`);
  const before = (await store.stats()).nodes;
  if (before > 0 && nodes < before / 2) {
    throw new SeedRefusedError(
      `the seed files in ${shown} hold ${nodes} nodes but the store holds ${before}: seeding would remove ${before - nodes} of them. ` +
        'Nothing written; check the folder (a missing plans/?) or pass --force to replace the store anyway',
    );
  }
}

/** Seeds the store only when it holds no nodes (a first start); returns the summary if it did. */
export async function seedIfEmpty(store: GraphStore, dir = DEFAULT_SEEDS_DIR, opts: SeedOptions = {}): Promise<SeedSummary | null> {
  if ((await store.stats()).nodes > 0) return null;
  return seedStore(store, dir, opts);
}

export function formatSummary(s: SeedSummary): string {
  const width = Math.max(...[...s.stats.byKind.map((k) => k.kind), ...s.stats.byType.map((t) => t.type)].map((x) => x.length), 4);
  return [
    `nodes: ${s.stats.nodes}`,
    ...s.stats.byKind.map((k) => `  ${k.kind.padEnd(width)} ${String(k.count).padStart(6)}`),
    `relationships: ${s.stats.relationships}`,
    ...s.stats.byType.map((t) => `  ${t.type.padEnd(width)} ${String(t.count).padStart(6)}`),
    `done in ${s.seconds.toFixed(2)} s`,
  ].join('\n');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--force');
  if (unknown.length) {
    console.error(`seed: unknown option ${unknown.join(' ')} (usage: npm run seed -- [dir] [--force])`);
    return 2;
  }
  const dir = path.resolve(args.find((a) => !a.startsWith('-')) ?? DEFAULT_SEEDS_DIR);
  console.log(`seed: into ${describeStore()}`);
  let store: GraphStore;
  try {
    store = await openStore();
  } catch (err) {
    console.error(`seed: ${(err as Error).message}`);
    return 1;
  }
  try {
    const curation = await openCurationStore();
    try {
      console.log(formatSummary(await seedStore(store, dir, { force, log: (line) => console.log(line), approved: keepApproved(curation) })));
    } finally {
      await curation.close();
    }
    return 0;
  } catch (err) {
    if (err instanceof SeedProblemsError) {
      for (const p of err.problems) console.error(formatProblem(p));
      console.error(`seed: ${err.problems.length} problem(s); the store was not changed`);
    } else {
      console.error(`seed: ${(err as Error).message}`);
    }
    return 1;
  } finally {
    await store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
