// Seeds that cannot destroy data: a seed that would empty most of a store is refused unless
// forced, links are followed or reported, and every malformed file is a file:line problem,
// never a crash. The cycle check is date-aware, with the governance rule's own function.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedRefusedError, seedStore } from '../../server/seeds/cli/seed.js';
import { loadSeedDir } from '../../server/seeds/load.js';
import { formatProblem } from '../../server/seeds/parse.js';
import type { GraphStore } from '../../server/store/contract.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { SEEDS_DIR } from '../api/support/store.js';

const root = mkdtempSync(path.join(tmpdir(), 'govgraph-seed-safety-'));
let store: GraphStore;
let full: number;
afterAll(async () => {
  await store?.close();
  rmSync(root, { recursive: true, force: true });
});
beforeAll(async () => {
  store = openSqliteStore(path.join(root, 'graph.sqlite'));
  await seedStore(store, SEEDS_DIR);
  full = (await store.stats()).nodes;
});

const folder = (name: string): string => {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe('a seed that would remove most of the store', () => {
  it('is refused for an empty folder, and the store keeps every node', async () => {
    await expect(seedStore(store, folder('empty'))).rejects.toThrow(SeedRefusedError);
    await expect(seedStore(store, folder('empty'))).rejects.toThrow(/holds no seed files.*--force/);
    expect((await store.stats()).nodes).toBe(full);
  });

  it('is refused for a folder missing plans/, unless forced', async () => {
    const dir = folder('no-plans');
    cpSync(path.join(SEEDS_DIR, 'reference'), path.join(dir, 'reference'), { recursive: true });
    await expect(seedStore(store, dir)).rejects.toThrow(/hold \d+ nodes but the store holds \d+: seeding would remove \d+/);
    expect((await store.stats()).nodes).toBe(full);
    const forced = await seedStore(store, dir, { force: true });
    expect(forced.stats.nodes).toBeLessThan(full / 2);
    await seedStore(store, SEEDS_DIR);
    expect((await store.stats()).nodes).toBe(full);
  });

  it('follows a plans/ folder that is a symbolic link', async () => {
    const dir = folder('linked');
    symlinkSync(path.join(SEEDS_DIR, 'reference'), path.join(dir, 'reference'));
    symlinkSync(path.join(SEEDS_DIR, 'plans'), path.join(dir, 'plans'));
    const summary = await seedStore(store, dir);
    expect(summary.stats.nodes).toBe(full);
  });

  it('reports a link to nothing and a link back into its own folder', async () => {
    const dir = folder('bad-links');
    symlinkSync(path.join(root, 'nowhere'), path.join(dir, 'gone.yaml'));
    symlinkSync(dir, path.join(dir, 'loop'));
    const { problems } = await loadSeedDir(dir);
    expect(problems.map((p) => `${path.basename(p.file)}: ${p.message}`)).toEqual([
      'gone.yaml: a symbolic link to nothing: its target is missing',
      'loop: this link leads back into a folder already read: remove it',
    ]);
  });
});

describe('malformed files are problems at file:line, never a crash', () => {
  const problemsOf = async (name: string, bytes: string | Buffer) => {
    const dir = folder(`bad-${name}`);
    writeFileSync(path.join(dir, `${name}.yaml`), bytes);
    return (await loadSeedDir(dir)).problems.map((p) => formatProblem({ ...p, file: path.basename(p.file) }));
  };

  it('two YAML documents in one file', async () => {
    expect(await problemsOf('two-docs', 'nodes: []\n---\nnodes: []\n')).toEqual([expect.stringMatching(/^two-docs\.yaml:2:1: YAML: expected a single document/)]);
  });

  it('a name that is not UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('nodes:\n  - id: x/a\n    name: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(await problemsOf('latin1', bytes)).toEqual(['latin1.yaml:3:14: the file is not valid UTF-8 here: save it as UTF-8']);
  });

  it('reserved keys: __proto__, constructor and prototype', async () => {
    const text = 'nodes:\n  - id: x/a\n    props:\n      __proto__: polluted\n      constructor: x\n';
    expect(await problemsOf('reserved', text)).toEqual([
      'reserved.yaml:4:18: nodes.0.props.__proto__: "__proto__" is a reserved name and cannot be a key',
      'reserved.yaml:5:20: nodes.0.props.constructor: "constructor" is a reserved name and cannot be a key',
    ]);
  });
});

describe('REPORTS_TO cycles are judged by date', () => {
  const EVIDENCE = 'evidence: [{ source: source/plan, locator: s, quote: q, basis: STATED }]';
  const seeds = (ab: string, ba: string) => `nodes:
  - { id: source/plan, kind: Source, name: Plan, ${EVIDENCE} }
  - { id: x/a, kind: Panel, name: A, ${EVIDENCE} }
  - { id: x/b, kind: Panel, name: B, ${EVIDENCE} }
relationships:
  - { type: REPORTS_TO, from: x/a, to: x/b, ${ab}, ${EVIDENCE} }
  - { type: REPORTS_TO, from: x/b, to: x/a, ${ba}, ${EVIDENCE} }
`;
  const cyclesOf = async (name: string, text: string) => {
    const dir = folder(`cycle-${name}`);
    writeFileSync(path.join(dir, 'plan.yaml'), text);
    return (await loadSeedDir(dir, { sourcesDir: path.join(root, 'no-sources') })).problems.filter((p) => p.message.includes('cycle')).map((p) => `${p.line}: ${p.message}`);
  };

  it('a restructure (A to B in 2017-2019, B to A in 2021-2024) is not a cycle', async () => {
    expect(await cyclesOf('restructure', seeds('validFrom: "2017", validTo: "2019"', 'validFrom: "2021", validTo: "2024"'))).toEqual([]);
  });

  it('lines that hold at the same time are one, reported at the line that closes it', async () => {
    expect(await cyclesOf('overlap', seeds('validFrom: "2017", validTo: "2021"', 'validFrom: "2020", validTo: "2024"'))).toEqual(['7: REPORTS_TO cycle: x/a -> x/b -> x/a']);
  });
});
