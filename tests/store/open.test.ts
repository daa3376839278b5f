// openStore picks the engine from the environment and fails in one clear line.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../server/store/errors.js';
import { describeStore, openStore } from '../../server/store/open.js';
import { fixture } from './fixture.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'govgraph-open-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('openStore', () => {
  it('opens SQLite at GOVGRAPH_DB, creating its folder, and keeps the data across opens', async () => {
    const file = path.join(tmp, 'nested', 'folder', 'graph.sqlite');
    const env = { GOVGRAPH_DB: file };
    const store = await openStore(env);
    expect(store.engine).toBe('sqlite');
    expect(existsSync(file)).toBe(true);
    await store.writeBatch(fixture(), { replace: true });
    await store.close();
    const again = await openStore(env);
    expect((await again.stats()).nodes).toBe(fixture().nodes.length);
    await again.close();
    expect(describeStore(env)).toBe(`SQLite at ${file}`);
  });

  it("opens an in-memory SQLite store for ':memory:'", async () => {
    const store = await openStore({ GOVGRAPH_DB: ':memory:' });
    expect(store.engine).toBe('sqlite');
    await store.close();
  });

  it('reports a SQLite file it cannot create, naming it', async () => {
    const blocker = path.join(tmp, 'a-file');
    await (await openStore({ GOVGRAPH_DB: blocker })).close();
    await expect(openStore({ GOVGRAPH_DB: path.join(blocker, 'below-a-file.sqlite') })).rejects.toThrow(
      new RegExp(`cannot open the SQLite store at .*below-a-file.sqlite`),
    );
  });

  it('chooses Neo4j when NEO4J_URI is set, and an unreachable server is one line naming the URI', async () => {
    const env = { NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'x' };
    const failed = openStore(env);
    await expect(failed).rejects.toThrow(StoreUnavailableError);
    const message = await failed.catch((e: Error) => e.message);
    expect(message).toMatch(/^cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9: /);
    expect(message).not.toContain('\n');
    expect(describeStore(env)).toBe('Neo4j at bolt://127.0.0.1:9');
  });

  it('rejects a URI scheme the driver does not know, naming it', async () => {
    await expect(openStore({ NEO4J_URI: 'http://127.0.0.1:9' })).rejects.toThrow(/Neo4j .*http:\/\/127\.0\.0\.1:9/);
  });
});
