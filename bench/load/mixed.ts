// A mixed load on a running govgraph server (server/main.ts in its own process): readers asking
// the web app's kinds of questions without pause, an editor proposing and a reviewer approving
// change sets, and one reseed (`npm run seed`) half way through; the server's RSS sampled each
// second. Used by tests/reliability/mixed-load.test.ts (a few seconds, no error allowed) and by
// bench/parts/reliability.ts (60 s, the figures).
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { runUsers } from '../../server/auth/users-cli.js';
import { openCurationStore } from '../../server/store/curation-open.js';
import type { MainProcess } from '../../tests/reliability/support/main-process.js';
import { runSeed } from '../../tests/reliability/support/seed-process.js';

const PASSWORD = 'load test password, long enough';

const READS = [
  `{ structureChart(rootIds: ["havering/csp"], depth: 4, groupBy: TIER) { nodes { data { elementId label kind parent } } edges { data { source target type } } } }`,
  `{ search(text: "MARAC", first: 20) { score node { id name kind } } }`,
  `{ node(id: "richmond/csp") { id name lines { type from { id name } to { id name } } } }`,
  `{ stats { nodes relationships } }`,
  `{ partnerships { id name bodies { id name } } }`,
];

export interface MixedLoadOptions {
  server: MainProcess;
  /** the store the server runs on, for the accounts and the reseed: { GOVGRAPH_DB } or { NEO4J_URI, ... } */
  env: Record<string, string>;
  durationMs: number;
  readers: number;
  /** the seed folder to reseed from half way through; none when undefined */
  reseedDir?: string;
  /** propose and approve change sets meanwhile (default true); false measures reads alone */
  curate?: boolean;
}

export interface MixedLoadResult {
  reads: number;
  readsPerSecond: number;
  /** every failure seen: status, error codes, or a thrown error, with what was asked */
  errors: string[];
  proposeMs: number[];
  approveMs: number[];
  /** ids of the nodes the approved change sets created, to check they survived the reseed */
  approvedIds: string[];
  reseed?: { exit: string; output: string };
  rss: { start: number; peak: number; end: number; samples: number[] };
}

/** Makes the load's accounts in the store the server reads (the users CLI's own code). */
export async function addLoadAccounts(env: Record<string, string>): Promise<void> {
  const store = await openCurationStore({ NEO4J_URI: '', ...env });
  try {
    for (const [name, role] of [
      ['load-editor', 'editor:richmond/csp'],
      ['load-reviewer', 'reviewer:richmond/csp'],
    ]) {
      if (!(await store.getUser(name))) await runUsers(['add', name, '--role', role], store, async () => PASSWORD, () => {});
    }
  } finally {
    await store.close();
  }
}

async function signIn(url: string, name: string): Promise<(query: string, variables?: object) => Promise<{ status: number; body: { data?: { proposeChange?: { id: string } } | null; errors?: { message: string; extensions?: { code?: string } }[] } }>> {
  const res = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ name, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`sign-in of ${name} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((l) => l.split(';')[0]).join('; ');
  return async (query, variables) => {
    const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url, cookie }, body: JSON.stringify({ query, variables }) });
    return { status: r.status, body: await r.json() };
  };
}

const PROPOSE = `mutation($input: ChangeSetInput!) { proposeChange(input: $input) { id state } }`;
const REVIEW = `mutation($id: ID!) { reviewChange(id: $id, decision: APPROVED, reason: "seen at the board") { id state } }`;

export async function runMixedLoad(opts: MixedLoadOptions): Promise<MixedLoadResult> {
  const { server } = opts;
  const errors: string[] = [];
  const deadline = performance.now() + opts.durationMs;
  const run = Date.now().toString(36);
  const rss = { start: server.rss(), peak: 0, end: 0, samples: [] as number[] };
  let reads = 0;

  const sampler = (async () => {
    while (performance.now() < deadline) {
      const now = server.rss();
      rss.samples.push(now);
      rss.peak = Math.max(rss.peak, now);
      await sleep(1000);
    }
  })();

  const reader = async (n: number) => {
    for (let i = n; performance.now() < deadline; i++) {
      const query = READS[i % READS.length]!;
      try {
        const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        if (res.status !== 200 || body.errors) errors.push(`read ${res.status} ${JSON.stringify(body.errors)}: ${query.slice(0, 60)}`);
        reads++;
      } catch (err) {
        errors.push(`read failed: ${(err as Error).message}: ${query.slice(0, 60)}`);
      }
    }
  };

  const proposeMs: number[] = [];
  const approveMs: number[] = [];
  const approvedIds: string[] = [];
  const curator = async () => {
    const edit = await signIn(server.url, 'load-editor');
    const review = await signIn(server.url, 'load-reviewer');
    for (let i = 0; performance.now() < deadline; i++) {
      const id = `richmond/load-${run}-${i}`;
      const input = { partnershipId: 'richmond/csp', summary: `load panel ${i}`, evidence: { attestation: `Panel ${i} was set up.` }, changes: [{ node: { id, expectedVersion: 0, kind: 'Panel', name: `Load Panel ${run} ${i}` } }] };
      let t = performance.now();
      const proposed = await edit(PROPOSE, { input });
      proposeMs.push(performance.now() - t);
      if (proposed.status !== 200 || proposed.body.errors) {
        errors.push(`propose ${proposed.status} ${JSON.stringify(proposed.body.errors)}`);
        continue;
      }
      t = performance.now();
      const approved = await review(REVIEW, { id: proposed.body.data?.proposeChange?.id });
      approveMs.push(performance.now() - t);
      if (approved.status !== 200 || approved.body.errors) errors.push(`approve ${approved.status} ${JSON.stringify(approved.body.errors)}`);
      else approvedIds.push(id);
    }
  };

  const reseeder = async (): Promise<MixedLoadResult['reseed']> => {
    if (!opts.reseedDir) return undefined;
    await sleep(opts.durationMs / 2);
    const seed = runSeed(opts.reseedDir, opts.env);
    const exit = await seed.exit;
    if (exit !== '0') errors.push(`reseed exited ${exit}: ${seed.output().slice(-500)}`);
    return { exit, output: seed.output() };
  };

  const started = performance.now();
  const [reseed] = await Promise.all([reseeder(), (opts.curate === false ? Promise.resolve() : curator()).catch((err: Error) => void errors.push(`curation: ${err.message}`)), ...Array.from({ length: opts.readers }, (_, n) => reader(n)), sampler]);
  const seconds = (performance.now() - started) / 1000;
  rss.end = server.rss();
  return { reads, readsPerSecond: reads / seconds, errors, proposeMs, approveMs, approvedIds, reseed, rss };
}

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};
