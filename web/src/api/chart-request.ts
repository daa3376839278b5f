// The structure chart's request, from the chart's URL state: one definition, so the request the
// bootstrap sends before the chart modules load (main.ts) is the one the chart page asks for.
import { StructureChartDocument, type StructureChartQuery, type StructureChartQueryVariables } from '../generated/graphql.js';
import type { ChartState } from '../state/url.js';
import { prefetch } from './client.js';

export const structureChartVariables = (state: ChartState): StructureChartQueryVariables => ({
  rootIds: [...new Set([...state.partnerships, ...state.expanded])],
  depth: state.depth,
  relationships: state.rels,
  asOf: state.asOf,
  groupBy: state.groupBy,
});

/** Starts the chart's request for a URL that names partnerships, while the chart modules load; its answer, or null when there is no chart to ask for. */
export function prefetchChart(state: ChartState): Promise<StructureChartQuery> | null {
  return state.partnerships.length > 0 && state.mode === 'chart' ? prefetch(StructureChartDocument, structureChartVariables(state)) : null;
}
