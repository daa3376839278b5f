// The first chart's critical path, read from the page once the chart is drawn: when each step of
// HTML → scripts → data → layout → Cytoscape → drawn ended, from the browser's own resource timings
// and the marks the app sets (govgraph:chart-visible when the server-drawn picture is in the page,
// govgraph:chart-view when the chart view's code has run, govgraph:chart-drawn when Cytoscape has
// drawn the chart). On a shared machine the wall time moves with the
// load; the order of the steps and which one the chart waited for move much less.
import type { Page } from 'playwright-core';

export interface PathStep {
  step: string;
  /** ms from navigation start */
  at: number;
}

interface Timing {
  name: string;
  initiator: string;
  start: number;
  end: number;
}

/** The steps of the page's first chart, in the order they are listed (not necessarily the order they ended). */
export async function criticalPath(page: Page): Promise<PathStep[]> {
  // only anonymous functions in the page: the bench's loader would name the others with a helper the page lacks
  const seen = await page.evaluate(() => ({
    html: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, initiator: (e as PerformanceResourceTiming).initiatorType, start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd })),
    marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: m.startTime })),
  }));
  const mark = (name: string) => seen.marks.find((m) => m.name === name)?.at ?? NaN;
  const path = (r: Timing) => new URL(r.name).pathname;
  const ended = (pick: (r: Timing) => boolean) => Math.max(...seen.resources.filter(pick).map((r) => r.end));
  const started = (pick: (r: Timing) => boolean) => Math.min(...seen.resources.filter(pick).map((r) => r.start));
  const entry = (r: Timing) => r.initiator !== 'fetch' && /\/assets\/(main|boot|style)-/.test(path(r));
  const view = (r: Timing) => /\/assets\/(chart-page|chart|shared)-[\w-]+\.js$/.test(path(r));
  // the chart's data: the GraphQL GET whose variables name the partnerships (rootIds)
  const data = (r: Timing) => path(r) === '/graphql' && new URL(r.name).searchParams.get('variables')?.includes('rootIds') === true;
  const layout = (r: Timing) => path(r) === '/layout';
  return [
    { step: 'HTML received (streamed: its head first, then the server-drawn chart)', at: seen.html },
    { step: 'server-drawn chart in the page (govgraph:chart-visible, as the parser passes it)', at: mark('govgraph:chart-visible') },
    { step: 'first contentful paint', at: seen.paint },
    { step: "entry's scripts and style sheet received (main, boot, css)", at: ended(entry) },
    { step: 'chart data asked (by the entry, as it starts)', at: started(data) },
    { step: 'chart data received', at: ended(data) },
    { step: "chart view's scripts received (chart-page, shared, chart: Cytoscape)", at: ended(view) },
    { step: "chart view's code run (govgraph:chart-view)", at: mark('govgraph:chart-view') },
    { step: 'layout asked (POST /layout)', at: started(layout) },
    { step: 'layout received', at: ended(layout) },
    { step: 'chart drawn (govgraph:chart-drawn)', at: mark('govgraph:chart-drawn') },
  ].map((s) => ({ step: s.step, at: Math.round(s.at) }));
}

/** The steps of several runs side by side, as a Markdown table. */
export function pathTable(runs: { label: string; steps: PathStep[] }[]): string[] {
  const ms = (n: number) => (Number.isFinite(n) ? `${n} ms` : '–');
  return [
    `| step (ms from navigation start) | ${runs.map((r) => r.label).join(' | ')} |`,
    `|---|${runs.map(() => '---').join('|')}|`,
    ...runs[0]!.steps.map((s, i) => `| ${s.step} | ${runs.map((r) => ms(r.steps[i]!.at)).join(' | ')} |`),
  ];
}

export interface ChartTimes {
  /** on screen: the server-drawn picture painted (its mark, or the first paint when that came later); Cytoscape's draw when the server drew none */
  visible: number;
  /** Cytoscape has drawn it: the chart answers clicks and keys (govgraph:chart-drawn) */
  interactive: number;
  /** whether the server drew the chart in the page */
  serverDrawn: boolean;
}

/** When the page's first chart was visible and when it was interactive, ms from navigation start. */
export function chartTimes(page: Page): Promise<ChartTimes> {
  return page.evaluate(() => {
    // no named functions here (see criticalPath)
    const [shown, paint, drawn] = ['govgraph:chart-visible', 'first-contentful-paint', 'govgraph:chart-drawn'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN) as [number, number, number];
    const serverDrawn = !Number.isNaN(shown);
    // the picture is painted at the first paint after the parser has passed it (the style sheet holds paint back)
    return { visible: serverDrawn ? Math.max(shown, paint) : drawn, interactive: drawn, serverDrawn };
  });
}
