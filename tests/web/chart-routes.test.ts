// The row router's routes on the app's own layouts of synthetic charts (grouped by partnership,
// grouped by tier, and one big ungrouped chart): every line orthogonal, its ends on its two boxes'
// borders at points of their own (the lines of one bundle share one on their upper box), no line
// through a box it does not join, nor through a tier's title.
import { describe, expect, it } from 'vitest';
import { syntheticChart, syntheticNational } from '../../web/src/bench/synthetic.js';
import { chartRoutes, widenedForLines } from '../../web/src/chart/chart-routes.js';
import type { LayoutEdge, LayoutNode } from '../../web/src/chart/elk-graph.js';
import { titleRect } from '../../web/src/chart/group-titles.js';
import { groupedPositions, type GroupBoxes, type Positions } from '../../web/src/chart/grouped-layout.js';
import { modelOf, verticalEnds } from '../../web/src/chart/model.js';
import { quickLayered } from '../../web/src/chart/quick-layered.js';
import type { Point } from '../../web/src/chart/routed-layout.js';
import { wrapLayers } from '../../web/src/chart/wrap.js';

function layoutInput(chart: ReturnType<typeof syntheticChart>): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const model = modelOf(chart);
  const nodes = [...model.nodes.values()].map((n) => ({ id: n.id, width: n.width, height: n.height, parent: n.parent, tier: n.tier }));
  const edges = [...model.edges.values()].map((e) => {
    const ends = verticalEnds(e);
    return ends ? { id: e.id, ...ends, bundle: `${ends.upper} ${e.type}` } : { id: e.id, upper: e.source, lower: e.target, peer: true };
  });
  return { nodes: widenedForLines(nodes, edges), edges };
}

const quick = async (n: readonly LayoutNode[], e: readonly LayoutEdge[]) => quickLayered(n, e, { gapX: 28, gapY: 56 });

/** Checks every route against the boxes; returns how many routes bend. */
function checkRoutes(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], positions: Positions, routes: Map<string, Point[]>): number {
  const box = new Map(
    nodes.filter((n) => positions.has(n.id)).map((n) => {
      const p = positions.get(n.id)!;
      return [n.id, { x0: p.x - n.width / 2, y0: p.y - n.height / 2, x1: p.x + n.width / 2, y1: p.y + n.height / 2 }];
    }),
  );
  const onBorder = (p: Point, id: string) => {
    const b = box.get(id)!;
    return p.x >= b.x0 - 0.5 && p.x <= b.x1 + 0.5 && (Math.abs(p.y - b.y0) < 0.5 || Math.abs(p.y - b.y1) < 0.5);
  };
  const endsAt = new Map<string, { p: Point; bundle: string }[]>();
  const faults: string[] = [];
  let bent = 0;
  for (const e of edges) {
    const route = routes.get(e.id);
    if (!route) {
      faults.push(`${e.id} has no route`);
      continue;
    }
    const [first, last] = [route[0]!, route.at(-1)!];
    const [a, b] = onBorder(first, e.upper) ? [e.upper, e.lower] : [e.lower, e.upper];
    if (!onBorder(first, a) || !onBorder(last, b)) faults.push(`${e.id} ends off its boxes' borders`);
    for (const [id, p] of [[a, first], [b, last]] as const) endsAt.set(id, [...(endsAt.get(id) ?? []), { p, bundle: id === e.upper && e.bundle ? e.bundle : e.id }]);
    if (route.length > 2) bent++;
    for (let i = 0; i + 1 < route.length; i++) {
      const [p, q] = [route[i]!, route[i + 1]!];
      if (p.x !== q.x && p.y !== q.y) faults.push(`${e.id} segment ${i} is not orthogonal`);
      for (const [id, r] of box) {
        if (id === e.upper || id === e.lower) continue;
        if (Math.min(p.x, q.x) < r.x1 - 1 && Math.max(p.x, q.x) > r.x0 + 1 && Math.min(p.y, q.y) < r.y1 - 1 && Math.max(p.y, q.y) > r.y0 + 1) faults.push(`${e.id} passes through ${id}`);
      }
    }
  }
  for (const [id, ps] of endsAt)
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) {
        const [p, q] = [ps[i]!, ps[j]!];
        if (p.bundle !== q.bundle && Math.hypot(p.p.x - q.p.x, p.p.y - q.p.y) <= 4) faults.push(`two lines meet ${id} at one point`);
      }
  expect(faults.slice(0, 20)).toEqual([]);
  return bent;
}

describe('routes of grouped and big charts', () => {
  it('routes the lines within and between partnerships of a grouped chart around the boxes', async () => {
    const { nodes, edges } = layoutInput(syntheticNational(600));
    const { positions, groups } = await groupedPositions(nodes, edges.filter((e) => !e.peer), { arrange: 'rows', maxRowWidth: 1200, gapX: 28, gapY: 40 }, quick);
    const routes = chartRoutes(nodes, edges, positions, groups);
    const between = edges.filter((e) => nodes.find((n) => n.id === e.upper)!.parent !== nodes.find((n) => n.id === e.lower)!.parent);
    expect(between.length).toBeGreaterThan(20);
    expect(checkRoutes(nodes, edges, positions, routes)).toBeGreaterThan(edges.length / 2);
    // a line between partnerships leaves its group and enters the other's box from above
    for (const e of between) {
      const route = routes.get(e.id)!;
      const g = groups.get(nodes.find((n) => n.id === e.lower)!.parent!)!;
      expect(route.some((p) => p.y < g.y - g.height / 2), `${e.id} enters its lower group from above`).toBe(true);
    }
  });

  it('routes the lines of groups stacked in a column (tiers) through every row, across the frames', async () => {
    const { nodes, edges } = layoutInput(syntheticNational(300));
    const { positions, groups } = await groupedPositions(nodes, edges.filter((e) => !e.peer), { arrange: 'column', maxRowWidth: 1200, gapX: 28, gapY: 40 }, quick);
    const titles = new Map([...groups].map(([id, g]) => [id, { width: g.width / 2, lines: [id] }]));
    const routes = chartRoutes(nodes, edges, positions, groups, { across: true, titles });
    expect(checkRoutes(nodes, edges, positions, routes)).toBeGreaterThan(edges.length / 2);
    // no line runs through a tier's title
    for (const [id, g] of groups) {
      const t = titleRect(g, titles.get(id)!);
      for (const [line, route] of routes)
        for (let i = 0; i + 1 < route.length; i++) {
          const [p, q] = [route[i]!, route[i + 1]!];
          const through = Math.min(p.x, q.x) < t.x1 && Math.max(p.x, q.x) > t.x0 && Math.min(p.y, q.y) < t.y1 && Math.max(p.y, q.y) > t.y0;
          expect(through, `${line} crosses the title of ${id}`).toBe(false);
        }
    }
    // the lines of a bundle share their upper port: fewer ports than lines on a busy box
    const bundled = edges.filter((e) => e.bundle && edges.filter((f) => f.bundle === e.bundle).length > 3);
    expect(bundled.length).toBeGreaterThan(0);
    const firstPoints = new Set(bundled.filter((e) => e.bundle === bundled[0]!.bundle).map((e) => JSON.stringify(routes.get(e.id)![0])));
    expect(firstPoints.size).toBe(1);
    // no line goes round the outside of the stack
    const [left, right] = [Math.min(...[...groups.values()].map((g) => g.x - g.width / 2)), Math.max(...[...groups.values()].map((g) => g.x + g.width / 2))];
    const outside = [...routes.values()].flat().map((p) => Math.max(left - p.x, p.x - right));
    expect(Math.max(...outside)).toBeLessThan(40);
  });

  it('routes a big ungrouped chart, folded into rows, around the boxes', async () => {
    const { nodes, edges } = layoutInput(syntheticChart(400));
    const positions = wrapLayers(await quick(nodes, edges), new Map(nodes.map((n) => [n.id, n])), { maxRowWidth: 1400, gapX: 28, gapY: 40 });
    const routes = chartRoutes(nodes, edges, positions, new Map() as GroupBoxes);
    expect(checkRoutes(nodes, edges, positions, routes)).toBeGreaterThan(edges.length / 2);
  });
});
