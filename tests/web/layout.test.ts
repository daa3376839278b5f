// The ELK graph the chart lays out, run through the real ELK engine (elkjs, in-process here;
// in the browser the same graph goes to its web worker).
import elkBundled from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { centres, elkGraph, type LayoutEdge, type LayoutNode } from '../../web/src/chart/elk-graph.js';
import { titleRect } from '../../web/src/chart/group-titles.js';
import { GROUP_PADDING, groupedPositions } from '../../web/src/chart/grouped-layout.js';
import { quickLayered } from '../../web/src/chart/quick-layered.js';

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
    const { positions: column, groups } = await groupedPositions(nodes, edges, { arrange: 'column', maxRowWidth: 1000, gapX: 20, gapY: 30 }, layout);
    // each group's box holds its members and the room for its title
    expect([...groups.keys()].sort()).toEqual(['group:tier:10', 'group:tier:2']);
    const tier2 = groups.get('group:tier:2')!;
    for (const id of ['a', 'b']) {
      expect(Math.abs(column.get(id)!.x - tier2.x)).toBeLessThan(tier2.width / 2 - 60);
      expect(column.get(id)!.y - 25).toBeGreaterThanOrEqual(tier2.y - tier2.height / 2 + GROUP_PADDING.top);
      expect(column.get(id)!.y + 25).toBeLessThanOrEqual(tier2.y + tier2.height / 2);
    }
    expect([...column.keys()].sort()).toEqual(['a', 'b', 'loose', 't10']);
    // tier 2 above tier 10 (numeric order), the ungrouped node last; a tier's members share a row
    expect(column.get('a')!.y).toBe(column.get('b')!.y);
    expect(column.get('t10')!.y).toBeGreaterThan(column.get('a')!.y + 50 + GROUP_PADDING.top);
    expect(column.get('loose')!.y).toBeGreaterThan(column.get('t10')!.y);
    // side by side in id order when no line joins them; the group a line comes down from above the other when one does
    const { positions: apart } = await groupedPositions(nodes, [], { arrange: 'rows', maxRowWidth: 1000, gapX: 20, gapY: 30 }, layout);
    expect(apart.get('t10')!.x).toBeGreaterThan(apart.get('b')!.x);
    expect(apart.get('t10')!.y).toBe(apart.get('b')!.y);
    const { positions: rows } = await groupedPositions(nodes, edges, { arrange: 'rows', maxRowWidth: 1000, gapX: 20, gapY: 30 }, layout);
    expect(rows.get('t10')!.y).toBeGreaterThan(rows.get('a')!.y + 50 + GROUP_PADDING.top);
  });

  it.each(['column', 'rows'] as const)('gives a group whose title wraps the room for it above the group: no title reaches into the group above (%s)', async (arrange) => {
    const nodes = [leaf('p:a', null, 0, 0), leaf('p:b', null, 0, 0), leaf('a1', 'p:a'), leaf('b1', 'p:b')];
    const edges = [{ id: 'down', upper: 'a1', lower: 'b1' }];
    const three = { width: 290, lines: ['Safer Kensington and Chelsea', 'Community Safety', 'Partnership'] };
    const titles = new Map([
      ['p:a', { width: 60, lines: ['Above'] }],
      ['p:b', three],
    ]);
    const layout = async (n: readonly LayoutNode[], e: readonly LayoutEdge[]) => centres(await elk.layout(elkGraph(n, e)));
    const { groups } = await groupedPositions(nodes, edges, { arrange, maxRowWidth: 1000, gapX: 20, gapY: 30, titles }, layout);
    const [a, b] = [groups.get('p:a')!, groups.get('p:b')!];
    // b lies below a, and its three-line title as far below a's box as a one-line title would be,
    // 43.5 px (it reached to 8 px of it, across the lane where the lines between groups run)
    expect(b.y).toBeGreaterThan(a.y);
    expect(titleRect(b, three).y0 - (a.y + a.height / 2)).toBeGreaterThan(40);
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
    for (const [name, run] of [['ELK', layout], ['the quick layered layout', async (n: readonly LayoutNode[], e: readonly LayoutEdge[]) => quickLayered(n, e, { gapX: 20, gapY: 40 })]] as const) {
      const { positions: pos } = await groupedPositions(nodes, [...edges, ...crossing], { arrange: 'rows', maxRowWidth: 1000, gapX: 20, gapY: 30 }, run);
      for (const e of [...edges, ...crossing]) expect(pos.get(e.upper)!.y, `${name}: ${e.id}`).toBeLessThan(pos.get(e.lower)!.y);
      const xs = [...pos.values()].map((p) => p.x);
      const ys = [...pos.values()].map((p) => p.y);
      const aspect = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
      expect(aspect, name).toBeGreaterThan(0.8);
      expect(aspect, name).toBeLessThan(4);
    }
  });

  it('lays out a tree quickly without ELK: layers top-down, no two boxes of a layer overlapping, parents over their children', () => {
    const nodes = Array.from({ length: 21 }, (_, i) => leaf(`n${i}`, null, 100 + (i % 3) * 30));
    const edges: LayoutEdge[] = nodes.slice(1).map((n, i) => ({ id: `e${i}`, upper: `n${Math.floor(i / 4)}`, lower: n.id }));
    // a second parent, a line closing a cycle and a line between peers
    edges.push({ id: 'second', upper: 'n2', lower: 'n5' }, { id: 'back', upper: 'n20', lower: 'n0' }, { id: 'peer', upper: 'n3', lower: 'n4', peer: true });
    const pos = quickLayered(nodes, edges, { gapX: 20, gapY: 40 });
    expect(pos.size).toBe(21);
    for (const e of edges.filter((x) => !x.peer && x.id !== 'back')) expect(pos.get(e.upper)!.y, e.id).toBeLessThan(pos.get(e.lower)!.y);
    const rows = new Map<number, [string, { x: number; y: number }][]>();
    for (const [id, p] of pos) rows.set(p.y, [...(rows.get(p.y) ?? []), [id, p]]);
    expect(rows.size).toBe(3);
    for (const row of rows.values()) {
      const boxes = row.map(([id, p]) => ({ x0: p.x - nodes.find((n) => n.id === id)!.width / 2, x1: p.x + nodes.find((n) => n.id === id)!.width / 2 })).sort((a, b) => a.x0 - b.x0);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x0 - boxes[i - 1]!.x1).toBeGreaterThanOrEqual(20 - 1e-9);
    }
    // the top node sits over the middle of its four children
    const kids = ['n1', 'n2', 'n3', 'n4'].map((id) => pos.get(id)!.x);
    expect(pos.get('n0')!.x).toBeCloseTo(kids.reduce((a, b) => a + b, 0) / 4, 0);
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
