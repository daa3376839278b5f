// The national overview's level of detail in real Chromium (web/layout-bench.html draws a synthetic
// chart of partnerships with the app's own code): zoomed out, each partnership is a summary box whose
// title is readable and no body is drawn; a click on a summary, or the arrow keys, zoom in to its
// bodies at a readable size; the whole is one key away; axe finds nothing serious at desktop and
// phone width, and the phone does not scroll sideways.
import { describe, expect, it } from 'vitest';
import type { ChartProbe } from '../../web/src/bench/layout-bench.js';
import { expectAxeClean } from './harness/axe.js';
import { browserSession } from './harness/session.js';

// not production: a production server does not serve the layout bench page
const s = browserSession({ width: 1440, height: 900 }, { production: false });

const probe = (): Promise<ChartProbe> => s.page.evaluate(() => window.govgraphChartProbe());
/** The probe once `ok` holds (the chart opens and closes partnerships a frame after the view moves). */
async function settled(ok: (p: ChartProbe) => boolean): Promise<ChartProbe> {
  const until = Date.now() + 10_000;
  for (;;) {
    const p = await probe();
    if (ok(p)) return p;
    if (Date.now() > until) throw new Error(`the chart did not settle: ${JSON.stringify(p)}`);
    await s.page.waitForTimeout(50);
  }
}

/** The synthetic overview as first drawn, the chart focused. */
async function drawOverview(): Promise<number> {
  await s.page.goto(`${s.server.url}/layout-bench.html`);
  await s.page.waitForFunction(() => typeof window.govgraphNationalDraw === 'function');
  // partnerships of 50 bodies: 1,500 makes 30 of them, over the size that draws summaries
  const r = await s.page.evaluate(() => window.govgraphNationalDraw(1500));
  await s.page.focus('#chart');
  return r.nodes;
}

describe('the national overview, zoomed out and in', () => {
  it('shows partnerships as readable summaries zoomed out, and their bodies once zoomed in', async () => {
    const nodes = await drawOverview();
    expect(nodes).toBeGreaterThan(1500);
    const out = await settled((p) => p.bodies === 0);
    expect(out).toMatchObject({ summaries: 30, open: 0, bodies: 0, selected: null });
    // the summaries' titles are the labels drawn, at a readable size
    expect(out.labelPx).toBeGreaterThanOrEqual(11);
    await s.shot('national-overview-zoomed-out-1440');

    // a click on a summary zooms in to it: its bodies drawn, labels readable, few of the others drawn
    await s.page.mouse.click(out.firstSummary!.x, out.firstSummary!.y);
    const zoomed = await settled((p) => p.zoom > 0.9 && p.bodies > 0);
    expect(zoomed.open).toBeGreaterThanOrEqual(1);
    expect(zoomed.open).toBeLessThan(30);
    expect(zoomed.bodies).toBeLessThan(nodes / 2);
    expect(zoomed.labelPx).toBeGreaterThanOrEqual(11);
    await s.shot('national-overview-zoomed-in-1440');
    await expectAxeClean(s.page, 'national overview zoomed in at 1440');

    // zooming out hands the bodies back (0: the whole chart, however small)
    await s.page.focus('#chart');
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('0');
    await settled((p) => p.bodies === 0 && p.open === 0);
    await s.shot('national-overview-whole-1440');
    await expectAxeClean(s.page, 'national overview zoomed out at 1440');
  });

  it('exports the whole chart, every body of every partnership, not only what is in view', async () => {
    const nodes = await drawOverview();
    await settled((p) => p.bodies === 0);
    const svg = await s.page.evaluate(() => window.govgraphChartSvg());
    expect(svg.match(/<g class="node"/g)?.length).toBe(nodes - 30);
    expect(svg.match(/<g class="group"/g)?.length).toBe(30);
    // and the view is as it was
    expect(await probe()).toMatchObject({ bodies: 0, open: 0 });
  });

  it('reaches every body by keyboard: an arrow selects the top body, opening its partnership, and the next arrows move on', async () => {
    await drawOverview();
    await settled((p) => p.bodies === 0);
    await s.page.keyboard.press('ArrowDown');
    const first = await settled((p) => p.selected !== null && p.bodies > 0);
    expect(first.open).toBeGreaterThanOrEqual(1);
    await s.page.keyboard.press('ArrowDown');
    const next = await settled((p) => p.selected !== null && p.selected !== first.selected);
    expect(next.bodies).toBeGreaterThan(0);
    // far down the chart: every move lands on a drawn body
    for (let i = 0; i < 12; i++) await s.page.keyboard.press('ArrowDown');
    const far = await settled((p) => p.selected !== next.selected);
    expect(far.selected).toMatch(/^synth\/p\d+\/n\d+$/);
  });

  it('fits a phone without sideways scrolling, axe clean zoomed out and in', async () => {
    await s.viewport(390, 844);
    await drawOverview();
    const out = await settled((p) => p.bodies === 0);
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await s.shot('national-overview-zoomed-out-390');
    await expectAxeClean(s.page, 'national overview zoomed out at 390');
    await s.page.mouse.click(out.firstSummary!.x, out.firstSummary!.y);
    const zoomed = await settled((p) => p.zoom > 0.9 && p.bodies > 0);
    expect(zoomed.labelPx).toBeGreaterThanOrEqual(11);
    await s.shot('national-overview-zoomed-in-390');
    await expectAxeClean(s.page, 'national overview zoomed in at 390');
    await s.viewport(1440, 900);
  });
});
