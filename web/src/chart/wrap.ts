// Folds over-long layers of a layered layout into rows. A partnership board with a dozen
// panels under it makes one layer far wider than the screen, and fitting it would shrink the
// text out of reading. ELK keeps the layering and the order; when the chart is wider than
// `maxRowWidth`, each layer too long for it becomes several centred rows (every other row
// offset by half a slot, so lines from above pass between the nodes of the row before), the
// layers below move down, and the other layers are squeezed towards the centre by the same
// factor as the whole chart, so a parent stays roughly above its children.

export interface Box {
  id: string;
  width: number;
  height: number;
}

export interface WrapOptions {
  /** widest a row may be, in chart pixels */
  maxRowWidth: number;
  /** gap between nodes in a row, and between rows of one layer */
  gapX: number;
  gapY: number;
}

/**
 * New centres for `positions` (centres from the layout). A layer is a run of nodes whose
 * vertical extents overlap: a layered layout keeps layers apart, but aligns the nodes inside a
 * layer by top, centre or bottom as it sees fit.
 */
export function wrapLayers(
  positions: ReadonlyMap<string, { x: number; y: number }>,
  boxes: ReadonlyMap<string, Box>,
  opts: WrapOptions,
): Map<string, { x: number; y: number }> {
  const height = (id: string) => boxes.get(id)?.height ?? 0;
  const top = (id: string) => positions.get(id)!.y - height(id) / 2;
  const layers: { top: number; bottom: number; ids: string[] }[] = [];
  for (const id of [...positions.keys()].sort((a, b) => top(a) - top(b))) {
    const last = layers.at(-1);
    if (last && top(id) < last.bottom) {
      last.ids.push(id);
      last.bottom = Math.max(last.bottom, top(id) + height(id));
    } else layers.push({ top: top(id), bottom: top(id) + height(id), ids: [id] });
  }
  const out = new Map<string, { x: number; y: number }>();
  const xs = [...positions].map(([id, p]) => [p.x - (boxes.get(id)?.width ?? 0) / 2, p.x + (boxes.get(id)?.width ?? 0) / 2]);
  const left = Math.min(...xs.map((x) => x[0]!));
  const span = Math.max(...xs.map((x) => x[1]!)) - left;
  if (!positions.size || span <= opts.maxRowWidth) return new Map(positions);
  const centreX = left + span / 2;
  // narrow layers keep their places relative to the others, squeezed by the same factor
  const squeeze = opts.maxRowWidth / span;
  const width = (id: string) => boxes.get(id)?.width ?? 0;
  let shift = 0;
  for (const { top: layerTop, ids } of layers) {
    ids.sort((a, b) => positions.get(a)!.x - positions.get(b)!.x);
    const total = ids.reduce((s, id) => s + width(id), 0) + opts.gapX * Math.max(0, ids.length - 1);
    if (total <= opts.maxRowWidth) {
      // squeeze towards the centre, then push apart any that now overlap, keeping within the row width
      const xs2 = ids.map((id) => centreX + (positions.get(id)!.x - centreX) * squeeze);
      const sep = (i: number, j: number) => (width(ids[i]!) + width(ids[j]!)) / 2 + opts.gapX;
      const [lo, hi] = [centreX - opts.maxRowWidth / 2, centreX + opts.maxRowWidth / 2];
      xs2[0] = Math.max(xs2[0]!, lo + width(ids[0]!) / 2);
      for (let i = 1; i < ids.length; i++) xs2[i] = Math.max(xs2[i]!, xs2[i - 1]! + sep(i - 1, i));
      const last = ids.length - 1;
      xs2[last] = Math.min(xs2[last]!, hi - width(ids[last]!) / 2);
      for (let i = last - 1; i >= 0; i--) xs2[i] = Math.min(xs2[i]!, xs2[i + 1]! - sep(i, i + 1));
      ids.forEach((id, i) => out.set(id, { x: xs2[i]!, y: positions.get(id)!.y + shift }));
      continue;
    }
    // greedy rows in the layout's order
    const rows: string[][] = [[]];
    let used = 0;
    for (const id of ids) {
      const w = width(id) + (rows.at(-1)!.length ? opts.gapX : 0);
      if (rows.at(-1)!.length && used + w > opts.maxRowWidth) {
        rows.push([]);
        used = 0;
      }
      used += rows.at(-1)!.length ? w : width(id);
      rows.at(-1)!.push(id);
    }
    const rowHeight = Math.max(...ids.map(height)) + opts.gapY;
    const slot = Math.max(...ids.map(width)) + opts.gapX;
    rows.forEach((row, r) => {
      const rowWidth = row.reduce((s, id) => s + width(id), 0) + opts.gapX * (row.length - 1);
      let x = centreX - rowWidth / 2 + (r % 2 ? slot / 2 : 0);
      for (const id of row) {
        out.set(id, { x: x + width(id) / 2, y: layerTop + shift + r * rowHeight + height(id) / 2 });
        x += width(id) + opts.gapX;
      }
    });
    shift += (rows.length - 1) * rowHeight;
  }
  return out;
}
