// The first chart in real Chromium, from a cold cache: few files, each sent as precompressed at build
// time and cached for a year; the chart's data asked for once, by GET, as the page starts (before
// the chart view has even loaded, also from an old /?p= link), answered at once because the build
// registered the app's queries; the server's ELK warmed up with the options the app lays out with;
// and on a reload the same GET, which the browser revalidates by its ETag. A chart the server draws
// in the page (e2e-server-drawn-chart.test.ts) asks for none of it: these take the page's own path,
// by an old /?p= link (the server sends the page as it is, and the page moves to /chart) or a
// grouped chart.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { warmupGraph } from '../../server/http/layout-warmup.js';
import { PERSISTED_QUERIES_FILE } from '../../web/build/persisted-queries.js';
import { WEB_DIST } from './harness/server.js';
import { browserSession } from './harness/session.js';

const s = browserSession();

/** The operation a /graphql request asks for: by its query text, or by its hash in the build's registry. */
function operationOf(r: Request): string {
  const registry = JSON.parse(readFileSync(path.join(WEB_DIST, PERSISTED_QUERIES_FILE), 'utf8')) as Record<string, string>;
  const url = new URL(r.url());
  const hash = (JSON.parse(url.searchParams.get('extensions') ?? r.postDataJSON()?.extensions ?? 'null') as { persistedQuery?: { sha256Hash: string } } | null)?.persistedQuery?.sha256Hash;
  const text = (r.postDataJSON() as { query?: string } | null)?.query ?? (hash ? registry[hash] : undefined) ?? '';
  return text.match(/^(?:query|mutation) (\w+)/)?.[1] ?? '?';
}

/** The /graphql requests of a navigation to the first chart, in the order the page sent them. */
async function graphqlRequestsTo(url: string): Promise<Request[]> {
  const seen: Request[] = [];
  const onRequest = (r: Request) => {
    if (new URL(r.url()).pathname === '/graphql') seen.push(r);
  };
  s.page.on('request', onRequest);
  await s.page.goto(url);
  await s.chartReady();
  s.page.off('request', onRequest);
  return seen;
}

describe('the first chart', () => {
  it('loads five scripts and one style sheet, each the .br file of the build, cached for a year; a server-drawn page carries its sheet', async () => {
    const cdp = await s.page.context().newCDPSession(s.page);
    const filesOf = async (url: string): Promise<Response[]> => {
      await cdp.send('Network.clearBrowserCache');
      const files: Response[] = [];
      const onResponse = (r: Response) => {
        if (['script', 'stylesheet'].includes(r.request().resourceType())) files.push(r);
      };
      s.page.on('response', onResponse);
      await s.page.goto(url);
      await s.chartReady();
      s.page.off('response', onResponse);
      return files;
    };
    // the page as the app's entry draws it (the server draws only /chart?p=…)
    const files = await filesOf(`${s.server.url}/?p=havering/csp`);
    const kinds = files.map((r) => r.request().resourceType());
    expect(kinds.filter((k) => k === 'script').length).toBeLessThanOrEqual(5);
    expect(kinds.filter((k) => k === 'stylesheet')).toEqual(['stylesheet']);
    for (const r of files) {
      const file = path.join(WEB_DIST, new URL(r.url()).pathname);
      expect(r.headers()['content-encoding'], r.url()).toBe('br');
      expect(r.headers()['cache-control'], r.url()).toBe('public, max-age=31536000, immutable');
      // the bytes on the wire are the build's brotli file (quality 11), not a compression made per request
      expect((await r.request().sizes()).responseBodySize, r.url()).toBe(statSync(`${file}.br`).size);
    }
    // the server-drawn chart page has the sheet written in its head (inline-style.ts): it asks for none
    const drawn = await filesOf(`${s.server.url}/chart?p=havering/csp`);
    expect(drawn.map((r) => r.request().resourceType()).filter((k) => k === 'stylesheet')).toEqual([]);
  });

  it('asks for its data once, by GET, before the chart view has loaded, with no POST to register the query', async () => {
    for (const start of ['/chart?p=richmond/csp&depth=2&group=tier', '/?p=havering/csp&depth=2']) {
      // the chart view's code is held back until the chart's data has been asked for: a page that
      // asked only once the view ran would never get there
      let dataAsked!: () => void;
      const asked = new Promise<'asked'>((resolve) => (dataAsked = () => resolve('asked')));
      const onRequest = (r: Request) => {
        if (new URL(r.url()).pathname === '/graphql' && operationOf(r) === 'StructureChart') dataAsked();
      };
      s.page.on('request', onRequest);
      let held: 'asked' | 'timed out' | null = null;
      await s.page.route(/\/assets\/chart-page-[\w-]+\.js$/, async (route) => {
        held = await Promise.race([asked, new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), 10_000))]);
        await route.continue();
      });
      const seen = await graphqlRequestsTo(`${s.server.url}${start}`);
      await s.page.unrouteAll();
      s.page.off('request', onRequest);
      expect(held, start).toBe('asked');
      const chart = seen.filter((r) => operationOf(r) === 'StructureChart');
      expect(chart.map((r) => r.method()), start).toEqual(['GET']);
      expect(seen.map((r) => r.method()), start).not.toContain('POST');
      expect((await chart[0]!.response())!.status()).toBe(200);
    }
    expect(new URL(s.page.url()).pathname).toBe('/chart');
  });

  it('asks the server for its layout once, before Cytoscape has loaded, with the options its ELK warmed up with at start', async () => {
    for (const viewport of [null, { width: 390, height: 844 }]) {
      if (viewport) await s.viewport(viewport.width, viewport.height);
      // Cytoscape's chunk is held back until the layout has been asked for: a page that asked only
      // once the chart was being drawn would never get there
      const layouts: Request[] = [];
      let layoutAsked!: () => void;
      const asked = new Promise<'asked'>((resolve) => (layoutAsked = () => resolve('asked')));
      const onRequest = (r: Request) => {
        if (new URL(r.url()).pathname !== '/layout') return;
        layouts.push(r);
        layoutAsked();
      };
      s.page.on('request', onRequest);
      let held: 'asked' | 'timed out' | null = null;
      await s.page.route(/\/assets\/chart-[\w-]+\.js$/, async (route) => {
        held = await Promise.race([asked, new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), 10_000))]);
        await route.continue();
      });
      await s.page.goto(`${s.server.url}/?p=wandsworth/csp`);
      await s.chartReady();
      await s.page.unrouteAll();
      s.page.off('request', onRequest);
      expect(held, `${viewport?.width ?? 'desktop'}`).toBe('asked');
      // the draw took the answer asked for early: the page measured the stage as the chart does
      expect(layouts.length, `${viewport?.width ?? 'desktop'}`).toBe(1);
      if (!viewport) expect((layouts[0]!.postDataJSON() as { layoutOptions: unknown }).layoutOptions).toEqual(warmupGraph().layoutOptions);
    }
    await s.viewport(1280, 800);
  });

  it('builds the chart view once its layout has been asked for, and without waiting long for slow data', async () => {
    const chartData = /\/graphql\?.*rootIds/;
    // the data a little late: the view's files, fetched as the page starts, are ready before it
    await s.page.route(chartData, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await route.continue();
    });
    await s.page.goto(`${s.server.url}/?p=havering/csp`);
    await s.chartReady();
    await s.page.unrouteAll();
    const order = await s.page.evaluate(() => ({
      layoutAsked: Math.min(...performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/layout').map((e) => e.startTime)),
      viewBuilt: performance.getEntriesByName('govgraph:chart-view')[0]!.startTime,
    }));
    expect(order.layoutAsked).toBeLessThan(order.viewBuilt);

    // the data very late: the page's controls come first, and the chart when its data does
    let released = false;
    await s.page.route(chartData, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      released = true;
      await route.continue();
    });
    await s.page.goto(`${s.server.url}/?p=havering/csp`);
    await s.page.locator('.chart-page').waitFor();
    expect(released).toBe(false);
    await s.chartReady();
    await s.page.unrouteAll();
  });

  it("fetches the chart view's files as the page starts, before the entry has run, and only on a chart page the server does not draw", async () => {
    // the entry's own chunk is held back until Cytoscape's has been asked for: a page that asked
    // for the chart view's files only once the entry ran would never get there
    const chart = /\/assets\/chart-[\w-]+\.js$/;
    let chartAsked!: () => void;
    const asked = new Promise<'asked'>((resolve) => (chartAsked = () => resolve('asked')));
    const onRequest = (r: Request) => {
      if (/\/assets\/chart-(?!page)[\w-]+\.js$/.test(new URL(r.url()).pathname)) chartAsked();
    };
    s.page.on('request', onRequest);
    let held: 'asked' | 'timed out' | null = null;
    await s.page.route(/\/assets\/boot-[\w-]+\.js$/, async (route) => {
      held = await Promise.race([asked, new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), 10_000))]);
      await route.continue();
    });
    // a grouped chart: the server draws none (a chart it draws fetches them once its picture is painted: e2e-server-drawn-chart.test.ts)
    await s.page.goto(`${s.server.url}/chart?p=richmond/csp&depth=2&group=tier`);
    await s.chartReady();
    await s.page.unrouteAll();
    s.page.off('request', onRequest);
    expect(held).toBe('asked');

    // the start page draws no chart: it fetches none of the chart view's files
    const scripts: string[] = [];
    const onScript = (r: Request) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    s.page.on('request', onScript);
    await s.page.goto(`${s.server.url}/`);
    await s.page.getByRole('heading', { level: 1, name: 'Community safety partnerships' }).waitFor();
    s.page.off('request', onScript);
    expect(scripts.filter((f) => chart.test(f))).toEqual([]);
  });

  it('asks the same GET again on a reload, which the browser revalidates by its ETag', async () => {
    await s.page.goto(`${s.server.url}/chart?p=richmond/csp&depth=2&group=tier`);
    await s.chartReady();
    const seen = await (async () => {
      const out: Request[] = [];
      const onRequest = (r: Request) => {
        if (new URL(r.url()).pathname === '/graphql' && operationOf(r) === 'StructureChart') out.push(r);
      };
      s.page.on('request', onRequest);
      await s.page.reload();
      await s.chartReady();
      s.page.off('request', onRequest);
      return out;
    })();
    expect(seen.map((r) => r.method())).toEqual(['GET']);
    const answer = await seen[0]!.response();
    expect([200, 304]).toContain(answer!.status());
    expect(answer!.headers()['etag']).toMatch(/^"[\w-]+"$/);
    expect(Number(await s.page.getAttribute('.cy', 'data-nodes'))).toBeGreaterThan(5);
  });
});
