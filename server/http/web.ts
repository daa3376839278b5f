// The web app's static build at /, with the single-page-app fallback: any other GET that
// wants HTML gets index.html and the client router takes over.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export const hasWebBuild = (dir: string): boolean => existsSync(path.join(dir, 'index.html'));

/** Serves `dir` when it holds a build; returns whether it did. Paths under `apiPaths` are left alone. */
export function serveWeb(app: Express, dir: string, apiPaths: readonly string[]): boolean {
  if (!hasWebBuild(dir)) return false;
  const index = path.join(dir, 'index.html');
  app.use(express.static(dir, { index: 'index.html', fallthrough: true }));
  app.use((req, res, next) => {
    const isApi = apiPaths.some((p) => req.path === p || req.path.startsWith(`${p}/`));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi || !req.accepts('html')) return next();
    res.sendFile(index);
  });
  return true;
}
