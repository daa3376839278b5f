import { describe, expect, it } from 'vitest';
import { wrapLayers, type Box } from '../../web/src/chart/wrap.js';

const opts = { maxRowWidth: 500, gapX: 20, gapY: 30 };
const box = (id: string, width = 100, height = 50): Box => ({ id, width, height });

/** A top node over a layer of n nodes (tops at y = 0 and 100), then one node under the first. */
function layout(n: number) {
  const positions = new Map<string, { x: number; y: number }>([['top', { x: (n * 120) / 2, y: 25 }]]);
  const boxes = new Map<string, Box>([['top', box('top')]]);
  for (let i = 0; i < n; i++) {
    positions.set(`k${i}`, { x: 50 + i * 120, y: 125 });
    boxes.set(`k${i}`, box(`k${i}`));
  }
  positions.set('low', { x: 50, y: 225 });
  boxes.set('low', box('low'));
  return { positions, boxes };
}

const overlaps = (pos: Map<string, { x: number; y: number }>, boxes: Map<string, Box>) => {
  const ids = [...pos.keys()];
  for (const a of ids)
    for (const b of ids) {
      if (a >= b) continue;
      const [p, q, ba, bb] = [pos.get(a)!, pos.get(b)!, boxes.get(a)!, boxes.get(b)!];
      if (Math.abs(p.x - q.x) < (ba.width + bb.width) / 2 && Math.abs(p.y - q.y) < (ba.height + bb.height) / 2) return [a, b];
    }
  return null;
};

describe('folding long layers', () => {
  it('leaves a chart that fits alone', () => {
    const { positions, boxes } = layout(3);
    expect(wrapLayers(positions, boxes, opts)).toEqual(positions);
  });

  it('folds a long layer into rows no wider than the limit, in order, without overlaps', () => {
    const { positions, boxes } = layout(12);
    const out = wrapLayers(positions, boxes, opts);
    expect(overlaps(out, boxes)).toBeNull();
    const rows = new Map<number, string[]>();
    for (let i = 0; i < 12; i++) {
      const p = out.get(`k${i}`)!;
      rows.set(p.y, [...(rows.get(p.y) ?? []), `k${i}`]);
    }
    expect(rows.size).toBe(3);
    for (const ids of rows.values()) {
      const xs = ids.map((id) => out.get(id)!.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      // every other row is offset by half a slot, which may take it half a slot past the limit
      expect(Math.max(...xs) - Math.min(...xs) + 100).toBeLessThanOrEqual(opts.maxRowWidth + 60);
    }
    // the layer below moved down by the two extra rows, and stays below the last row
    expect(out.get('low')!.y).toBe(225 + 2 * 80);
    expect(out.get('low')!.y).toBeGreaterThan(Math.max(...[...rows.keys()]));
    expect(out.get('top')!.y).toBe(25);
  });

  it('squeezes a narrow layer spread across a wide chart without overlapping its nodes', () => {
    const positions = new Map([
      ['a', { x: 0, y: 25 }],
      ['b', { x: 130, y: 25 }],
      ['c', { x: 3000, y: 25 }],
    ]);
    const boxes = new Map([...positions.keys()].map((id) => [id, box(id)]));
    const out = wrapLayers(positions, boxes, opts);
    expect(overlaps(out, boxes)).toBeNull();
    const xs = [...out.values()].map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs) + 100).toBeLessThanOrEqual(opts.maxRowWidth);
  });

  it('treats nodes of one layer as one whatever their alignment (top, centre or bottom)', () => {
    const positions = new Map<string, { x: number; y: number }>();
    const boxes = new Map<string, Box>();
    for (let i = 0; i < 10; i++) {
      const h = 50 + (i % 3) * 20;
      // bottoms aligned at y = 100, as ELK sometimes does
      positions.set(`n${i}`, { x: 60 + i * 130, y: 100 - h / 2 });
      boxes.set(`n${i}`, box(`n${i}`, 100, h));
    }
    const out = wrapLayers(positions, boxes, opts);
    expect(overlaps(out, boxes)).toBeNull();
    expect(new Set([...out.values()].map((p) => Math.round(p.y))).size).toBeGreaterThan(1);
  });
});
