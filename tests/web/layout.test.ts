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
    const rows = await groupedPositions(nodes, edges, { arrange: 'rows', maxRowWidth: 1000, gapX: 20, gapY: 30 }, layout);
    expect(rows.get('t10')!.x).toBeGreaterThan(rows.get('b')!.x);
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
