// The ELK options POST /layout accepts: those the web app sends (web/src/chart/elk-graph.ts for a
// plain chart, chart-layout-options.ts for a routed one), each with the values it may take. ELK has one
// thread for all layouts (layout-engine.ts, which also ends a layout past its time limit), and an
// option outside these could make one anonymous request hold it for good: `elk.algorithm: force` with `elk.force.iterations: 100000000` on 300 boxes ran for
// over ten minutes, every other request waiting (found by the abusive-client hunt). The layered
// algorithm with these options and at most SERVER_LAYOUT_MAX_NODES boxes is bounded by its sweeps
// (thoroughness), so an option not listed here is refused rather than passed on.

/** The most crossing-minimisation sweeps: ELK's default is 7, the app sends 3 or 4, more only costs the server time. */
export const MAX_THOROUGHNESS = 10;

const oneOf = (...values: string[]) => (v: string) => values.includes(v);
/** a gap in pixels, as the app sends them (whole numbers in the tens) */
const spacing = (v: string) => /^\d{1,4}(\.\d{1,3})?$/.test(v) && Number(v) <= 1000;

const OPTIONS: Record<string, (value: string) => boolean> = {
  'elk.algorithm': oneOf('layered'),
  'elk.direction': oneOf('DOWN', 'UP', 'LEFT', 'RIGHT'),
  'elk.separateConnectedComponents': oneOf('true', 'false'),
  // orthogonal routing costs seconds on big charts (elk-graph.ts): the app routes its own lines
  'elk.edgeRouting': oneOf('POLYLINE'),
  'elk.layered.nodePlacement.strategy': oneOf('SIMPLE', 'BRANDES_KOEPF'),
  'elk.layered.layering.strategy': oneOf('INTERACTIVE', 'NETWORK_SIMPLEX', 'LONGEST_PATH'),
  'elk.layered.cycleBreaking.strategy': oneOf('INTERACTIVE', 'GREEDY', 'DEPTH_FIRST'),
  'elk.portAlignment.default': oneOf('DISTRIBUTED', 'JUSTIFIED', 'BEGIN', 'CENTER', 'END'),
  'elk.layered.crossingMinimization.greedySwitch.type': oneOf('OFF', 'ONE_SIDED', 'TWO_SIDED'),
  'elk.layered.thoroughness': (v) => /^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_THOROUGHNESS,
  'elk.spacing.nodeNode': spacing,
  'elk.spacing.edgeEdge': spacing,
  'elk.spacing.edgeNode': spacing,
  'elk.spacing.portPort': spacing,
  'elk.layered.spacing.nodeNodeBetweenLayers': spacing,
  'elk.layered.spacing.edgeEdgeBetweenLayers': spacing,
  'elk.layered.spacing.edgeNodeBetweenLayers': spacing,
};

/** The first option of `layoutOptions` that will not be laid out, and why; null when every option is one the app sends, with a value it may take. */
export function refusedOption(options: Record<string, string>): { name: string; message: string } | null {
  for (const [name, value] of Object.entries(options)) {
    const allowed = Object.hasOwn(OPTIONS, name) ? OPTIONS[name]! : undefined;
    if (!allowed) return { name, message: `not an option the server lays out with (it takes ${Object.keys(OPTIONS).join(', ')})` };
    if (!allowed(value)) {
      const thoroughness = name === 'elk.layered.thoroughness' ? ` (thoroughness at most ${MAX_THOROUGHNESS})` : '';
      return { name, message: `${JSON.stringify(value.slice(0, 40))} is not a value the server lays out with${thoroughness}` };
    }
  }
  return null;
}
