// The first chart's layout asked for as soon as its data arrives, by the page's entry, while the
// chart view and Cytoscape are still loading (issue 15): the server lays it out meanwhile, and the
// draw (CyChart.draw, through server-layout.ts) takes that answer when it asks for the same graph.
// The graph is the one the draw builds (layout-input.ts, routed-layout.ts) for a stage as wide as
// the page's will be (stageWidthIn). Only an ungrouped chart is asked for here: a grouped one is
// laid out group by group.
import { CHART_GAPS } from '../../../../server/http/chart-layout-options.js';
import { layoutInput, rowWidthFor } from '../../chart/layout-input.js';
import { hiddenBy, modelOf } from '../../chart/model.js';
import { routedGraph } from '../../chart/routed-layout.js';
import { askLayoutEarly } from '../../chart/server-layout.js';
import type { StructureChartQuery } from '../../generated/graphql.js';
import type { ChartState } from '../../state/url.js';
import { stageWidthIn } from './chart-page-parts.js';

/** Asks the server for the layout of the chart `data` holds, drawn as `state` says in `root` (the page's main). */
export function askChartLayoutEarly(data: StructureChartQuery, state: ChartState, root: HTMLElement): void {
  const model = modelOf(data.structureChart);
  const { layoutNodes, layoutEdges } = layoutInput(model, hiddenBy(model, new Set(state.collapsed)));
  if (layoutNodes.length === 0 || layoutNodes.some((n) => n.parent)) return;
  askLayoutEarly(routedGraph(layoutNodes, layoutEdges, { maxRowWidth: rowWidthFor(stageWidthIn(root)), ...CHART_GAPS }));
}
