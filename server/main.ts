// Starts govgraph: opens the store (SQLite by default, Neo4j when NEO4J_URI is set), seeds it
// from seeds/ when it is empty, builds the web app when it has never been built, serves
// GraphQL and the web app on PORT (default 4000), and shuts down cleanly on SIGINT/SIGTERM.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './http/app.js';
import { DEFAULT_WEB_DIST, hasWebBuild } from './http/web.js';
import { DEFAULT_SEEDS_DIR, formatSummary, seedIfEmpty } from './seeds/cli/seed.js';
import { overlayApproved, recoverApproved } from './curation/apply.js';
import { openCurationStore } from './store/curation-open.js';
import { describeStore, openStore } from './store/open.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL('../web/vite.config.ts', import.meta.url));

function port(value = process.env.PORT): number {
  if (value === undefined || value === '') return 4000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`PORT must be a port number (0-65535), got "${value}"`);
  return n;
}

/** The web app is built once, the first time the server starts without a build (GOVGRAPH_NO_WEB_BUILD=1 skips it). */
function buildWebIfMissing(): void {
  if (hasWebBuild(DEFAULT_WEB_DIST) || !existsSync(VITE_CONFIG) || process.env.GOVGRAPH_NO_WEB_BUILD === '1') return;
  console.log('web/dist is missing: building the web app (npm run build)');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) console.error('the web build failed: serving the API only');
}

async function main(): Promise<void> {
  const listenOn = port();
  console.log(`opening the store: ${describeStore()}`);
  const store = await openStore();
  const curation = await openCurationStore();
  try {
    const seeded = await seedIfEmpty(store, DEFAULT_SEEDS_DIR, {
      log: (line) => console.log(line),
      overlay: (batch) => overlayApproved(batch, curation),
    });
    const recovered = await recoverApproved(store, curation);
    if (recovered) console.log(`applied ${recovered} approved change set(s) that a stop had interrupted`);
    if (seeded) console.log(`the store was empty: seeded it from ${DEFAULT_SEEDS_DIR}\n${formatSummary(seeded)}`);
    buildWebIfMissing();
  } catch (e) {
    await curation.close();
    await store.close();
    throw e;
  }
  const server = await startServer({ store, curation, port: listenOn });
  console.log(`govgraph is listening on ${server.url}: GraphQL at /graphql${server.servesWeb ? ', the web app at /' : ''}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    try {
      await server.close();
      await curation.close();
      await store.close();
      process.exit(0);
    } catch (e) {
      console.error('shutdown failed:', e);
      process.exit(1);
    }
  };
  // `on`, not `once`: a loader (tsx) re-raises a signal nobody listens to any more, which would kill the shutdown
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
