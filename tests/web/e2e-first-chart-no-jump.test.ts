// The server-drawn first chart does not move when the page's app mounts: with the app's scripts held
// until after the first paint, the picture's top on screen before the app runs and after it has taken
// the picture into its stage are the same (within 2 px), at a desktop's, a laptop's, a tablet's, a
// small tablet's and a phone's width.
import { describe, expect, it } from 'vitest';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 1440, height: 900 });
const CHART = '/chart?p=havering/csp';
const WIDTHS = [1440, 1024, 768, 600, 390];

/** The top of the shown drawing of the server's picture, wherever it is in the page. */
const pictureTop = (): Promise<number | null> =>
  s.page.evaluate(() => {
    const svg = [...document.querySelectorAll('.first-chart-svg')].find((e) => e.getBoundingClientRect().width > 0);
    return svg ? svg.getBoundingClientRect().top : null;
  });

/** Records the top of the shown drawing as the page puts the picture in the chart's stage (window.__mountedTop). */
function watchMount(): void {
  new MutationObserver((_, observer) => {
    const svg = [...document.querySelectorAll('.chart-stage > .first-chart-picture svg')].find((e) => e.getBoundingClientRect().width > 0);
    if (!svg) return;
    observer.disconnect();
    (window as unknown as { __mountedTop: number }).__mountedTop = svg.getBoundingClientRect().top;
  }).observe(document, { childList: true, subtree: true });
}

/** Holds the requests for `url` until the function it resolves to is called. */
async function hold(url: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await s.page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe('the server-drawn first chart as the page mounts', () => {
  it('stays where it first painted', { timeout: 120_000 }, async () => {
    const shots = process.env.GOVGRAPH_SHOTS_DIR !== undefined;
    const moved: Record<number, number> = {};
    for (const width of WIDTHS) {
      await s.viewport(width, width < 480 ? 844 : 900);
      // the app's entry held until the picture has painted
      const release = await hold(/\/assets\/main-[\w-]+\.js$/);
      await s.page.addInitScript(watchMount);
      await s.page.goto(`${s.server.url}${CHART}`, { waitUntil: 'commit' });
      await s.page.locator('#first-chart.first-chart-measured').waitFor();
      // two frames: painted
      await s.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const before = await pictureTop();
      expect(before, `${width}: picture shown`).not.toBeNull();
      if (shots) await s.shot(`no-jump-${width}-1-painted`);
      release();
      await s.chartReady();
      const after = await s.page.evaluate(() => (window as unknown as { __mountedTop?: number }).__mountedTop);
      if (shots) await s.shot(`no-jump-${width}-2-mounted`);
      expect(after, `${width}: picture put in the stage`).toBeTypeOf('number');
      moved[width] = Math.round(after! - before!);
      await s.page.unrouteAll();
    }
    // every width's move, so a failure shows them all
    expect(Object.values(moved).filter((m) => Math.abs(m) > 2), `moved by width: ${JSON.stringify(moved)}`).toEqual([]);
  });
});
