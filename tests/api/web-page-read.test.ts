// The build's page and the style sheet it links are read once at start, for both their users: the
// security headers (the sheet's hash in the content security policy) and the chart page (the sheet
// written into its head). Reads are counted by watching node:fs's readFileSync, which still reads.
import { createHash } from 'node:crypto';
import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { FIRST_CHART_SLOT } from '../../server/http/first-chart-page.js';
import { seededStore, type TestStore } from './support/store.js';

const SHEET = 'assets/style-AbC123.css';
const CSS = 'main { color: #123456 }';
const PAGE = `<!doctype html><title>govgraph</title><link rel="stylesheet" crossorigin href="/${SHEET}"><main id="main">${FIRST_CHART_SLOT}</main>`;

let seeded: TestStore;
let server: RunningServer;
let webDist: string;
const sheetReads: string[] = [];

beforeAll(async () => {
  seeded = await seededStore();
  webDist = mkdtempSync(path.join(tmpdir(), 'govgraph-web-'));
  mkdirSync(path.join(webDist, 'assets'));
  writeFileSync(path.join(webDist, 'index.html'), PAGE);
  writeFileSync(path.join(webDist, SHEET), CSS);
  const read = fs.readFileSync;
  const spy = vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, options?: unknown) => {
    if (typeof file === 'string' && file.endsWith('.css')) sheetReads.push(file);
    return read(file, options as BufferEncoding);
  }) as typeof fs.readFileSync);
  // the server's modules import readFileSync by name: they see the watcher once the named exports are synced
  syncBuiltinESMExports();
  try {
    server = await startServer({ store: seeded.store, port: 0, host: '127.0.0.1', production: true, webDist, logger: { info: () => {}, error: () => {} } });
  } finally {
    spy.mockRestore();
    syncBuiltinESMExports();
  }
});
afterAll(async () => {
  await server?.close();
  await seeded?.dispose();
  rmSync(webDist, { recursive: true, force: true });
});

describe('the build\'s page at start', () => {
  it('reads the style sheet once, and both the policy and the chart page use that read', async () => {
    expect(sheetReads.map((f) => path.relative(webDist, f))).toEqual([SHEET]);
    const res = await fetch(`${server.url}/chart?p=havering/csp`, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(res.headers.get('content-security-policy')).toContain(`'sha256-${createHash('sha256').update(CSS).digest('base64')}'`);
  });
});
