// The ELK graph the chart lays out, run through the real ELK engine (elkjs, in-process here;
// in the browser the same graph goes to its web worker).
import elkBundled from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { centres, elkGraph, type LayoutEdge, type LayoutNode } from '../../web/src/chart/elk-graph.js';
import { GROUP_PADDING, groupedPositions } from '../../web/src/chart/grouped-layout.js';

// a CommonJS module: the constructor is its `default` too
const elk = new elkBundled.default();
const leaf = (id: string, parent: string | null = null, width = 120, height = 50): LayoutNode => ({ id, width, height, parent });

describe('layered layout', () => {
  it('places every upper node above its lower nodes, top-down', async () => {
    const nodes = ['board', 'g1', 'g2', 'panel'].map((id) => leaf(id));
    const edges = [
      { id: 'e1', upper: 'board', lower: 'g1' },
      { id: 'e2', upper: 'board', lower: 'g2' },
      // a panel with two parents
      { id: 'e3', upper: 'g1', lower: 'panel' },
      { id: 'e4', upper: 'g2', lower: 'panel' },
    ];
    const pos = centres(await elk.layout(elkGraph(nodes, edges)));
    expect(pos.size).toBe(4);
    for (const e of edges) expect(pos.get(e.upper)!.y).toBeLessThan(pos.get(e.lower)!.y);
    expect(pos.get('g1')!.y).toBe(pos.get('g2')!.y);
  });

  it('lays out groups one by one: tiers in a column in tier order, partnerships in rows', async () => {
    const nodes = [
      leaf('group:tier:10', null, 0, 0),
      leaf('group:tier:2', null, 0, 0),
      leaf('t10', 'group:tier:10'),
      leaf('a', 'group:tier:2'),
      leaf('b', 'group:tier:2'),
      leaf('loose'),
    ];
    const edges = [{ id: 'x', upper: 'a', lower: 't10' }];
    const layout = async (n: readonly LayoutNode[], e: readonly LayoutEdge[]) => centres(await elk.layout(elkGraph(n, e)));
    const column = await groupedPositions(nodes, edges, { arrange: 'column', maxRowWidth: 1000, gapX: 20, gapY: 30 }, layout);
    expect([...column.keys()].sort()).toEqual(['a', 'b', 'loose', 't10']);
    // tier 2 above tier 10 (numeric order), the ungrouped node last; a tier's members share a row
    expect(column.get('a')!.y).toBe(column.get('b')!.y);
    expect(column.get('t10')!.y).toBeGreaterThan(column.get('a')!.y + 50 + GROUP_PADDING.top);
    expect(column.get('loose')!.y).toBeGreaterThan(column.get('t10')!.y);
    // side by side in id order when no line joins them; the group a line comes down from above the other when one does
    const apart = await groupedPositions(nodes, [], { arrange: 'rows', maxRowWidth: 1000, gapX: 20, gapY: 30 }, layout);
    expect(apart.get('t10')!.x).toBeGreaterThan(apart.get('b')!.x);
    expect(apart.get('t10')!.y).toBe(apart.get('b')!.y);
    const rows = await groupedPositions(nodes, edges, { arrange: 'rows', maxRowWidth: 1000, gapX: 20, gapY: 30 }, layout);
    expect(rows.get('t10')!.y).toBeGreaterThan(rows.get('a')!.y + 50 + GROUP_PADDING.top);
  });

  it('puts second parents in other partnerships above their child, in a screen-shaped chart of many partnerships', async () => {
    const nodes: LayoutNode[] = [];
    const edges: LayoutEdge[] = [];
    const crossing: LayoutEdge[] = [];
    for (let g = 0; g < 40; g++) {
      nodes.push(leaf(`p${g}`, null, 0, 0));
      for (let i = 0; i < 6; i++) nodes.push(leaf(`p${g}/b${i}`, `p${g}`, 100 + 20 * (i % 3)));
      for (let i = 1; i < 6; i++) edges.push({ id: `p${g}/${i}`, upper: `p${g}/b${Math.floor((i - 1) / 2)}`, lower: `p${g}/b${i}` });
      // a panel of each borough reports to a body of the partnership above it too (regions over boroughs),
      // which comes later by id: order alone does not put it above
      const r = 39 - g;
      if (r > 0) crossing.push({ id: `x${g}`, upper: `p${39 - Math.floor((r - 1) / 4)}/b1`, lower: `p${g}/b4` });
    }
    const layout = async (n: readonly LayoutNode[], e: readonly LayoutEdge[]) => centres(await elk.layout(elkGraph(n, e)));
    const pos = await groupedPositions(nodes, [...edges, ...crossing], { arrange: 'rows', maxRowWidth: 1000, gapX: 20, gapY: 30 }, layout);
    for (const e of [...edges, ...crossing]) expect(pos.get(e.upper)!.y, e.id).toBeLessThan(pos.get(e.lower)!.y);
    const xs = [...pos.values()].map((p) => p.x);
    const ys = [...pos.values()].map((p) => p.y);
    const aspect = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    expect(aspect).toBeGreaterThan(0.8);
    expect(aspect).toBeLessThan(4);
  });

  it('leaves out self lines and lines to nodes it does not hold', () => {
    const graph = elkGraph([leaf('a'), leaf('b')], [
      { id: 'self', upper: 'a', lower: 'a' },
      { id: 'gone', upper: 'a', lower: 'zzz' },
      { id: 'ok', upper: 'a', lower: 'b' },
    ]);
    expect(graph.edges!.map((e) => e.id)).toEqual(['ok']);
  });
});
