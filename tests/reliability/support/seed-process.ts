// `npm run seed` as its own process (node with tsx's loader, so kill -9 reaches the seed itself),
// and a fingerprint of a store's graph to tell which seed it holds.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphStore } from '../../../server/store/contract.js';
import { openStore } from '../../../server/store/open.js';
import { SEEDS_DIR } from '../../api/support/store.js';

const SEED_CLI = fileURLToPath(new URL('../../../server/seeds/cli/seed.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface SeedRun {
  child: ChildProcess;
  /** resolves when the seed starts writing (after reading and checking every file) */
  writing: Promise<void>;
  /** the exit code, or the signal that ended it */
  exit: Promise<string>;
  output(): string;
}

/** Starts `npm run seed -- dir` into the store `env` names (GOVGRAPH_DB or NEO4J_URI). */
export function runSeed(dir: string, env: Record<string, string>): SeedRun {
  const child = spawn(process.execPath, ['--import', 'tsx', SEED_CLI, dir], { cwd: ROOT, env: { ...process.env, NEO4J_URI: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let onWriting: () => void = () => {};
  const writing = new Promise<void>((resolve) => (onWriting = resolve));
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    if (/^writing \d+ nodes/m.test(out)) onWriting();
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exit = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? String(code))));
  return { child, writing, exit, output: () => out };
}

/** Two seed folders that give different graphs: the seeds, and the seeds without one plan and with one partnership renamed. */
export function twoSeedFolders(): { a: string; b: string; dispose(): void } {
  const root = mkdtempSync(path.join(tmpdir(), 'govgraph-two-seeds-'));
  const b = path.join(root, 'b');
  cpSync(SEEDS_DIR, b, { recursive: true });
  rmSync(path.join(b, 'plans', 'wandsworth-2017.yaml'));
  const partnerships = path.join(b, 'reference', 'partnerships.yaml');
  const text = readFileSync(partnerships, 'utf8');
  if (!text.includes(`name: ${HAVERING}\n`)) throw new Error(`seeds/reference/partnerships.yaml no longer names ${HAVERING}: pick another node to rename`);
  writeFileSync(partnerships, text.replace(`name: ${HAVERING}\n`, `name: ${HAVERING} (B)\n`));
  return { a: SEEDS_DIR, b, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
const HAVERING = 'Havering Community Safety Partnership';

/** What tells the two seeds apart, and a torn mix of them from either: every count, and the renamed node's name. */
export async function fingerprint(store: GraphStore): Promise<string> {
  const [stats, [havering]] = await Promise.all([store.stats(), store.getNodes(['havering/csp'])]);
  return JSON.stringify({ stats, havering: havering?.name ?? null });
}

/** Opens the store `env` names, fingerprints it and closes it. */
export async function fingerprintOf(env: Record<string, string>): Promise<string> {
  const store = await openStore({ NEO4J_URI: '', ...env });
  try {
    return await fingerprint(store);
  } finally {
    await store.close();
  }
}
