import { MultiDirectedGraph } from 'graphology';
import graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../server/export/graphml.js';
import { sliceOf, useSeededStore } from './support.js';

const ctx = useSeededStore();

describe('GraphML export', () => {
  it("opens in graphology's GraphML reader with every node, line and attribute", async () => {
    const slice = await sliceOf(ctx.seeded, { partnershipIds: ['havering/csp', 'wandsworth/csp'], asAt: '2017' });
    const xml = toGraphml(slice);
    const graph = graphml.parse(MultiDirectedGraph, xml);
    expect(graph.order).toBe(slice.nodes.length);
    expect(graph.size).toBe(slice.rels.length);
    for (const n of slice.nodes) {
      const a = graph.getNodeAttributes(n.id);
      expect(a.label).toBe(n.name);
      expect(a.kind).toBe(n.kind);
      expect(a.validTo).toBe(n.validTo);
      expect(a.evidence ? JSON.parse(a.evidence as string) : []).toEqual(n.evidence);
      expect(a.props ? JSON.parse(a.props as string) : {}).toEqual(n.props);
    }
    for (const r of slice.rels) {
      expect(graph.source(r.id)).toBe(r.from);
      expect(graph.target(r.id)).toBe(r.to);
      const a = graph.getEdgeAttributes(r.id);
      expect(a.type).toBe(r.type);
      expect(a.evidence ? JSON.parse(a.evidence as string) : []).toEqual(r.evidence);
    }
    expect(graph.getAttribute('asAt')).toBe('2017');
    expect(JSON.parse(graph.getAttribute('partnerships') as string).map((p: { id: string }) => p.id)).toEqual(['havering/csp', 'wandsworth/csp']);
  });

  it('escapes markup and drops characters XML cannot hold', async () => {
    const slice = await sliceOf(ctx.seeded, { partnershipIds: ['havering/csp'] });
    const node = { ...slice.nodes[0]!, name: 'A <b> & "C"\u0001' };
    const xml = toGraphml({ ...slice, nodes: [node], rels: [] });
    const graph = graphml.parse(MultiDirectedGraph, xml);
    expect(graph.getNodeAttribute(node.id, 'label')).toBe('A <b> & "C"');
  });
});
