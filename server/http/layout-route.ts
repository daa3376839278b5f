// POST /layout: lays out a small chart with ELK on the server, so the first borough chart does not
// wait for the browser to fetch and compile the 1.6 MB ELK engine in a worker (issue 15). The
// browser sends the very ELK graph its worker would lay out (web/src/chart/elk-graph.ts makes it),
// so both give the same layout; the answer is ELK's, with each node's x and y. Answers are kept by
// the graph's hash: a chart asked for again (every visitor of a borough) is not laid out again.
// Big charts stay in the browser's worker: the server has one ELK thread (layout-engine.ts) for all.
import { createHash } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { LayoutBusyError, LayoutEngine } from './layout-engine.js';
import { refusedOption } from './layout-options.js';
import { warmupGraph, WARMUP_RUNS } from './layout-warmup.js';

/** The most nodes the server lays out; the browser's worker takes bigger charts. */
export const SERVER_LAYOUT_MAX_NODES = 300;
const MAX_EDGES = 4 * SERVER_LAYOUT_MAX_NODES;
const CACHE_ENTRIES = 500;

const id = z.string().min(1).max(300);
const size = z.number().finite().min(0).max(10_000);
const graphSchema = z.strictObject({
  id,
  layoutOptions: z.record(z.string(), z.string()).superRefine((options, ctx) => {
    const refused = refusedOption(options);
    if (refused) ctx.addIssue({ code: 'custom', message: refused.message, path: [refused.name] });
  }),
  // x and y: where the chart places a node beforehand (its row, read by interactive layering)
  children: z.array(z.strictObject({ id, width: size, height: size, x: z.number().finite().optional(), y: z.number().finite().optional() })).max(SERVER_LAYOUT_MAX_NODES),
  edges: z.array(z.strictObject({ id, sources: z.array(id).length(1), targets: z.array(id).length(1) })).max(MAX_EDGES),
});
type LayoutGraph = z.infer<typeof graphSchema>;

type Point = { x: number; y: number };

export interface Placed {
  children: { id: string; x: number; y: number; width: number; height: number }[];
  /** the routes of the lines ELK routed (web/src/chart/routed-layout.ts reads them) */
  edges: { id: string; sections: { startPoint: Point; endPoint: Point; bendPoints?: Point[] }[] }[];
}

type ElkSection = { startPoint: Point; endPoint: Point; bendPoints?: Point[] };

type ElkOut = { children?: { id: string; x?: number; y?: number; width?: number; height?: number }[]; edges?: { id: string; sections?: ElkSection[] }[] };

/** ELK on its own thread (layout-engine.ts), started on first use (parsing it costs a few hundred ms). */
const engine = new LayoutEngine();

async function layOut(graph: LayoutGraph): Promise<Placed> {
  const known = new Set(graph.children.map((c) => c.id));
  const stray = graph.edges.find((e) => !known.has(e.sources[0]!) || !known.has(e.targets[0]!));
  if (stray) throw new LayoutInputError(`edges: "${stray.id}" joins a node the graph does not hold`);
  // neither is in a graph the app sends (elk-graph.ts drops a line from a body to itself), and each
  // costs ELK dearly: 1,200 lines from one box to itself held the server's thread for 8 s
  if (known.size < graph.children.length) throw new LayoutInputError('children: two nodes have the same id');
  const loop = graph.edges.find((e) => e.sources[0] === e.targets[0]);
  if (loop) throw new LayoutInputError(`edges: "${loop.id}" joins a node to itself`);
  const out = await engine.layout<ElkOut>(graph);
  const point = (p: Point): Point => ({ x: p.x, y: p.y });
  return {
    children: (out.children ?? []).map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 })),
    edges: (out.edges ?? []).map((e) => ({
      id: e.id,
      sections: (e.sections ?? []).map((s) => ({ startPoint: point(s.startPoint), endPoint: point(s.endPoint), bendPoints: (s.bendPoints ?? []).map(point) })),
    })),
  };
}

export class LayoutInputError extends Error {}

let warmed: Promise<void> | null = null;

/**
 * A borough's chart laid out at start-up (layout-warmup.ts) compiles ELK's hot paths, so the first
 * chart asked for does not pay for it; each run is its own task, so requests that come meanwhile
 * are not held up for the whole warm-up. Once per process: what V8 compiled serves every server in it.
 */
export function warmServerLayout(): Promise<void> {
  warmed ??= (async () => {
    for (let i = 0; i < WARMUP_RUNS; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      await layOut(graphSchema.parse(warmupGraph()));
    }
  })();
  return warmed;
}

/** Layouts kept by their graph, for POST /layout and the server-drawn first chart (first-chart-page.ts) alike. */
const cache = new Map<string, Placed>();

/** ELK's layout of `graph`, from the cache when it was laid out before; throws LayoutInputError on a graph it refuses. */
export async function cachedLayout(graph: LayoutGraph): Promise<Placed> {
  const key = createHash('sha256').update(JSON.stringify(graph)).digest('base64url');
  let placed = cache.get(key);
  if (placed) cache.delete(key);
  else {
    placed = await layOut(graph);
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  // the most recently used last, so the oldest goes first
  cache.set(key, placed);
  return placed;
}

/** `graph` as POST /layout takes it, or a LayoutInputError saying what is wrong with it. */
export function layoutGraph(graph: unknown): LayoutGraph {
  const parsed = graphSchema.safeParse(graph);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new LayoutInputError(`${issue.path.join('.') || 'body'}: ${issue.message}`);
}

export function layoutRoutes(): Router {
  const router = express.Router();
  router.post('/', express.json({ limit: '512kb', type: () => true }), async (req: Request, res: Response) => {
    let placed: Placed;
    try {
      placed = await cachedLayout(layoutGraph(req.body));
    } catch (e) {
      if (e instanceof LayoutInputError) return void res.status(400).json({ error: e.message });
      // the browser lays the chart out itself (web/src/chart/server-layout.ts)
      if (e instanceof LayoutBusyError) return void res.status(503).setHeader('retry-after', '5').json({ error: e.message });
      throw e;
    }
    res.setHeader('cache-control', 'no-store');
    res.json(placed);
  });
  // the body parser's refusals (not JSON, too big) are the caller's mistakes
  router.use((err: Error & { status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (err.status === 400 || err.status === 413) return void res.status(err.status).json({ error: `body: ${err.message}` });
    next(err);
  });
  return router;
}
