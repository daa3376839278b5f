// The gather functions against the real SQLite store: each analysis read from the store must
// equal the pure analysis run on the whole graph, in a few batched calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AnalysisInputError,
  buildCascade,
  buildVruAlignment,
  cascade,
  compareStructure,
  evaluateGovernance,
  findSharedStructures,
  governanceFindings,
  sharedStructures,
  vruAlignment,
} from '../../server/domain/analysis/index.js';
import type { GraphBatch, GraphNode } from '../../server/domain/model.js';
import type { ExpandQuery, GraphStore } from '../../server/store/contract.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { node, rel } from './fixtures.js';

const in2017 = [{ source: 'source/p-2017', locator: 'structure', quote: 'named in 2017', basis: 'STATED' as const }];
const in2024 = [{ source: 'source/p-2024', locator: 'structure', quote: 'named in 2024', basis: 'STATED' as const }];
const p = (id: string, kind: GraphNode['kind'], name: string, extra: Partial<GraphNode> = {}) =>
  node(id, kind, name, { partnership: 'p/csp', ...extra });
const q = (id: string, kind: GraphNode['kind'], name: string) => node(id, kind, name, { partnership: 'q/csp' });

const batch: GraphBatch = {
  nodes: [
    node('area/london', 'Area', 'London', { props: { type: 'region' } }),
    node('area/testham', 'Area', 'Testham', { props: { type: 'borough' } }),
    node('area/otherham', 'Area', 'Otherham', { props: { type: 'borough' } }),
    p('p/csp', 'Partnership', 'Testham Community Safety Partnership'),
    q('q/csp', 'Partnership', 'Otherham Community Safety Partnership'),
    p('p/plan-2017', 'Strategy', 'Testham Plan 2017-2021', { validFrom: '2017', validTo: '2021', props: { sourceId: 'source/p-2017' } }),
    p('p/plan-2024', 'Strategy', 'Testham Plan 2024', { validFrom: '2024', props: { sourceId: 'source/p-2024' } }),
    p('p/board', 'Board', 'Testham Executive', { props: { tier: 1 }, evidence: [...in2017, ...in2024] }),
    p('p/marac', 'Panel', 'MARAC', { evidence: in2017 }),
    p('p/prevent', 'SubGroup', 'Prevent Steering Group', { validTo: '2021-03', evidence: in2017 }),
    p('p/svdg', 'SubGroup', 'Violence Strategic Delivery Group', { validFrom: '2024', evidence: in2024 }),
    p('p/tasking', 'SubGroup', 'Tasking Group', { evidence: [...in2017, ...in2024] }),
    q('q/hub', 'Board', 'Otherham Hub'),
    q('q/hub2', 'Board', 'Otherham Hub Two'),
    q('q/sab', 'Board', 'Otherham Safeguarding Adults Board'),
    node('org/police', 'Organisation', 'Police'),
    node('org/council', 'Organisation', 'Testham Council'),
    node('n/svs', 'Strategy', 'Serious Violence Strategy'),
    p('p/pri-1', 'Priority', 'Reduce violence'),
    p('p/act-1', 'Action', 'Run a weapons sweep', { props: { due: '2018-03' } }),
    p('p/act-2', 'Action', 'Review the panel'),
    node('vru/action-plan-2023', 'Strategy', 'VRU Action Plan', { validFrom: '2023' }),
    node('vru/theme-1', 'Priority', 'Governance', { validFrom: '2023', props: { number: 1 } }),
    node('vru/ma-1-1', 'Requirement', 'Co-ordination arrangements', { validFrom: '2023', props: { number: '1.1' } }),
    node('vru/ma-1-2', 'Requirement', 'Meeting agendas', { validFrom: '2023', props: { number: '1.2' } }),
    p('p/vsdp/ma-1-1', 'Action', 'Answer to 1.1', { validFrom: '2024', props: { leadAsWritten: 'Community Safety' }, evidence: in2024 }),
  ],
  rels: [
    rel('area/testham', 'PART_OF', 'area/london'),
    rel('area/otherham', 'PART_OF', 'area/london'),
    rel('p/csp', 'COVERS', 'area/testham'),
    rel('q/csp', 'COVERS', 'area/otherham'),
    rel('org/police', 'COVERS', 'area/london'),
    rel('p/board', 'REPORTS_TO', 'p/csp'),
    rel('p/marac', 'REPORTS_TO', 'p/board', { validFrom: '2017', validTo: '2021' }),
    rel('p/marac', 'REPORTS_TO', 'p/svdg', { validFrom: '2024', evidence: in2024 }),
    rel('p/svdg', 'REPORTS_TO', 'p/board', { validFrom: '2024' }),
    rel('p/prevent', 'REPORTS_TO', 'p/board', { validTo: '2021-03' }),
    // a reporting circle through the other partnership: only a traversal finds q/hub -> q/hub2
    rel('p/tasking', 'REPORTS_TO', 'q/hub'),
    rel('q/hub', 'REPORTS_TO', 'q/hub2'),
    rel('q/hub2', 'REPORTS_TO', 'p/tasking'),
    rel('p/board', 'LINKS_WITH', 'q/sab'),
    rel('org/police', 'MEMBER_OF', 'p/board'),
    rel('org/police', 'CHAIRS', 'p/marac', { validFrom: '2017', validTo: '2021', props: { role: 'chair' } }),
    rel('org/police', 'CHAIRS', 'p/marac', { key: 'y2024', validFrom: '2024', props: { role: 'co-chair' } }),
    rel('org/police', 'MEMBER_OF', 'q/hub'),
    rel('org/council', 'MEMBER_OF', 'p/board'),
    rel('org/council', 'MEMBER_OF', 'q/hub2'),
    rel('p/plan-2017', 'HAS_PRIORITY', 'p/pri-1'),
    rel('p/pri-1', 'ALIGNS_WITH', 'n/svs'),
    rel('p/pri-1', 'HAS_ACTION', 'p/act-1'),
    rel('p/pri-1', 'HAS_ACTION', 'p/act-2'),
    rel('org/police', 'LEADS', 'p/act-1'),
    rel('p/board', 'OVERSEES', 'p/act-1'),
    rel('vru/action-plan-2023', 'HAS_PRIORITY', 'vru/theme-1'),
    rel('vru/ma-1-1', 'PART_OF', 'vru/theme-1'),
    rel('vru/ma-1-2', 'PART_OF', 'vru/theme-1'),
    rel('p/plan-2024', 'HAS_ACTION', 'p/vsdp/ma-1-1'),
    rel('org/council', 'LEADS', 'p/vsdp/ma-1-1'),
    rel('p/vsdp/ma-1-1', 'RESPONDS_TO', 'vru/ma-1-1', {
      key: 'council',
      evidence: in2024,
      props: { respondent: 'org/council', narrative: 'There is currently no panel in place.' },
    }),
  ],
};
const all = { nodes: batch.nodes, rels: batch.rels };
const byId = (id: string) => batch.nodes.find((n) => n.id === id)!;

/** The real store, counting the calls an analysis makes, and keeping what each expand asked. */
function counting(store: GraphStore): { store: GraphStore; calls: string[]; expands: ExpandQuery[] } {
  const calls: string[] = [];
  const expands: ExpandQuery[] = [];
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(prop));
        if (prop === 'expand') expands.push(args[0] as ExpandQuery);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: wrapped, calls, expands };
}

let store: GraphStore;
beforeAll(async () => {
  store = openSqliteStore(':memory:');
  await store.writeBatch(batch, { replace: true });
});
afterAll(async () => {
  await store.close();
});

describe('vruAlignment from the store', () => {
  it('equals the pure analysis over the whole graph', async () => {
    const report = await vruAlignment(store, ['p/csp', 'q/csp']);
    expect(report).toEqual(buildVruAlignment({ framework: byId('vru/action-plan-2023'), partnerships: [byId('p/csp'), byId('q/csp')], ...all }));
    expect(report.themes[0]!.requirements[0]!.cells[0]!.flags).toEqual(['NO_NAMED_LEAD', 'NO_RAG', 'PROVISION_MISSING']);
    expect(report.totals[1]!.responded).toBe(0);
  });

  it('reads in a fixed number of calls', async () => {
    const c = counting(store);
    await vruAlignment(c.store, ['p/csp', 'q/csp']);
    expect(c.calls.length).toBeLessThanOrEqual(8);
  });

  it('names unknown partnerships and nodes that are not partnerships', async () => {
    await expect(vruAlignment(store, ['p/csp', 'nope/csp'])).rejects.toThrow('unknown partnership: "nope/csp"');
    await expect(vruAlignment(store, ['p/board'])).rejects.toThrow('not a partnership: "p/board" is a Board');
    await expect(vruAlignment(store, ['p/csp'], 'p/board')).rejects.toThrow(AnalysisInputError);
  });
});

describe('governanceFindings from the store', () => {
  it.each(['2018', '2024'])('equals the pure analysis over the whole graph as at %s', async (asOf) => {
    const found = await governanceFindings(store, 'p/csp', asOf);
    expect(found).toEqual(evaluateGovernance({ partnership: byId('p/csp'), ...all }, { asOf, today: '2000-01-01' }));
  });

  it('finds the circle through the other partnership, and the body the later plan drops', async () => {
    const ids = (await governanceFindings(store, 'p/csp')).map((f) => `${f.ruleId} ${f.nodeIds[0]}`);
    expect(ids).toContain('reporting-cycle p/tasking');
    expect(ids).toContain('body-dropped-from-later-plan p/prevent');
    expect(ids).toContain('overdue-action-without-status p/act-1');
    expect(ids).toContain('action-without-lead p/act-2');
  });

  it('reads in a fixed number of calls', async () => {
    const c = counting(store);
    await governanceFindings(c.store, 'p/csp');
    expect(c.calls).toEqual(['getNodes', 'listNodes', 'expand', 'traverse', 'getNodes']);
  });

  it('rejects a bad date and an unknown partnership', async () => {
    await expect(governanceFindings(store, 'p/csp', '2024-13')).rejects.toThrow('asOf: "2024-13" is not a date');
    await expect(governanceFindings(store, 'x/csp')).rejects.toThrow('unknown partnership: "x/csp"');
  });
});

describe('cascade from the store', () => {
  it('equals the pure cascade over the whole graph, down and up', async () => {
    const down = await cascade(store, 'n/svs');
    expect(down).toEqual(buildCascade({ root: byId('n/svs'), direction: 'down', maxDepth: 8, asOf: undefined, ...all }));
    expect(down.levels.map((l) => l.entries.map((e) => e.node.id))).toEqual([['n/svs'], ['p/pri-1'], ['p/act-2', 'p/act-1'], ['org/police', 'p/board']]);
    const up = await cascade(store, 'p/vsdp/ma-1-1');
    expect(up.direction).toBe('up');
    expect(up.levels.map((l) => l.entries.map((e) => e.node.id))).toEqual([
      ['p/vsdp/ma-1-1'],
      ['p/plan-2024', 'vru/ma-1-1'],
      ['vru/theme-1'],
      ['vru/action-plan-2023'],
    ]);
  });

  it('makes at most three calls per level: the lines out, the lines in, their far ends', async () => {
    const c = counting(store);
    const r = await cascade(c.store, 'n/svs');
    expect(c.calls.length).toBeLessThanOrEqual(1 + 3 * (r.levels.length + 1));
  });

  it('reads each step one way only: up from an action, not the other plans aligned with the VRU plan', async () => {
    const c = counting(store);
    await cascade(c.store, 'p/vsdp/ma-1-1');
    expect(c.expands.length).toBeGreaterThan(0);
    for (const q of c.expands) expect(q.direction).not.toBe('both');
    const aligns = c.expands.filter((q) => q.types?.includes('ALIGNS_WITH'));
    expect(aligns.every((q) => q.direction === 'out')).toBe(true);
  });

  it('says where a cascade cannot start, and rejects a bad depth', async () => {
    await expect(cascade(store, 'org/police')).rejects.toThrow('"org/police" is a Organisation');
    await expect(cascade(store, 'n/svs', { maxDepth: 0 })).rejects.toThrow('maxDepth: 0 is not a whole number');
    await expect(cascade(store, 'nope')).rejects.toThrow('unknown node: "nope"');
  });
});

describe('compareStructure from the store', () => {
  it('lists what changed between two plan years', async () => {
    const d = await compareStructure(store, 'p/csp', '2018', '2024');
    expect(d.bodies.added.map((b) => b.id)).toEqual(['p/svdg']);
    expect(d.bodies.removed.map((b) => b.id)).toEqual(['p/prevent']);
    expect(d.lines.added.map((r) => r.id)).toEqual(['p/marac REPORTS_TO p/svdg', 'p/svdg REPORTS_TO p/board']);
    expect(d.lines.removed.map((r) => r.id)).toEqual(['p/marac REPORTS_TO p/board', 'p/prevent REPORTS_TO p/board']);
    expect(d.lines.changed.map((c) => [c.before.id, c.after.id, c.fields.map((f) => f.field)])).toEqual([
      ['org/police CHAIRS p/marac', 'org/police CHAIRS p/marac#y2024', ['props.role']],
    ]);
  });

  it('rejects bad dates', async () => {
    await expect(compareStructure(store, 'p/csp', '2018', 'later')).rejects.toThrow('to: "later" is not a date');
  });
});

describe('sharedStructures from the store', () => {
  it('equals the pure analysis over the whole graph', async () => {
    const r = await sharedStructures(store);
    expect(r).toEqual(findSharedStructures(all));
    expect(r.interlocks.map((i) => i.organisation.id)).toEqual(['org/police', 'org/council']);
  });

  it('pages through more bodies than a page holds', async () => {
    const big = openSqliteStore(':memory:');
    try {
      const panels = Array.from({ length: 520 }, (_, i) => q(`q/panel-${i}`, 'Panel', `Panel ${i}`));
      await big.writeBatch({
        nodes: [...batch.nodes, ...panels],
        rels: [...batch.rels, ...panels.map((x) => rel('org/council', 'MEMBER_OF', x.id))],
      });
      const r = await sharedStructures(big, { limit: 1 });
      expect(r.interlocks.map((i) => [i.organisation.id, i.bodyCount])).toEqual([['org/council', 522]]);
    } finally {
      await big.close();
    }
  });

  it('rejects a bad limit', async () => {
    await expect(sharedStructures(store, { limit: 0 })).rejects.toThrow('limit: 0 is not a whole number from 1 to 500');
  });
});
