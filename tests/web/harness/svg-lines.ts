// Boxes and lines read back from an exported chart SVG (svg-export.ts keeps each line's route as
// its polyline), and the geometry the browser tests check them with.
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export type Pt = [number, number];

/** Node boxes (by id) and line routes (by line id) of an exported SVG. */
export function readSvg(svg: string): {
  boxes: Map<string, Box>;
  lines: Map<string, Pt[]>;
} {
  const boxes = new Map<string, Box>();
  for (const m of svg.matchAll(/<g class="node" data-id="([^"]+)"><title>[^<]*<\/title><polygon points="([^"]+)"/g)) {
    const pts = m[2]!.split(' ').map((p) => p.split(',').map(Number));
    const xs = pts.map((p) => p[0]!);
    const ys = pts.map((p) => p[1]!);
    boxes.set(m[1]!, {
      x0: Math.min(...xs),
      y0: Math.min(...ys),
      x1: Math.max(...xs),
      y1: Math.max(...ys),
    });
  }
  const lines = new Map<string, Pt[]>();
  for (const m of svg.matchAll(/<polyline data-line="([^"]+)" points="([^"]+)"/g)) {
    lines.set(
      m[1]!,
      m[2]!.split(' ').map((p) => p.split(',').map(Number) as Pt),
    );
  }
  return { boxes, lines };
}

/** Whether the axis-aligned segment a-b passes through the inside of box b (shrunk by 2 px). */
export function crosses([ax, ay]: Pt, [bx, by]: Pt, box: Box): boolean {
  const [x0, y0, x1, y1] = [box.x0 + 2, box.y0 + 2, box.x1 - 2, box.y1 - 2];
  const [sx0, sx1, sy0, sy1] = [Math.min(ax, bx), Math.max(ax, bx), Math.min(ay, by), Math.max(ay, by)];
  return sx0 < x1 && sx1 > x0 && sy0 < y1 && sy1 > y0;
}

/** Whether p lies on the top or bottom border of the box (within `near` px). */
export const onTopOrBottom = ([x, y]: Pt, b: Box, near = 2): boolean =>
  x >= b.x0 - 1 && x <= b.x1 + 1 && (Math.abs(y - b.y0) <= near || Math.abs(y - b.y1) <= near);

/** Group titles' boxes (their white backing, as drawn on screen: group-titles.ts), by group id. */
export function titleBoxes(svg: string): Map<string, Box> {
  const out = new Map<string, Box>();
  for (const m of svg.matchAll(/<g class="group" data-id="([^"]+)"><rect [^>]*\/><rect class="group-title" x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)"/g)) {
    const [x, y, w, h] = [m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number];
    out.set(m[1]!, { x0: x, y0: y, x1: x + w, y1: y + h });
  }
  return out;
}

/** The points of a polyline every px along it from each of its corners (rounded to a tenth of a px): lines along one stretch from one corner give the same points. */
function sampled(pts: readonly Pt[]): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i + 1 < pts.length; i++) {
    const [[ax, ay], [bx, by]] = [pts[i]!, pts[i + 1]!];
    const len = Math.hypot(bx - ax, by - ay);
    for (let d = 0; d < len; d++) out.push([Math.round((ax + ((bx - ax) * d) / len) * 10) / 10, Math.round((ay + ((by - ay) * d) / len) * 10) / 10]);
  }
  out.push(pts.at(-1)!);
  return out;
}

/**
 * Whether two lines of one trunk, both drawn from their shared upper end, meet again after they
 * part: a trunk drawn as a tree never does; one that passed a row in two places drew a loop.
 */
export function rejoins(a: readonly Pt[], b: readonly Pt[]): boolean {
  const [sa, sb] = [sampled(a), sampled(b)];
  let k = 0;
  while (k < sa.length && k < sb.length && sa[k]![0] === sb[k]![0] && sa[k]![1] === sb[k]![1]) k++;
  const later = new Set(sb.slice(k + 2).map((p) => p.join()));
  return sa.slice(k + 2).some((p) => later.has(p.join()));
}

/** The boxes near an axis-aligned segment, from a grid of cells `cell` px square: checking a big chart's every line against every box took minutes. */
export function boxesNear(boxes: ReadonlyMap<string, Box>, cell = 200): (a: Pt, b: Pt) => [string, Box][] {
  const cells = new Map<string, [string, Box][]>();
  const span = (lo: number, hi: number) => [Math.floor(lo / cell), Math.floor(hi / cell)] as const;
  for (const entry of boxes) {
    const [[x0, x1], [y0, y1]] = [span(entry[1].x0, entry[1].x1), span(entry[1].y0, entry[1].y1)];
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) (cells.get(`${i} ${j}`) ?? cells.set(`${i} ${j}`, []).get(`${i} ${j}`)!).push(entry);
  }
  return ([ax, ay], [bx, by]) => {
    const [[x0, x1], [y0, y1]] = [span(Math.min(ax, bx), Math.max(ax, bx)), span(Math.min(ay, by), Math.max(ay, by))];
    const out = new Set<[string, Box]>();
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) for (const e of cells.get(`${i} ${j}`) ?? []) out.add(e);
    return [...out];
  };
}
