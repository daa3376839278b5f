// The compare view in real headless Chromium: Richmond 2017 to 2024 (27 bodies added, 9 removed,
// as compareStructure answers), and Richmond with Wandsworth in 2017 (twin plans: most bodies
// have a counterpart), drawn on one chart with the differences outlined and listed with their
// evidence; a tap on the chart brings the item into view; axe-clean at 1440 and 390 px.
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe.js';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 1440, height: 900 });

describe('compare view', () => {
  it('lists and draws what changed in Richmond from 2017 to 2024, each with its evidence', async () => {
    await s.page.goto(`${s.server.url}/compare?p=richmond/csp&from=2017&to=2024`);
    await s.chartReady();
    await expect(s.page.locator('.compare-page .count').innerText()).resolves.toMatch(/^From 2017 to 2024: 27 bodies added, 9 removed, \d+ changed; \d+ lines added/);
    expect(await s.page.locator('.diff-list .diff-item.diff-added[data-id]').count()).toBeGreaterThanOrEqual(27);
    const bodiesAdded = s.page.locator('h3', { hasText: /^Bodies added \(27\)$/ });
    await expect(bodiesAdded.count()).resolves.toBe(1);
    await expect(s.page.locator('h3', { hasText: /^Bodies removed \(9\)$/ }).count()).resolves.toBe(1);
    // the chart marks what it draws of the changes, with the classes the key explains
    const marked = Number(await s.page.getAttribute('.cy', 'data-marked'));
    expect(marked).toBeGreaterThan(0);
    const classes = await s.page.evaluate(() => {
      const cy = (document.querySelector('.cy') as HTMLElement & { _cyreg?: { cy: { elements(): { classes(): string[] }[] } } })._cyreg?.cy;
      return cy ? cy.elements().flatMap((e) => e.classes()).filter((c) => c.startsWith('diff-')) : [];
    });
    expect(new Set(classes)).toEqual(new Set(['diff-added', 'diff-removed', 'diff-changed'].filter((c) => classes.includes(c))));
    expect(classes.length).toBe(marked);
    expect(classes).toContain('diff-added');
    expect(classes).toContain('diff-removed');
    // each entry opens its evidence: a quote and its source
    const first = s.page.locator('.diff-item.diff-added').first();
    await first.locator('summary').click();
    await expect(first.locator('.evidence blockquote').first().innerText()).resolves.toMatch(/^“.+”$/s);
    await expect(first.locator('a', { hasText: 'Open the chart as at 2024' }).getAttribute('href')).resolves.toMatch(/^\/chart\?p=richmond\/csp&at=2024&sel=/);
    await s.shot('compare-richmond-dates-1440');
    await expectAxeClean(s.page, 'compare, Richmond 2017 to 2024');
    // "Show on the chart" selects the item on the chart
    const show = s.page.locator('.diff-item button', { hasText: 'Show on the chart' }).first();
    const id = await show.locator('xpath=ancestor::li').getAttribute('data-id');
    await show.click();
    await expect.poll(() => s.page.evaluate(() => (document.querySelector('.cy') as HTMLElement & { _cyreg?: { cy: { $(s: string): { map<T>(f: (e: { id(): string }) => T): T[] } } } })._cyreg?.cy.$(':selected').map((e) => e.id()))).toEqual([id]);
  });

  it('changes partnership and dates through the form, kept in the URL', async () => {
    await s.page.goto(`${s.server.url}/compare?p=richmond/csp&from=2017&to=2024`);
    await s.chartReady();
    await s.page.fill('#compare-from', '2024');
    await s.page.press('#compare-from', 'Enter');
    await s.page.locator('#compare-from').dispatchEvent('change');
    await expect.poll(() => s.page.locator('.compare-page .count').innerText()).toMatch(/^From 2024 to 2024: 0 bodies added, 0 removed, 0 changed/);
    expect(s.query().get('from')).toBe('2024');
    await s.page.fill('#compare-to', '20x');
    await s.page.locator('#compare-to').dispatchEvent('change');
    await expect(s.page.locator('#compare-error').innerText()).resolves.toMatch(/“20x” is not a date/);
    expect(s.query().get('to')).toBe('2024');
  });

  it('compares Richmond with Wandsworth in 2017: what only one has, what differs, and the rule that matched them', async () => {
    await s.page.goto(`${s.server.url}/compare?p=richmond/csp&with=wandsworth/csp&from=2017&to=2017`);
    await s.chartReady();
    await expect(s.page.locator('.compare-page .count').innerText()).resolves.toMatch(
      /^Richmond as at 2017 with Wandsworth as at 2017\. Bodies: 6 only in Richmond, 8 only in Wandsworth, \d+ in both but different; lines: \d+ only in Richmond, \d+ only in Wandsworth/,
    );
    await expect(s.page.locator('.compare-rule').innerText()).resolves.toMatch(/same kind and share a name or abbreviation once the boroughs’ own names are taken out/);
    await expect(s.page.locator('h3', { hasText: /^Bodies: only in Richmond \(6\)$/ }).count()).resolves.toBe(1);
    await expect(s.page.locator('h3', { hasText: /^Bodies: only in Wandsworth \(8\)$/ }).count()).resolves.toBe(1);
    await expect(s.page.locator('#compare-with').inputValue()).resolves.toBe('wandsworth/csp');
    // the chart draws a matched body once, as Wandsworth's, and what only Richmond has beside it
    const chart = await s.page.evaluate(() => {
      const cy = (document.querySelector('.cy') as HTMLElement & { _cyreg?: { cy: { getElementById(id: string): { empty(): boolean; classes(): string[] } } } })._cyreg!.cy;
      const at = (id: string) => (cy.getElementById(id).empty() ? null : cy.getElementById(id).classes().filter((c) => c.startsWith('diff-')));
      return { vawgR: at('richmond/vawg-board'), vawgW: at('wandsworth/vawg-board'), risk: at('richmond/risk-management-panel'), knife: at('wandsworth/knife-crime-forum') };
    });
    expect(chart).toEqual({ vawgR: null, vawgW: ['diff-changed'], risk: ['diff-removed'], knife: ['diff-added'] });
    // an entry only in Richmond: its evidence is quoted from Richmond's plan (its title: Community Safety Plan 2017-2021), and it opens Richmond's chart
    const risk = s.page.locator('.diff-item[data-id="richmond/risk-management-panel"]');
    await expect(risk.locator('.diff-text').textContent()).resolves.toMatch(/^Only in Richmond: Risk Management Panel/);
    await risk.locator('summary').click();
    await expect(risk.locator('.evidence-source cite').first().innerText()).resolves.toMatch(/^Community Safety Plan 2017-2021/);
    await expect(risk.locator('a', { hasText: 'Open the chart as at 2017' }).getAttribute('href')).resolves.toMatch(/^\/chart\?p=richmond\/csp&at=2017&sel=richmond\/risk-management-panel/);
    // a pair that differs names both, with both plans' evidence
    const lscb = s.page.locator('.diff-item[data-id="wandsworth/lscb"]');
    await expect(lscb.locator('.diff-text').textContent()).resolves.toMatch(/Richmond Local Safeguarding Children Board ↔ Wandsworth Children's Safeguarding Board/);
    await lscb.locator('summary').click();
    const sources = new Set(await lscb.locator('.evidence-source cite').allInnerTexts());
    expect([...sources].some((t) => t.startsWith('Community Safety Plan 2017-2021'))).toBe(true);
    expect([...sources].some((t) => t.startsWith('Wandsworth Community Safety Partnership'))).toBe(true);
    // the matched bodies, with why
    await s.page.locator('.compare-matched summary').click();
    await expect(s.page.locator('.compare-matched li', { hasText: 'Richmond Strategic VAWG Board ↔ Wandsworth Strategic VAWG Board' }).innerText()).resolves.toMatch(/\(by name\)$/);
    await s.page.locator('.compare-matched summary').scrollIntoViewIfNeeded();
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await s.shot('compare-richmond-wandsworth-1440');
    await expectAxeClean(s.page, 'compare, Richmond with Wandsworth 2017');
  });

  it('chooses a second partnership in the form, and back to two dates', async () => {
    await s.page.goto(`${s.server.url}/compare?p=richmond/csp&from=2017&to=2024`);
    await s.chartReady();
    await s.page.selectOption('#compare-with', 'wandsworth/csp');
    await expect.poll(() => s.page.locator('.compare-page .count').innerText()).toMatch(/^Richmond as at 2017 with Wandsworth as at 2017\./);
    expect(s.query().get('with')).toBe('wandsworth/csp');
    expect(s.query().get('to')).toBe('2017');
    await s.chartReady();
    await s.page.selectOption('#compare-with', 'richmond/csp');
    await expect.poll(() => s.page.locator('.compare-page .count').innerText()).toMatch(/^From 2017 to 2024:/);
    expect(s.query().get('with')).toBeNull();
  });

  it('at 390 px, two partnerships: no sideways scroll, axe-clean', async () => {
    await s.viewport(390, 844);
    await s.page.goto(`${s.server.url}/compare?p=richmond/csp&with=wandsworth/csp&from=2017&to=2017`);
    await s.chartReady();
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await s.shot('compare-richmond-wandsworth-390');
    await s.page.locator('.compare-list').scrollIntoViewIfNeeded();
    await s.shot('compare-richmond-wandsworth-390-list');
    await expectAxeClean(s.page, 'compare two partnerships at 390');
  });

  it('at 390 px: no sideways scroll, a tap on a changed body brings its entry into view, axe-clean', async () => {
    await s.viewport(390, 844);
    await s.page.goto(`${s.server.url}/compare?p=richmond/csp&from=2017&to=2024`);
    await s.chartReady();
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await s.shot('compare-richmond-dates-390');
    await expectAxeClean(s.page, 'compare at 390');
    // tap a marked node: its entry scrolls into the viewport
    await s.page.locator('.cy').scrollIntoViewIfNeeded();
    // Cytoscape reads the container's place again on the scroll event, which comes with the next frames
    await s.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const at = await s.page.evaluate(() => {
      const cy = (document.querySelector('.cy') as HTMLElement & { _cyreg?: { cy: { nodes(s: string): { id(): string; renderedPosition(): { x: number; y: number } }[] } } })._cyreg!.cy;
      const box = document.querySelector('.cy')!.getBoundingClientRect();
      const n = cy.nodes('.diff-added').find((x) => {
        const p = x.renderedPosition();
        return p.x > 10 && p.x < box.width - 10 && p.y > 10 && box.top + p.y < window.innerHeight - 10;
      });
      return n ? { id: n.id(), x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y } : null;
    });
    expect(at, 'a marked node in view on the phone').not.toBeNull();
    await s.page.mouse.click(at!.x, at!.y);
    const entry = s.page.locator(`.diff-item[data-id="${at!.id}"]`);
    await expect.poll(() => entry.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }), { timeout: 5000 }).toBe(true);
    await s.shot('compare-richmond-dates-390-tapped');
  });
});
