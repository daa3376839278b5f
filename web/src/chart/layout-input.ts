// What the layout is given of a chart: the nodes and lines drawn (collapsed ones and empty groups
// left out), each line's upper and lower end, and the widest a row may be on a stage of a given
// width. One definition for the drawing (cy-chart.ts) and for the layout the page's entry asks
// for before the drawing code has loaded (early-layout.ts), so both ask for the same graph.
import type { LayoutEdge, LayoutNode } from './elk-graph.js';
import { LABEL_FONT_SIZE } from './labels.js';
import { emptyGroups, verticalEnds, type ChartEdge, type ChartModel, type ChartNode } from './model.js';

/**
 * The zoom at which the 12 px labels render at 11 CSS px or more: rows are folded to fit the
 * screen at it, and the first fit never zooms out past it (the overview shows the rest).
 */
export const READABLE_ZOOM = 11 / LABEL_FONT_SIZE;
/** Room around the chart at a fit, CSS px. */
export const FIT_PADDING = 30;
/** a phone folds to one box a row: its labels stay readable, the overview shows the whole */
const MIN_ROW_WIDTH = 240;

/** The widest a row of boxes may be on a stage `width` CSS px wide (less the overview's strip). */
export const rowWidthFor = (width: number): number => Math.max(MIN_ROW_WIDTH, ((width || 1200) - 2 * FIT_PADDING) / READABLE_ZOOM);

export interface LayoutInput {
  /** the model's nodes drawn */
  nodes: ChartNode[];
  /** the model's lines drawn (both ends drawn) */
  edges: ChartEdge[];
  shown: Set<string>;
  layoutNodes: LayoutNode[];
  layoutEdges: LayoutEdge[];
}

/** The part of the model drawn when `hidden` nodes are collapsed away, as the layout takes it. */
export function layoutInput(model: ChartModel, hidden: ReadonlySet<string>): LayoutInput {
  const noGroup = emptyGroups(model, hidden);
  const nodes = [...model.nodes.values()].filter((n) => !hidden.has(n.id) && !noGroup.has(n.id));
  const shown = new Set(nodes.map((n) => n.id));
  const edges = [...model.edges.values()].filter((e) => shown.has(e.source) && shown.has(e.target));
  const layoutNodes: LayoutNode[] = nodes.map((n) => ({
    id: n.id,
    width: n.width,
    height: n.height,
    parent: n.parent && shown.has(n.parent) ? n.parent : null,
    tier: n.tier,
  }));
  const layoutEdges: LayoutEdge[] = edges.map((e) => {
    const ends = verticalEnds(e);
    return ends ? { id: e.id, upper: ends.upper, lower: ends.lower, bundle: `${ends.upper} ${e.type}` } : { id: e.id, upper: e.source, lower: e.target, peer: true };
  });
  return { nodes, edges, shown, layoutNodes, layoutEdges };
}
