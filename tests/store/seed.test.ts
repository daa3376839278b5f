// npm run seed's engine: seed files into a store, all or nothing, the same result when run twice.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatSummary, seedIfEmpty, seedStore, SeedProblemsError } from '../../server/seeds/cli/seed.js';
import type { GraphStore } from '../../server/store/contract.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'govgraph-seed-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sourcesDir = path.join(tmp, 'sources');
mkdirSync(sourcesDir);
writeFileSync(path.join(sourcesDir, 'plan.txt'), 'A plan\nThe Safer Testing Board meets quarterly.\nMARAC reports to the\nSafer Testing Board.\n');

function seedDir(name: string, yaml: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'plan.yaml'), yaml);
  return dir;
}

const GOOD = `
defaults:
  source: source/plan
nodes:
  - id: source/plan
    kind: Source
    name: A plan
    props: { file: plan.txt }
    evidence: [{ locator: Title, quote: A plan, basis: STATED }]
  - id: t/board
    kind: Board
    name: Safer Testing Board
    evidence: [{ locator: p1, quote: The Safer Testing Board, basis: STATED }]
  - id: t/marac
    kind: Panel
    name: Multi-Agency Risk Assessment Conference
    aliases: [MARAC]
    evidence: [{ locator: p2, quote: MARAC reports to the Safer Testing Board, basis: STATED }]
relationships:
  - type: REPORTS_TO
    from: t/marac
    to: t/board
    evidence: [{ locator: p2, quote: MARAC reports to the Safer Testing Board, basis: STATED }]
`;

const BAD = GOOD.replace('to: t/board', 'to: t/nowhere');

describe('seedStore', () => {
  let store: GraphStore;
  beforeEach(() => {
    store = openSqliteStore(':memory:');
  });
  afterEach(() => store.close());

  it('loads the seed files, and loading twice leaves identical counts', async () => {
    const lines: string[] = [];
    const first = await seedStore(store, seedDir('good', GOOD), { sourcesDir, log: (l) => lines.push(l) });
    expect(first.stats).toMatchObject({ nodes: 3, relationships: 1, byType: [{ type: 'REPORTS_TO', count: 1 }] });
    expect(first.quotesChecked).toBe(true);
    expect(lines.join('\n')).toMatch(/writing 3 nodes and 1 relationships/);
    const second = await seedStore(store, seedDir('good', GOOD), { sourcesDir });
    expect(second.stats).toEqual(first.stats);
    expect((await store.search({ text: 'MARAC', first: 1 }))[0]?.node.id).toBe('t/marac');
    expect(formatSummary(second)).toMatch(/^nodes: 3\n(.|\n)*REPORTS_TO +1\n/);
  });

  it('writes nothing when a file has a problem, and says where', async () => {
    await seedStore(store, seedDir('good', GOOD), { sourcesDir });
    const failed = seedStore(store, seedDir('bad', BAD), { sourcesDir });
    await expect(failed).rejects.toThrow(SeedProblemsError);
    const err = (await failed.catch((e: unknown) => e)) as SeedProblemsError;
    expect(err.problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/bad[/\\]plan\.yaml$/), message: expect.stringContaining('t/nowhere') })]);
    expect(err.message).toMatch(/plan\.yaml:\d+:\d+: .*t\/nowhere/);
    expect((await store.stats()).nodes).toBe(3);
    expect(await store.getNodes(['t/board'])).not.toEqual([null]);
  });

  it('seedIfEmpty seeds an empty store only', async () => {
    expect(await seedIfEmpty(store, seedDir('good', GOOD), { sourcesDir })).not.toBeNull();
    expect(await seedIfEmpty(store, seedDir('bad', BAD), { sourcesDir })).toBeNull();
    expect((await store.stats()).relationships).toBe(1);
  });
});
