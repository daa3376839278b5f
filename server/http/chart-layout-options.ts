// The ELK options of a routed borough chart, in one place for the two sides that lay one out: the
// web app, which builds the graph (web/src/chart/routed-layout.ts), and the server, which warms its
// ELK up with such a chart at start (layout-warmup.ts) so that the first real one finds the same
// code paths compiled. Pure data, no Node or DOM: the server's build compiles it from here, and
// Vite bundles it into the app from here too.

/** Gaps between boxes in a row, and between rows, of every chart (grouped or not). */
export const CHART_GAPS = { gapX: 28, gapY: 40 } as const;

/** Room on a box's top or bottom border for each line's end. */
export const LINE_GAP = 20;

/** Below this row width (a phone's), parallel lines run closer, so a bundle of them fits the screen. */
export const NARROW_ROWS = 480;

const ROUTED_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  // the rows the web app decided, by the boxes' y (rowsOf in routed-layout.ts)
  'elk.layered.layering.strategy': 'INTERACTIVE',
  'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
  'elk.separateConnectedComponents': 'false',
  // ELK places the boxes; the app's row router draws the lines (chart-routes.ts), so ELK's cheapest
  // routing will do: orthogonal routing spread the rows apart for tracks the chart no longer draws
  'elk.edgeRouting': 'POLYLINE',
  // the most compact placement for rows crossed by long lines (Brandes-Köpf spreads them twice as wide)
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  // the ends of a box's lines spread over its border, LINE_GAP apart (roomyWidth in chart-routes.ts)
  'elk.portAlignment.default': 'DISTRIBUTED',
  // crossing minimisation is two thirds of the layout's time: 4 sweeps (ELK's default is 7) and no
  // greedy switch give every seeded plan's chart the very same layout (desktop and phone), Havering's
  // with its many long lines in 0.65-0.8 of the time (bench/elk/time-options.ts); 3 sweeps added a
  // crossing to the phone's Havering chart
  'elk.layered.thoroughness': '4',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
};

/** Spacing between parallel lines and between a line and a box: wider where the screen has room. */
function lineSpacing(maxRowWidth: number): Record<string, string> {
  const [edge, node] = maxRowWidth < NARROW_ROWS ? ['8', '14'] : ['12', '16'];
  return {
    'elk.spacing.edgeEdge': edge,
    'elk.layered.spacing.edgeEdgeBetweenLayers': edge,
    'elk.spacing.edgeNode': node,
    'elk.layered.spacing.edgeNodeBetweenLayers': node,
    'elk.spacing.portPort': String(LINE_GAP),
  };
}

/** Every ELK option of a routed chart whose rows are at most `maxRowWidth` wide. */
export const routedLayoutOptions = (maxRowWidth: number, gaps: { gapX: number; gapY: number } = CHART_GAPS): Record<string, string> => ({
  ...ROUTED_OPTIONS,
  ...lineSpacing(maxRowWidth),
  'elk.spacing.nodeNode': String(gaps.gapX),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(gaps.gapY),
});
