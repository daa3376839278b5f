// server/main.ts as a user runs it: an empty SQLite file is seeded, the server answers, and
// SIGTERM closes the server and the store and exits 0.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite/store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('server/main.ts', () => {
  it('seeds an empty store, serves, and shuts down cleanly on SIGTERM', async () => {
    const db = path.join(dir, 'graph.sqlite');
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, GOVGRAPH_DB: db, PORT: '0', NODE_ENV: 'production', GOVGRAPH_NO_WEB_BUILD: '1', NEO4J_URI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const m = /listening on (http:\/\/[^:\s]+:\d+)/.exec(out);
          if (m) {
            clearInterval(timer);
            resolve(m[1]);
          }
        }, 50);
        void exited.then((code) => {
          clearInterval(timer);
          reject(new Error(`main exited (${code}) before listening:\n${out}`));
        });
      });
      expect(out).toMatch(/the store was empty: seeded it from/);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ node(id: "havering/csp") { name } }' }),
      });
      expect(await res.json()).toEqual({ data: { node: { name: 'Havering Community Safety Partnership' } } });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out).toMatch(/SIGTERM: shutting down/);
    // the store was closed: the file opens again and holds the seeded graph
    const store = openSqliteStore(db);
    try {
      expect((await store.stats()).nodes).toBeGreaterThan(100);
    } finally {
      await store.close();
    }
  }, 60_000);
});
