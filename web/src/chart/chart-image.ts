// The drawn chart as an image file: the SVG sheet (svg-sheet.ts) from what Cytoscape shows, and
// a PNG painted from that same SVG, so both carry the title, date, key and sources, and both keep
// the lines' routes: each line's as drawn, or, for a chart too big to route whole, the routes of all
// its lines worked out for the export (CyChart.routesForExport).
import type cytoscape from 'cytoscape';
import type { NodeKind, RelationshipType } from '../generated/graphql.js';
import type { Point } from './routed-layout.js';
import { chartDrawing, chartSvg, drawingDocument, type SvgEdge, type SvgNode } from './svg-export.js';
import type { SheetMeta } from './svg-sheet.js';

/** Routes that stand in for the lines' own (a big chart's lines, routed for its export), by line id. */
export type ExportRoutes = ReadonlyMap<string, Point[]> | null;

/** The SVG sheet of what `cy` draws now (collapsed parts left out), the lines along `routes` where given. */
export function svgOf(cy: cytoscape.Core, meta: SheetMeta, routes: ExportRoutes = null): string {
  const { nodes, edges } = elementsOf(cy, routes);
  return chartSvg(nodes, edges, meta);
}

/** Only the drawing, as an SVG document titled `title` (a report sets its own key around it). */
export function drawingSvgOf(cy: cytoscape.Core, title: string): string {
  const { nodes, edges } = elementsOf(cy);
  return drawingDocument(chartDrawing(nodes, edges), title);
}

function elementsOf(cy: cytoscape.Core, routes: ExportRoutes = null): { nodes: SvgNode[]; edges: SvgEdge[] } {
  const nodes: SvgNode[] = cy.nodes().map((n) => {
    const box = n.isParent() ? n.boundingBox({ includeLabels: false }) : null;
    return {
      id: n.id(),
      kind: (n.data('kind') as NodeKind | null) ?? null,
      // a big chart's partnership summaries (detail-window.ts) are its groups, as compound nodes are
      compound: Boolean(n.data('compound') || n.data('summary')),
      parent: (n.data('parent') as string | undefined) ?? (n.data('group') as string | undefined) ?? null,
      x: box ? (box.x1 + box.x2) / 2 : n.position('x'),
      y: box ? (box.y1 + box.y2) / 2 : n.position('y'),
      width: (n.data('width') as number) ?? 0,
      height: (n.data('height') as number) ?? 0,
      lines: String(n.data(n.data('summary') ? 'title' : 'text')).split('\n'),
      unlinked: Boolean(n.data('unlinked')),
      ...(n.data('titleWidth') ? { titleWidth: n.data('titleWidth') as number } : {}),
    };
  });
  // a summary's line between partnerships stands for lines the export draws one by one
  const edges: SvgEdge[] = (cy.edges().not('.between-groups') as cytoscape.EdgeCollection).map((e) => ({
    id: e.id(),
    type: e.data('type') as RelationshipType,
    source: e.source().id(),
    target: e.target().id(),
    label: (e.data('label') as string | undefined) ?? null,
    route: routes?.get(e.id()) ?? (e.data('route') ? (JSON.parse(e.data('route') as string) as Point[]) : null),
  }));
  return { nodes, edges };
}

/** Largest side of the PNG, in pixels: browsers refuse canvases much larger. */
const MAX_SIDE = 12000;

/** The SVG painted at twice its size (less when that would pass MAX_SIDE) on a white canvas. */
export async function pngOf(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = Math.min(2, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight, 1));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('this browser cannot paint an image (no 2D canvas)');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
