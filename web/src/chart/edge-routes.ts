// The lines' routes as Cytoscape draws them: a `segments` edge whose bends are given relative to the
// line between the two nodes' centres (a weight along it and a distance across it), with its two
// ends placed where the router put them on the boxes' borders. Pure, so tests check the geometry.
import type { Point } from './routed-layout.js';

export interface CyRoute {
  /** segment-weights, space separated */
  weights: string;
  /** segment-distances, space separated */
  distances: string;
  /** source-endpoint and target-endpoint: offsets from each node's centre */
  sourceEndpoint: string;
  targetEndpoint: string;
}

const px = (n: number): string => `${Math.round(n * 10) / 10}px`;

/**
 * `points` run from the source's border to the target's (the route's start, bends and end), with the
 * node centres `source` and `target`. Cytoscape places bend i at source + w·v + d·n, where v runs
 * from the source's centre to the target's and n is v turned a quarter clockwise, of unit length.
 */
export function cyRoute(points: readonly Point[], source: Point, target: Point): CyRoute {
  const v = { x: target.x - source.x, y: target.y - source.y };
  const len2 = v.x * v.x + v.y * v.y || 1;
  const len = Math.sqrt(len2);
  const bends = points.slice(1, -1);
  // a straight line still needs one segment point: halfway, on the line
  const ws = bends.length ? bends.map((b) => ((b.x - source.x) * v.x + (b.y - source.y) * v.y) / len2) : [0.5];
  const ds = bends.length ? bends.map((b) => ((b.x - source.x) * -v.y + (b.y - source.y) * v.x) / len) : [0];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return {
    // a weight is a share of the whole line: on a line thousands of px long (a big chart's) four places put a bend a px or more off, slanting its segments
    weights: ws.map((w) => w.toFixed(7)).join(' '),
    distances: ds.map((d) => d.toFixed(2)).join(' '),
    sourceEndpoint: `${px(first.x - source.x)} ${px(first.y - source.y)}`,
    targetEndpoint: `${px(last.x - target.x)} ${px(last.y - target.y)}`,
  };
}

/** Where Cytoscape puts the bends of a route (the inverse of cyRoute), for tests and the SVG check. */
export function bendsOf(route: CyRoute, source: Point, target: Point): Point[] {
  const v = { x: target.x - source.x, y: target.y - source.y };
  const len = Math.sqrt(v.x * v.x + v.y * v.y) || 1;
  const n = { x: -v.y / len, y: v.x / len };
  const ws = route.weights.split(' ').map(Number);
  const ds = route.distances.split(' ').map(Number);
  return ws.map((w, i) => ({ x: source.x + w * v.x + ds[i]! * n.x, y: source.y + w * v.y + ds[i]! * n.y }));
}
