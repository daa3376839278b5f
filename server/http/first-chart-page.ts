// A chart page's HTML with its first chart drawn by the server (issue 15): for GET /chart?p=… of
// one ungrouped chart of up to FIRST_CHART_MAX_NODES, the app's index.html with, in its <main>, the
// chart as a static SVG and the data and layouts the page then draws Cytoscape from, so the chart
// is on screen as soon as the page paints and the page asks neither /graphql nor /layout for it.
// The chart is read as the web app reads it (its StructureChart document, executed in process on
// a read view of the store, as /graphql executes it) and laid out by the server's ELK with its
// cache (layout-route.ts). The page's head is sent at once, so the browser fetches the scripts
// while the chart is read and laid out (its style sheet is written into the head: inline-style.ts),
// and the rest follows. Anything that goes wrong (an unknown partnership, a chart too big or
// grouped, a layout error) sends the page as it is without the chart: the app then does what it
// always did. A whole answer is kept by the graph version and the URL (never immutable: its ETag
// changes with the graph and the build).
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import type { ApolloServer } from '@apollo/server';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { RequestHandler } from 'express';
import { structureChartVariables } from '../../web/src/api/chart-request.js';
import { queryText } from '../../web/src/api/client.js';
import { firstChartInput, firstChartLayouts, serverDrawable, type FirstChartPayload } from '../../web/src/chart/first-chart.js';
import { StructureChartDocument, type StructureChartQuery } from '../../web/src/generated/graphql.js';
import { parseChartState, type ChartState } from '../../web/src/state/url.js';
import { withoutChartPreload } from '../../web/build/chart-preload.js';
import type { Context } from '../graphql/context.js';
import { createContext } from '../graphql/context.js';
import { readOptions } from '../graphql/evidence-free.js';
import type { GraphStore } from '../store/contract.js';
import { encode, encodingFor, type Encoding } from './answer-encoding.js';
import { firstChartMarkup } from './first-chart-markup.js';
import { cachedLayout, layoutGraph } from './layout-route.js';

/** Where index.html takes the first chart (web/index.html). */
export const FIRST_CHART_SLOT = '<!--first-chart-->';
const PAGE_PATH = '/chart';
const QUERY = queryText(StructureChartDocument);
/** whole pages kept: a borough's chart at a few URLs each */
const KEPT = 200;
/**
 * Brotli's quality for the page: a borough's is about 200 KB of markup, which quality 5 sends in 25.1 KB
 * where 4 (the answers' quality) took 28.2 (issue 15: the bytes before the first chart), for about 3 ms more.
 */
export const PAGE_QUALITY = 5;

export interface FirstChartOptions {
  store: GraphStore;
  apollo: ApolloServer<Context>;
  /** the web build's index.html with its style sheets written in (inline-style.ts readWebPage) */
  page: string;
  /** logs a fault that made the page go without its chart */
  logError(message: string): void;
}

interface Kept {
  html: string;
  etag: string;
}

/** The middleware answering chart pages; null when the build's index.html has no slot for the chart. */
export function firstChartPages(opts: FirstChartOptions): RequestHandler | null {
  const page = opts.page;
  const at = page.indexOf(FIRST_CHART_SLOT);
  if (at < 0) return null;
  // the chart view's files are not preloaded: the picture needs none of them, the page fetches them once it is painted
  const [head, tail] = [withoutChartPreload(page.slice(0, at)), page.slice(at + FIRST_CHART_SLOT.length)];
  const build = createHash('sha1').update(page).digest('base64url').slice(0, 12);
  const kept = new Map<string, Kept>();

  /** The chart's markup, or '' when the page goes without it. */
  async function chartOf(state: ChartState & { search: string }, view: GraphStore, requestId: string): Promise<string> {
    const result = await opts.apollo.executeOperation({ query: QUERY, variables: structureChartVariables(state) }, { contextValue: createContext(view, requestId) });
    if (result.body.kind !== 'single' || result.body.singleResult.errors?.length || !result.body.singleResult.data) return '';
    const data = result.body.singleResult.data as StructureChartQuery;
    const input = firstChartInput(data);
    if (!input) return '';
    const laid = await firstChartLayouts(input, async (graph) => (await cachedLayout(layoutGraph(graph))) as ElkNode);
    const names = state.partnerships.map((id) => input.nodes.find((n) => n.id === id)?.name ?? id);
    const payload: FirstChartPayload = { search: state.search, data, layouts: laid.map((l) => l.layout) };
    return firstChartMarkup(input, payload, laid.map((l) => l.laidOut), state, names);
  }

  return (req, res, next) => {
    const search = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    const state = { ...parseChartState(search), search };
    if (req.method !== 'GET' || req.path !== PAGE_PATH || !req.accepts('html') || !serverDrawable(state)) return next();
    void (async () => {
      const view = await opts.store.readView(readOptions(QUERY));
      res.once('close', () => void view.close());
      const key = `${await view.graphVersion()}\n${search}`;
      const etag = `"chart-${createHash('sha1').update(`${build}\n${key}`).digest('base64url')}"`;
      const hit = kept.get(key);
      // the page, revalidated on every visit; its size is known only once drawn, so the first is sent in chunks
      const encoding = encodingFor(req, hit?.html.length ?? page.length);
      const tag = encoding ? `${etag.slice(0, -1)}-${encoding}"` : etag;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-cache');
      res.setHeader('vary', 'accept-encoding');
      res.setHeader('etag', tag);
      if (req.headers['if-none-match'] === tag) return void res.status(304).end();
      if (encoding) res.setHeader('content-encoding', encoding);
      if (hit) return void res.end(encoding ? await encode(hit, hit.html, encoding, PAGE_QUALITY) : hit.html);
      const out = stream(res, encoding);
      out.write(head);
      out.flush();
      let chart = '';
      let failed = false;
      try {
        chart = await chartOf(state, view, String(res.getHeader('x-request-id')));
      } catch (e) {
        failed = true;
        opts.logError(`first chart of ${search}: ${(e as Error).stack ?? String(e)}`);
      }
      out.end(chart + tail);
      // a fault may pass: only an answer is kept (a chart, or the page without one for a chart the server does not draw)
      if (failed) return;
      kept.delete(key);
      kept.set(key, { html: head + chart + tail, etag });
      if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
    })().catch(next);
  };
}

/** The response body written through `encoding`'s compressor, whose flush() sends what it holds. */
function stream(res: ServerResponse, encoding: Encoding | null): { write(s: string): void; flush(): void; end(s: string): void } {
  if (!encoding) return { write: (s) => void res.write(s), flush: () => undefined, end: (s) => void res.end(s) };
  const z = encoding === 'br' ? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: PAGE_QUALITY } }) : zlib.createGzip();
  z.pipe(res);
  return { write: (s) => void z.write(s), flush: () => z.flush(), end: (s) => void z.end(s) };
}

/** Chart pages drawn at start: enough for V8 to compile the path (both row widths' ELK options), not every borough's. */
const WARM_PAGES = 3;

/**
 * Asks the server at `url` for the chart pages of the first of the partnerships `ids`, one at a
 * time and each in its own task, as graphql-warmup.ts asks for their data: the first visitor of
 * another borough's chart then waits only for its own layouts. (Drawing every borough's at start
 * took 17 s of the only thread at load 11.)
 */
export async function warmChartPages(url: string, ids: readonly string[]): Promise<void> {
  for (const id of ids.slice(0, WARM_PAGES)) {
    await new Promise((resolve) => setImmediate(resolve));
    const res = await fetch(`${url}${PAGE_PATH}?p=${id}`, { headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' } });
    await res.arrayBuffer();
  }
}
