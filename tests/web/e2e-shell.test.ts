// The app's shell in real headless Chromium: the start page that lists the partnerships and
// opens their charts, and the not-found page for an address that names no view.
import { describe, expect, it } from 'vitest';
import { axeViolations, expectAxeClean } from './harness/axe.js';
import { browserSession } from './harness/session.js';

const s = browserSession();

describe('start page', () => {
  it('lists every partnership with what the graph holds for it, each opening its chart', async () => {
    await s.page.goto(`${s.server.url}/`);
    const cards = s.page.locator('.start-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThanOrEqual(5);
    const richmond = cards.filter({ has: s.page.locator('h2', { hasText: 'Richmond Community Safety Partnership' }) });
    await expect(richmond.locator('.start-facts').innerText()).resolves.toMatch(/^\d+ governance bod(y|ies), \d+ strateg/);
    // a partnership only named in Richmond's plans is not "0 governance bodies": its chart has the bodies it works with
    const cdp = cards.filter({ has: s.page.locator('h2', { hasText: 'Combatting Drugs Partnership' }) });
    await expect(cdp.locator('.start-facts').innerText()).resolves.toMatch(/^Named in the plans of Richmond Community Safety Partnership; its chart shows the bodies it works with/);
    await expect(s.page.locator('nav a[aria-current=page]').innerText()).resolves.toBe('Partnerships');
    await s.shot('shell-01-start');
    await expectAxeClean(s.page, 'the start page');
    await richmond.locator('h2 a').click();
    await s.chartReady();
    expect(new URL(s.page.url()).pathname).toBe('/chart');
    expect(s.query().get('p')).toBe('richmond/csp');
  });
});

/** Every layout shift of the page, as Chromium reports them (PerformanceObserver), kept in window.__shifts. */
function watchShifts(): void {
  const shifts: { value: number; moved: string[] }[] = [];
  (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Shift[]) {
      if (!e.hadRecentInput) shifts.push({ value: e.value, moved: e.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}${s.node.id ? `#${s.node.id}` : ''}.${s.node.className}` : String(s.node?.nodeName))) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

describe('the page as the app starts', () => {
  // (a phone's chart page is left out: as the page takes the picture into the chart's stage, Chromium reports its
  // drawing moved 6 px sideways (0.003), though no frame shows it anywhere else; e2e-first-chart-no-jump checks its top)
  it.each([
    [1440, 900, '/chart?p=havering/csp'],
    [1440, 900, '/chart?p=havering/csp&group=tier'],
    [1440, 900, '/'],
    [390, 844, '/'],
  ])('at %i x %i, %s does not move once painted, though the app\'s scripts come after the first paint', async (width, height, url) => {
    await s.viewport(width, height);
    await s.page.addInitScript(watchShifts);
    // the scripts held until the page has painted, as on a slow first visit
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await s.page.route(/\/assets\/[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await s.page.goto(`${s.server.url}${url}`, { waitUntil: 'commit' });
    await s.page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
    const name = `${width}-${url === '/' ? 'start' : url.includes('group') ? 'chart-grouped' : 'chart'}`;
    await s.shot(`cls-painted-${name}`);
    release();
    if (url === '/') await s.page.locator('.start-card').first().waitFor();
    else await s.chartReady();
    await s.page.unrouteAll();
    // a frame after the last change
    await s.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await s.shot(`cls-ready-${name}`);
    const shifts = await s.page.evaluate(() => (window as unknown as { __shifts: { value: number; moved: string[] }[] }).__shifts);
    const cls = shifts.reduce((sum, x) => sum + x.value, 0);
    expect(cls, JSON.stringify(shifts)).toBeLessThan(0.001);
  });
});

describe('navigation on a phone', () => {
  it('folds behind a Menu button that opens, navigates, closes and gives the focus back on Escape', async () => {
    await s.viewport(390, 844);
    await s.page.goto(`${s.server.url}/`);
    await s.page.locator('.start-card').first().waitFor();
    const menu = s.page.locator('#nav-toggle');
    const views = s.page.locator('nav[aria-label=Views]');
    expect(await views.isVisible()).toBe(false);
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await views.isVisible()).toBe(true);
    await s.shot('shell-03-phone-menu');
    await expectAxeClean(s.page, 'the phone menu, open');
    await s.page.keyboard.press('Escape');
    expect(await views.isVisible()).toBe(false);
    expect(await menu.evaluate((b) => b === document.activeElement)).toBe(true);
    await menu.press('Enter');
    await views.locator('a', { hasText: 'Governance findings' }).click();
    await s.page.waitForURL(/\/findings/);
    expect(await views.isVisible()).toBe(false);
    await s.viewport(1280, 800);
    expect(await views.isVisible()).toBe(true);
    expect(await menu.isVisible()).toBe(false);
  });
});

describe('the header on a wide screen', () => {
  /** The header's height, and the tops of the brand, each view's link and the account, relative to the header. */
  const header = () =>
    s.page.evaluate(() => {
      const head = document.querySelector('.app-header')!.getBoundingClientRect();
      const top = (e: Element) => Math.round(e.getBoundingClientRect().top - head.top);
      return { height: head.height, brand: top(document.querySelector('.brand')!), links: [...document.querySelectorAll('#nav a')].map(top), account: top(document.querySelector('.account')!) };
    });

  it('is one row at 1440 px: the brand, every view and the account side by side', async () => {
    await s.viewport(1440, 900);
    try {
      await s.page.goto(`${s.server.url}/findings`);
      await s.page.locator('#nav a[aria-current=page]').waitFor();
      const h = await header();
      expect(h.links.length).toBeGreaterThan(8);
      expect(new Set(h.links).size, JSON.stringify(h)).toBe(1);
      expect(h.height, JSON.stringify(h)).toBeLessThan(60);
      await s.shot('shell-04-header-1440');
    } finally {
      await s.viewport(1280, 800);
    }
  });

  it('at 1024 px wraps only the links, inside their own column, the brand and account staying in the row', async () => {
    await s.viewport(1024, 768);
    try {
      await s.page.goto(`${s.server.url}/findings`);
      await s.page.locator('#nav a[aria-current=page]').waitFor();
      const h = await header();
      expect(new Set(h.links).size, JSON.stringify(h)).toBeLessThanOrEqual(2);
      expect(h.height, JSON.stringify(h)).toBeLessThan(110);
      expect(h.account, JSON.stringify(h)).toBeLessThan(h.height / 2);
      await expectAxeClean(s.page, 'the header at 1024 px');
    } finally {
      await s.viewport(1280, 800);
    }
  });
});

describe('not-found page', () => {
  it('says that an unknown address has no page, instead of showing a chart', async () => {
    await s.page.goto(`${s.server.url}/no-such-page`);
    await s.page.locator('.not-found').waitFor();
    await expect(s.page.locator('h1').innerText()).resolves.toBe('Page not found');
    await expect(s.page.locator('.not-found').innerText()).resolves.toContain('/no-such-page');
    expect(await s.page.title()).toMatch(/^Page not found/);
    expect(await s.page.locator('.cy').count()).toBe(0);
    await expect(s.page.locator('nav a[aria-current=page]').count()).resolves.toBe(0);
    await s.shot('shell-02-not-found');
    await expectAxeClean(s.page, 'the not-found page');
    // the check can fail: a button with no name is a critical violation it reports
    await s.page.evaluate(() => document.querySelector('.not-found')!.insertAdjacentHTML('beforeend', '<button></button><button aria-label="Close">Open</button>'));
    const found = (await axeViolations(s.page)).map((v) => [v.id, v.impact, v.count]);
    expect(found).toContainEqual(['button-name', 'critical', 1]);
    // label in name (WCAG 2.5.3), which axe runs only when asked
    expect(found).toContainEqual(['label-content-name-mismatch', 'serious', 1]);
    await s.page.evaluate(() => document.querySelectorAll('.not-found button').forEach((b) => b.remove()));
    await s.page.locator('.not-found a', { hasText: 'start page' }).click();
    await s.page.locator('.start-card').first().waitFor();
  });

  it('answers a browser opening /graphql in production (explorer off) with a page that says where the explorer is, not a CSRF error', async () => {
    const res = await s.page.goto(`${s.server.url}/graphql`);
    expect(res?.status()).toBe(200);
    const page = s.page.locator('.not-found');
    await page.filter({ hasText: 'NODE_ENV=development' }).waitFor();
    expect(await s.page.title()).toMatch(/^Page not found/);
    await s.shot('shell-03-graphql-production');
    await expectAxeClean(s.page, '/graphql in production');
    // the API itself still answers a query at the same address
    const answer = await s.page.evaluate(async () => (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) })).json());
    expect(answer).toEqual({ data: { __typename: 'Query' } });
  });
});
