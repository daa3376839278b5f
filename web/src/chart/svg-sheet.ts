// The chart as a sheet: its title, the partnerships and the as-at date above it, and the key and
// the sources below it, around the drawing (svg-export.ts). The SVG and PNG exports and print all
// use this one sheet, so each carries what a reader needs to read it away from the app.
import type { NodeKind, RelationshipType } from '../generated/graphql.js';
import { kindSwatch, lineSwatch, noLineSwatch } from './swatches.js';
import { escapeXml } from '../ui/markup.js';
import { SVG_FONT, type Drawing } from './svg-export.js';
import { KIND_STYLE, NO_LINE_STYLE, NODE_KINDS, REL_STYLE, REL_TYPES } from './vocab.js';

export interface SheetMeta {
  title: string;
  partnerships: readonly string[];
  /** the as-at date, or null for the whole record */
  asOf: string | null;
  /** "35 bodies, 12 with no stated line" */
  counts: string;
  sources: readonly { id: string; title: string }[];
}

export interface SheetKey {
  kinds: ReadonlySet<NodeKind>;
  types: ReadonlySet<RelationshipType>;
  unlinked: boolean;
}

const MARGIN = 24;
const KEY_COLUMN = 230;
const ROW = 26;

/** A swatch's own <svg> placed at (x, y) inside the sheet. */
const placed = (swatch: string, x: number, y: number): string => swatch.replace('<svg ', `<svg x="${x}" y="${y}" `);

const text = (x: number, y: number, size: number, s: string, weight = 'normal'): string =>
  `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="#111111">${escapeXml(s)}</text>`;

/**
 * A standalone SVG document: `drawing` (the chart's elements, in chart coordinates within
 * `bounds`) under the heading, the key and sources under it.
 */
export function chartSheet(drawing: Drawing, meta: SheetMeta, key: SheetKey): string {
  const { bounds } = drawing;
  const width = Math.max(bounds.width + 2 * MARGIN, 760);
  const head = [
    text(MARGIN, MARGIN + 22, 22, meta.title, 'bold'),
    text(MARGIN, MARGIN + 48, 14, `Partnerships: ${meta.partnerships.join('; ') || 'none chosen'}`),
    text(MARGIN, MARGIN + 68, 14, meta.asOf ? `As at ${meta.asOf}` : 'The whole record (no as-at date chosen)'),
    text(MARGIN, MARGIN + 88, 14, meta.counts),
  ];
  const headHeight = MARGIN + 104;
  const chartTop = headHeight;
  const dx = MARGIN + (width - 2 * MARGIN - bounds.width) / 2 - bounds.x;
  const dy = chartTop - bounds.y;

  const entries: { swatch: string; label: string }[] = [
    ...NODE_KINDS.filter((k) => key.kinds.has(k)).map((k) => ({ swatch: kindSwatch(k), label: KIND_STYLE[k].label })),
    ...(key.unlinked ? [{ swatch: noLineSwatch(), label: NO_LINE_STYLE.label }] : []),
    ...REL_TYPES.filter((t) => key.types.has(t)).map((t) => ({ swatch: lineSwatch(t), label: REL_STYLE[t].label })),
  ];
  const perRow = Math.max(1, Math.floor((width - 2 * MARGIN) / KEY_COLUMN));
  let y = chartTop + bounds.height + MARGIN;
  const foot = [text(MARGIN, y + 16, 15, 'Key', 'bold')];
  y += 26;
  entries.forEach((e, i) => {
    const x = MARGIN + (i % perRow) * KEY_COLUMN;
    const top = y + Math.floor(i / perRow) * ROW;
    foot.push(placed(e.swatch, x, top), text(x + 54, top + 16, 13, e.label));
  });
  y += Math.ceil(entries.length / perRow) * ROW + 12;
  foot.push(text(MARGIN, y + 16, 15, 'Sources', 'bold'));
  y += 26;
  for (const s of meta.sources) {
    foot.push(text(MARGIN, y + 14, 13, `${s.title} (${s.id})`));
    y += 20;
  }
  const height = y + MARGIN;

  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}" font-family="${SVG_FONT}" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${escapeXml(meta.title)}</title>`,
    `<defs>${drawing.defs}</defs>`,
    `<rect x="0" y="0" width="${Math.ceil(width)}" height="${Math.ceil(height)}" fill="#ffffff"/>`,
    ...head,
    `<g class="chart" transform="translate(${dx.toFixed(1)} ${dy.toFixed(1)})">${drawing.body}</g>`,
    `<g class="key">${foot.join('')}</g>`,
    `</svg>`,
  ].join('\n');
}
