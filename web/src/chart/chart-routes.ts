// Routed lines for every chart: ungrouped borough charts (on ELK's placing: routed-layout.ts),
// charts grouped by partnership or tier, and bigger charts. Every line is
// routed by the row router (row-router.ts): a line within a group through that group's rows; a
// line between groups in three legs: down through its group's rows and out of its bottom, between
// the groups through the gaps between them, and into the other group from its top, down through
// its rows to the box. Tiers stacked in a column are frames across the whole chart, with nothing
// beside them to pass through: there every line is routed through the rows of all the boxes, as if
// ungrouped, crossing the frames between tiers. Each line meets its boxes at ports of their own on their borders, LINE_GAP
// apart where the box is wide enough (widenedForLines widens a busy box before the layout), except
// that the lines of one bundle (LayoutEdge.bundle) leave their upper box at one port, as one trunk.
// No line crosses a group's title (group-titles.ts): it is a box the lines pass beside.
import type { LayoutEdge, LayoutNode } from './elk-graph.js';
import { titleRect, type TitleSize } from './group-titles.js';
import { GROUP_PADDING, type GroupBoxes, type Positions } from './grouped-layout.js';
import { LINE_GAP } from '../../../server/http/chart-layout-options.js';
import type { Point } from './routed-layout.js';
import { finishRoutes, gridOf, walk, type BundlePasses, type Gap, type Grid, type Plan, type Rect, type Vertical } from './row-router.js';

/** A box wide enough for `ends` lines on one border, LINE_GAP apart and clear of its corners. */
export const roomyWidth = (width: number, ends: number): number => Math.max(width, (ends + 1) * LINE_GAP);

/** Nodes widened to give each line (a bundle's lines: one) on a border a port of its own (the count taken before layout: a peer line's ends on the bottom). */
export function widenedForLines(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): LayoutNode[] {
  const [down, up] = [new Map<string, Set<string>>(), new Map<string, Set<string>>()];
  const add = (m: Map<string, Set<string>>, id: string, end: string) => (m.get(id) ?? m.set(id, new Set()).get(id)!).add(end);
  for (const e of edges) {
    if (e.upper === e.lower) continue;
    add(down, e.upper, e.bundle ?? e.id);
    add(e.peer ? down : up, e.lower, e.id);
  }
  return nodes.map((n) => ({ ...n, width: roomyWidth(n.width, Math.max(down.get(n.id)?.size ?? 0, up.get(n.id)?.size ?? 0)) }));
}

export interface RouteOptions {
  /** route through the rows of all the boxes, whatever their groups (tiers in a column) */
  across?: boolean;
  /** each group's title, kept clear of the lines */
  titles?: ReadonlyMap<string, TitleSize>;
}

type Side = 'top' | 'bottom';
interface End {
  /** the line's bundle on its upper box, else the line */
  key: string;
  otherX: number;
  port: Vertical;
}

/** Where lines entering a group from above stay clear of its corners. */
const ENTRY_INSET = 16;

/** The gaps in a group's top border where lines enter it: its width within ENTRY_INSET, less its title. */
function entryGaps(r: Rect, title: Rect | undefined): Gap[] {
  const gap = (lo: number, hi: number): Gap => ({ lo, hi, min: lo, max: hi, passes: [] });
  const [lo, hi] = [r.x0 + ENTRY_INSET, r.x1 - ENTRY_INSET];
  if (!title) return [gap(lo, hi)];
  const spans = [gap(lo, title.x0 - ENTRY_INSET / 2), gap(title.x1 + ENTRY_INSET / 2, hi)].filter((g) => g.hi > g.lo);
  return spans.length ? spans : [gap(lo, hi)];
}

/** The one of `gaps` nearest x, and the point of it nearest x. */
function nearestIn(gaps: readonly Gap[], x: number): { gap: Gap; x: number } {
  const at = (g: Gap) => Math.min(Math.max(x, g.lo), g.hi);
  const gap = [...gaps].sort((a, b) => Math.abs(at(a) - x) - Math.abs(at(b) - x))[0]!;
  return { gap, x: at(gap) };
}

/**
 * The route of every line between two laid-out leaves, from its `upper` end to its `lower` end;
 * `across` routes through the rows of all the boxes, whatever their groups (tiers in a column).
 */
export function chartRoutes(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  positions: Positions,
  groupBoxes: GroupBoxes,
  options: RouteOptions = {},
): Map<string, Point[]> {
  return allSteps(chartRouteSteps(nodes, edges, positions, groupBoxes, options));
}

/** What a run of steps comes to, every step run at once. */
export function allSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Lines walked between two steps of chartRouteSteps. */
export const ROUTE_STEP = 250;

/** Progress of chartRouteSteps: lines walked so far, of all the lines it routes. */
export interface RouteStep {
  done: number;
  total: number;
}

/**
 * chartRoutes a step at a time: it stops after every ROUTE_STEP lines walked, saying how far it has
 * come, so that a caller routing thousands of lines (an export) can let the page paint its progress.
 * The routes are the same however the steps are run: one plan of all the lines is kept between them.
 */
export function* chartRouteSteps(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  positions: Positions,
  groupBoxes: GroupBoxes,
  { across = false, titles = new Map() }: RouteOptions = {},
): Generator<RouteStep, Map<string, Point[]>> {
  const groups: GroupBoxes = across ? new Map() : groupBoxes;
  const titleOf = (key: string): Rect | undefined => {
    const [g, t] = [groupBoxes.get(key), titles.get(key)];
    return g && t ? titleRect(g, t) : undefined;
  };
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
  // across the frames of tiers, their titles are boxes in the rows the lines pass through
  if (across) for (const key of groupBoxes.keys()) {
    const t = titleOf(key);
    if (t) (members.get('') ?? members.set('', new Map()).get('')!).set(`\u0000title ${key}`, t);
  }
  const blockRects = new Map<string, Rect>();
  const grids = new Map<string, Grid>();
  for (const [key, boxes] of members) {
    const g = groups.get(key);
    const r = g ? { x0: g.x - g.width / 2, y0: g.y - g.height / 2, x1: g.x + g.width / 2, y1: g.y + g.height / 2 } : bounding([...boxes.values()]);
    // between groups, lines keep off a title that reaches above its group (wrapped: titleRise)
    const t = titleOf(key);
    blockRects.set(key, t ? { ...r, y0: Math.min(r.y0, t.y0) } : r);
    // a group's lanes reach its frame: the top one below its title
    grids.set(key, gridOf(boxes, g ? { top: r.y0 + GROUP_PADDING.top - GROUP_PADDING.bottom, bottom: r.y1 } : {}));
  }
  const outer = gridOf(blockRects);
  const entries = new Map([...blockRects].map(([key, r]) => [key, entryGaps(r, titleOf(key))]));

  // each line's two ends, and each box's ends on each side, in the order of the boxes they lead to
  const lines = edges.filter((e) => e.upper !== e.lower && leaves.has(e.upper) && leaves.has(e.lower)).map((e) => orient(e, blockOf, grids, outer, positions));
  const ends = new Map<string, Map<string, End & { n: number }>>();
  const endOf = (id: string, side: Side, key: string, other: string): Vertical => {
    const at = `${id}\u0000${side}`;
    const list = ends.get(at) ?? ends.set(at, new Map()).get(at)!;
    const end = list.get(key) ?? list.set(key, { key, otherX: 0, n: 0, port: { x: positions.get(id)!.x } }).get(key)!;
    // a bundle's port sits in the order of where its lines lead, on average
    end.otherX += (positions.get(other)!.x - end.otherX) / ++end.n;
    return end.port;
  };
  const planned = lines.map((l) => ({ ...l, from: endOf(l.upper, 'bottom', l.bundle ?? l.id, l.lower), to: endOf(l.lower, l.lowerSide, l.id, l.upper) }));
  for (const [at, byKey] of ends) {
    const r = rect(at.slice(0, at.indexOf('\u0000')));
    const list = [...byKey.values()].sort((a, b) => a.otherX - b.otherX || (a.key < b.key ? -1 : 1));
    const step = list.length > 1 ? Math.min(LINE_GAP, (r.x1 - r.x0 - LINE_GAP) / (list.length - 1)) : 0;
    list.forEach((e, i) => (e.port.x = (r.x0 + r.x1) / 2 + (i - (list.length - 1) / 2) * step));
  }
  const bundles = new Map<string, BundlePasses>();
  const ownOf = (bundle: string | undefined) => (bundle ? (bundles.get(bundle) ?? bundles.set(bundle, new Map()).get(bundle)!) : undefined);

  const plans = new Map<string, Plan>();
  for (const l of planned) {
    if (plans.size > 0 && plans.size % ROUTE_STEP === 0) yield { done: plans.size, total: planned.length };
    const [a, b] = [blockOf.get(l.upper)!, blockOf.get(l.lower)!];
    const [ga, gb] = [grids.get(a)!, grids.get(b)!];
    const fromLane = ga.rowOf.get(l.upper)! + 1;
    const toLane = gb.rowOf.get(l.lower)! + (l.lowerSide === 'bottom' ? 1 : 0);
    const [startY, endY] = [rect(l.upper).y1, l.lowerSide === 'bottom' ? rect(l.lower).y1 : rect(l.lower).y0];
    const own = ownOf(l.bundle);
    const bundle = l.bundle ? { bundle: l.bundle } : {};
    if (a === b) {
      plans.set(l.id, { ...walk(ga, l.from, fromLane, toLane, l.to.x, l.to, own), startY, endY, ...bundle });
      continue;
    }
    // out of the bottom of the upper end's group, between the groups, in at the top of the other
    const out = walk(ga, l.from, fromLane, ga.rows.length, l.to.x, null, own);
    const { gap, x } = nearestIn(entries.get(b)!, l.to.x);
    let entry = own?.get(gap);
    if (!entry) {
      entry = { x, gap };
      gap.passes.push(entry);
      own?.set(gap, entry);
    }
    const across = walk(outer, out.verticals.at(-1)!, outer.rowOf.get(a)! + 1, outer.rowOf.get(b)!, entry.x, entry, own);
    const into = walk(gb, entry, 0, toLane, l.to.x, l.to, own);
    plans.set(l.id, {
      verticals: [...out.verticals, ...across.verticals.slice(1), ...into.verticals.slice(1)],
      lanes: [...out.lanes, ...across.lanes, ...into.lanes],
      startY,
      endY,
      ...bundle,
    });
  }
  return finishRoutes(plans);
}

/**
 * Which end of a line is drawn as its upper one: the stated one, except a line between peers,
 * which runs from the higher of the two down (and joins two peers of one row along their bottoms).
 */
function orient(
  e: LayoutEdge,
  blockOf: Map<string, string>,
  grids: Map<string, Grid>,
  outer: Grid,
  positions: Positions,
): { id: string; upper: string; lower: string; lowerSide: Side; bundle?: string } {
  if (!e.peer) return { id: e.id, upper: e.upper, lower: e.lower, lowerSide: 'top', ...(e.bundle ? { bundle: e.bundle } : {}) };
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
