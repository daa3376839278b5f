// `npm run seed` under faults, on each engine its CLI supports (SQLite; Neo4j when NEO4J_URI is
// set): killed with SIGKILL at a random moment of its write, the store holds exactly the graph of
// before or of after, never a mix; two seeds at once end in one of the two graphs, each seed
// either finishing or failing with a message, never a torn store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useNeo4jLock } from '../store/neo4j-lock.js';
import { fingerprintOf, runSeed, twoSeedFolders } from './support/seed-process.js';
import { seededRandom } from './support/query-fuzz.js';

const uri = process.env.NEO4J_URI;
const tmp = mkdtempSync(path.join(tmpdir(), 'govgraph-seed-faults-'));
const folders = twoSeedFolders();
afterAll(() => {
  folders.dispose();
  rmSync(tmp, { recursive: true, force: true });
});

function faultSuite(env: Record<string, string>, rounds: number) {
  const known = new Map<string, 'a' | 'b'>();
  /** how long the last whole write took, so the kills land anywhere in one (the first on Neo4j also makes its indexes) */
  let writeMs = 0;

  const seedFully = async (which: 'a' | 'b') => {
    const run = runSeed(folders[which], env);
    await run.writing;
    const started = Date.now();
    expect(await run.exit, run.output()).toBe('0');
    writeMs = Date.now() - started;
    known.set(await fingerprintOf(env), which);
  };

  beforeAll(async () => {
    await seedFully('b');
    await seedFully('a');
    expect(known.size, 'the two seed folders give different graphs').toBe(2);
  }, 300_000);

  it(`kill -9 at ${rounds} random moments of a seed's write leaves the graph of before or of after`, { timeout: 600_000 }, async () => {
    const random = seededRandom(rounds);
    let current: 'a' | 'b' = 'a';
    const seen: string[] = [];
    for (let i = 0; i < rounds; i++) {
      const target = current === 'a' ? 'b' : 'a';
      const run = runSeed(folders[target], env);
      await run.writing;
      await sleep(Math.floor(random() * writeMs));
      run.child.kill('SIGKILL');
      const exit = await run.exit;
      const state = known.get(await fingerprintOf(env));
      expect(state, `round ${i}: after ${exit} the store holds neither graph\n${run.output()}`).toBeDefined();
      seen.push(`${exit}:${current}->${state}`);
      current = state!;
    }
    console.log(`seed kills (${env.NEO4J_URI ? 'neo4j' : 'sqlite'}, write ≈ ${writeMs} ms): ${seen.join(' ')}`);
    // and a seed after the kills completes, whatever they left behind
    await seedFully(current === 'a' ? 'b' : 'a');
  });

  it('two seeds at once: each finishes or fails with a message, and the store holds one of the two graphs', { timeout: 300_000 }, async () => {
    for (let i = 0; i < 2; i++) {
      const runs = [runSeed(folders.a, env), runSeed(folders.b, env)];
      const exits = await Promise.all(runs.map((r) => r.exit));
      runs.forEach((r, j) => {
        expect(['0', '1'], r.output()).toContain(exits[j]);
        // a failure says why in one line, no stack trace
        if (exits[j] === '1') expect(r.output()).toMatch(/^seed: .+/m);
        expect(r.output()).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      });
      expect(exits, 'at least one of them wins').toContain('0');
      expect(known.get(await fingerprintOf(env))).toBeDefined();
    }
  });
}

describe('SQLite', () => {
  faultSuite({ GOVGRAPH_DB: path.join(tmp, 'graph.sqlite') }, 6);
});

describe.skipIf(!uri)(`Neo4j${uri ? ` at ${uri}` : ' (skipped: NEO4J_URI is not set)'}`, () => {
  useNeo4jLock(uri);
  faultSuite({ NEO4J_URI: uri ?? '', NEO4J_USER: process.env.NEO4J_USER ?? '', NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '' }, 3);
});
