// The server-drawn first chart does not move when the page's app mounts (the server writes the
// page's settings and controls above it: chart-toolbar-markup.ts): with the app's entry held until
// after the first paint, the picture's top on screen before the app runs and after it has taken the
// picture into its stage are the same (within 2 px), from a wide desktop's width to a small phone's,
// and the stage stays there once the partnerships' names have loaded. On a narrow screen the
// settings are folded under their toggle (saying what is set) before and after the mount alike.
import { describe, expect, it } from 'vitest';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 1440, height: 900 });
const CHART = '/chart?p=havering/csp';
const WIDTHS = [1920, 1440, 1100, 1024, 768, 700, 600, 480, 390, 360];

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
    const w = window as unknown as { __mountedTop: number; __stageTop: number };
    w.__mountedTop = svg.getBoundingClientRect().top;
    w.__stageTop = document.querySelector('.chart-stage')!.getBoundingClientRect().top;
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
      // the server's settings and controls, with the state's values, inert until the page takes them
      // (not the page's title: a screen reader meets it meanwhile); folded under their toggle on a narrow screen
      await expect(s.page.locator('.settings-fields[inert] .multi-summary').textContent()).resolves.toBe('Havering');
      await expect(s.page.locator('.chart-controls[inert] [aria-pressed="true"]').innerText()).resolves.toBe('Chart');
      await expect(s.page.locator('h1:not([inert] *)').innerText()).resolves.toBe('Structure chart');
      const folded = width <= 700;
      await expect(s.page.locator('.settings-toggle[inert][aria-expanded="false"]').isVisible(), `${width}: the settings' toggle`).resolves.toBe(folded);
      await expect(s.page.locator('.settings-fields').isVisible(), `${width}: the settings' fields`).resolves.toBe(!folded);
      if (folded) await expect(s.page.locator('.settings-said').innerText()).resolves.toBe('Havering, 3 levels');
      release();
      await s.chartReady();
      const after = await s.page.evaluate(() => (window as unknown as { __mountedTop?: number }).__mountedTop);
      if (shots) await s.shot(`no-jump-${width}-2-mounted`);
      expect(after, `${width}: picture put in the stage`).toBeTypeOf('number');
      moved[width] = Math.round(after! - before!);
      // taken, not copied: live, and no id twice; still folded as it painted
      await expect(s.page.locator('[inert]').count()).resolves.toBe(0);
      await expect(s.page.locator('.settings-fields').isVisible(), `${width}: the settings' fields once mounted`).resolves.toBe(!folded);
      const ids = await s.page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), `${width}: ids twice`).toEqual([]);
      // nor does the stage, where Cytoscape draws, once the partnerships' names have come
      await s.page.locator('#partnerships input[type=checkbox]').first().waitFor({ state: 'attached' });
      const stage = await s.page.evaluate(() => [(window as unknown as { __stageTop: number }).__stageTop, document.querySelector('.chart-stage')!.getBoundingClientRect().top]);
      expect(Math.abs(stage[1]! - stage[0]!), `${width}: the stage after the names came`).toBeLessThanOrEqual(2);
      await s.page.unrouteAll();
    }
    // every width's move, so a failure shows them all
    expect(Object.values(moved).filter((m) => Math.abs(m) > 2), `moved by width: ${JSON.stringify(moved)}`).toEqual([]);
  });
});
