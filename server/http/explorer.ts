// The GraphQL explorer outside production: GraphiQL built from npm into explorer/dist
// (npm run build:explorer), shown to a browser's GET /graphql and served from /explorer/, so it
// works without internet access. Its editor styles itself inline: the page gets its own policy.
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { EXPLORER_CSP } from './security.js';
import { IMMUTABLE, hasWebBuild } from './web.js';

export const DEFAULT_EXPLORER_DIST = fileURLToPath(new URL('../../explorer/dist', import.meta.url));

/** A browser asking for the page at /graphql: a GET that wants HTML and carries no query. */
export const wantsExplorer = (req: IncomingMessage): boolean =>
  req.method === 'GET' && req.url === '/graphql' && /\btext\/html\b/.test(req.headers.accept ?? '');

/** Serves the explorer when `dir` holds its build; returns whether it does. */
export function serveExplorer(app: Express, dir: string): boolean {
  if (!hasWebBuild(dir)) return false;
  app.use('/explorer', express.static(dir, { index: false, setHeaders: (res, file) => res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? IMMUTABLE : 'no-cache') }));
  app.get('/graphql', (_req, res) => {
    res.setHeader('content-security-policy', EXPLORER_CSP);
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(path.join(dir, 'index.html'));
  });
  return true;
}
