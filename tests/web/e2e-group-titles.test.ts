// A chart grouped by tier in real headless Chromium against the real server on the seeded store:
// at the first fit, every group's title (its box as the SVG export draws it, where Cytoscape
// draws it) lies whole inside the part of the chart in view, on a desktop and on a phone. The
// title sits above its frame's left edge; a fit that framed the boxes alone cut "Tier 2" to "er 2".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { titleBoxes } from './harness/svg-lines.js';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 1440, height: 900 });

describe('group titles at the first fit', () => {
  it.each([
    ['havering/csp', 1440, 900],
    ['richmond/csp', 1440, 900],
    ['havering/csp', 390, 844],
    ['richmond/csp', 390, 844],
  ])('%s by tier at %i px: each title in view is whole inside the chart', async (p, width, height) => {
    await s.viewport(width, height);
    await s.page.goto(`${s.server.url}/chart?p=${p}&group=tier`);
    await s.chartReady();
    await expect.poll(() => s.page.getAttribute('.cy', 'data-extent')).toMatch(/^-?[\d.]+ -?[\d.]+ -?[\d.]+ -?[\d.]+$/);
    await s.page.locator('.chart-stage').scrollIntoViewIfNeeded();
    await s.shot(`group-titles-${p.split('/')[0]}-${width}`);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('button[data-export=svg]')]);
    const titles = titleBoxes(readFileSync((await download.path())!, 'utf8'));
    expect(titles.size).toBeGreaterThanOrEqual(2);
    const [x1, y1, x2, y2] = (await s.page.getAttribute('.cy', 'data-extent'))!.split(' ').map(Number) as [number, number, number, number];
    // a title whose top is below the view (a phone shows the chart's top) is the overview's to reach
    const shown = [...titles].filter(([, t]) => t.y0 < y2);
    expect(shown.length).toBeGreaterThanOrEqual(1);
    for (const [group, t] of shown) {
      expect(t.x0, `the title of ${group} starts inside the chart's left edge`).toBeGreaterThanOrEqual(x1);
      expect(t.x1, `the title of ${group} ends inside the chart's right edge`).toBeLessThanOrEqual(x2);
      expect(t.y0, `the title of ${group} starts below the chart's top`).toBeGreaterThanOrEqual(y1);
    }
    await s.viewport(1440, 900);
  });
});
