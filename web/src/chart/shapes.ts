// Node shapes as outlines (polygons centred on 0,0, in pixels), drawn the way Cytoscape draws
// them: used by the legend's swatches and by the SVG export, which also clips lines to them.
import type { Shape } from './vocab.js';

export type Point = [number, number];

/** Cytoscape's unit polygons, corners in [-1, 1]. */
const UNIT: Partial<Record<Shape, number[]>> = {
  rectangle: [-1, -1, 1, -1, 1, 1, -1, 1],
  hexagon: [-1, 0, -0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1],
  octagon: [-0.4142, -1, 0.4142, -1, 1, -0.4142, 1, 0.4142, 0.4142, 1, -0.4142, 1, -1, 0.4142, -1, -0.4142],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  'right-rhomboid': [-0.333, -1, 1, -1, 0.333, 1, -1, 1],
  'concave-hexagon': [-1, -0.95, 1, -0.95, 0.75, 0, 1, 0.95, -1, 0.95, -0.75, 0],
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
};

/** A quarter circle from angle a0 to a1 (radians) around (cx, cy), as points. */
function arc(cx: number, cy: number, r: number, a0: number, a1: number, steps = 5): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = a0 + ((a1 - a0) * i) / steps;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as Point;
  });
}

/** A quadratic Bézier curve as points. */
function quad(p0: Point, c: Point, p1: Point, steps = 5): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const u = 1 - t;
    return [u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1]] as Point;
  });
}

export function shapeOutline(shape: Shape, w: number, h: number): Point[] {
  const hw = w / 2;
  const hh = h / 2;
  const unit = UNIT[shape];
  if (unit) {
    const pts: Point[] = [];
    for (let i = 0; i < unit.length; i += 2) pts.push([unit[i]! * hw, unit[i + 1]! * hh]);
    return pts;
  }
  const H = Math.PI / 2;
  switch (shape) {
    case 'ellipse':
      return Array.from({ length: 40 }, (_, i) => [hw * Math.cos((i / 40) * 2 * Math.PI), hh * Math.sin((i / 40) * 2 * Math.PI)] as Point);
    case 'round-rectangle': {
      const r = Math.min(w / 4, h / 4, 8);
      return [
        ...arc(hw - r, -hh + r, r, -H, 0),
        ...arc(hw - r, hh - r, r, 0, H),
        ...arc(-hw + r, hh - r, r, H, 2 * H),
        ...arc(-hw + r, -hh + r, r, 2 * H, 3 * H),
      ];
    }
    case 'bottom-round-rectangle': {
      const r = Math.min(w / 4, h / 4, 8);
      return [[-hw, -hh], [hw, -hh], ...arc(hw - r, hh - r, r, 0, H), ...arc(-hw + r, hh - r, r, H, 2 * H)];
    }
    case 'cut-rectangle': {
      const c = 8;
      return [[-hw + c, -hh], [hw - c, -hh], [hw, -hh + c], [hw, hh - c], [hw - c, hh], [-hw + c, hh], [-hw, hh - c], [-hw, -hh + c]];
    }
    case 'barrel': {
      const ho = Math.min(15, 0.05 * h);
      const wo = Math.min(100, 0.25 * w);
      const cx = 0.05 * w;
      return [
        ...quad([-hw, -hh + ho], [-hw + cx, -hh], [-hw + wo, -hh]),
        ...quad([hw - wo, -hh], [hw - cx, -hh], [hw, -hh + ho]),
        ...quad([hw, hh - ho], [hw - cx, hh], [hw - wo, hh]),
        ...quad([-hw + wo, hh], [-hw + cx, hh], [-hw, hh - ho]),
      ];
    }
    default:
      return [[-hw, -hh], [hw, -hh], [hw, hh], [-hw, hh]];
  }
}

export const pointsAttr = (pts: readonly Point[], dx = 0, dy = 0): string =>
  pts.map(([x, y]) => `${(x + dx).toFixed(1)},${(y + dy).toFixed(1)}`).join(' ');

/**
 * Where the segment from the centre (0,0) towards (tx, ty) leaves the outline: the end of a
 * line drawn to this node. Falls back to the centre when the target is inside the shape.
 */
export function exitPoint(outline: readonly Point[], tx: number, ty: number): Point {
  let best = Infinity;
  for (let i = 0; i < outline.length; i++) {
    const [ax, ay] = outline[i]!;
    const [bx, by] = outline[(i + 1) % outline.length]!;
    // solve t*(tx,ty) = a + s*(b-a) for t in [0,1], s in [0,1]
    const ex = bx - ax;
    const ey = by - ay;
    const den = tx * ey - ty * ex;
    if (Math.abs(den) < 1e-9) continue;
    const t = (ax * ey - ay * ex) / den;
    const s = (ax * ty - ay * tx) / den;
    if (t >= 0 && t <= 1 && s >= 0 && s <= 1 && t < best) best = t;
  }
  return best === Infinity ? [0, 0] : [tx * best, ty * best];
}
