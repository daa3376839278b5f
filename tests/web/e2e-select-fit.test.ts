// Native selects at a phone's width and a laptop's, in real headless Chromium: a select cannot wrap
// its text, so every option must fit the select it is in, or be cut off mid-word once chosen. Each
// select that lists partnerships ("Kingston and Richmond Safeguarding Children Partnership" was cut
// at 390 px) shows a readable form of each name with the whole name in its title, and the "What
// changed" select of the chart panel's "Propose a change" form fits the panel, and the line chosen
// to end, whose words may not, is said whole beside it. Axe-clean.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe.js';
import { curationPage } from './harness/curation-page.js';
import { cutSelects } from './harness/layout.js';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 390, height: 844 }, { curation: {} });
const { addAccounts, signIn } = curationPage(s, '/');
const ALL = 'richmond/csp,havering/csp,wandsworth/csp,rbkc/skcp,richmond/krscp,richmond/cdp,rbkc/modern-slavery-partnership,richmond/business-against-crime';

/** Each view with a select of partnerships, and that select. */
const VIEWS: [string, string][] = [
  ['/report?p=richmond/csp&at=2024', '#report-partnership'],
  ['/findings?p=richmond/csp', '#findings-partnership'],
  ['/compare?p=richmond/csp', '#compare-partnership, #compare-with'],
  ['/changes?tab=feed', '#feed-partnership'],
  ['/actions', '#f-partnership'],
  [`/vru?p=${ALL}`, '#vru-shown'],
];

beforeAll(() => addAccounts({ edith: ['editor:richmond/csp'] }));

describe('selects fit their text', { timeout: 120_000 }, () => {
  for (const width of [390, 1366]) {
    it(`lists partnerships by names that fit at ${width} px, each whole name in its option's title`, async () => {
      await s.viewport(width, width < 700 ? 844 : 900);
      for (const [path, selector] of VIEWS) {
        await s.page.goto(`${s.server.url}${path}`);
        const selects = s.page.locator(selector);
        // loaded: the partnerships' options are in (the VRU view's select is there on a phone only)
        await expect.poll(() => selects.first().locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(1);
        expect(await cutSelects(s.page, { every: true, selector }), `${path} at ${width} px`).toEqual([]);
        const options = await selects.first().locator('option[title]').evaluateAll((os) => os.map((o) => ({ text: o.textContent!, title: o.getAttribute('title')! })));
        expect(options.length, `${path}: options with their whole names`).toBeGreaterThan(1);
        for (const o of options) expect(o.title.length, `${path}: "${o.text}" names "${o.title}"`).toBeGreaterThanOrEqual(o.text.length - 1);
        if (path.startsWith('/report')) expect(options.map((o) => o.text)).toContain('Kingston and Richmond (KRSCP)');
        await expectAxeClean(s.page, `${path} at ${width} px`);
      }
    });
  }

  it('fits every "What changed" choice in the chart panel\'s form at 390 and 1366 px', async () => {
    await signIn('edith');
    for (const [width, height] of [
      [390, 844],
      [1366, 900],
    ] as const) {
      await s.viewport(width, height);
      await s.page.goto(`${s.server.url}/chart?p=richmond/csp&sel=richmond/daily-risk-briefing`);
      await s.chartReady();
      await s.page.click('[data-mode=edit]');
      const kind = s.page.locator('#edit-kind');
      await kind.waitFor();
      expect(await cutSelects(s.page, { every: true, selector: '#edit-kind' }), `at ${width} px`).toEqual([]);
      const box = (await kind.boundingBox())!;
      expect(box.x + box.width, `the select inside the viewport at ${width} px`).toBeLessThanOrEqual(width);
      await expectAxeClean(s.page, `the edit form at ${width} px`, { include: '.panel' });
      // the lines a body has are data, often wider than the panel: the one chosen is said whole under the label
      await kind.selectOption('end-line');
      const lines = await s.page.locator('#edit-end-line option').allInnerTexts();
      const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
      await s.page.selectOption('#edit-end-line', { label: longest });
      await expect(s.page.locator('#edit-end-line-hint').innerText()).resolves.toBe(`Chosen: ${longest}.`);
      expect(await s.page.locator('#edit-end-line').getAttribute('aria-describedby')).toBe('edit-end-line-hint');
    }
  });
});
