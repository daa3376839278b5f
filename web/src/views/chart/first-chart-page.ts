// The page's side of the server-drawn first chart (server/http/first-chart-page.ts): the entry takes
// the chart's data and layouts from the page, so it asks neither /graphql nor /layout for them,
// and the chart page shows the server's picture in its stage until Cytoscape has drawn the same
// chart there. Kept apart from chart/first-chart.ts, which the entry would otherwise load whole.
import type { FirstChartPayload } from '../../chart/first-chart.js';

/** The id of the script element (type application/json) holding the payload. */
export const FIRST_CHART_DATA_ID = 'first-chart-data';
/** The id of the server's picture, key and counts in <main>. */
export const FIRST_CHART_ID = 'first-chart';

/** The payload the server drew the page's chart from, when it drew the chart of `search`; read once. */
export function readFirstChart(search: string): FirstChartPayload | null {
  const el = document.getElementById(FIRST_CHART_DATA_ID);
  el?.remove();
  let payload: FirstChartPayload | null = null;
  try {
    payload = el ? (JSON.parse(el.textContent ?? '') as FirstChartPayload) : null;
  } catch {
    // a page cut short: the chart is asked for as without a server-drawn one
  }
  if (payload?.search === search) return payload;
  document.getElementById(FIRST_CHART_ID)?.remove();
  return null;
}

/** Whether the server's picture is still in the page. */
export const hasFirstPicture = (): boolean => document.getElementById(FIRST_CHART_ID) !== null;

/** The longest the chart view waits for the picture's paint: a safety net, should the browser never report it. */
const MAX_PAINT_WAIT_MS = 500;

/**
 * Settles once the server's picture is on screen: the chart view's code (Cytoscape's 120 KB among
 * it), which the picture does not need, then loads after the paint instead of competing with it
 * for the network and the CPU (issue 15: fetched and run before it, it held the paint back by
 * 100-250 ms on two cores). The entry runs once the parser has passed the picture: if nothing was
 * painted before, the first contentful paint, reported once on screen, is the picture's; if the page's
 * head was painted earlier (a page whose chart came later), the next frame holds the picture.
 */
export function firstPicturePainted(): Promise<void> {
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  // a hidden page paints nothing until shown
  if (document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes.includes('paint')) return Promise.resolve();
  if (performance.getEntriesByName('first-contentful-paint').length > 0) return nextFrame();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    observer.observe({ type: 'paint' });
    const timer = setTimeout(done, MAX_PAINT_WAIT_MS);
  });
}

export interface FirstPicture {
  picture: HTMLElement;
  counts: string;
  /** the page's settings and view controls as the server wrote them (inert: chart-toolbar-markup.ts) */
  toolbar: { settings: HTMLElement; controls: HTMLElement } | null;
}

/**
 * The server's picture of the chart, taken out of <main> to sit in the chart's stage until
 * Cytoscape has drawn, its counts line, and the settings and controls above it, which the page
 * takes as they are, so the stage does not move down when the page mounts; null when there is
 * none. The key goes: the page writes its own.
 */
export function takeFirstPicture(): FirstPicture | null {
  const first = document.getElementById(FIRST_CHART_ID);
  const picture = first?.querySelector<HTMLElement>('.first-chart-stage');
  const counts = first?.querySelector('.chart-counts')?.textContent ?? '';
  const settings = first?.querySelector<HTMLElement>('.toolbar');
  const controls = first?.querySelector<HTMLElement>('.chart-controls');
  first?.remove();
  if (!picture) return null;
  picture.className = 'first-chart-picture';
  return { picture, counts, toolbar: settings && controls ? { settings, controls } : null };
}
