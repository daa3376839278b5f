// The real server on a fresh, seeded SQLite store, on an ephemeral port, serving the built web
// app: what the browser tests and the web bench run against. The build is redone when any
// source under web/ is newer than web/dist/index.html.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { authConfig, type AuthConfig } from '../../../server/auth/config.js';
import { startServer } from '../../../server/http/app.js';
import { seedStore } from '../../../server/seeds/cli/seed.js';
import { openStore } from '../../../server/store/open.js';
import { SqliteCurationStore } from '../../../server/store/sqlite/curation.js';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const WEB_DIST = path.join(REPO, 'web/dist');

function newestUnder(dir: string, skip: (p: string) => boolean): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (skip(p)) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(p, skip) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Runs a Vite build when `dist` is missing or older than a source file under `src` or one of `alsoBundled`. */
function ensureBuild(src: string, dist: string, config: string, alsoBundled: string[] = []): void {
  const built = (() => {
    try {
      return statSync(path.join(dist, 'index.html')).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const sources = Math.max(newestUnder(src, (p) => p.startsWith(dist) || p.includes('node_modules')), ...alsoBundled.map((f) => statSync(path.join(REPO, f)).mtimeMs));
  if (built > sources) return;
  execFileSync('npx', ['vite', 'build', '--config', config, '--logLevel', 'warn'], { cwd: REPO, stdio: 'inherit' });
}

/** The server's files the app bundles too (its imports from outside web/): a change to one needs a new build. */
const WEB_BUNDLES_FROM_SERVER = ['server/http/chart-layout-options.ts', 'server/import/report.ts'];

/** Builds web/dist when it is missing or older than a source file of the app. */
export const ensureWebBuild = (): void => ensureBuild(path.join(REPO, 'web'), WEB_DIST, 'web/vite.config.ts', WEB_BUNDLES_FROM_SERVER);

export const EXPLORER_DIST = path.join(REPO, 'explorer/dist');

/** Builds the GraphQL explorer (explorer/dist, as npm run build:explorer) when missing or stale: about a minute and a half. */
export const ensureExplorerBuild = (): void => ensureBuild(path.join(REPO, 'explorer'), EXPLORER_DIST, 'explorer/vite.config.ts');

export interface SeededServer {
  url: string;
  /** the SQLite file of the graph (and, with curation, of accounts and change sets) */
  db: string;
  /** what the server logged as errors (internal faults), for tests to check */
  errors: string[];
  /** settled once the server's warm-up at start is over (RunningServer.warmedUp) */
  warmedUp: Promise<void>;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** accounts, sign-in and change sets (server/auth, server/curation), with these settings */
  curation?: Partial<AuthConfig>;
  /** false: as in development (the layout bench page is served); production when absent */
  production?: boolean;
}

/** The server as `npm start` runs it (server/http, seeded by seedStore), on a temp SQLite file and port 0. */
export async function startSeededServer(opts: ServerOptions = {}): Promise<SeededServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'govgraph-web-'));
  const db = path.join(dir, 'graph.sqlite');
  // an env of its own: always the embedded SQLite engine, whatever NEO4J_URI says
  const store = await openStore({ GOVGRAPH_DB: db });
  try {
    await seedStore(store);
  } catch (e) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const errors: string[] = [];
  const curation = opts.curation ? new SqliteCurationStore(db) : undefined;
  const server = await startServer({
    store,
    curation,
    auth: opts.curation ? { ...authConfig({}, false), ...opts.curation } : undefined,
    port: 0,
    host: '127.0.0.1',
    webDist: WEB_DIST,
    production: opts.production,
    logger: { info: () => {}, error: (m) => errors.push(m) },
  });
  if (!server.servesWeb) throw new Error(`the server does not serve the web app: no build in ${WEB_DIST}`);
  return {
    url: `http://127.0.0.1:${server.port}`,
    warmedUp: server.warmedUp,
    db,
    errors,
    async close() {
      await server.close();
      await curation?.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
