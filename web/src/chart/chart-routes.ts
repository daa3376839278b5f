// Routed lines for the charts ELK does not route (routed-layout.ts routes a borough's): charts
// grouped by partnership or tier, and charts too big for ELK's orthogonal routing. Every line is
// routed by the row router (row-router.ts): a line within a group through that group's rows; a
// line between groups in three legs: down through its group's rows and out of its bottom, between
// the groups through the gaps between them, and into the other group from its top, down through
// its rows to the box. Tiers stacked in a column are frames across the whole chart, with nothing
// beside them to pass through: there every line is routed through the rows of all the boxes, as if
// ungrouped, crossing the frames between tiers. Each line meets its boxes at ports of their own on their borders, LINE_GAP
// apart where the box is wide enough (widenedForLines widens a busy box before the layout).
import type { LayoutEdge, LayoutNode } from './elk-graph.js';
import { GROUP_PADDING, type GroupBoxes, type Positions } from './grouped-layout.js';
import { LINE_GAP } from '../../../server/http/chart-layout-options.js';
import { roomyWidth, type Point } from './routed-layout.js';
import { finishRoutes, gridOf, walk, type Gap, type Grid, type Plan, type Rect, type Vertical } from './row-router.js';

/** Nodes widened to give each line on a border a port of its own (the count taken before layout: a peer line's ends on the bottom). */
export function widenedForLines(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): LayoutNode[] {
  const [down, up] = [new Map<string, number>(), new Map<string, number>()];
  const add = (m: Map<string, number>, id: string) => m.set(id, (m.get(id) ?? 0) + 1);
  for (const e of edges) {
    if (e.upper === e.lower) continue;
    add(down, e.upper);
    add(e.peer ? down : up, e.lower);
  }
  return nodes.map((n) => ({ ...n, width: roomyWidth(n.width, Math.max(down.get(n.id) ?? 0, up.get(n.id) ?? 0)) }));
}

type Side = 'top' | 'bottom';
interface End {
  line: string;
  otherX: number;
  port: Vertical;
}

/** Where lines entering a group from above stay clear of its corners. */
const ENTRY_INSET = 16;

/**
 * The route of every line between two laid-out leaves, from its `upper` end to its `lower` end;
 * `across` routes through the rows of all the boxes, whatever their groups (tiers in a column).
 */
export function chartRoutes(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], positions: Positions, groupBoxes: GroupBoxes, across = false): Map<string, Point[]> {
  const groups: GroupBoxes = across ? new Map() : groupBoxes;
  const leaves = new Map(nodes.filter((n) => positions.has(n.id)).map((n) => [n.id, across ? { ...n, parent: null } : n]));
  const rect = (id: string): Rect => {
    const [p, n] = [positions.get(id)!, leaves.get(id)!];
    return { x0: p.x - n.width / 2, y0: p.y - n.height / 2, x1: p.x + n.width / 2, y1: p.y + n.height / 2 };
  };
  const blockOf = new Map<string, string>();
  const members = new Map<string, Map<string, Rect>>();
  for (const id of leaves.keys()) {
    const key = leaves.get(id)!.parent ?? '';
    blockOf.set(id, key);
    (members.get(key) ?? members.set(key, new Map()).get(key)!).set(id, rect(id));
  }
  const blockRects = new Map<string, Rect>();
  const grids = new Map<string, Grid>();
  for (const [key, boxes] of members) {
    const g = groups.get(key);
    const r = g ? { x0: g.x - g.width / 2, y0: g.y - g.height / 2, x1: g.x + g.width / 2, y1: g.y + g.height / 2 } : bounding([...boxes.values()]);
    blockRects.set(key, r);
    // a group's lanes reach its frame: the top one below its title
    grids.set(key, gridOf(boxes, g ? { top: r.y0 + GROUP_PADDING.top - GROUP_PADDING.bottom, bottom: r.y1 } : {}));
  }
  const outer = gridOf(blockRects);
  const entries = new Map([...blockRects].map(([key, r]) => [key, { lo: r.x0 + ENTRY_INSET, hi: r.x1 - ENTRY_INSET, min: r.x0 + ENTRY_INSET, max: r.x1 - ENTRY_INSET, passes: [] } as Gap]));

  // each line's two ends, and each box's ends on each side, in the order of the boxes they lead to
  const lines = edges.filter((e) => e.upper !== e.lower && leaves.has(e.upper) && leaves.has(e.lower)).map((e) => orient(e, blockOf, grids, outer, positions));
  const ends = new Map<string, End[]>();
  const endOf = (id: string, side: Side, line: string, other: string): Vertical => {
    const port: Vertical = { x: positions.get(id)!.x };
    const key = `${id}\u0000${side}`;
    (ends.get(key) ?? ends.set(key, []).get(key)!).push({ line, otherX: positions.get(other)!.x, port });
    return port;
  };
  const planned = lines.map((l) => ({ ...l, from: endOf(l.upper, 'bottom', l.id, l.lower), to: endOf(l.lower, l.lowerSide, l.id, l.upper) }));
  for (const [key, list] of ends) {
    const r = rect(key.slice(0, key.indexOf('\u0000')));
    list.sort((a, b) => a.otherX - b.otherX || (a.line < b.line ? -1 : 1));
    const step = list.length > 1 ? Math.min(LINE_GAP, (r.x1 - r.x0 - LINE_GAP) / (list.length - 1)) : 0;
    list.forEach((e, i) => (e.port.x = (r.x0 + r.x1) / 2 + (i - (list.length - 1) / 2) * step));
  }

  const plans = new Map<string, Plan>();
  for (const l of planned) {
    const [a, b] = [blockOf.get(l.upper)!, blockOf.get(l.lower)!];
    const [ga, gb] = [grids.get(a)!, grids.get(b)!];
    const fromLane = ga.rowOf.get(l.upper)! + 1;
    const toLane = gb.rowOf.get(l.lower)! + (l.lowerSide === 'bottom' ? 1 : 0);
    const [startY, endY] = [rect(l.upper).y1, l.lowerSide === 'bottom' ? rect(l.lower).y1 : rect(l.lower).y0];
    if (a === b) {
      plans.set(l.id, { ...walk(ga, l.from, fromLane, toLane, l.to.x, l.to), startY, endY });
      continue;
    }
    // out of the bottom of the upper end's group, between the groups, in at the top of the other
    const out = walk(ga, l.from, fromLane, ga.rows.length, l.to.x, null);
    const gap = entries.get(b)!;
    const entry: Vertical = { x: Math.min(Math.max(l.to.x, gap.lo), gap.hi), gap };
    gap.passes.push(entry);
    const across = walk(outer, out.verticals.at(-1)!, outer.rowOf.get(a)! + 1, outer.rowOf.get(b)!, entry.x, entry);
    const into = walk(gb, entry, 0, toLane, l.to.x, l.to);
    plans.set(l.id, {
      verticals: [...out.verticals, ...across.verticals.slice(1), ...into.verticals.slice(1)],
      lanes: [...out.lanes, ...across.lanes, ...into.lanes],
      startY,
      endY,
    });
  }
  return finishRoutes(plans);
}

/**
 * Which end of a line is drawn as its upper one: the stated one, except a line between peers,
 * which runs from the higher of the two down (and joins two peers of one row along their bottoms).
 */
function orient(e: LayoutEdge, blockOf: Map<string, string>, grids: Map<string, Grid>, outer: Grid, positions: Positions): { id: string; upper: string; lower: string; lowerSide: Side } {
  if (!e.peer) return { id: e.id, upper: e.upper, lower: e.lower, lowerSide: 'top' };
  const [a, b] = [blockOf.get(e.upper)!, blockOf.get(e.lower)!];
  const rank = (id: string, key: string) => (a === b ? grids.get(key)!.rowOf.get(id)! : outer.rowOf.get(key)!);
  const [ra, rb] = [rank(e.upper, a), rank(e.lower, b)];
  if (a === b && ra === rb) return { id: e.id, upper: e.upper, lower: e.lower, lowerSide: 'bottom' };
  const upperFirst = ra < rb || (ra === rb && positions.get(e.upper)!.y <= positions.get(e.lower)!.y);
  return upperFirst ? { id: e.id, upper: e.upper, lower: e.lower, lowerSide: 'top' } : { id: e.id, upper: e.lower, lower: e.upper, lowerSide: 'top' };
}

function bounding(rects: readonly Rect[]): Rect {
  return {
    x0: Math.min(...rects.map((r) => r.x0)),
    y0: Math.min(...rects.map((r) => r.y0)),
    x1: Math.max(...rects.map((r) => r.x1)),
    y1: Math.max(...rects.map((r) => r.y1)),
  };
}
