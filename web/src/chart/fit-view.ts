// Where a fit puts the view: a box of the chart whole when it can be read so, else its top at the
// readable zoom, centred when its width fits the view, else on the leftmost box of its top row
// (a phone's first view of a borough shows its board whole; of partnerships side by side, the
// first one's top), never past its left edge, and never past a group title in view.
import type cytoscape from 'cytoscape';
import { FIT_PADDING } from './layout-input.js';

/** Boxes whose tops are this near the topmost one's are in the top row. */
const TOP_ROW = 40;

export function fitView(
  cy: cytoscape.Core,
  bb: cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH,
  readable: number,
): { zoom: number; pan: cytoscape.Position } {
  const whole = Math.min((cy.width() - 2 * FIT_PADDING) / Math.max(bb.w, 1), (cy.height() - 2 * FIT_PADDING) / Math.max(bb.h, 1));
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), whole, readable));
  const centreOn = (x: number) => cy.width() / 2 - x * zoom;
  if (whole >= readable) return { zoom, pan: { x: centreOn((bb.x1 + bb.x2) / 2), y: cy.height() / 2 - ((bb.y1 + bb.y2) / 2) * zoom } };
  const fits = bb.w * zoom <= cy.width() - 2 * FIT_PADDING;
  if (fits) return { zoom, pan: { x: centreOn((bb.x1 + bb.x2) / 2), y: FIT_PADDING - bb.y1 * zoom } };
  const start = Math.min(centreOn(topRowStart(cy, bb)), FIT_PADDING - bb.x1 * zoom);
  // a group's title sits at its frame's left (group-titles.ts): centred on a tier's first box, a
  // wider tier below had its title cut at the view's left ("er 2"), so the view starts no further
  // right than the leftmost frame whose top it shows
  const frame = leftmostFrame(cy, bb, bb.y1 + (cy.height() - FIT_PADDING) / zoom);
  return { zoom, pan: { x: frame === null ? start : Math.max(start, FIT_PADDING - frame * zoom), y: FIT_PADDING - bb.y1 * zoom } };
}

/** The left edge of the leftmost group frame within `bb` whose top is above `bottom`, or null when none is. */
function leftmostFrame(cy: cytoscape.Core, bb: cytoscape.BoundingBox12, bottom: number): number | null {
  let left: number | null = null;
  cy.nodes().forEach((n) => {
    if (!n.isParent()) return;
    const b = n.boundingBox({ includeLabels: false });
    if (b.x1 >= bb.x1 && b.x2 <= bb.x2 && b.y1 >= bb.y1 && b.y1 < bottom) left = Math.min(left ?? b.x1, b.x1);
  });
  return left;
}

/** The centre x of the leftmost box of the top row within `bb`. */
function topRowStart(cy: cytoscape.Core, bb: cytoscape.BoundingBox12): number {
  const boxes: cytoscape.BoundingBox12[] = [];
  cy.nodes().forEach((n) => {
    if (n.isParent() || n.hasClass('summary')) return;
    const b = n.boundingBox({ includeLabels: false });
    if (b.x1 >= bb.x1 && b.x2 <= bb.x2 && b.y1 >= bb.y1 && b.y2 <= bb.y2) boxes.push(b);
  });
  if (!boxes.length) return (bb.x1 + bb.x2) / 2;
  const top = Math.min(...boxes.map((b) => b.y1));
  const first = boxes.filter((b) => b.y1 <= top + TOP_ROW).sort((a, b) => a.x1 - b.x1)[0]!;
  return (first.x1 + first.x2) / 2;
}
