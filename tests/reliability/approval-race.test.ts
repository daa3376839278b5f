// Two server processes approving change sets on the same item at once, on SQLite and on Neo4j
// (when NEO4J_URI is set): for every version exactly one of the two change sets made against it is
// approved and the other is refused with CONFLICT, the audit record holds versions 1..n in order,
// and the graph ends on the newest approved state, whichever process wrote last.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../server/curation/model.js';
import type { GraphNode } from '../../server/domain/model.js';
import { openCurationStore } from '../../server/store/curation-open.js';
import { openStore } from '../../server/store/open.js';
import { fixture } from '../store/fixture.js';
import { useNeo4jLock } from '../store/neo4j-lock.js';

const CHILD = fileURLToPath(new URL('./fixtures/approve-race.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VERSIONS = 12;
const tmp = mkdtempSync(path.join(tmpdir(), 'govgraph-approval-race-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Attempt {
  id: string;
  v: number;
  outcome: 'APPLIED' | 'CONFLICT';
}

function reviewer(prefix: string, item: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, prefix, String(VERSIONS), item], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const ready = new Promise<void>((resolve) => {
    const check = () => (out.startsWith('ready\n') ? resolve() : undefined);
    child.stdout.on('data', check);
  });
  const done = new Promise<Attempt[]>((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0
        ? resolve(out.split('\n').slice(1).filter(Boolean).map((l) => JSON.parse(l) as Attempt))
        : reject(new Error(`reviewer ${prefix} exited ${code}:\n${out}\n${err}`)),
    ),
  );
  return { ready, go: () => child.stdin.end('go\n'), done };
}

function raceSuite(env: Record<string, string>) {
  it(`two processes approve ${VERSIONS} versions of one item at once: one per version wins, in order, and the graph ends on the newest`, { timeout: 300_000 }, async () => {
    const run = randomBytes(4).toString('hex');
    const item = `richmond/race-${run}`;
    const graph = await openStore({ NEO4J_URI: '', ...env });
    const store = await openCurationStore({ NEO4J_URI: '', ...env });
    try {
      if (env.GOVGRAPH_DB) await graph.writeBatch(fixture(), { replace: true });
      const node = (name: string): GraphNode => ({ id: item, kind: 'Panel', name, aliases: [], props: {}, evidence: [], partnership: 'richmond/csp' });
      // two change sets against every version, one for each process
      for (let v = 0; v < VERSIONS; v++) {
        for (const who of ['a', 'b']) {
          const cs: ChangeSet = {
            id: `${run}-${who}-${v}`,
            partnership: 'richmond/csp',
            author: 'edith',
            summary: `${who} at version ${v}`,
            evidence: { kind: 'ATTESTED', note: 'seen at the board' },
            changes: [{ target: 'node', id: item, op: v === 0 ? 'create' : 'edit', baseVersion: v, before: null, after: node(`${who}-${v}`) }],
            state: 'PROPOSED',
            createdAt: new Date().toISOString(),
            applied: false,
          };
          await store.createChangeSet(cs);
        }
      }
      const reviewers = [reviewer(`${run}-a`, item, env), reviewer(`${run}-b`, item, env)];
      await Promise.all(reviewers.map((r) => r.ready));
      reviewers.forEach((r) => r.go());
      const attempts = (await Promise.all(reviewers.map((r) => r.done))).flat();

      const states = new Map((await store.getChangeSets(attempts.map((a) => a.id))).map((cs) => [cs!.id, cs!]));
      for (let v = 0; v < VERSIONS; v++) {
        const pair = attempts.filter((a) => a.v === v);
        expect(pair.map((a) => a.outcome).sort(), `version ${v}`).toEqual(['APPLIED', 'CONFLICT']);
        expect(pair.map((a) => states.get(a.id)!.state).sort(), `version ${v}`).toEqual(['APPROVED', 'PROPOSED']);
      }
      const history = await store.history(item);
      expect(history.map((e) => e.version)).toEqual(Array.from({ length: VERSIONS }, (_, i) => i + 1));
      expect(history.map((e) => e.changeSet)).toEqual(Array.from({ length: VERSIONS }, (_, v) => attempts.find((a) => a.v === v && a.outcome === 'APPLIED')!.id));
      expect(await store.versions([item])).toEqual([VERSIONS]);
      // every approval of this run was written to the graph (other tests may leave theirs on a shared Neo4j)
      expect((await store.unapplied()).filter((cs) => cs.id.startsWith(run))).toEqual([]);
      const [inGraph] = await graph.getNodes([item]);
      expect(inGraph?.name).toBe((history.at(-1)!.after as GraphNode).name);
      const wins = attempts.filter((a) => a.outcome === 'APPLIED').map((a) => a.id.split('-').at(-2));
      console.log(`approval race (${env.NEO4J_URI ? 'neo4j' : 'sqlite'}): versions won by ${wins.join('')}`);
    } finally {
      await store.close();
      await graph.close();
    }
  });
}

describe('SQLite', () => {
  raceSuite({ GOVGRAPH_DB: path.join(tmp, 'graph.sqlite') });
});

const uri = process.env.NEO4J_URI;
describe.skipIf(!uri)(`Neo4j${uri ? ` at ${uri}` : ' (skipped: NEO4J_URI is not set)'}`, () => {
  useNeo4jLock(uri);
  raceSuite({ NEO4J_URI: uri ?? '', NEO4J_USER: process.env.NEO4J_USER ?? '', NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '' });
});
