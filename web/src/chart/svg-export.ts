// The chart as a standalone SVG document, drawn from the laid-out positions with the same
// shapes, colours and line patterns as the screen (a vector copy for reports and print).
import type { NodeKind, RelationshipType } from '../generated/graphql.js';
import { GROUP_PADDING } from './grouped-layout.js';
import { exitPoint, pointsAttr, shapeOutline, type Point } from './shapes.js';
import { KIND_STYLE, LINE_PATTERNS, REL_STYLE, relClass, type Arrow } from './vocab.js';

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
}

export interface SvgEdge {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  label: string | null;
}

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';
const MARGIN = 24;

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

function textLines(lines: readonly string[], x: number, y: number, size: number, weight = 'normal'): string {
  const lh = size * 1.25;
  const first = y - ((lines.length - 1) * lh) / 2;
  const spans = lines.map((l, i) => `<tspan x="${x.toFixed(1)}" y="${(first + i * lh).toFixed(1)}">${escapeXml(l)}</tspan>`).join('');
  return `<text font-size="${size}" font-weight="${weight}" text-anchor="middle" dominant-baseline="central" fill="#111111">${spans}</text>`;
}

export function chartSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], title: string): string {
  const leaves = new Map(nodes.filter((n) => !n.compound).map((n) => [n.id, n]));
  const boxes = groupBoxes(nodes);
  const all: Box[] = [
    ...[...leaves.values()].map((n) => ({ x0: n.x - n.width / 2, y0: n.y - n.height / 2, x1: n.x + n.width / 2, y1: n.y + n.height / 2 })),
    ...boxes.values(),
  ];
  const bounds = all.length
    ? { x0: Math.min(...all.map((b) => b.x0)), y0: Math.min(...all.map((b) => b.y0)), x1: Math.max(...all.map((b) => b.x1)), y1: Math.max(...all.map((b) => b.y1)) }
    : { x0: 0, y0: 0, x1: 0, y1: 0 };
  const vx = bounds.x0 - MARGIN;
  const vy = bounds.y0 - MARGIN;
  const vw = bounds.x1 - bounds.x0 + 2 * MARGIN;
  const vh = bounds.y1 - bounds.y0 + 2 * MARGIN;

  const outlines = new Map([...leaves.values()].map((n) => [n.id, shapeOutline(n.kind ? KIND_STYLE[n.kind].shape : 'rectangle', n.width, n.height)]));

  const groupSvg = nodes
    .filter((n) => n.compound && boxes.has(n.id))
    .map((n) => {
      const b = boxes.get(n.id)!;
      return `<g class="group"><rect x="${b.x0.toFixed(1)}" y="${b.y0.toFixed(1)}" width="${(b.x1 - b.x0).toFixed(1)}" height="${(b.y1 - b.y0).toFixed(1)}" rx="8" fill="#f6f7f9" stroke="#5a6270" stroke-width="1.5" stroke-dasharray="9 5"/>${textLines(n.lines, (b.x0 + b.x1) / 2, b.y0 + 18, 14, 'bold')}</g>`;
    });

  const edgeSvg = edges.flatMap((e) => {
    const s = leaves.get(e.source);
    const t = leaves.get(e.target);
    if (!s || !t || s === t) return [];
    const r = REL_STYLE[e.type];
    const a: Point = exitPoint(outlines.get(s.id)!, t.x - s.x, t.y - s.y);
    const b: Point = exitPoint(outlines.get(t.id)!, s.x - t.x, s.y - t.y);
    const [x1, y1, x2, y2] = [s.x + a[0], s.y + a[1], t.x + b[0], t.y + b[1]];
    const dash = LINE_PATTERNS[r.line].length ? ` stroke-dasharray="${LINE_PATTERNS[r.line].join(' ')}"` : '';
    const marker = r.arrow === 'none' ? '' : ` marker-end="url(#arrow-${relClass(e.type)})"`;
    const start = r.down === 'peer' && r.arrow !== 'none' ? ` marker-start="url(#arrow-${relClass(e.type)})"` : '';
    const line = `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${r.colour}" stroke-width="${r.width}" stroke-linecap="round"${dash}${marker}${start}><title>${escapeXml(`${s.lines.join(' ')} ${r.verb} ${t.lines.join(' ')}`)}</title></line>`;
    if (!e.label) return [line];
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    const w = e.label.length * 5.6 + 6;
    return [
      line,
      `<rect x="${(mx - w / 2).toFixed(1)}" y="${(my - 8).toFixed(1)}" width="${w.toFixed(1)}" height="16" fill="#ffffff" fill-opacity="0.9"/>${textLines([e.label], mx, my, 10)}`,
    ];
  });

  const nodeSvg = [...leaves.values()].map((n) => {
    const k = n.kind ? KIND_STYLE[n.kind] : null;
    const fill = k?.fill ?? '#ffffff';
    const stroke = k?.border ?? '#333333';
    const outline = outlines.get(n.id)!;
    const dash = k?.borderStyle === 'dashed' ? ' stroke-dasharray="6 4"' : '';
    // a double border: the outline drawn twice, the inner one inset
    const inner =
      k?.borderStyle === 'double'
        ? `<polygon points="${pointsAttr(shapeOutline(k.shape, n.width - 8, n.height - 8), n.x, n.y)}" fill="none" stroke="${stroke}" stroke-width="1.5"/>`
        : '';
    const width = k?.borderStyle === 'double' ? 2 : (k?.borderWidth ?? 2);
    return `<g class="node"><title>${escapeXml(n.lines.join(' '))}</title><polygon points="${pointsAttr(outline, n.x, n.y)}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"${dash}/>${inner}${textLines(n.lines, n.x, n.y, 12)}</g>`;
  });

  const types = new Set(edges.map((e) => e.type));
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vx.toFixed(1)} ${vy.toFixed(1)} ${vw.toFixed(1)} ${vh.toFixed(1)}" width="${Math.ceil(vw)}" height="${Math.ceil(vh)}" font-family="${FONT}" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<defs>${markers(types)}</defs>`,
    `<rect x="${vx.toFixed(1)}" y="${vy.toFixed(1)}" width="${vw.toFixed(1)}" height="${vh.toFixed(1)}" fill="#ffffff"/>`,
    ...groupSvg,
    ...edgeSvg,
    ...nodeSvg,
    `</svg>`,
  ].join('\n');
}
