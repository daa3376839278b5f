// What the server lays out at start, before any request: a real borough's chart as the web app
// sends it (Havering's, 20 bodies in 8 rows, 29 lines, ids shortened), laid out three times. ELK is
// compiled from Java, and its first layouts run slowly until V8 has compiled the paths they take;
// a tiny graph leaves the paths of routed charts (interactive layering, orthogonal routing)
// cold, so the first visitor's chart cost about twice its steady time. The options are the web's
// at a desktop's width, from the one module both take them from (chart-layout-options.ts).
import { routedLayoutOptions } from './chart-layout-options.js';

/** width, height, column, row of each body */
const BODIES: [number, number, number, number][] = [
  [340, 80, 0, 0], [239, 77, 0, 1], [184, 88, 1, 1], [184, 88, 2, 1], [184, 88, 0, 2], [184, 103, 1, 2], [184, 88, 2, 2], [184, 73, 0, 3],
  [184, 73, 0, 4], [239, 77, 1, 4], [239, 77, 2, 4], [184, 73, 0, 5], [239, 77, 1, 5], [239, 92, 2, 5], [239, 92, 0, 6], [184, 73, 1, 6],
  [184, 73, 2, 6], [184, 88, 0, 7], [184, 73, 1, 7], [239, 77, 2, 7],
];
/** upper, lower: indexes into BODIES */
const LINES: [number, number][] = [
  [0, 13], [6, 13], [0, 9], [5, 9], [0, 14], [6, 14], [0, 10], [5, 10], [0, 15], [6, 15], [0, 4], [0, 5], [0, 6], [0, 7], [0, 11],
  [5, 11], [0, 17], [7, 17], [0, 8], [4, 8], [3, 12], [0, 12], [5, 12], [0, 18], [7, 18], [0, 19], [7, 19], [0, 16], [6, 16],
];

/** A row width of a desktop's chart: its options are those of every chart wider than a phone's. */
const DESKTOP_ROW_WIDTH = 1_000;

/** The warm-up chart as POST /layout takes it (rows placed as routed-layout.ts places them). */
export function warmupGraph() {
  return {
    id: '__root',
    layoutOptions: routedLayoutOptions(DESKTOP_ROW_WIDTH),
    children: BODIES.map(([width, height, column, row], i) => ({ id: `b${i}`, width, height, x: column * 300, y: row * 1000 })),
    edges: LINES.map(([upper, lower]) => ({ id: `b${lower} REPORTS_TO b${upper}`, sources: [`b${upper}`], targets: [`b${lower}`] })),
  };
}

/**
 * How many times it is laid out: each run compiles more of what the first only began to. Measured on
 * a loaded machine (load 12, bench note in docs/BENCHMARKS.md), the next chart's layout after 3 runs
 * cost 390-580 ms, after 10 runs 195-225, after 20 150-270, after 40 130-150: V8 keeps optimising
 * ELK's paths for a dozen runs and more. Each run is its own task (warmServerLayout), so requests
 * that come meanwhile wait for one run at most.
 */
export const WARMUP_RUNS = 16;
