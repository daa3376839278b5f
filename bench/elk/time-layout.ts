// One process's timing of ELK's layout of one chart with one variant of its options, as the server
// lays it out (elk.bundled.js, in-thread): the server's start-up warm-up (layout-warmup.ts) first,
// then the chart's first layout ("first") and its steady time (median of later runs), and what the
// layout looks like (size, bends, crossings) to tell a faster variant that draws a worse chart.
// Run by time-options.ts, one fresh process per measure so each "first" is cold.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { warmupGraph, WARMUP_RUNS } from '../../server/http/layout-warmup.js';
import type { CapturedInput } from './capture-inputs.js';
import { VARIANTS } from './variants.js';

type Point = { x: number; y: number };
type Laid = {
  width?: number;
  height?: number;
  edges?: { sections?: { startPoint: Point; endPoint: Point; bendPoints?: Point[] }[] }[];
};

/** Crossings between the segments of different lines, and the bends: what a reader counts. */
function shape(out: Laid): { width: number; height: number; bends: number; crossings: number } {
  const segs: [number, Point, Point][] = [];
  let bends = 0;
  (out.edges ?? []).forEach((e, i) => {
    for (const s of e.sections ?? []) {
      const pts = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint];
      bends += pts.length - 2;
      for (let k = 1; k < pts.length; k++) segs.push([i, pts[k - 1]!, pts[k]!]);
    }
  });
  let crossings = 0;
  const between = (v: number, a: number, b: number) => v > Math.min(a, b) + 0.5 && v < Math.max(a, b) - 0.5;
  for (let a = 0; a < segs.length; a++)
    for (let b = a + 1; b < segs.length; b++) {
      const [ia, p1, p2] = segs[a]!;
      const [ib, q1, q2] = segs[b]!;
      if (ia === ib) continue;
      const aVert = p1.x === p2.x;
      const bVert = q1.x === q2.x;
      if (aVert === bVert) continue;
      const [v1, v2, h1, h2] = aVert ? [p1, p2, q1, q2] : [q1, q2, p1, p2];
      if (between(v1.x, h1.x, h2.x) && between(h1.y, v1.y, v2.y)) crossings++;
    }
  return { width: Math.round(out.width ?? 0), height: Math.round(out.height ?? 0), bends, crossings };
}

const [inputsFile, chartName, variantName, runsArg] = process.argv.slice(2);
const input = (JSON.parse(readFileSync(inputsFile!, 'utf8')) as CapturedInput[]).find((i) => i.name === chartName);
const variant = VARIANTS[variantName!];
if (!input || !variant) throw new Error(`no chart "${chartName}" in ${inputsFile} or no variant "${variantName}"`);
const runs = Number(runsArg ?? 15);

const { default: ELK } = (await import('elkjs/lib/elk.bundled.js')) as unknown as { default: new () => { layout(g: unknown): Promise<Laid> } };
const elk = new ELK();
const withVariant = <G extends { layoutOptions: Record<string, string> }>(g: G): G => ({ ...structuredClone(g), layoutOptions: { ...g.layoutOptions, ...variant } });

const t0 = performance.now();
for (let i = 0; i < WARMUP_RUNS; i++) await elk.layout(withVariant(warmupGraph()));
const warmupMs = performance.now() - t0;
const times: number[] = [];
let out: Laid = {};
for (let i = 0; i <= runs; i++) {
  const g = withVariant(input.graph);
  const t = performance.now();
  out = await elk.layout(g);
  times.push(performance.now() - t);
}
const [first, ...rest] = times;
const median = rest.sort((a, b) => a - b)[Math.floor(rest.length / 2)]!;
console.log(JSON.stringify({ chart: chartName, variant: variantName, warmupMs, firstMs: first, medianMs: median, ...shape(out) }));
