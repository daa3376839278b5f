// Layout of a chart grouped into compound nodes (by tier or by partnership): each group is laid
// out on its own by the layered layout and folded like an ungrouped chart (wrap.ts), then the
// groups are placed: tiers one under another in tier order; partnerships by one more layered
// layout, of the groups themselves with the lines between them, so a partnership whose bodies
// others report to sits above them (a second parent in another partnership above its child),
// folded into rows as wide as makes the whole chart about the shape of a screen. A group whose
// title wraps gets the room for its extra lines above it, so the title does not reach into the
// group above.
import type { LayoutEdge, LayoutNode } from './elk-graph.js';
import { titleRise, type TitleSize } from './group-titles.js';
import { wrapLayers } from './wrap.js';

export type Positions = Map<string, { x: number; y: number }>;
/** A group's box: its centre and size, its members and title inside (GROUP_PADDING) */
export type GroupBoxes = Map<string, { x: number; y: number; width: number; height: number }>;
export type LayoutFn = (nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]) => Promise<Positions>;

export interface GroupedOptions {
  /** 'column': groups one under another (tiers); 'rows': side by side, wrapping (partnerships) */
  arrange: 'column' | 'rows';
  maxRowWidth: number;
  gapX: number;
  gapY: number;
  /** each group's title as drawn (group-titles.ts): a wrapped one is given room above its group */
  titles?: ReadonlyMap<string, TitleSize>;
}

/** Room a compound node takes around its members (its title sits in the top padding). */
export const GROUP_PADDING = { top: 36, side: 16, bottom: 16 };
const GROUP_GAP = 48;

const byId = new Intl.Collator('en', { numeric: true }).compare;

export async function groupedPositions(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  opts: GroupedOptions,
  layout: LayoutFn,
): Promise<{ positions: Positions; groups: GroupBoxes }> {
  const groupIds = new Set(nodes.map((n) => n.parent).filter((p): p is string => p !== null));
  const leaves = nodes.filter((n) => !groupIds.has(n.id));
  const blocks = new Map<string, LayoutNode[]>();
  for (const n of leaves) {
    const key = n.parent ?? '';
    (blocks.get(key) ?? blocks.set(key, []).get(key)!).push({ ...n, parent: null });
  }
  // groups in id order (tier 1, 2 ... 10), what belongs to no group last
  const order = [...blocks.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : byId(a, b)));

  const laid: { positions: Positions; x0: number; y0: number; w: number; h: number; rise: number }[] = [];
  const groupOf = new Map(leaves.map((n) => [n.id, n.parent ?? '']));
  const own = new Map(order.map((key) => [key, [] as LayoutEdge[]]));
  for (const e of edges) if (groupOf.has(e.upper) && groupOf.get(e.upper) === groupOf.get(e.lower)) own.get(groupOf.get(e.upper)!)!.push(e);
  // all asked at once: the server (or the worker) lays them out back to back, with no round trip between
  const layouts = await Promise.all(order.map((key) => layout(blocks.get(key)!, own.get(key)!)));
  for (const [i, key] of order.entries()) {
    const boxes = new Map(blocks.get(key)!.map((m) => [m.id, m]));
    const positions = wrapLayers(layouts[i]!, boxes, opts);
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [id, p] of positions) {
      const b = boxes.get(id)!;
      x0 = Math.min(x0, p.x - b.width / 2);
      x1 = Math.max(x1, p.x + b.width / 2);
      y0 = Math.min(y0, p.y - b.height / 2);
      y1 = Math.max(y1, p.y + b.height / 2);
    }
    const pad = key ? GROUP_PADDING : { top: 0, side: 0, bottom: 0 };
    laid.push({ positions, x0: x0 - pad.side, y0: y0 - pad.top, w: x1 - x0 + 2 * pad.side, h: y1 - y0 + pad.top + pad.bottom, rise: titleRise(opts.titles?.get(key)) });
  }

  const out: Positions = new Map();
  const groups: GroupBoxes = new Map();
  const place = (block: (typeof laid)[number], left: number, top: number, key: string) => {
    for (const [id, p] of block.positions) out.set(id, { x: p.x - block.x0 + left, y: p.y - block.y0 + top });
    if (key) groups.set(key, { x: left + block.w / 2, y: top + block.h / 2, width: block.w, height: block.h });
  };
  if (opts.arrange === 'column') {
    const widest = Math.max(...laid.map((b) => b.w));
    let top = 0;
    for (const [i, b] of laid.entries()) {
      place(b, (widest - b.w) / 2, top + b.rise, order[i]!);
      top += b.rise + b.h + GROUP_GAP;
    }
  } else {
    const centresOf = await groupCentres(order, laid, nodes, edges, opts, layout);
    order.forEach((key, i) => {
      const b = laid[i]!;
      const c = centresOf.get(groupKey(key))!;
      // the centre of the group with its title's rise above it
      place(b, c.x - b.w / 2, c.y - (b.h + b.rise) / 2 + b.rise, key);
    });
  }
  return { positions: out, groups };
}

/** Screen-shaped: a chart of many groups is about this many times as wide as it is tall. */
const ASPECT = 1.6;
const groupKey = (key: string) => key || '__ungrouped';

/**
 * Centres for the groups: laid out as one layered graph whose lines are the lines between groups
 * (each pair once), then folded into rows no wider than a screen-shaped chart of their total area
 * needs (and not narrower than a few groups side by side). With no line between groups, they keep
 * their order (by id) in one folded layer, and no layout is asked for.
 */
async function groupCentres(
  order: readonly string[],
  laid: readonly { w: number; h: number; rise: number }[],
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  opts: GroupedOptions,
  layout: LayoutFn,
): Promise<Positions> {
  const boxes = new Map(order.map((key, i) => [groupKey(key), { id: groupKey(key), width: laid[i]!.w, height: laid[i]!.h + laid[i]!.rise }]));
  const groupOf = new Map(nodes.map((n) => [n.id, groupKey(n.parent ?? '')]));
  const between = new Map<string, LayoutEdge>();
  for (const e of edges) {
    const [upper, lower] = [groupOf.get(e.upper), groupOf.get(e.lower)];
    if (upper && lower && upper !== lower) between.set(`${upper}\u0000${lower}`, { id: `${upper}\u0000${lower}`, upper, lower });
  }
  const area = laid.reduce((a, b) => a + (b.w + GROUP_GAP) * (b.h + b.rise + GROUP_GAP), 0);
  const maxRowWidth = Math.max(opts.maxRowWidth * 1.5, Math.sqrt(area * ASPECT));
  const centres: Positions = new Map();
  if (between.size === 0) {
    let left = 0;
    for (const b of boxes.values()) {
      centres.set(b.id, { x: left + b.width / 2, y: 0 });
      left += b.width + GROUP_GAP;
    }
  } else {
    const laidOut = await layout([...boxes.values()].map((b) => ({ ...b, parent: null })), [...between.values()]);
    for (const [id, c] of laidOut) centres.set(id, c);
  }
  return foldedRows(centres, boxes, maxRowWidth);
}

/**
 * The groups' layers (runs of groups whose vertical extents overlap), top to bottom, each cut into
 * centred rows no wider than `maxRowWidth` in their left-to-right order; centres of the groups.
 */
function foldedRows(centres: Positions, boxes: ReadonlyMap<string, { width: number; height: number }>, maxRowWidth: number): Positions {
  const box = (id: string) => boxes.get(id)!;
  const top = (id: string) => centres.get(id)!.y - box(id).height / 2;
  const layers: { bottom: number; ids: string[] }[] = [];
  for (const id of [...centres.keys()].sort((a, b) => top(a) - top(b))) {
    const last = layers.at(-1);
    if (last && top(id) < last.bottom) {
      last.ids.push(id);
      last.bottom = Math.max(last.bottom, top(id) + box(id).height);
    } else layers.push({ bottom: top(id) + box(id).height, ids: [id] });
  }
  const rows: string[][] = [];
  for (const layer of layers) {
    let row: string[] = [];
    let width = 0;
    for (const id of layer.ids.sort((a, b) => centres.get(a)!.x - centres.get(b)!.x)) {
      if (row.length > 0 && width + box(id).width > maxRowWidth) {
        rows.push(row);
        [row, width] = [[], 0];
      }
      row.push(id);
      width += box(id).width + GROUP_GAP;
    }
    rows.push(row);
  }
  const rowWidth = (row: string[]) => row.reduce((w, id) => w + box(id).width + GROUP_GAP, -GROUP_GAP);
  const widest = Math.max(...rows.map(rowWidth));
  const out: Positions = new Map();
  let y = 0;
  for (const row of rows) {
    let x = (widest - rowWidth(row)) / 2;
    const height = Math.max(...row.map((id) => box(id).height));
    for (const id of row) {
      out.set(id, { x: x + box(id).width / 2, y: y + box(id).height / 2 });
      x += box(id).width + GROUP_GAP;
    }
    y += height + GROUP_GAP;
  }
  return out;
}
