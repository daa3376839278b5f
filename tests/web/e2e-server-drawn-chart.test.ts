// The first chart drawn by the server (server/http/first-chart-page.ts) in real Chromium: the HTML
// of a borough's chart page holds the chart as an SVG with every body's label and the data the page
// would otherwise ask for; the page draws Cytoscape from it without asking /graphql or /layout, at
// the places the picture showed, fetching the chart view's files only once the picture is painted;
// the page stays accessible in both states; an unknown partnership
// and a chart the server does not draw get the page as it always was.
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { structureChartVariables } from '../../web/src/api/chart-request.js';
import { FIRST_CHART_ROW_WIDTHS, type FirstChartPayload } from '../../web/src/chart/first-chart.js';
import { modelOf } from '../../web/src/chart/model.js';
import { escapeXml } from '../../web/src/ui/markup.js';
import { NO_LINE_STYLE } from '../../web/src/chart/vocab.js';
import { StructureChartDocument } from '../../web/src/generated/graphql.js';
import { queryText } from '../../web/src/api/client.js';
import { parseChartState } from '../../web/src/state/url.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inlineStyles } from '../../server/http/inline-style.js';
import { expectAxeClean } from './harness/axe.js';
import { WEB_DIST } from './harness/server.js';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 1440, height: 900 });
const CHART = '/chart?p=havering/csp';
const SIZES = [
  { width: 1440, height: 900, name: 'desktop' },
  { width: 390, height: 844, name: 'phone' },
];

async function pageHtml(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${s.server.url}${path}`, { headers: { accept: 'text/html', 'accept-encoding': 'br, gzip', ...headers } });
}

const payloadIn = (html: string): FirstChartPayload | null => {
  const m = html.match(/<script type="application\/json" id="first-chart-data">([\s\S]*?)<\/script>/);
  return m ? (JSON.parse(m[1]!) as FirstChartPayload) : null;
};

type Centres = Record<string, { x: number; y: number }>;

/** Records, as the picture is put in the chart's stage, where each of its boxes is on screen (window.__picture). */
function watchPicture(): void {
  const w = window as unknown as { __picture?: Record<string, { x: number; y: number }> };
  new MutationObserver((_, observer) => {
    const svg = [...document.querySelectorAll('.chart-stage > .first-chart-picture svg')].find((e) => e.getBoundingClientRect().width > 0);
    if (!svg) return;
    observer.disconnect();
    w.__picture = {};
    // each line's route, in the chart's coordinates
    (window as unknown as { __lines: Record<string, string> }).__lines = Object.fromEntries(
      [...svg.querySelectorAll('polyline[data-line]')].map((l) => [l.getAttribute('data-line')!, l.getAttribute('points')!]),
    );
    for (const g of svg.querySelectorAll('g.node')) {
      const r = g.querySelector('polygon')!.getBoundingClientRect();
      w.__picture[g.getAttribute('data-id')!] = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Where Cytoscape draws each node, on screen. */
const drawnCentres = (): Promise<Centres> =>
  s.page.evaluate(() => {
    const box = document.querySelector('.cy') as HTMLElement & { _cyreg: { cy: { nodes(): { forEach(f: (n: { id(): string; renderedPosition(): { x: number; y: number } }) => void): void } } } };
    const r = box.getBoundingClientRect();
    const out: Record<string, { x: number; y: number }> = {};
    box._cyreg.cy.nodes().forEach((n) => (out[n.id()] = { x: r.left + n.renderedPosition().x, y: r.top + n.renderedPosition().y }));
    return out;
  });

type Rect = { x: number; y: number; width: number; height: number };

/**
 * How the top border of a box on screen (its outline: the centre line of its border) is drawn: along
 * the middle half of its top edge, just inside that line, the runs of pixels marked by the border (unlike the box's fill, read
 * below the border), and the share of that stretch that is gap.
 */
async function topBorder(box: Rect, border: number): Promise<{ runs: number; gaps: number }> {
  const y = Math.round(box.y + border * 0.25);
  const clip = { x: Math.round(box.x + box.width / 4), y, width: Math.round(box.width / 2), height: Math.ceil(border * 2 + 4) };
  const png = (await s.page.screenshot({ clip })).toString('base64');
  return s.page.evaluate(async ({ png, width, height }) => {
    // (an image: the page's policy allows data: images, not fetching them)
    const bitmap = new Image();
    bitmap.src = `data:image/png;base64,${png}`;
    await bitmap.decode();
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(bitmap, 0, 0);
    // device pixels: the screenshot may be at a scale of its own
    const scale = bitmap.width / width;
    const row = (r: number) => g.getImageData(0, Math.min(bitmap.height - 1, Math.round(r * scale)), bitmap.width, 1).data;
    const line = row(0);
    const fill = row(height - 1).slice(0, 4);
    const marked = (i: number) => Math.abs(line[i]! - fill[0]!) + Math.abs(line[i + 1]! - fill[1]!) + Math.abs(line[i + 2]! - fill[2]!) > 90;
    let runs = 0;
    let gaps = 0;
    for (let x = 0; x < bitmap.width; x++) {
      const on = marked(x * 4);
      if (on && (x === 0 || !marked((x - 1) * 4))) runs++;
      if (!on) gaps++;
    }
    return { runs, gaps: gaps / bitmap.width };
  }, { png, width: clip.width, height: clip.height });
}

/** The requests for the chart's data and layout while `go` runs. */
/** The chart page with Cytoscape's script held back, once the server's picture is on screen; returns what lets the script through. */
async function showPictureOnly(): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await s.page.route(/\/assets\/chart-(?!page)[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await s.page.goto(`${s.server.url}${CHART}`);
  await s.page.getByRole('img', { name: /^Structure chart of Havering Community Safety Partnership/ }).waitFor();
  return release;
}

async function chartRequests(go: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onRequest = (r: Request) => {
    const url = new URL(r.url());
    if (url.pathname === '/layout' || (url.pathname === '/graphql' && (url.searchParams.get('variables') ?? r.postData() ?? '').includes('rootIds'))) seen.push(url.pathname);
  };
  s.page.on('request', onRequest);
  await go();
  s.page.off('request', onRequest);
  return seen;
}

describe('the server-drawn first chart', () => {
  it("sends a borough's chart page with the chart drawn in it, every body's label, and the data the page would ask for", async () => {
    const res = await pageHtml(CHART);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-encoding')).toBe('br');
    const html = await res.text();
    const payload = payloadIn(html)!;
    expect(payload.search).toBe('?p=havering/csp');
    // the very answer /graphql gives the page
    const asked = await fetch(`${s.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: queryText(StructureChartDocument), variables: structureChartVariables(parseChartState(payload.search)) }),
    });
    expect(payload.data).toEqual(((await asked.json()) as { data: unknown }).data);
    const model = modelOf(payload.data.structureChart);
    expect(model.nodes.size).toBeGreaterThanOrEqual(20);
    // each body in every drawing (a desktop's, the narrowest wide rows', a phone's), named by its whole label
    for (const n of model.nodes.values()) expect(html.split(`<title>${escapeXml(n.lines.join(' '))}</title>`).length - 1, n.id).toBe(FIRST_CHART_ROW_WIDTHS.length);
    expect(html).toMatch(/<svg [^>]*class="first-chart-svg first-chart-wide"[^>]*role="img" aria-label="Structure chart of Havering Community Safety Partnership: \d+ nodes and \d+ lines/);
    // the style sheet written into the head, not linked (the picture is placed once styles are in), and allowed by its hash
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
    const styles = inlineStyles(readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8'), WEB_DIST).hashes;
    expect(styles).toHaveLength(1);
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('</head>'));
    expect(res.headers.get('content-security-policy')).toContain(`style-src 'self' ${styles[0]}`);
    // revalidated by its ETag: unchanged, nothing is sent again
    const again = await pageHtml(CHART, { 'if-none-match': res.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it("fetches the chart view's files, Cytoscape's among them, only once the picture is painted: the picture needs none of them", async () => {
    // the page's head leaves out the script that asks for them as a page starts (web/build/chart-preload.ts)
    expect(await (await pageHtml(CHART)).text()).not.toContain('data-chart-preload');
    await s.page.goto(`${s.server.url}${CHART}`);
    await s.chartReady();
    const seen = await s.page.evaluate(() => ({
      // the picture is painted by the first paint after the parser passed it (index.html's script sets the mark)
      painted: Math.max(...['govgraph:chart-visible', 'first-contentful-paint'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Infinity)),
      asked: performance
        .getEntriesByType('resource')
        .filter((e) => /^\/assets\/(chart|chart-page|shared)-[\w-]+\.js$/.test(new URL(e.name).pathname))
        .map((e) => e.startTime),
    }));
    expect(seen.painted).toBeLessThan(Infinity);
    expect(seen.asked).toHaveLength(3);
    for (const at of seen.asked) expect(at).toBeGreaterThan(seen.painted);
  });

  it('becomes the interactive chart at the places the picture showed, without asking for its data or layout', async () => {
    // and a smaller desktop window's, whose rows differ
    for (const size of [...SIZES, { width: 1280, height: 800, name: 'desktop-1280' }]) {
      await s.viewport(size.width, size.height);
      await s.page.addInitScript(watchPicture);
      const asked = await chartRequests(async () => {
        await s.page.goto(`${s.server.url}${CHART}`);
        await s.chartReady();
      });
      expect(asked, size.name).toEqual([]);
      const picture = await s.page.evaluate(() => (window as unknown as { __picture?: Centres }).__picture);
      expect(picture, size.name).toBeTruthy();
      const drawn = await drawnCentres();
      expect(Object.keys(picture!).sort()).toEqual(Object.keys(drawn).sort());
      for (const [id, p] of Object.entries(picture!)) {
        expect(Math.abs(p.x - drawn[id]!.x), `${size.name} ${id} x`).toBeLessThanOrEqual(2);
        expect(Math.abs(p.y - drawn[id]!.y), `${size.name} ${id} y`).toBeLessThanOrEqual(2);
      }
      // the lines drawn as the picture drew them (the same routes, the row router's)
      const lines = await s.page.evaluate(() => {
        const cy = (document.querySelector('.cy') as HTMLElement & { _cyreg: { cy: { edges(): { map<T>(f: (e: { id(): string; data(k: string): unknown }) => T): T[] } } } })._cyreg.cy;
        const drawn = Object.fromEntries(cy.edges().map((e) => [e.id(), e.data('route') ? (JSON.parse(e.data('route') as string) as { x: number; y: number }[]).map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ') : null]));
        return { picture: (window as unknown as { __lines: Record<string, string> }).__lines, drawn };
      });
      expect(Object.keys(lines.picture).length, size.name).toBeGreaterThan(10);
      for (const [id, points] of Object.entries(lines.picture)) if (lines.drawn[id]) expect(points, `${size.name} ${id}`).toBe(lines.drawn[id]);
      await expect(s.page.locator('.first-chart-picture').count()).resolves.toBe(0);
      await s.shot(`server-drawn-02-interactive-${size.name}`);
    }
  });

  it('is accessible as the picture and as the interactive chart, at a desktop and a phone', async () => {
    for (const size of SIZES) {
      await s.viewport(size.width, size.height);
      // Cytoscape held back: the page shows the server's picture
      const release = await showPictureOnly();
      expect(await s.page.evaluate(() => performance.getEntriesByName('govgraph:chart-visible').length)).toBe(1);
      await s.shot(`server-drawn-01-picture-${size.name}`);
      await expectAxeClean(s.page, `the server-drawn chart (${size.name})`);
      release();
      await s.chartReady();
      await s.page.unrouteAll();
      await expectAxeClean(s.page, `the interactive chart after the picture (${size.name})`);
      const sideways = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(sideways, size.name).toBeLessThanOrEqual(0);
    }
  });

  it('draws a body with no stated line with the same readable dotted border in the picture and in the interactive chart', async () => {
    for (const size of SIZES) {
      await s.viewport(size.width, size.height);
      const release = await showPictureOnly();
      // the widest rectangle with no stated line in the picture on screen (the key's swatch has the same stroke)
      const drawn = await s.page.evaluate((stroke) => {
        const svg = [...document.querySelectorAll<SVGSVGElement>('svg.first-chart-svg')].find((e) => e.getBoundingClientRect().width > 0)!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const boxes = [...svg.querySelectorAll<SVGPolygonElement>(`g.node polygon[stroke="${stroke}"]`)]
          .filter((p) => p.points.length === 4)
          .map((p) => ({ id: p.parentElement!.getAttribute('data-id')!, r: p.getBoundingClientRect() }));
        const { id, r } = boxes.sort((a, b) => b.r.width - a.r.width)[0]!;
        return { id, scale, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
      }, NO_LINE_STYLE.border);
      const border = NO_LINE_STYLE.borderWidth * drawn.scale;
      await s.page.mouse.move(0, 0);
      const picture = await topBorder(drawn.box, border);
      await s.shot(`no-line-border-picture-${size.name}`);
      release();
      await s.chartReady();
      await s.page.unrouteAll();
      const box = await s.page.evaluate((id) => {
        const el = document.querySelector('.cy') as HTMLElement & { _cyreg: { cy: { zoom(): number; $id(id: string): { renderedBoundingBox(o: object): { x1: number; y1: number; w: number; h: number } } } } };
        const r = el.getBoundingClientRect();
        const b = el._cyreg.cy.$id(id).renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false, includeOutlines: false });
        return { zoom: el._cyreg.cy.zoom(), box: { x: r.left + b.x1, y: r.top + b.y1, width: b.w, height: b.h } };
      }, drawn.id);
      // Cytoscape's box includes its border, the picture's polygon does not
      const half = (NO_LINE_STYLE.borderWidth * box.zoom) / 2;
      const interactive = await topBorder({ x: box.box.x + half, y: box.box.y + half, width: box.box.width - 2 * half, height: box.box.height - 2 * half }, NO_LINE_STYLE.borderWidth * box.zoom);
      await s.shot(`no-line-border-interactive-${size.name}`);
      // dotted in both, not a line: a dot every few pixels, with gaps between
      for (const [state, b] of [['picture', picture], ['interactive', interactive]] as const) {
        expect(b.runs, `${size.name} ${state}: dots along the top`).toBeGreaterThanOrEqual(6);
        expect(b.gaps, `${size.name} ${state}: the share of gaps`).toBeGreaterThanOrEqual(0.3);
      }
      // and the same dots: as many, give or take a fifth
      expect(Math.abs(interactive.runs - picture.runs), `${size.name}: ${interactive.runs} dots drawn, ${picture.runs} in the picture`).toBeLessThanOrEqual(Math.max(2, picture.runs / 5));
    }
  });

  it('sends the page without a chart for an unknown partnership, and the app says so as before', async () => {
    const html = await (await pageHtml('/chart?p=nope/none')).text();
    expect(payloadIn(html)).toBeNull();
    expect(html).not.toContain('id="first-chart"');
    await s.page.goto(`${s.server.url}/chart?p=nope/none`);
    await s.page.locator('.chart-overlay', { hasText: 'no node has id' }).waitFor();
  });

  it('leaves a chart it does not draw (grouped) to the page, which asks for it as before', async () => {
    const html = await (await pageHtml('/chart?p=havering/csp&group=tier')).text();
    expect(payloadIn(html)).toBeNull();
    const asked = await chartRequests(async () => {
      await s.page.goto(`${s.server.url}/chart?p=havering/csp&group=tier`);
      await s.chartReady();
    });
    expect(asked).toContain('/graphql');
  });
});
