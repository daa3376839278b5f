// The overview beside a borough's chart, in real headless Chromium against the real server: at a
// desktop and a tablet size it takes a strip of the stage of its own (a phone has none: the chart
// takes the whole stage, e2e-chart-lines.test.ts), so its box never
// meets the box the chart is drawn in (every canvas Cytoscape draws on lies inside that one);
// it is reached by Tab from the chart and moves the view with the arrow keys; axe finds no serious
// or critical violation with it shown and focused.
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe.js';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 1440, height: 900 });

type Rect = { x: number; y: number; width: number; height: number };
const meet = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Rect, b: Rect): boolean => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;

describe('the overview beside a borough chart', () => {
  it.each([
    [1440, 900],
    [1024, 768],
  ])('at %i x %i never covers the chart, is reached by keyboard and is axe clean', async (width, height) => {
    await s.viewport(width, height);
    await s.page.goto(`${s.server.url}/chart?p=havering/csp&at=2018`);
    await s.chartReady();
    const overview = s.page.locator('.chart-overview');
    await expect(overview.isVisible()).resolves.toBe(true);
    const ov = (await overview.boundingBox())!;
    const chartBox = (await s.page.locator('.cy').boundingBox())!;
    const stage = (await s.page.locator('.chart-stage').boundingBox())!;
    expect(meet(ov, chartBox), `overview ${JSON.stringify(ov)} over the chart ${JSON.stringify(chartBox)}`).toBe(false);
    expect(inside(ov, stage)).toBe(true);
    // what the chart draws is drawn on its canvases, all inside its own box
    const canvases = await s.page.locator('.cy canvas').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));
    expect(canvases.length).toBeGreaterThan(0);
    for (const c of canvases) expect(inside(c, chartBox), `a canvas ${JSON.stringify(c)} outside the chart's box`).toBe(true);
    // the chart still has room: most of the stage
    expect(chartBox.width).toBeGreaterThan(stage.width * 0.7);
    await s.page.locator('.chart-main').scrollIntoViewIfNeeded();
    await s.shot(`chart-overview-${width}`);
    await expectAxeClean(s.page, `the chart with its overview, ${width} x ${height}`);

    // Tab from the chart reaches the overview; an arrow key moves the framed part and the view
    await s.page.focus('.cy');
    await s.page.keyboard.press('Tab');
    await expect(s.page.evaluate(() => document.activeElement?.classList.contains('chart-overview'))).resolves.toBe(true);
    await expect(overview.getAttribute('aria-label')).resolves.toMatch(/overview/i);
    const frameY = async () => Number(await s.page.locator('.chart-overview-frame').getAttribute('y'));
    const before = await frameY();
    await s.page.keyboard.press('ArrowDown');
    expect(await frameY()).toBeGreaterThan(before);
    await s.shot(`chart-overview-${width}-focused`);
    await expectAxeClean(s.page, `the chart with its overview focused, ${width} x ${height}`);
  });

  it('is not shown beside the list', async () => {
    await s.viewport(1440, 900);
    await s.page.goto(`${s.server.url}/chart?p=havering/csp&at=2018`);
    await s.chartReady();
    await s.page.locator('.chart-controls button', { hasText: 'List (text)' }).click();
    await expect(s.page.locator('.chart-overview').isVisible()).resolves.toBe(false);
  });
});
