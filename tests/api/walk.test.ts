// server/domain/walk.ts: directions per type, depth, dates, the closing lines, one expand per level.
import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRel, NodeKind, RelType } from '../../server/domain/model.js';
import { holdsAt } from '../../server/domain/period.js';
import type { ExpandQuery } from '../../server/store/contract.js';
import { step, walk, type WalkIO } from '../../server/domain/walk.js';

const node = (id: string, kind: NodeKind = 'SubGroup', extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  kind,
  name: id.toUpperCase(),
  aliases: [],
  props: {},
  evidence: [],
  ...extra,
});
const rel = (from: string, type: RelType, to: string, extra: Partial<GraphRel> = {}): GraphRel => ({
  id: `${from} ${type} ${to}`,
  type,
  from,
  to,
  props: {},
  evidence: [],
  ...extra,
});

/** An in-memory store of the two calls a walk makes, recording each expand. */
function memoryIO(nodes: GraphNode[], rels: GraphRel[]): WalkIO & { expands: ExpandQuery[] } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const expands: ExpandQuery[] = [];
  return {
    expands,
    async expand(q) {
      expands.push(q);
      const ids = new Set(q.ids);
      return rels.filter(
        (r) =>
          (!q.types || q.types.includes(r.type)) &&
          holdsAt(r, q.asOf) &&
          ((q.direction !== 'in' && ids.has(r.from)) || (q.direction !== 'out' && ids.has(r.to))),
      );
    },
    async nodes(ids) {
      return ids.map((id) => byId.get(id) ?? null);
    },
  };
}

const csp = node('csp', 'Partnership');
const graph = {
  nodes: [csp, node('board', 'Board'), node('pdg'), node('marac', 'Panel'), node('vawg'), node('peer'), node('mopac', 'Organisation'), node('old', 'Panel', { validTo: '2016' })],
  rels: [
    rel('board', 'REPORTS_TO', 'csp'),
    rel('pdg', 'REPORTS_TO', 'board'),
    rel('marac', 'REPORTS_TO', 'pdg'),
    rel('marac', 'REPORTS_TO', 'vawg'),
    rel('vawg', 'REPORTS_TO', 'board'),
    rel('pdg', 'LINKS_WITH', 'peer'),
    rel('csp', 'REPORTS_TO', 'mopac'),
    rel('old', 'REPORTS_TO', 'board'),
    rel('peer', 'FEEDS_INTO', 'board', { validFrom: '2020' }),
  ],
};

describe('step', () => {
  it('moves against REPORTS_TO, both ways along LINKS_WITH, never back into the frontier', () => {
    expect(step(new Set(['pdg']), graph.rels).sort()).toEqual(['marac', 'peer']);
    expect(step(new Set(['board']), graph.rels).sort()).toEqual(['old', 'pdg', 'peer', 'vawg']);
  });
});

describe('walk', () => {
  it('reaches the bodies below a root, level by level, with one expand per level', async () => {
    const io = memoryIO(graph.nodes, graph.rels);
    const result = await walk([csp], { depth: 5, types: ['REPORTS_TO', 'LINKS_WITH'] }, io);
    expect([...result.nodes.entries()].map(([id, r]) => [id, r.depth])).toEqual([
      ['csp', 0],
      ['board', 1],
      ['old', 2],
      ['pdg', 2],
      ['vawg', 2],
      ['marac', 3],
      ['peer', 3],
    ]);
    // the body above the root (csp REPORTS_TO mopac) is not "below"
    expect(result.nodes.has('mopac')).toBe(false);
    // a body with two parents keeps both lines
    expect(result.rels.filter((r) => r.from === 'marac').map((r) => r.to)).toEqual(['pdg', 'vawg']);
    // levels 1..3 reach new nodes, level 4 finds none: every node was expanded, no more calls
    expect(io.expands.map((q) => q.direction)).toEqual(['both', 'both', 'both', 'both']);
  });

  it('stops at depth and still draws the lines among the nodes it reached', async () => {
    const io = memoryIO(graph.nodes, graph.rels);
    const result = await walk([csp], { depth: 2, types: ['REPORTS_TO', 'LINKS_WITH'] }, io);
    // two levels, then the lines from the last level, which was never expanded
    expect(io.expands.map((q) => [q.direction, [...q.ids].sort()])).toEqual([
      ['both', ['csp']],
      ['both', ['board']],
      ['out', ['old', 'pdg', 'vawg']],
    ]);
    expect([...result.nodes.keys()].sort()).toEqual(['board', 'csp', 'old', 'pdg', 'vawg']);
    expect(result.rels.map((r) => r.id)).toEqual([
      'board REPORTS_TO csp',
      'old REPORTS_TO board',
      'pdg REPORTS_TO board',
      'vawg REPORTS_TO board',
    ]);
  });

  it('keeps only what holds at asOf: nodes and lines', async () => {
    const io = memoryIO(graph.nodes, graph.rels);
    const in2018 = await walk([csp], { depth: 5, types: ['REPORTS_TO', 'FEEDS_INTO'], asOf: '2018' }, io);
    expect(in2018.nodes.has('old')).toBe(false);
    expect(in2018.rels.some((r) => r.type === 'FEEDS_INTO')).toBe(false);
    const in2015 = await walk([csp], { depth: 5, types: ['REPORTS_TO', 'FEEDS_INTO'], asOf: '2015' }, io);
    expect(in2015.nodes.has('old')).toBe(true);
    const in2021 = await walk([csp], { depth: 1, types: ['REPORTS_TO', 'FEEDS_INTO'], asOf: '2021' }, io);
    expect(in2021.nodes.has('peer')).toBe(false);
    const fromBoard = await walk([graph.nodes[1]], { depth: 1, types: ['FEEDS_INTO'], asOf: '2021' }, io);
    expect(fromBoard.rels.map((r) => r.id)).toEqual(['peer FEEDS_INTO board']);
  });

  it('draws a line between two nodes of the last level', async () => {
    const nodes = [node('top'), node('a'), node('b')];
    const rels = [rel('a', 'REPORTS_TO', 'top'), rel('b', 'REPORTS_TO', 'top'), rel('a', 'REPORTS_TO', 'b')];
    const result = await walk([nodes[0]], { depth: 1, types: ['REPORTS_TO'] }, memoryIO(nodes, rels));
    expect(result.rels.map((r) => r.id)).toEqual(['a REPORTS_TO b', 'a REPORTS_TO top', 'b REPORTS_TO top']);
  });

  it('is cycle-safe and honours depth 0 and no types', async () => {
    const loop = [rel('a', 'REPORTS_TO', 'b'), rel('b', 'REPORTS_TO', 'a')];
    const io = memoryIO([node('a'), node('b')], loop);
    const result = await walk([node('a')], { depth: 10, types: ['REPORTS_TO'] }, io);
    expect([...result.nodes.keys()]).toEqual(['a', 'b']);
    expect(result.rels).toHaveLength(2);
    expect([...(await walk([node('a')], { depth: 0, types: ['REPORTS_TO'] }, io)).nodes.keys()]).toEqual(['a']);
    expect((await walk([node('a')], { depth: 3, types: [] }, io)).rels).toEqual([]);
  });

  it('walks down a plan: strategy to priorities, actions, measures, and the organisations leading them', async () => {
    const nodes = [node('plan', 'Strategy'), node('p1', 'Priority'), node('act', 'Action'), node('kpi', 'Measure'), node('police', 'Organisation')];
    const rels = [rel('plan', 'HAS_PRIORITY', 'p1'), rel('p1', 'HAS_ACTION', 'act'), rel('act', 'MEASURED_BY', 'kpi'), rel('police', 'LEADS', 'act')];
    const result = await walk([nodes[0]], { depth: 3, types: ['HAS_PRIORITY', 'HAS_ACTION', 'MEASURED_BY', 'LEADS'] }, memoryIO(nodes, rels));
    expect(Object.fromEntries([...result.nodes].map(([id, r]) => [id, r.depth]))).toEqual({ plan: 0, p1: 1, act: 2, kpi: 3, police: 3 });
  });
});
