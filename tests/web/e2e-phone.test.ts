// The app on a phone (390x844, touch emulated) in real headless Chromium: a tap on a VRU cell, a
// chart node or a body in the chart's list brings the answer or the details into view, and a one-finger swipe on the chart
// scrolls the page rather than being trapped by the chart; a tap on a node still selects it.
import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe.js';
import { expectNodeInView, nodeAt } from './harness/chart.js';
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
    const at = await nodeAt(s.page, 'richmond/csp');
    expect(at.y).toBeGreaterThan(0);
    expect(at.y).toBeLessThan(844);
    await tapAt(cdp, at.x, at.y);
    await expect.poll(() => new URL(s.page.url()).searchParams.get('sel')).toBe('richmond/csp');
    await s.page.locator('.panel #panel-title').waitFor();
    await expect.poll(() => inView('.panel'), { timeout: 5000 }).toBe(true);
    await s.shot(`phone-chart-tapped-390`);
  });

  it('a link naming a body opens the chart on it, far down the structure, not on its top', async () => {
    await s.page.goto(`${s.server.url}/chart?p=richmond/csp&at=2024&sel=richmond/youth-iom`);
    await s.chartReady();
    await expectNodeInView(s.page, 'richmond/youth-iom');
    await s.shot('phone-chart-opens-on-selected-390');
  });

  it("a tap on an organisation in the list brings its profile, under the list, into view", async () => {
    const cdp = await touch();
    await s.page.goto(`${s.server.url}/organisations`);
    const item = s.page.locator('.org-nav li a', { hasText: 'Metropolitan Police Service' }).first();
    await item.scrollIntoViewIfNeeded();
    const box = (await item.boundingBox())!;
    await tapAt(cdp, box.x + 10, box.y + box.height / 2);
    await expect.poll(() => new URL(s.page.url()).searchParams.get('org')).toBe('org/mps');
    await s.page.locator('.org-profile-box h2').filter({ hasText: 'Metropolitan Police Service' }).waitFor();
    await expect.poll(() => inView('.org-profile-box'), { timeout: 5000 }).toBe(true);
    await s.shot('phone-organisation-tapped-390');
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

/** The names of the buttons and headings in Chromium's accessibility tree (what a screen reader can meet: not inert ones). */
async function exposed(): Promise<string[]> {
  const cdp = await s.page.context().newCDPSession(s.page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && ['button', 'heading'].includes(n.role?.value ?? '')).map((n) => `${n.role!.value}: ${n.name?.value ?? ''}`);
}

/** How far the page is wider than the screen (a sideways scroll when above 0). */
const overflow = () => s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('tables of many columns on a phone', () => {
  /** How far each table's box (or the table itself) runs past its own width: a sideways scroll inside it. */
  const tableOverflow = () =>
    s.page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('.stack-narrow')].flatMap((t) => [t, t.parentElement!]).map((e) => e.scrollWidth - e.clientWidth)));

  it('show each action as a card of labelled values, with nothing to scroll sideways', async () => {
    await s.page.goto(`${s.server.url}/actions?lead=org/mps`);
    const lead = s.page.locator('.actions-table tbody tr').first().locator('td[data-label="Lead"]');
    await expect.poll(() => lead.innerText()).toContain('Metropolitan Police Service');
    await expect(tableOverflow()).resolves.toBeLessThanOrEqual(0);
    // every column's value on screen, its column's name drawn beside it
    const cells = await s.page.locator('.actions-table tbody tr').first().locator('td').evaluateAll((tds) =>
      tds.map((td) => ({ right: td.getBoundingClientRect().right, label: getComputedStyle(td, '::before').content })),
    );
    expect(cells.map((c) => c.label)).toEqual(['Partnership', 'No.', 'Action', 'Priority', 'Lead', 'Timescale', 'Status'].map((l) => `"${l}" / ""`));
    expect(Math.max(...cells.map((c) => c.right))).toBeLessThanOrEqual(390);
    // still a table to a screen reader, its sort buttons there
    await expect(s.page.getByRole('columnheader', { name: /Lead/ }).count()).resolves.toBe(1);
    await expect(s.page.getByRole('cell', { name: /^Metropolitan Police Service/ }).count()).resolves.toBeGreaterThan(0);
    await s.page.getByRole('button', { name: /Timescale/ }).click();
    await expect.poll(() => s.query().get('sort')).toBe('timescale');
    await expectAxeClean(s.page, 'the actions as cards');
    await s.shot('phone-actions-cards-390');
  });

  it('show the interlocks as cards, each headed by its organisation, with no blank screen beside a long list', async () => {
    await s.page.goto(`${s.server.url}/interlocks`);
    const first = s.page.locator('.interlocks-table tbody tr').first();
    await first.locator('th[scope=row]').filter({ hasText: 'Metropolitan Police Service' }).waitFor();
    await expect(tableOverflow()).resolves.toBeLessThanOrEqual(0);
    // the seats, the tallest value, start beside their label, within the screen
    const seats = (await first.locator('td[data-label="Seats and evidence"] .seat-list').boundingBox())!;
    expect(seats.x + seats.width).toBeLessThanOrEqual(390);
    await expect(s.page.getByRole('rowheader', { name: /Metropolitan Police Service/ }).count()).resolves.toBeGreaterThan(0);
    // each value labelled with its sortable column's words, not its button's arrow
    await expect(first.locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content))).resolves.toEqual(
      ['Bodies', 'Partnerships', 'Seats and evidence'].map((l) => `"${l}" / ""`),
    );
    await expect(s.page.getByRole('columnheader', { name: /^Bodies/ }).count()).resolves.toBe(1);
    await expectAxeClean(s.page, 'the interlocks as cards');
    await s.shot('phone-interlocks-cards-390');
  });

  it("show an organisation's tables as cards too", async () => {
    await s.page.goto(`${s.server.url}/organisations?org=org/mps`);
    await s.page.locator('.org-profile-box .stack-narrow tbody tr').first().waitFor();
    await expect(tableOverflow()).resolves.toBeLessThanOrEqual(0);
    // every value labelled with its column, and a table's roles for a screen reader
    const unlabelled = await s.page.locator('.org-profile-box .stack-narrow tbody td').evaluateAll((tds) => tds.filter((td) => !td.dataset.label).length);
    expect(unlabelled).toBe(0);
    await expect(s.page.locator('.org-profile-box table').first().getByRole('columnheader').count()).resolves.toBeGreaterThan(2);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await expectAxeClean(s.page, "an organisation's tables as cards");
  });
});

describe('the VRU matrix on a phone', () => {
  /** The column headers a screen reader meets in a table (hidden columns are not among them). */
  const heads = (table: string) => s.page.locator(table).getByRole('columnheader').allInnerTexts();

  it('shows one partnership at a time, chosen in a field kept in reach, with nothing to scroll sideways; a wide screen shows them all', async () => {
    await s.page.goto(`${s.server.url}/vru?p=havering/csp,richmond/csp,wandsworth/csp`);
    await s.page.locator('button.cell').first().waitFor();
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    const boxOverflow = () => s.page.locator('.matrix-box').evaluate((b) => b.scrollWidth - b.clientWidth);
    await expect(boxOverflow()).resolves.toBeLessThanOrEqual(0);
    await expect(heads('.matrix')).resolves.toEqual(['No.', 'Mandatory action', 'Havering']);
    await expect(heads('.totals-table')).resolves.toEqual(['Gap', 'Havering']);

    await s.page.getByLabel('Partnership shown').selectOption({ label: 'Richmond' });
    await expect.poll(() => heads('.matrix')).toEqual(['No.', 'Mandatory action', 'Richmond']);
    await expect(heads('.totals-table')).resolves.toEqual(['Gap', 'Richmond']);
    const shownCells = await s.page.locator('button.cell:visible').evaluateAll((bs) => [...new Set(bs.map((b) => (b as HTMLElement).dataset.for))]);
    expect(shownCells).toEqual(['richmond/csp']);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await expect(boxOverflow()).resolves.toBeLessThanOrEqual(0);
    // still a table to a screen reader, its cells' names starting with the words they show
    await expect(s.page.getByRole('button', { name: /^No named lead, No RAG rating: Richmond, 1\.1 / }).count()).resolves.toBe(1);
    await expectAxeClean(s.page, 'the VRU matrix, one partnership at a time');

    // far down the matrix, the field is still on screen
    await s.page.locator('button.cell:visible').last().scrollIntoViewIfNeeded();
    const field = (await s.page.getByLabel('Partnership shown').boundingBox())!;
    expect(field.y).toBeGreaterThanOrEqual(0);
    expect(field.y).toBeLessThan(120);
    await s.shot('phone-vru-one-partnership-390');

    // going back up the matrix by keyboard, each focused cell stops below the field, not under it (WCAG 2.4.11)
    await s.page.locator('button.cell:visible').last().focus();
    for (let i = 0; i < 25; i++) {
      await s.page.keyboard.press('Shift+Tab');
      const [focused, below] = await s.page.evaluate(() => [document.activeElement!.getBoundingClientRect().top, document.querySelector('.vru-shown')!.getBoundingClientRect().bottom]);
      expect(focused, `the cell focused by Shift+Tab number ${i + 1} under the sticky field`).toBeGreaterThanOrEqual(below!);
    }

    await s.viewport(1440, 900);
    try {
      await expect.poll(() => heads('.matrix')).toEqual(['No.', 'Mandatory action', 'Havering', 'Richmond', 'Wandsworth']);
      await expect(s.page.getByLabel('Partnership shown').isVisible()).resolves.toBe(false);
    } finally {
      await s.viewport(390, 844);
    }
  });
});

describe("the chart's settings on a phone", () => {
  it('fold under a toggle saying what is set, so the chart is in view on arrival; it opens and closes by keyboard and says its state', async () => {
    await s.page.goto(`${s.server.url}/chart?p=richmond/csp&at=2024&group=tier&depth=4`);
    await s.chartReady();
    // the chart's box starts in the top third of the screen, and most of the screen is chart
    const stage = (await s.page.locator('.chart-stage').boundingBox())!;
    expect(stage.y).toBeLessThan(300);
    expect(Math.min(stage.y + stage.height, 844) - stage.y).toBeGreaterThan(500);
    const toggle = s.page.locator('.settings-toggle');
    const fields = s.page.locator('#chart-settings-fields');
    await expect.poll(() => s.page.locator('.settings-said').innerText()).toBe('Richmond, as at 2024, 4 levels, grouped by tier');
    await expect(toggle.getAttribute('aria-controls')).resolves.toBe('chart-settings-fields');
    await expect(fields.isVisible()).resolves.toBe(false);
    // what a screen reader says of it: its name and (collapsed) no [expanded]
    await expect(toggle.ariaSnapshot()).resolves.toMatch(/^- '?button "Settings and Find : Richmond, as at 2024, 4 levels, grouped by tier"'?$/);
    await s.shot('phone-chart-settings-folded-390');

    // Enter opens it, and a screen reader is told it is expanded; Tab goes on into the fields
    await toggle.focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await expect(toggle.ariaSnapshot()).resolves.toMatch(/grouped by tier" \[expanded\]'?$/);
    await expect(fields.isVisible()).resolves.toBe(true);
    await expect(s.page.locator('#depth').isVisible()).resolves.toBe(true);
    await s.page.keyboard.press('Tab');
    await expect(s.page.evaluate(() => document.activeElement?.classList.contains('multi-summary'))).resolves.toBe(true);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await expectAxeClean(s.page, 'the chart with its settings open, on a phone');
    await s.shot('phone-chart-settings-open-390');

    // a change made in it redraws and the toggle says the new setting
    await s.page.selectOption('#depth', '2');
    await expect.poll(() => s.query().get('depth')).toBe('2');
    await expect.poll(() => s.page.locator('.settings-said').innerText()).toBe('Richmond, as at 2024, 2 levels, grouped by tier');

    // Space on the toggle closes it again
    await toggle.focus();
    await s.page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await expect(fields.isVisible()).resolves.toBe(false);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
  });

  it('are open when nothing is chosen yet, and on a wide screen there is no toggle', async () => {
    await s.page.goto(`${s.server.url}/chart`);
    await s.page.locator('.chart-overlay').filter({ hasText: 'Choose one or more partnerships' }).waitFor();
    await expect(s.page.locator('.settings-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(s.page.locator('.multi-summary').isVisible()).resolves.toBe(true);
    await s.viewport(1440, 900);
    try {
      await s.page.goto(`${s.server.url}/chart?p=richmond/csp&at=2024`);
      await s.chartReady();
      await expect(s.page.locator('.settings-toggle').isVisible()).resolves.toBe(false);
      await expect(s.page.locator('#depth').isVisible()).resolves.toBe(true);
      await s.shot('desktop-chart-settings-1440');
    } finally {
      await s.viewport(390, 844);
    }
  });

  for (const [width, height] of [
    [390, 844],
    [1440, 900],
  ] as const) {
    it(`before the app mounts, a screen reader meets the page's title and the picture, not the inert settings; after, nothing is left inert (${width} px)`, async () => {
      await s.viewport(width, height);
      try {
        // the app's entry held: the server's page as it stands until the scripts run
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        await s.page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
          await held;
          await route.continue();
        });
        await s.page.goto(`${s.server.url}/chart?p=havering/csp`, { waitUntil: 'commit' });
        await s.page.locator('#first-chart.first-chart-measured').waitFor();
        await expect(s.page.getByRole('img', { name: /^Structure chart of Havering/ }).count()).resolves.toBe(1);
        // the settings and controls are there to see but not yet to use: out of the tab order and hidden from assistive technology
        await expect(s.page.locator('.settings-fields[inert], .chart-controls[inert]').count()).resolves.toBe(2);
        await expect(s.page.locator('.settings-toggle[inert]').count()).resolves.toBe(1);
        const before = await exposed();
        expect(before).toContain('heading: Structure chart');
        expect(before.filter((b) => /Fit all|Settings|Chart$/.test(b))).toEqual([]);
        await expectAxeClean(s.page, 'the server-drawn chart page before the app mounts');
        release();
        await s.chartReady();
        await expect(s.page.locator('[inert]').count()).resolves.toBe(0);
        // each once: the page took the server's settings and controls, it did not add its own
        const after = await exposed();
        expect(after.filter((b) => b === 'heading: Structure chart' || b === 'button: Fit all' || b === 'button: Chart')).toEqual(['heading: Structure chart', 'button: Chart', 'button: Fit all']);
        expect(after.filter((b) => b.startsWith('button: Settings and Find'))).toHaveLength(width < 600 ? 1 : 0);
        await expect(s.page.getByRole('group', { name: 'Chart settings' }).count()).resolves.toBe(1);
        // the picture made way for the interactive chart: the chart is named once
        await expect(s.page.getByRole('img', { name: /^Structure chart of Havering/ }).count()).resolves.toBe(0);
        await expectAxeClean(s.page, 'the server-drawn chart page once the app has mounted');
        if (width < 600) await expect(overflow()).resolves.toBeLessThanOrEqual(0);
      } finally {
        await s.page.unrouteAll();
        await s.viewport(390, 844);
      }
    });
  }
});
