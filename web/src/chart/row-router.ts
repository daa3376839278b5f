// An orthogonal router for lines between boxes laid out in rows (a layered layout, folded into
// rows): cheap enough for a national overview of thousands of bodies, where ELK's orthogonal
// routing takes seconds. A line leaves a box's border at a port of its own, runs along the lanes
// between rows on a track of its own, and passes through the rows between its ends only in the
// gaps between their boxes (lines through one gap spread apart), so it keeps off the boxes it
// does not join and off the other lines. A route is planned in legs (walk), possibly over several
// grids (a partnership's rows, then the rows of partnerships: chart-routes.ts), and drawn once
// every route is planned (finishRoutes), when the gaps and lanes know all the lines they hold.
// Lines of one bundle (one upper box, one type: an org chart's reports to one board) pass each row
// at one place and share one track along each lane, so they run as one tree: a trunk with buses off it.
import type { Point } from './routed-layout.js';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a route runs up or down: a fixed x (a port), or a pass through a gap, moved to spread its lines. */
export interface Vertical {
  x: number;
  gap?: Gap;
}
export interface Gap {
  /** where its lines keep CLEAR of the boxes */
  lo: number;
  hi: number;
  /** how near the boxes its lines may come when more pass than fit between lo and hi */
  min: number;
  max: number;
  passes: Vertical[];
}
interface Span {
  a: Vertical;
  b: Vertical;
  y: number;
  bundle?: string;
}
export interface Lane {
  y0: number;
  y1: number;
  spans: Span[];
}
export interface Grid {
  rows: { y0: number; y1: number; gaps: Gap[] }[];
  /** lane i runs above row i; the last lane below the last row */
  lanes: Lane[];
  rowOf: Map<string, number>;
}
/** A planned route: verticals[i] and verticals[i+1] joined along lanes[i]; the ends' y on the boxes' borders. */
export interface Plan {
  verticals: Vertical[];
  lanes: Lane[];
  startY: number;
  endY: number;
  /** lines of one bundle run on one track along a lane */
  bundle?: string;
}
/** A bundle's passes so far, by the gap each goes through: the next line of the bundle through that gap takes the same pass. */
export type BundlePasses = Map<Gap, Vertical>;

/** Clearance between a line and a box it passes, and the least when many lines pass. */
const CLEAR = 10;
const NEAR = 3;
/** The most room between two lines through one gap, or along one lane. */
const LINE_SEP = 8;

/**
 * The rows of `boxes` (runs whose vertical extents overlap, top to bottom), the gaps between
 * each row's boxes, and the lanes between rows; the outer lanes reach `top` and `bottom`.
 */
export function gridOf(boxes: ReadonlyMap<string, Rect>, bounds: { top?: number; bottom?: number } = {}): Grid {
  const ids = [...boxes.keys()].sort((a, b) => boxes.get(a)!.y0 - boxes.get(b)!.y0);
  const runs: { y0: number; y1: number; ids: string[] }[] = [];
  for (const id of ids) {
    const b = boxes.get(id)!;
    const last = runs.at(-1);
    if (last && b.y0 < last.y1) {
      last.ids.push(id);
      last.y1 = Math.max(last.y1, b.y1);
    } else runs.push({ y0: b.y0, y1: b.y1, ids: [id] });
  }
  const rowOf = new Map<string, number>();
  const rows = runs.map((run, r) => {
    for (const id of run.ids) rowOf.set(id, r);
    const spans = run.ids.map((id) => boxes.get(id)!).sort((a, b) => a.x0 - b.x0);
    const gaps: Gap[] = [];
    let edge = -Infinity;
    for (const s of spans) {
      if (s.x0 - edge > 2 * NEAR) gaps.push(gapBetween(edge, s.x0));
      edge = Math.max(edge, s.x1);
    }
    gaps.push(gapBetween(edge, Infinity));
    return { y0: run.y0, y1: run.y1, gaps };
  });
  const lanes: Lane[] = [];
  for (let i = 0; i <= rows.length; i++) {
    const y0 = i === 0 ? (bounds.top ?? (rows[0]?.y0 ?? 0) - 2 * CLEAR) : rows[i - 1]!.y1;
    const y1 = i === rows.length ? (bounds.bottom ?? (rows.at(-1)?.y1 ?? 0) + 2 * CLEAR) : rows[i]!.y0;
    lanes.push({ y0, y1, spans: [] });
  }
  return { rows, lanes, rowOf };
}

/** The room between two boxes' sides (or beyond the last). */
function gapBetween(left: number, right: number): Gap {
  const [min, max] = [left + NEAR, right - NEAR];
  const [lo, hi] = left + CLEAR <= right - CLEAR ? [left + CLEAR, right - CLEAR] : [(min + max) / 2, (min + max) / 2];
  return { lo, hi, min, max, passes: [] };
}

/** A full gap costs a line this much more per line already through it beyond its room, so bundles spread over the gaps. */
const CROWDING = 40;

/**
 * The x in one of `gaps` nearest to the stretch from `cur` to `want` (cur itself when it is free),
 * a gap with no room left for another line LINE_SEP from the others counting as further off.
 */
function passAt(gaps: readonly Gap[], cur: number, want: number): { x: number; gap: Gap } {
  const [lo, hi] = [Math.min(cur, want), Math.max(cur, want)];
  let best: { x: number; gap: Gap; cost: number } | null = null;
  for (const gap of gaps) {
    // the point of the gap nearest the stretch, and of those the nearest `cur`
    const x = gap.hi < lo ? gap.hi : gap.lo > hi ? gap.lo : Math.min(Math.max(cur, gap.lo), gap.hi);
    const over = gap.passes.length + 1 - (gap.max - gap.min) / LINE_SEP;
    const cost = Math.max(0, lo - x, x - hi) * 2 + Math.abs(x - cur) + Math.max(0, over) * CROWDING;
    if (!best || cost < best.cost) best = { x, gap, cost };
  }
  return best!;
}

/**
 * Plans a leg on `grid` from `start` (in lane `from`) to lane `to`, through the rows between,
 * heading for `toX`: joined along lane `to` to `end` when given, else ending at its last pass
 * (the next leg goes on from there, on another grid). `own`: the passes of the line's bundle.
 */
export function walk(
  grid: Grid,
  start: Vertical,
  from: number,
  to: number,
  toX: number,
  end: Vertical | null,
  own?: BundlePasses,
): { verticals: Vertical[]; lanes: Lane[] } {
  const verticals = [start];
  const lanes: Lane[] = [];
  let [cur, lane] = [start, from];
  while (lane !== to) {
    const row = grid.rows[lane < to ? lane : lane - 1]!;
    // a bundle passes a row at one place: two passes, joined along the lanes above and below the
    // row by the bundle's one track there, drew a loop round the boxes between them
    const through = own && row.gaps.find((g) => own.has(g));
    const shared = through && own.get(through);
    const pass: Vertical = shared || passAt(row.gaps, cur.x, toX);
    if (!shared) {
      pass.gap!.passes.push(pass);
      own?.set(pass.gap!, pass);
    }
    lanes.push(grid.lanes[lane]!);
    verticals.push(pass);
    cur = pass;
    lane += lane < to ? 1 : -1;
  }
  if (end) {
    lanes.push(grid.lanes[to]!);
    verticals.push(end);
  }
  return { verticals, lanes };
}

/** `xs` (sorted) kept `sep` apart and within [lo, hi], each as near where it was as that allows. */
function spread(xs: number[], lo: number, hi: number, sep: number): number[] {
  const out = [...xs];
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + sep);
  if (Number.isFinite(hi)) {
    out[out.length - 1] = Math.min(out.at(-1)!, hi);
    for (let i = out.length - 2; i >= 0; i--) out[i] = Math.min(out[i]!, out[i + 1]! - sep);
  }
  if (Number.isFinite(lo)) for (let i = 0; i < out.length; i++) out[i] = Math.max(out[i]!, lo + i * sep);
  return out;
}

/** The planned routes as points, each line's passes spread within their gaps and its runs on tracks of their lanes. */
export function finishRoutes(plans: ReadonlyMap<string, Plan>): Map<string, Point[]> {
  const gaps = new Set<Gap>();
  const lanes = new Set<Lane>();
  const spansOf = new Map<string, Span[]>();
  for (const [id, plan] of plans) {
    for (const v of plan.verticals) if (v.gap) gaps.add(v.gap);
    spansOf.set(
      id,
      plan.lanes.map((lane, i) => {
        lanes.add(lane);
        const span: Span = { a: plan.verticals[i]!, b: plan.verticals[i + 1]!, y: 0, ...(plan.bundle ? { bundle: plan.bundle } : {}) };
        lane.spans.push(span);
        return span;
      }),
    );
  }
  for (const gap of gaps) {
    const passes = [...gap.passes].sort((p, q) => p.x - q.x);
    const n = passes.length - 1;
    // between lo and hi when they all fit there LINE_SEP apart, else nearer the boxes, closer together
    const [lo, hi] = n * LINE_SEP <= gap.hi - gap.lo ? [gap.lo, gap.hi] : [gap.min, gap.max];
    const sep = n > 0 && Number.isFinite(hi - lo) ? Math.min(LINE_SEP, (hi - lo) / n) : LINE_SEP;
    spread(passes.map((p) => p.x), lo, hi, sep).forEach((x, i) => (passes[i]!.x = x));
  }
  for (const lane of lanes) assignTracks(lane);
  const out = new Map<string, Point[]>();
  for (const [id, plan] of plans) {
    const vs = plan.verticals;
    const pts: Point[] = [{ x: vs[0]!.x, y: plan.startY }];
    spansOf.get(id)!.forEach((span, i) => pts.push({ x: vs[i]!.x, y: span.y }, { x: vs[i + 1]!.x, y: span.y }));
    pts.push({ x: vs.at(-1)!.x, y: plan.endY });
    out.set(id, simplified(pts));
  }
  return out;
}

/**
 * Runs along a lane that overlap get tracks of their own, spread over the lane's height; the
 * runs of one bundle share one track (its bus), as wide as all of them.
 */
function assignTracks(lane: Lane): void {
  const mid = (lane.y0 + lane.y1) / 2;
  for (const s of lane.spans) s.y = mid;
  const runs = new Map<Span | string, { lo: number; hi: number; spans: Span[] }>();
  for (const s of lane.spans) {
    if (Math.abs(s.a.x - s.b.x) < 0.5) continue;
    const [lo, hi] = [Math.min(s.a.x, s.b.x), Math.max(s.a.x, s.b.x)];
    const key = s.bundle ?? s;
    const run = runs.get(key);
    if (run) [run.lo, run.hi, run.spans] = [Math.min(run.lo, lo), Math.max(run.hi, hi), [...run.spans, s]];
    else runs.set(key, { lo, hi, spans: [s] });
  }
  const ends: number[] = [];
  const track = new Map<Span[], number>();
  for (const run of [...runs.values()].sort((r, q) => r.lo - q.lo)) {
    let t = ends.findIndex((end) => end + LINE_SEP <= run.lo);
    if (t < 0) t = ends.push(run.hi) - 1;
    else ends[t] = run.hi;
    track.set(run.spans, t);
  }
  const n = ends.length;
  const room = Math.max(0, lane.y1 - lane.y0 - 2 * (LINE_SEP / 2));
  const step = n > 1 ? Math.min(LINE_SEP, room / (n - 1)) : 0;
  for (const [spans, t] of track) for (const s of spans) s.y = mid + (t - (n - 1) / 2) * step;
}

/** Rounded to a tenth of a pixel, without repeated points or the middle of three in a line. */
function simplified(pts: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const { x: px, y: py } of pts) {
    const p = { x: Math.round(px * 10) / 10, y: Math.round(py * 10) / 10 };
    const [prev, last] = [out.at(-2), out.at(-1)];
    if (last && last.x === p.x && last.y === p.y) continue;
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}
