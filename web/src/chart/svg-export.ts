// The chart as a standalone SVG document, drawn from the laid-out positions and the lines' routes
// with the same shapes, colours and line patterns as the screen (a vector copy for reports and
// print), on a sheet with its title, date, key and sources (svg-sheet.ts).
import type { NodeKind, RelationshipType } from '../generated/graphql.js';
import { escapeXml } from '../ui/markup.js';
import { TITLE_FONT_SIZE, TITLE_PADDING, titleRect } from './group-titles.js';
import { GROUP_PADDING } from './grouped-layout.js';
import { exitPoint, pointsAttr, shapeOutline, type Point } from './shapes.js';
import { chartSheet, type SheetMeta } from './svg-sheet.js';
import { KIND_STYLE, LINE_PATTERNS, NO_LINE_STYLE, REL_STYLE, relClass, type Arrow } from './vocab.js';

export interface SvgNode {
  id: string;
  kind: NodeKind | null;
  compound: boolean;
  parent: string | null;
  /** centre */
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** a body with no stated line: drawn with that key's dotted border */
  unlinked?: boolean;
  /** a group's title as the screen draws it (its lines are `lines`), at its frame's left (group-titles.ts) */
  titleWidth?: number;
}

export interface SvgEdge {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  label: string | null;
  /** the line's route (row-router.ts) from source to target, ends on the borders; without one a straight line is drawn */
  route?: readonly { x: number; y: number }[] | null;
}


export const SVG_FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

export const ARROW_PATHS: Record<Exclude<Arrow, 'none'>, string> = {
  triangle: '<path d="M0,0 L10,5 L0,10 z"/>',
  'triangle-backcurve': '<path d="M0,0 L10,5 L0,10 Q4,5 0,0 z"/>',
  vee: '<path d="M0,0 L10,5 L0,10 L3,5 z"/>',
  circle: '<circle cx="5" cy="5" r="4"/>',
  diamond: '<path d="M0,5 L5,1 L10,5 L5,9 z"/>',
  square: '<rect x="1" y="1" width="8" height="8"/>',
  tee: '<rect x="7" y="0" width="3" height="10"/>',
};

function markers(types: Iterable<RelationshipType>): string {
  const defs: string[] = [];
  for (const t of types) {
    const r = REL_STYLE[t];
    if (r.arrow === 'none') continue;
    // markerUnits userSpaceOnUse keeps arrows one size whatever the line width
    defs.push(
      `<marker id="arrow-${relClass(t)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto-start-reverse" fill="${r.colour}">${ARROW_PATHS[r.arrow]}</marker>`,
    );
  }
  return defs.join('');
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The boxes of compound nodes: around what they hold, with room for the title. */
function groupBoxes(nodes: readonly SvgNode[]): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const n of nodes) {
    if (n.compound || !n.parent) continue;
    const b = boxes.get(n.parent) ?? { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    b.x0 = Math.min(b.x0, n.x - n.width / 2 - GROUP_PADDING.side);
    b.x1 = Math.max(b.x1, n.x + n.width / 2 + GROUP_PADDING.side);
    b.y0 = Math.min(b.y0, n.y - n.height / 2 - GROUP_PADDING.top);
    b.y1 = Math.max(b.y1, n.y + n.height / 2 + GROUP_PADDING.bottom);
    boxes.set(n.parent, b);
  }
  return boxes;
}

function textLines(lines: readonly string[], x: number, y: number, size: number, weight = 'normal', anchor: 'middle' | 'start' = 'middle'): string {
  const lh = size * 1.25;
  const first = y - ((lines.length - 1) * lh) / 2;
  const spans = lines.map((l, i) => `<tspan x="${x.toFixed(1)}" y="${(first + i * lh).toFixed(1)}">${escapeXml(l)}</tspan>`).join('');
  return `<text font-size="${size}" font-weight="${weight}" text-anchor="${anchor}" dominant-baseline="central" fill="#111111">${spans}</text>`;
}

/** A group: its frame below its title's room, as on screen, and its title on white at the frame's top left. */
function groupSvg(n: SvgNode, b: Box): string {
  const title = titleRect({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2, width: b.x1 - b.x0, height: b.y1 - b.y0 }, { width: n.titleWidth ?? 0, lines: n.lines });
  const top = b.y0 + GROUP_PADDING.top - GROUP_PADDING.bottom;
  const [tx, ty] = [title.x0 + TITLE_PADDING, (title.y0 + title.y1) / 2];
  return [
    `<g class="group" data-id="${escapeXml(n.id)}">`,
    `<rect x="${b.x0.toFixed(1)}" y="${top.toFixed(1)}" width="${(b.x1 - b.x0).toFixed(1)}" height="${(b.y1 - top).toFixed(1)}" rx="8" fill="#f6f7f9" stroke="#5a6270" stroke-width="1.5" stroke-dasharray="9 5"/>`,
    n.titleWidth
      ? `<rect class="group-title" x="${title.x0.toFixed(1)}" y="${title.y0.toFixed(1)}" width="${(title.x1 - title.x0).toFixed(1)}" height="${(title.y1 - title.y0).toFixed(1)}" fill="#ffffff"/>`
      : '',
    textLines(n.lines, n.titleWidth ? tx : (b.x0 + b.x1) / 2, n.titleWidth ? ty : b.y0 + 8, TITLE_FONT_SIZE, 'bold', n.titleWidth ? 'start' : 'middle'),
    `</g>`,
  ].join('');
}

/** The chart on its sheet: heading, drawing, key (what the chart draws) and sources. */
export function chartSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], meta: SheetMeta): string {
  const kinds = new Set(nodes.flatMap((n) => (n.kind && !n.compound ? [n.kind] : [])));
  return chartSheet(chartDrawing(nodes, edges), meta, { kinds, types: new Set(edges.map((e) => e.type)), unlinked: nodes.some((n) => n.unlinked) });
}

export interface Drawing {
  defs: string;
  body: string;
  bounds: { x: number; y: number; width: number; height: number };
}

const MARGIN = 24;

/** The drawing alone as an SVG document, with a margin round it. */
export function drawingDocument(d: Drawing, title: string): string {
  const [x, y, w, h] = [d.bounds.x - MARGIN, d.bounds.y - MARGIN, d.bounds.width + 2 * MARGIN, d.bounds.height + 2 * MARGIN].map((v) => v.toFixed(1));
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}" width="${Math.ceil(Number(w))}" height="${Math.ceil(Number(h))}" font-family="${SVG_FONT}" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<defs>${d.defs}</defs>`,
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#ffffff"/>`,
    d.body,
    `</svg>`,
  ].join('\n');
}

/** The chart's elements in chart coordinates, the markers they use, and the box around them. */
export function chartDrawing(nodes: readonly SvgNode[], edges: readonly SvgEdge[]): Drawing {
  const leaves = new Map(nodes.filter((n) => !n.compound).map((n) => [n.id, n]));
  const boxes = groupBoxes(nodes);
  const all: Box[] = [
    // each box with half its border as the screen draws it (Cytoscape's bounds, which its fit frames)
    ...[...leaves.values()].map((n) => {
      const half = (n.unlinked ? NO_LINE_STYLE.borderWidth : n.kind ? KIND_STYLE[n.kind].borderWidth : 2) / 2;
      return { x0: n.x - n.width / 2 - half, y0: n.y - n.height / 2 - half, x1: n.x + n.width / 2 + half, y1: n.y + n.height / 2 + half };
    }),
    ...boxes.values(),
    // routed lines may run round the boxes, outside them
    ...edges.flatMap((e) => (e.route ?? []).map((p) => ({ x0: p.x, y0: p.y, x1: p.x, y1: p.y }))),
  ];
  // reduced, not Math.min(...spread): a big chart's routes have hundreds of thousands of points, more arguments than a call takes
  const bounds = all.length
    ? all.reduce((a, b) => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) }))
    : { x0: 0, y0: 0, x1: 0, y1: 0 };

  const outlines = new Map([...leaves.values()].map((n) => [n.id, shapeOutline(n.kind ? KIND_STYLE[n.kind].shape : 'rectangle', n.width, n.height)]));

  const groups = nodes.filter((n) => n.compound && boxes.has(n.id)).map((n) => groupSvg(n, boxes.get(n.id)!));

  const edgeSvg = edges.flatMap((e) => {
    const s = leaves.get(e.source);
    const t = leaves.get(e.target);
    if (!s || !t || s === t) return [];
    const r = REL_STYLE[e.type];
    const a: Point = exitPoint(outlines.get(s.id)!, t.x - s.x, t.y - s.y);
    const b: Point = exitPoint(outlines.get(t.id)!, s.x - t.x, s.y - t.y);
    const points = e.route && e.route.length >= 2 ? e.route.map((p) => [p.x, p.y] as const) : [[s.x + a[0], s.y + a[1]] as const, [t.x + b[0], t.y + b[1]] as const];
    const dash = LINE_PATTERNS[r.line].length ? ` stroke-dasharray="${LINE_PATTERNS[r.line].join(' ')}"` : '';
    const marker = r.arrow === 'none' ? '' : ` marker-end="url(#arrow-${relClass(e.type)})"`;
    const start = r.down === 'peer' && r.arrow !== 'none' ? ` marker-start="url(#arrow-${relClass(e.type)})"` : '';
    const d = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
    const line = `<polyline data-line="${escapeXml(e.id)}" points="${d}" fill="none" stroke="${r.colour}" stroke-width="${r.width}" stroke-linejoin="round"${dash}${marker}${start}><title>${escapeXml(`${s.lines.join(' ')} ${r.verb} ${t.lines.join(' ')}`)}</title></polyline>`;
    if (!e.label) return [line];
    // the label on the middle of the route's longest segment
    const seg = points.slice(1).map((p, i) => [points[i]!, p] as const).sort((m, n) => Math.hypot(n[1][0] - n[0][0], n[1][1] - n[0][1]) - Math.hypot(m[1][0] - m[0][0], m[1][1] - m[0][1]))[0]!;
    const mx = (seg[0][0] + seg[1][0]) / 2;
    const my = (seg[0][1] + seg[1][1]) / 2;
    const w = e.label.length * 5.6 + 6;
    return [
      line,
      `<rect x="${(mx - w / 2).toFixed(1)}" y="${(my - 8).toFixed(1)}" width="${w.toFixed(1)}" height="16" fill="#ffffff" fill-opacity="0.9"/>${textLines([e.label], mx, my, 10)}`,
    ];
  });

  const nodeSvg = [...leaves.values()].map((n) => {
    const k = n.kind ? KIND_STYLE[n.kind] : null;
    const fill = k?.fill ?? '#ffffff';
    const stroke = n.unlinked ? NO_LINE_STYLE.border : (k?.border ?? '#333333');
    const outline = outlines.get(n.id)!;
    const dash = n.unlinked ? ` stroke-dasharray="${NO_LINE_STYLE.dash.join(' ')}"` : k?.borderStyle === 'dashed' ? ' stroke-dasharray="6 4"' : '';
    // a double border: the outline drawn twice, the inner one inset
    const inner =
      k?.borderStyle === 'double'
        ? `<polygon points="${pointsAttr(shapeOutline(k.shape, n.width - 8, n.height - 8), n.x, n.y)}" fill="none" stroke="${stroke}" stroke-width="1.5"/>`
        : '';
    const width = n.unlinked ? NO_LINE_STYLE.borderWidth : k?.borderStyle === 'double' ? 2 : (k?.borderWidth ?? 2);
    return `<g class="node" data-id="${escapeXml(n.id)}"><title>${escapeXml(n.lines.join(' '))}</title><polygon points="${pointsAttr(outline, n.x, n.y)}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"${dash}/>${inner}${textLines(n.lines, n.x, n.y, 12)}</g>`;
  });

  const types = new Set(edges.map((e) => e.type));
  return {
    defs: markers(types),
    body: [...groups, ...edgeSvg, ...nodeSvg].join('\n'),
    bounds: { x: bounds.x0, y: bounds.y0, width: bounds.x1 - bounds.x0, height: bounds.y1 - bounds.y0 },
  };
}
