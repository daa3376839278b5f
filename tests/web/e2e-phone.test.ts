// The app on a phone (390x844, touch emulated) in real headless Chromium: a tap on a VRU cell, a
// chart node or a body in the chart's list brings the answer or the details into view, and a one-finger swipe on the chart
// scrolls the page rather than being trapped by the chart; a tap on a node still selects it.
import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 390, height: 844 }, {}, { touch: true });

const inView = (sel: string) =>
  s.page.evaluate((q) => {
    const r = document.querySelector(q)!.getBoundingClientRect();
    return r.top >= -1 && r.top < window.innerHeight * 0.75;
  }, sel);

const touch = (): Promise<CDPSession> => s.page.context().newCDPSession(s.page);

/** A one-finger swipe up from (x, y): the page should scroll down by about `distance`. */
async function swipeUp(cdp: CDPSession, x: number, y: number, distance: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - (i * distance) / 10 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function tapAt(cdp: CDPSession, x: number, y: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The viewport position of a drawn node of the chart, or null. */
const nodeAt = (id: string) =>
  s.page.evaluate((nid) => {
    const box = document.querySelector('.cy') as HTMLElement & { _cyreg?: { cy: { getElementById(i: string): { renderedPosition(): { x: number; y: number } } } } };
    const p = box._cyreg!.cy.getElementById(nid).renderedPosition();
    const r = box.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);

describe('on a phone', () => {
  it('a tap on a VRU cell brings the answer into view', async () => {
    const cdp = await touch();
    await s.page.goto(`${s.server.url}/vru?p=havering/csp`);
    const cell = s.page.locator('button.cell').nth(5);
    await cell.scrollIntoViewIfNeeded();
    const box = (await cell.boundingBox())!;
    await tapAt(cdp, box.x + box.width / 2, box.y + box.height / 2);
    await s.page.locator('.vru-detail #vru-detail-title').waitFor();
    await expect.poll(() => inView('.vru-detail'), { timeout: 5000 }).toBe(true);
    await s.shot('phone-vru-tapped-390');
  });

  it('a swipe on the chart scrolls the page; a tap on a node selects it and brings the details into view', async () => {
    const cdp = await touch();
    await s.page.goto(`${s.server.url}/chart?p=richmond/csp&at=2024`);
    await s.chartReady();
    // the chart's top a little below the top of the screen, then a swipe up that starts on it
    await s.page.evaluate(() => window.scrollTo(0, document.querySelector('.cy')!.getBoundingClientRect().top + window.scrollY - 100));
    const cy = (await s.page.locator('.cy').boundingBox())!;
    const before = await s.page.evaluate(() => window.scrollY);
    await swipeUp(cdp, cy.x + cy.width / 2, Math.min(cy.y + cy.height / 2, 800), 300);
    await expect.poll(() => s.page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
    // once the swipe's fling has stopped (a tap during a fling only stops it), back to the chart, and tap the partnership's node
    await expect
      .poll(async () => {
        const y = await s.page.evaluate(() => window.scrollY);
        await s.page.waitForTimeout(300);
        return (await s.page.evaluate(() => window.scrollY)) === y;
      })
      .toBe(true);
    await s.page.evaluate(() => window.scrollTo(0, document.querySelector('.cy')!.getBoundingClientRect().top + window.scrollY - 100));
    const at = await nodeAt('richmond/csp');
    expect(at.y).toBeGreaterThan(0);
    expect(at.y).toBeLessThan(844);
    await tapAt(cdp, at.x, at.y);
    await expect.poll(() => new URL(s.page.url()).searchParams.get('sel')).toBe('richmond/csp');
    await s.page.locator('.panel #panel-title').waitFor();
    await expect.poll(() => inView('.panel'), { timeout: 5000 }).toBe(true);
    await s.shot(`phone-chart-tapped-390`);
  });

  it('a tap on a body in the list (text) selects it and brings the details into view', async () => {
    const cdp = await touch();
    await s.page.goto(`${s.server.url}/chart?p=richmond/csp&at=2024&show=list`);
    const item = s.page.locator('[role=tree] [role=treeitem]', { hasText: 'Daily Risk Briefing' }).first();
    await item.scrollIntoViewIfNeeded();
    const box = (await item.boundingBox())!;
    await tapAt(cdp, box.x + 20, box.y + 10);
    await expect.poll(() => new URL(s.page.url()).searchParams.get('sel')).toBe('richmond/daily-risk-briefing');
    await s.page.locator('.panel #panel-title').filter({ hasText: 'Daily Risk Briefing' }).waitFor();
    await expect.poll(() => inView('.panel'), { timeout: 5000 }).toBe(true);
    await s.shot('phone-list-tapped-390');
  });
});
