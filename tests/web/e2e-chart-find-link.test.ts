// A chart link with a Find term (/chart?p=richmond/csp&find=Youth%20IOM), in real headless Chromium:
// the chart opens on the body the term finds, selected, its details shown and the body in view far
// down the structure, as a link naming it (sel=) opens; the link becomes that one. A term that finds
// nothing says so in the Find box.
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe.js';
import { expectNodeInView } from './harness/chart.js';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 1366, height: 900 });


describe('a chart link with a Find term', () => {
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    it(`opens on the body it finds, selected and in view, at ${width} px`, async () => {
      await s.viewport(width, height);
      try {
        await s.page.goto(`${s.server.url}/chart?p=richmond/csp&at=2024&find=${encodeURIComponent('Youth IOM')}`);
        await s.chartReady();
        await expect.poll(() => s.query().get('sel'), { timeout: 20_000 }).toBe('richmond/youth-iom');
        expect(s.query().has('find')).toBe(false);
        await expect(s.page.locator('#panel-title').innerText()).resolves.toBe('Youth IOM');
        await expect(s.page.locator('#chart-search').inputValue()).resolves.toBe('Youth IOM');
        await expectNodeInView(s.page, 'richmond/youth-iom');
        await s.shot(`chart-find-link-${width}`);
        await expectAxeClean(s.page, `chart opened by a Find term at ${width} px`);
      } finally {
        await s.viewport(1366, 900);
      }
    });
  }

  it('says in the Find box when the term finds nothing, and draws the chart as without it', async () => {
    await s.page.goto(`${s.server.url}/chart?p=richmond/csp&find=zzqx`);
    await s.chartReady();
    await expect.poll(() => s.page.locator('.search .suggestions-status').innerText(), { timeout: 20_000 }).toBe('Nothing matches “zzqx”.');
    expect(s.query().has('find')).toBe(false);
    expect(s.query().get('p')).toBe('richmond/csp');
  });
});
