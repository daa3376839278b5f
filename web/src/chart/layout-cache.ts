// Layouts kept by their content: a redraw after a collapse, an expansion or a change of lines in
// one partnership of a national overview lays out that partnership again, not the hundred others.
// The key is everything the layout reads (ids, sizes, tiers and lines), so a hit is the same answer.
import type { LayoutEdge, LayoutNode } from './elk-graph.js';
import type { LayoutFn, Positions } from './grouped-layout.js';

/** Enough for the partnerships of a national overview at two widths. */
const ENTRIES = 1_000;

const keyOf = (name: string, nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): string =>
  [name, ...nodes.map((n) => `${n.id}\u0001${n.width}\u0001${n.height}\u0001${n.tier ?? ''}`), '\u0002', ...edges.map((e) => `${e.upper}\u0001${e.lower}\u0001${e.peer ? 1 : 0}`)].join('\u0000');

/** `layout`, answered from the cache when it has laid out the same graph before (under the same name). */
export function cachedLayout(name: string, layout: LayoutFn): LayoutFn {
  return async (nodes, edges) => {
    const key = keyOf(name, nodes, edges);
    const hit = cache.get(key);
    if (hit) {
      // the newest use last, so the oldest is the first dropped
      cache.delete(key);
      cache.set(key, hit);
      return new Map(hit);
    }
    const positions = await layout(nodes, edges);
    cache.set(key, new Map(positions));
    if (cache.size > ENTRIES) cache.delete(cache.keys().next().value!);
    return positions;
  };
}

const cache = new Map<string, Positions>();

/** Forgets every layout kept (the bench times layouts from cold). */
export const forgetLayouts = (): void => cache.clear();
