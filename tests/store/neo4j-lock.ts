// Neo4j Community has one user database, and test files run in parallel workers: every test file
// that writes to the database at NEO4J_URI holds this lock while it does, so they take turns.
// The lock is a directory (mkdir is atomic) holding the holder's pid; a holder that died is
// replaced.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll } from 'vitest';

/** Long enough for every other Neo4j test file to finish first on a slow, shared machine. */
const WAIT_MS = 20 * 60_000;

const lockDir = (uri: string) => path.join(tmpdir(), `govgraph-neo4j-${createHash('sha256').update(uri).digest('hex').slice(0, 12)}.lock`);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

async function acquire(dir: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'pid'), String(process.pid));
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
    } catch {
      // just made, pid not written yet
    }
    if (Number.isInteger(holder) && holder > 0 && !alive(holder)) rmSync(dir, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 60_000} min for the Neo4j test lock ${dir} (held by pid ${holder})`);
    await sleep(200);
  }
}

/**
 * In a describe block that uses the Neo4j database at `uri`: holds the lock for the block's tests.
 * (A skipped block is still collected, so `uri` may be unset here; its hooks then never run.)
 */
export function useNeo4jLock(uri: string | undefined): void {
  beforeAll(() => acquire(lockDir(uri!)), WAIT_MS + 10_000);
  afterAll(() => rmSync(lockDir(uri!), { recursive: true, force: true }));
}
