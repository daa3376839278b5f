// A plain layered (Sugiyama-style) layout in a few milliseconds, for charts too big for ELK to lay
// out within the time a national overview allows (thousands of bodies in many partnerships): the
// layers of routed-layout.ts (a node one below its lowest upper node, tops at their tier), an order
// within each layer by a few barycentre sweeps, then each node placed over the mean of the nodes it
// joins in the layer above (and parents over their children), kept apart by the gap. It has no
// routing and less crossing reduction than ELK: its charts are read zoomed in one partnership at a
// time, where a tree of a few dozen bodies comes out the same. Pure, so tests run it directly.
import type { LayoutEdge, LayoutNode } from './elk-graph.js';
import type { Positions } from './grouped-layout.js';
import { layersOf } from './routed-layout.js';

export interface QuickOptions {
  /** between boxes of a layer */
  gapX: number;
  /** between layers */
  gapY: number;
}

/** Down and up sweeps of barycentre ordering: more changes little on the trees charts hold. */
const SWEEPS = 4;

export function quickLayered(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], opts: QuickOptions): Positions {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const layer = layersOf(nodes, edges);
  const ups = new Map<string, string[]>();
  const downs = new Map<string, string[]>();
  for (const e of edges) {
    if (e.peer || e.upper === e.lower || !byId.has(e.upper) || !byId.has(e.lower)) continue;
    // only lines that run down the layers shape the order (a line closing a cycle runs up)
    if (layer.get(e.upper)! >= layer.get(e.lower)!) continue;
    (ups.get(e.lower) ?? ups.set(e.lower, []).get(e.lower)!).push(e.upper);
    (downs.get(e.upper) ?? downs.set(e.upper, []).get(e.upper)!).push(e.lower);
  }
  const layers: string[][] = [];
  for (const n of nodes) (layers[layer.get(n.id)!] ??= []).push(n.id);
  const rows = layers.filter(Boolean);
  const index = new Map<string, number>();
  const reindex = (row: string[]) => row.forEach((id, i) => index.set(id, i));
  rows.forEach(reindex);
  const byMean = (row: string[], near: Map<string, string[]>) => {
    const key = new Map(row.map((id) => {
      const ns = near.get(id);
      return [id, ns?.length ? ns.reduce((s, n) => s + index.get(n)!, 0) / ns.length : index.get(id)!];
    }));
    row.sort((a, b) => key.get(a)! - key.get(b)! || index.get(a)! - index.get(b)!);
    reindex(row);
  };
  for (let s = 0; s < SWEEPS; s++) {
    if (s % 2 === 0) for (const row of rows.slice(1)) byMean(row, ups);
    else for (const row of rows.slice(0, -1).reverse()) byMean(row, downs);
  }

  const width = (id: string) => byId.get(id)!.width;
  const x = new Map<string, number>();
  // each row packed from 0, then pulled towards the nodes it joins, order and gaps kept
  for (const row of rows) {
    let left = 0;
    for (const id of row) {
      x.set(id, left + width(id) / 2);
      left += width(id) + opts.gapX;
    }
  }
  const pull = (row: string[], near: Map<string, string[]>) => {
    const want = row.map((id) => {
      const ns = near.get(id);
      return ns?.length ? ns.reduce((s, n) => s + x.get(n)!, 0) / ns.length : x.get(id)!;
    });
    separate(row, want, width, opts.gapX).forEach((v, i) => x.set(row[i]!, v));
  };
  for (const row of rows.slice(1)) pull(row, ups);
  for (const row of rows.slice(0, -1).reverse()) pull(row, downs);
  for (const row of rows.slice(1)) pull(row, ups);

  const out: Positions = new Map();
  let top = 0;
  for (const row of rows) {
    const height = Math.max(...row.map((id) => byId.get(id)!.height));
    for (const id of row) out.set(id, { x: x.get(id)!, y: top + height / 2 });
    top += height + opts.gapY;
  }
  return out;
}

/**
 * Centres as near `want` as the order and the gaps allow: pushed right of their left neighbours,
 * then left of their right ones, then the whole row shifted so its mean error is nil.
 */
function separate(row: readonly string[], want: readonly number[], width: (id: string) => number, gap: number): number[] {
  const xs = [...want];
  const sep = (i: number) => (width(row[i - 1]!) + width(row[i]!)) / 2 + gap;
  for (let i = 1; i < xs.length; i++) xs[i] = Math.max(xs[i]!, xs[i - 1]! + sep(i));
  for (let i = xs.length - 2; i >= 0; i--) xs[i] = Math.min(xs[i]!, xs[i + 1]! - sep(i + 1));
  // the right-to-left pass kept the order; any overlap it made is undone by one more left-to-right
  for (let i = 1; i < xs.length; i++) xs[i] = Math.max(xs[i]!, xs[i - 1]! + sep(i));
  const shift = want.reduce((s, w, i) => s + w - xs[i]!, 0) / Math.max(1, xs.length);
  return xs.map((v) => v + shift);
}
