// Small SVG pictures of a node kind and a line type for the legend, drawn from the same tables
// as the chart. Decorative: the legend writes each name beside its picture.
import type { NodeKind, RelationshipType } from '../generated/graphql.js';
import { pointsAttr, shapeOutline } from './shapes.js';
import { ARROW_PATHS } from './svg-export.js';
import { KIND_STYLE, LINE_PATTERNS, NO_LINE_STYLE, REL_STYLE, relClass } from './vocab.js';

export function kindSwatch(kind: NodeKind): string {
  const k = KIND_STYLE[kind];
  const [w, h] = [34, 20];
  const dash = k.borderStyle === 'dashed' ? ' stroke-dasharray="4 3"' : '';
  const inner = k.borderStyle === 'double' ? `<polygon points="${pointsAttr(shapeOutline(k.shape, w - 7, h - 7), 20, 12)}" fill="none" stroke="${k.border}" stroke-width="1"/>` : '';
  return `<svg class="swatch" width="40" height="24" viewBox="0 0 40 24" aria-hidden="true" focusable="false"><polygon points="${pointsAttr(shapeOutline(k.shape, w, h), 20, 12)}" fill="${k.fill}" stroke="${k.border}" stroke-width="1.5"${dash}/>${inner}</svg>`;
}

export function lineSwatch(type: RelationshipType): string {
  const r = REL_STYLE[type];
  const id = `swatch-${relClass(type)}`;
  const dash = LINE_PATTERNS[r.line].length ? ` stroke-dasharray="${LINE_PATTERNS[r.line].join(' ')}"` : '';
  const marker =
    r.arrow === 'none'
      ? ''
      : `<defs><marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse" fill="${r.colour}">${ARROW_PATHS[r.arrow]}</marker></defs>`;
  const ends = r.arrow === 'none' ? '' : ` marker-end="url(#${id})"${r.down === 'peer' ? ` marker-start="url(#${id})"` : ''}`;
  return `<svg class="swatch" width="48" height="16" viewBox="0 0 48 16" aria-hidden="true" focusable="false">${marker}<line x1="3" y1="8" x2="45" y2="8" stroke="${r.colour}" stroke-width="${Math.min(r.width, 3)}" stroke-linecap="round"${dash}${ends}/></svg>`;
}

/** A body with no stated line: a plain box with the dotted border every such body gets. */
export function noLineSwatch(): string {
  return `<svg class="swatch" width="40" height="24" viewBox="0 0 40 24" aria-hidden="true" focusable="false"><rect x="3" y="3" width="34" height="18" fill="#ffffff" stroke="${NO_LINE_STYLE.border}" stroke-width="2" stroke-dasharray="${NO_LINE_STYLE.dash.join(' ')}"/></svg>`;
}
