// Starts govgraph: opens the store (SQLite by default, Neo4j when NEO4J_URI is set), seeds it
// from seeds/ when it is empty, builds the web app (and outside production the explorer) when it
// has never been built, serves GraphQL and the web app on HOST:PORT (default 127.0.0.1:4000), and
// shuts down cleanly on SIGINT/SIGTERM. Production unless NODE_ENV=development. Logs are JSON lines.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_HOST, startServer } from './http/app.js';
import { DEFAULT_EXPLORER_DIST } from './http/explorer.js';
import { DEFAULT_WEB_DIST, hasWebBuild } from './http/web.js';
import { DEFAULT_SEEDS_DIR, formatSummary, seedIfEmpty } from './seeds/cli/seed.js';
import { keepApproved, recoverApproved } from './curation/apply.js';
import { jsonLogger } from './log.js';
import { openCurationStore } from './store/curation-open.js';
import { describeStore, openStore } from './store/open.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL('../web/vite.config.ts', import.meta.url));
const log = jsonLogger();

function port(value = process.env.PORT): number {
  if (value === undefined || value === '') return 4000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`PORT must be a port number (0-65535), got "${value}"`);
  return n;
}

/** A build is made once, the first time the server starts without it (GOVGRAPH_NO_WEB_BUILD=1 skips it). */
function buildIfMissing(dist: string, script: string, what: string): void {
  if (hasWebBuild(dist) || !existsSync(VITE_CONFIG) || process.env.GOVGRAPH_NO_WEB_BUILD === '1') return;
  log.info(`${path.relative(ROOT, dist)} is missing: building ${what} (npm run ${script})`);
  // the build's own output goes to stderr, so stdout stays JSON lines
  const result = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) log.error(`the build of ${what} failed: serving without it`);
}

const development = process.env.NODE_ENV === 'development';
// express and its dependencies read NODE_ENV too
if (!development) process.env.NODE_ENV = 'production';

async function main(): Promise<void> {
  const listenOn = port();
  const host = process.env.HOST?.trim() || DEFAULT_HOST;
  log.info(`opening the store: ${describeStore()} (${development ? 'development' : 'production'})`);
  const store = await openStore();
  const curation = await openCurationStore();
  try {
    const seeded = await seedIfEmpty(store, DEFAULT_SEEDS_DIR, {
      log: (line) => log.info(line),
      approved: keepApproved(curation),
    });
    if (seeded) log.info(`the store was empty: seeded it from ${DEFAULT_SEEDS_DIR}\n${formatSummary(seeded)}`);
    const recovered = await recoverApproved(store, curation);
    if (recovered) log.info(`applied ${recovered} approved change set(s) that a stop had interrupted`);
    buildIfMissing(DEFAULT_WEB_DIST, 'build:web', 'the web app');
    if (development) buildIfMissing(DEFAULT_EXPLORER_DIST, 'build:explorer', 'the GraphQL explorer');
  } catch (e) {
    await curation.close();
    await store.close();
    throw e;
  }
  const server = await startServer({ store, curation, port: listenOn, host, production: !development, logger: log });
  log.info(`govgraph is listening on ${server.url}: GraphQL at /graphql${server.servesWeb ? ', the web app at /' : ''}${server.servesExplorer ? ', the explorer at /graphql in a browser' : ''}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    try {
      await server.close();
      await curation.close();
      await store.close();
      log.info('stopped: the server and the stores are closed');
      process.exit(0);
    } catch (e) {
      log.error(`shutdown failed: ${(e as Error).message}`);
      process.exit(1);
    }
  };
  // `on`, not `once`: a loader (tsx, under the tests) re-raises a signal nobody listens to any more, which would kill the shutdown
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  log.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
