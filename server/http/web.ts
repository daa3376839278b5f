// The web app's static build at /, with the single-page-app fallback: any other GET that
// wants HTML gets index.html and the client router takes over. The build holds each file
// precompressed beside itself (x.js.br, x.js.gz, web/vite.config.ts), sent as the browser accepts
// them, so no file is compressed per request. Vite names every file under assets/ by its
// content's hash, so those are cached for a year (immutable); index.html and the rest are
// revalidated on each visit (no-cache). Production does not serve the layout benchmark page.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Express, RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { readRegisteredQueries } from '../graphql/registered-queries.js';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Pages of the build that only the benchmarks use. */
const BENCH_PAGES = ['/layout-bench.html'];

export const hasWebBuild = (dir: string): boolean => existsSync(path.join(dir, 'index.html'));

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The queries the build's app sends, by hash (PERSISTED_QUERIES_FILE of web/build/persisted-queries.ts); not served. */
const REGISTERED_QUERIES = '.vite/persisted-queries.json';

/** The persisted queries of the build in `dir`, none when it has no registry. */
export const webQueries = (dir: string): Map<string, string> => {
  const file = path.join(dir, REGISTERED_QUERIES);
  return hasWebBuild(dir) && existsSync(file) ? readRegisteredQueries(file) : new Map();
};

/**
 * Serves `dir` when it holds a build; returns whether it did. Paths under `apiPaths` are left alone;
 * `pages` may answer an app path's page first (first-chart-page.ts: a chart drawn in it).
 */
export function serveWeb(app: Express, dir: string, apiPaths: readonly string[], opts: { production: boolean; pages?: RequestHandler | null }): boolean {
  if (!hasWebBuild(dir)) return false;
  // the precompressed files are found by their path under the root, which must not end in a slash
  const root = path.resolve(dir);
  const assets = path.join(root, 'assets') + path.sep;
  if (opts.production) {
    app.use((req, res, next) => (BENCH_PAGES.includes(req.path) ? res.status(404).end() : next()));
  }
  const files = expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: 'index.html',
    serveStatic: {
      fallthrough: true,
      setHeaders: (res, file) => res.setHeader('cache-control', file.startsWith(assets) ? IMMUTABLE : 'no-cache'),
    },
  });
  app.use(files);
  if (opts.pages) app.use(opts.pages);
  app.use((req, res, next) => {
    const isApi = apiPaths.some((p) => req.path === p || req.path.startsWith(`${p}/`));
    // a missing asset (an old page asking for a chunk of an earlier build) is a 404, not the page
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi || req.path.startsWith('/assets/') || !req.accepts('html')) return next();
    // the app's page, precompressed like the rest, for whatever path the client router shows
    req.url = '/index.html';
    files(req, res, next);
  });
  return true;
}
