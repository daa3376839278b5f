// The web app's static build at /, with the single-page-app fallback: any other GET that
// wants HTML gets index.html and the client router takes over. Vite names every file under
// assets/ by its content's hash, so those are cached for a year (immutable); index.html and the
// rest are revalidated on each visit (no-cache). Production does not serve the layout benchmark page.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Pages of the build that only the benchmarks use. */
const BENCH_PAGES = ['/layout-bench.html'];

export const hasWebBuild = (dir: string): boolean => existsSync(path.join(dir, 'index.html'));

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Serves `dir` when it holds a build; returns whether it did. Paths under `apiPaths` are left alone. */
export function serveWeb(app: Express, dir: string, apiPaths: readonly string[], opts: { production: boolean }): boolean {
  if (!hasWebBuild(dir)) return false;
  const index = path.join(dir, 'index.html');
  const assets = path.join(dir, 'assets') + path.sep;
  if (opts.production) {
    app.use((req, res, next) => (BENCH_PAGES.includes(req.path) ? res.status(404).end() : next()));
  }
  app.use(
    express.static(dir, {
      index: 'index.html',
      fallthrough: true,
      setHeaders: (res, file) => res.setHeader('cache-control', file.startsWith(assets) ? IMMUTABLE : 'no-cache'),
    }),
  );
  app.use((req, res, next) => {
    const isApi = apiPaths.some((p) => req.path === p || req.path.startsWith(`${p}/`));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
