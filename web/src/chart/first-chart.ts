// The server-drawn first chart (issue 15): what the server inlines in a chart page's HTML, worked
// out by the very functions the page's own drawing uses (layout-input.ts, routed-layout.ts,
// svg-export.ts), so the picture the server sends and the chart Cytoscape then draws agree box for
// box. Pure: the server imports it (server/http/first-chart-page.ts), the page reads the payload
// back (first-chart-page.ts in views/chart). The server does not know the stage's width, so it lays
// the chart out for three row widths (a desktop's, the narrowest of wide rows, a phone's); the page
// folds its first chart's rows to the widest of them its own rows could be (of the same kind: wide
// or narrow rows), which fits, and an inline script of index.html shows that drawing, picked by the
// same rule from the chart box's width, before the first paint.
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { CHART_GAPS, NARROW_ROWS } from '../../../server/http/chart-layout-options.js';
import type { StructureChartQuery } from '../generated/graphql.js';
import type { ChartState } from '../state/url.js';
import { routeData } from './draw-defs.js';
import { FIT_PADDING, layoutInput, READABLE_ZOOM, rowWidthFor, type LayoutInput } from './layout-input.js';
import { hiddenBy, modelOf } from './model.js';
import { routedLayout, type RoutedLayout } from './routed-layout.js';
import { chartDrawing, type Drawing, type SvgEdge, type SvgNode } from './svg-export.js';

/** The most nodes the server draws (SERVER_LAYOUT_MAX_NODES of server/http/layout-route.ts). */
export const FIRST_CHART_MAX_NODES = 300;

/**
 * The row widths the server lays the first chart out for: a desktop's (a 1280 px window's rows are
 * 683 wide, 666 with a classic scroll bar), the narrowest of wide rows (NARROW_ROWS: windows from
 * about 710 to 1280 px), and a phone's (rowWidthFor's least: one box a row at any phone's width).
 */
export const FIRST_CHART_ROW_WIDTHS = [660, NARROW_ROWS, 240] as const;

export interface FirstChartLayout {
  rowWidth: number;
  /** the ELK graph as the page builds it for that row width */
  graph: ElkNode;
  /** ELK's answer to it, as POST /layout sends it (read as an ElkNode, as server-layout.ts reads that) */
  answer: ElkNode;
}

/** What the page is given: the chart's query answer and its layouts, for the URL search it was drawn for. */
export interface FirstChartPayload {
  search: string;
  data: StructureChartQuery;
  layouts: FirstChartLayout[];
}

/** The chart a URL state draws first, when the server may draw it: one ungrouped, uncollapsed chart of a few hundred nodes. */
export const serverDrawable = (state: ChartState): boolean =>
  state.mode === 'chart' && state.partnerships.length > 0 && state.groupBy === 'NONE' && state.collapsed.length === 0;

/** The layout input of the answer `data`, or null when the server does not draw it (grouped, empty or too big). */
export function firstChartInput(data: StructureChartQuery): LayoutInput | null {
  const model = modelOf(data.structureChart);
  const input = layoutInput(model, hiddenBy(model, new Set()));
  if (input.layoutNodes.length === 0 || input.layoutNodes.length > FIRST_CHART_MAX_NODES || input.layoutNodes.some((n) => n.parent)) return null;
  return input;
}

/**
 * The chart laid out for each row width by the page's own pipeline (routedLayout: ELK's placing,
 * the row router's lines), ELK run by `run` (the server's); with the ELK graph and answer of each,
 * which the page takes instead of asking /layout.
 */
export async function firstChartLayouts(input: LayoutInput, run: (graph: ElkNode) => Promise<ElkNode>): Promise<{ layout: FirstChartLayout; laidOut: RoutedLayout }[]> {
  const out: { layout: FirstChartLayout; laidOut: RoutedLayout }[] = [];
  for (const rowWidth of FIRST_CHART_ROW_WIDTHS) {
    let asked: { graph: ElkNode; answer: ElkNode } | null = null;
    const laidOut = await routedLayout(input.layoutNodes, input.layoutEdges, { maxRowWidth: rowWidth, ...CHART_GAPS }, async (graph) => {
      asked = { graph, answer: await run(graph) };
      return asked.answer;
    });
    out.push({ layout: { rowWidth, ...asked! }, laidOut });
  }
  return out;
}

/**
 * The row width a page whose own is `own` folds its first chart to: the server's of the same kind
 * when it fits (no wider than `own`), else `own` (the page then lays the chart out itself).
 */
export function adoptedRowWidth(own: number, offered: readonly number[]): number {
  const fits = offered.filter((w) => w <= own && w < NARROW_ROWS === own < NARROW_ROWS);
  return fits.length ? Math.max(...fits) : own;
}

/**
 * The widths of the chart's box (the stage less the overview's strip) whose page adopts the row
 * width `rowWidth` (adoptedRowWidth of rowWidthFor of that width): from `min` to below `max`,
 * a wider box taking the widest it can. What index.html's script picks the drawing by.
 */
export function stageWidths(rowWidth: number): { min: number; max: number } {
  const boxFor = (rows: number) => rows * READABLE_ZOOM + 2 * FIT_PADDING;
  return { min: rowWidth <= rowWidthFor(1) ? 0 : boxFor(rowWidth), max: rowWidth < NARROW_ROWS ? boxFor(NARROW_ROWS) : Number.MAX_SAFE_INTEGER };
}

/** The chart drawn from its layout: boxes with their wrapped labels, routed lines and markers. */
export function firstChartDrawing(input: LayoutInput, laidOut: RoutedLayout): Drawing {
  const { positions, routes, widths } = laidOut;
  const nodes: SvgNode[] = input.nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    compound: false,
    parent: null,
    ...positions.get(n.id)!,
    width: widths.get(n.id) ?? n.width,
    height: n.height,
    lines: n.lines,
    unlinked: n.unlinked,
  }));
  const edges: SvgEdge[] = input.edges.map((e) => {
    const { route } = routeData(e, routes, positions);
    return { id: e.id, type: e.type, source: e.source, target: e.target, label: e.label, route: typeof route === 'string' ? (JSON.parse(route) as SvgEdge['route']) : null };
  });
  return chartDrawing(nodes, edges);
}

/** Boxes whose tops are this near the topmost one's are in the top row (TOP_ROW of fit-view.ts). */
const TOP_ROW = 40;

/**
 * The drawing on the page as Cytoscape's first fit of a tall chart shows it (fit-view.ts): at the
 * readable zoom, its size; and, for a chart wider than the view, the centre of the top row's first
 * box from the drawing's left edge, which that fit centres (CSS px).
 */
export function shownSize(d: Drawing, input: LayoutInput, laidOut: RoutedLayout): { width: number; height: number; topCentre: number } {
  const boxes = input.nodes.map((n) => {
    const p = laidOut.positions.get(n.id)!;
    const w = laidOut.widths.get(n.id) ?? n.width;
    return { x0: p.x - w / 2, cx: p.x, y0: p.y - n.height / 2 };
  });
  const top = Math.min(...boxes.map((b) => b.y0));
  const first = boxes.filter((b) => b.y0 <= top + TOP_ROW).sort((a, b) => a.x0 - b.x0)[0]!;
  return {
    width: Math.ceil(d.bounds.width * READABLE_ZOOM),
    height: Math.ceil(d.bounds.height * READABLE_ZOOM),
    topCentre: (first.cx - d.bounds.x) * READABLE_ZOOM,
  };
}
