import { describe, expect, it } from 'vitest';
import { chartTree, descendants, downGraph, emptyGroups, hiddenBelow, hiddenBy, mergeChart, modelOf, peerLines, verticalEnds, type ApiChart } from '../../web/src/chart/model.js';
import type { NodeKind, RelationshipType } from '../../web/src/generated/graphql.js';

const node = (id: string, kind: NodeKind | null = 'SubGroup', parent: string | null = null) => ({
  data: { elementId: id, label: `Body ${id}`, shortLabel: null, kind, parent, tier: null, partnership: 'p', compound: kind === null, depth: 0, unlinked: false },
  classes: '',
});
// the model's line: the API's edge with its elementId as the id
const line = (from: string, type: RelationshipType, to: string) => {
  const { elementId, ...data } = edge(from, type, to).data;
  return { id: elementId, ...data, classes: '' };
};
const edge = (from: string, type: RelationshipType, to: string) => ({
  data: { elementId: `${from} ${type} ${to}`, source: from, target: to, type, label: null, validFrom: null, validTo: null },
  classes: '',
});

// top <- a <- c, top <- b <- c (c has two parents), b <- d, a links with b
const chart: ApiChart = {
  nodes: ['top', 'a', 'b', 'c', 'd'].map((id) => node(id)),
  edges: [edge('a', 'REPORTS_TO', 'top'), edge('b', 'REPORTS_TO', 'top'), edge('c', 'REPORTS_TO', 'a'), edge('c', 'FEEDS_INTO', 'b'), edge('d', 'REPORTS_TO', 'b'), edge('a', 'LINKS_WITH', 'b')],
};

describe('chart model', () => {
  it('puts the body reported to above the one reporting, and peers nowhere', () => {
    expect(verticalEnds(line('a', 'REPORTS_TO', 'top'))).toEqual({ upper: 'top', lower: 'a' });
    expect(verticalEnds(line('s', 'HAS_PRIORITY', 'p'))).toEqual({ upper: 's', lower: 'p' });
    expect(verticalEnds(line('a', 'LINKS_WITH', 'b'))).toBeNull();
  });

  it('finds everything below a node, through either parent', () => {
    const g = downGraph(modelOf(chart));
    expect([...descendants(g, 'top')].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...descendants(g, 'b')].sort()).toEqual(['c', 'd']);
  });

  it('hides below a collapsed node only what no open parent still shows', () => {
    const model = modelOf(chart);
    expect([...hiddenBy(model, new Set(['b']))]).toEqual(['d']);
    expect([...hiddenBy(model, new Set(['a', 'b']))].sort()).toEqual(['c', 'd']);
    expect([...hiddenBy(model, new Set(['top']))].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(hiddenBelow(model, hiddenBy(model, new Set(['b'])), ['b'])).toEqual(new Map([['b', 1]]));
  });

  it('survives a reporting cycle', () => {
    const model = modelOf({ nodes: [node('x'), node('y')], edges: [edge('x', 'REPORTS_TO', 'y'), edge('y', 'REPORTS_TO', 'x')] });
    expect([...hiddenBy(model, new Set(['x']))]).toEqual(['y']);
    const tree = chartTree(model);
    expect(tree.map((t) => t.id)).toEqual(['x']);
    expect(tree[0]!.children[0]!.children[0]).toMatchObject({ id: 'x', repeat: true });
  });

  it('lists a body with two parents under both, the second time as a repeat', () => {
    const tree = chartTree(modelOf(chart));
    expect(tree.map((t) => t.id)).toEqual(['top']);
    const [a, b] = tree[0]!.children;
    expect(a!.id).toBe('a');
    expect(a!.children[0]).toMatchObject({ id: 'c', repeat: false });
    expect(b!.children.map((c) => [c.id, c.repeat])).toEqual([
      ['c', true],
      ['d', false],
    ]);
    expect(b!.children[0]!.via?.type).toBe('FEEDS_INTO');
    expect(peerLines(modelOf(chart)).map((e) => e.id)).toEqual(['a LINKS_WITH b']);
  });

  it('leaves hidden nodes out of the tree', () => {
    const model = modelOf(chart);
    const tree = chartTree(model, hiddenBy(model, new Set(['b'])));
    expect(JSON.stringify(tree)).not.toContain('"d"');
  });

  it('merges an expansion without rewriting what is drawn, and drops emptied groups', () => {
    const model = modelOf({ nodes: [node('g', null), node('a', 'Panel', 'g')], edges: [] });
    expect(mergeChart(model, { nodes: [node('a', 'Board'), node('z')], edges: [edge('z', 'REPORTS_TO', 'a')] })).toEqual({ added: 2 });
    expect(model.nodes.get('a')!.kind).toBe('Panel');
    expect(emptyGroups(model, new Set(['a']))).toEqual(new Set(['g']));
    expect(emptyGroups(model, new Set())).toEqual(new Set());
  });

  it('sizes nodes from their labels, wider for shapes with slanted sides', () => {
    const model = modelOf({ nodes: [node('b', 'Board'), node('p', 'Panel')], edges: [] });
    const [b, p] = [model.nodes.get('b')!, model.nodes.get('p')!];
    expect(b.lines.at(-1)).toBe('[Board]');
    expect(p.width).toBeGreaterThan(b.width);
  });
});
