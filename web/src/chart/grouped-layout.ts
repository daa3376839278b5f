// Layout of a chart grouped into compound nodes (by tier or by partnership): each group is laid
// out on its own by the layered layout and folded like an ungrouped chart (wrap.ts), then the
// groups are placed: tiers one under another in tier order, partnerships side by side in rows.
// Lines between groups are drawn by Cytoscape from the positions; they do not shape the groups.
import type { LayoutEdge, LayoutNode } from './elk-graph.js';
import { wrapLayers } from './wrap.js';

export type Positions = Map<string, { x: number; y: number }>;
export type LayoutFn = (nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]) => Promise<Positions>;

export interface GroupedOptions {
  /** 'column': groups one under another (tiers); 'rows': side by side, wrapping (partnerships) */
  arrange: 'column' | 'rows';
  maxRowWidth: number;
  gapX: number;
  gapY: number;
}

/** Room a compound node takes around its members (its title sits in the top padding). */
export const GROUP_PADDING = { top: 36, side: 16, bottom: 16 };
const GROUP_GAP = 48;

const byId = new Intl.Collator('en', { numeric: true }).compare;

export async function groupedPositions(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], opts: GroupedOptions, layout: LayoutFn): Promise<Positions> {
  const groups = new Set(nodes.map((n) => n.parent).filter((p): p is string => p !== null));
  const leaves = nodes.filter((n) => !groups.has(n.id));
  const blocks = new Map<string, LayoutNode[]>();
  for (const n of leaves) {
    const key = n.parent ?? '';
    blocks.set(key, [...(blocks.get(key) ?? []), { ...n, parent: null }]);
  }
  // groups in id order (tier 1, 2 ... 10), what belongs to no group last
  const order = [...blocks.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : byId(a, b)));

  const laid: { positions: Positions; x0: number; y0: number; w: number; h: number }[] = [];
  for (const key of order) {
    const members = blocks.get(key)!;
    const inside = new Set(members.map((m) => m.id));
    const own = edges.filter((e) => inside.has(e.upper) && inside.has(e.lower));
    const boxes = new Map(members.map((m) => [m.id, m]));
    const positions = wrapLayers(await layout(members, own), boxes, opts);
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [id, p] of positions) {
      const b = boxes.get(id)!;
      x0 = Math.min(x0, p.x - b.width / 2);
      x1 = Math.max(x1, p.x + b.width / 2);
      y0 = Math.min(y0, p.y - b.height / 2);
      y1 = Math.max(y1, p.y + b.height / 2);
    }
    const pad = key ? GROUP_PADDING : { top: 0, side: 0, bottom: 0 };
    laid.push({ positions, x0: x0 - pad.side, y0: y0 - pad.top, w: x1 - x0 + 2 * pad.side, h: y1 - y0 + pad.top + pad.bottom });
  }

  const out: Positions = new Map();
  const place = (block: (typeof laid)[number], left: number, top: number) => {
    for (const [id, p] of block.positions) out.set(id, { x: p.x - block.x0 + left, y: p.y - block.y0 + top });
  };
  if (opts.arrange === 'column') {
    const widest = Math.max(...laid.map((b) => b.w));
    let top = 0;
    for (const b of laid) {
      place(b, (widest - b.w) / 2, top);
      top += b.h + GROUP_GAP;
    }
  } else {
    let [left, top, rowHeight] = [0, 0, 0];
    for (const b of laid) {
      if (left > 0 && left + b.w > opts.maxRowWidth * 1.5) {
        [left, top, rowHeight] = [0, top + rowHeight + GROUP_GAP, 0];
      }
      place(b, left, top);
      left += b.w + GROUP_GAP;
      rowHeight = Math.max(rowHeight, b.h);
    }
  }
  return out;
}
