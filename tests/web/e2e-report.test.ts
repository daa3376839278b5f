// The borough review report in real headless Chromium against the real server on the seeded
// store: its sections, numbered references, a reviewer's comment kept across a reload and printed,
// the export links, accessibility (axe-core), and printing to an A4 PDF (test-results/web/report.pdf)
// of a length a reviewer can file: narratives and quotes shortened unless chosen in full.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe.js';
import { browserSession, SHOTS } from './harness/session.js';

const s = browserSession({ width: 1440, height: 900 });
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const openReport = async (search: string) => {
  await s.page.goto(`${s.server.url}/report${search}`);
  await s.page.locator('article.report section[aria-labelledby="r-refs"]').waitFor({ timeout: 60_000 });
};

describe('borough review report', () => {
  it('shows the chart with its key, the VRU themes, findings by rule, changes and numbered references', async () => {
    await openReport('?p=richmond/csp&at=2024&since=2017');
    const report = s.page.locator('article.report');
    await expect(report.locator('h1').innerText()).resolves.toBe('Richmond Community Safety Partnership');
    await expect(report.locator('h2').allInnerTexts()).resolves.toEqual([
      '1. Structure chart',
      '2. VRU alignment',
      '3. Governance findings',
      '4. What changed since 2017',
      expect.stringMatching(/^5\. References \(\d+\)$/),
    ]);
    expect(await report.locator('.report-chart svg g.node').count()).toBeGreaterThan(5);
    await expect(report.locator('.report-key').innerText()).resolves.toMatch(/Partnership[\s\S]*Reports to/);
    expect(await report.locator('.report-theme').count()).toBe(8);
    await expect(report.locator('.report-requirement', { hasText: '1.6 ' }).innerText()).resolves.toMatch(/Nothing of substance/);
    expect(await report.locator('.report-rule').count()).toBeGreaterThan(0);
    // every citation points at a listed reference
    const refs = await report.locator('ol.references > li').count();
    const cited = (await report.locator('sup.cite a').evaluateAll((as) => as.map((a) => Number(a.getAttribute('href')!.slice(5))))) as number[];
    expect(refs).toBeGreaterThan(20);
    expect(Math.max(...cited)).toBe(refs);
    expect(cited.every((n) => n >= 1 && n <= refs)).toBe(true);
    await expect(report.locator('#ref-1').innerText()).resolves.toMatch(/.+, .+: .+/);
    // the data behind it, for the same partnership and date
    await expect(s.page.locator('.report-exports a').first().getAttribute('href')).resolves.toBe('/export/xlsx?partnership=richmond/csp&asAt=2024');
    await s.shot('30-report-desktop');
    await s.viewport(390, 844);
    await s.shot('31-report-phone');
    await s.viewport(1440, 900);

    // evaluated through the debugging protocol: the app's content security policy refuses inline scripts
    await s.page.evaluate(AXE);
    const violations = await s.page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  }, 120_000);

  /** The chart's box, and its labels' smallest drawn size (a label's font size times the drawing's scale on screen). */
  const chartLook = () =>
    s.page.locator('.report-chart-view').evaluate((view) => {
      const svg = view.querySelector('svg')!;
      const scale = svg.getScreenCTM()!.a;
      const sizes = [...svg.querySelectorAll('g.node text')].map((t) => parseFloat(t.getAttribute('font-size') ?? getComputedStyle(t).fontSize) * scale);
      const box = view.getBoundingClientRect();
      return { width: box.width, height: box.height, label: Math.min(...sizes), labels: sizes.length, svgHeight: svg.getBoundingClientRect().height, pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
    });

  for (const [width, height] of [
    [390, 844],
    [1440, 900],
  ] as const) {
    it(`draws its chart readable without pinch-zoom at ${width} px: the box fills the width, labels at 11 px or more, scrolled by keyboard; one button fits the whole chart`, async () => {
      await s.viewport(width, height);
      try {
        await openReport('?p=richmond/csp&at=2024');
        const look = await chartLook();
        expect(look.labels).toBeGreaterThan(5);
        expect(look.label, JSON.stringify(look)).toBeGreaterThanOrEqual(11);
        expect(look.width).toBeGreaterThanOrEqual(Math.min(width - 40, 900));
        expect(look.height).toBeGreaterThanOrEqual(height * 0.6);
        expect(look.pageOverflow).toBeLessThanOrEqual(0);
        await s.shot(`report-chart-${width}`);
        // the box takes the focus and the arrow keys pan it (on a phone only sideways: the page scrolls down through it)
        const view = s.page.getByRole('region', { name: 'The structure chart (scrolls)' });
        await view.focus();
        const [key, axis] = width < 700 ? (['ArrowRight', 'scrollLeft'] as const) : (['ArrowDown', 'scrollTop'] as const);
        const before = await view.evaluate((v, a) => v[a], axis);
        await s.page.keyboard.press(key);
        await expect.poll(() => view.evaluate((v, a) => v[a], axis)).toBeGreaterThan(before);
        // the whole chart at once, and back
        const fit = s.page.getByRole('button', { name: 'Fit the whole chart' });
        await fit.press('Enter');
        await expect(fit.getAttribute('aria-pressed')).resolves.toBe('true');
        const fitted = await chartLook();
        expect(fitted.svgHeight).toBeLessThanOrEqual(fitted.height);
        await fit.press('Enter');
        await expect(fit.getAttribute('aria-pressed')).resolves.toBe('false');
      } finally {
        await s.viewport(1440, 900);
      }
    });
  }

  it('logs no console error while drawing its chart off screen (the overview frame got NaN sizes from a chart with no extent)', async () => {
    const errors: string[] = [];
    // the browser's own line for the sign-in options probe, answered 404 when sign-in is off, is not the page's
    s.page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/auth/options') && errors.push(m.text()));
    await openReport('?p=richmond/csp&at=2024');
    await expect.poll(() => s.page.locator('.report-chart svg g.node').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    await expect.poll(() => s.page.locator('.report-chart-scratch').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('its print button is drawn as the app\'s buttons are: text no smaller than theirs (0.9 rem, not the browser\'s 13.3 px), a target at least 24 px tall (WCAG 2.5.8)', async () => {
    await openReport('?p=richmond/csp&at=2024');
    const print = s.page.getByRole('button', { name: 'Print or save as PDF' });
    await print.waitFor();
    const look = await print.evaluate((b) => ({ height: b.getBoundingClientRect().height, font: parseFloat(getComputedStyle(b).fontSize) }));
    expect(look.height).toBeGreaterThanOrEqual(24);
    expect(look.font).toBeGreaterThanOrEqual(14.4);
  });

  it('keeps a reviewer\'s comment in this browser and prints it; prints to an A4 PDF a section a page', async () => {
    await openReport('?p=havering/csp&at=2018&since=2017');
    await expect(s.page.locator('section[aria-labelledby="r-vru"]').innerText()).resolves.toContain('No response to any of the 53 VRU mandatory actions');
    const box = s.page.locator('textarea.report-comment').first();
    await box.fill('Raise at the March board: who owns this?');
    await s.page.reload();
    await s.page.locator('article.report section[aria-labelledby="r-refs"]').waitFor({ timeout: 60_000 });
    await expect(s.page.locator('textarea.report-comment').first().inputValue()).resolves.toBe('Raise at the March board: who owns this?');

    await s.page.emulateMedia({ media: 'print' });
    await expect(s.page.locator('.report-controls').isVisible()).resolves.toBe(false);
    await expect(s.page.locator('.report-comment-print').first().innerText()).resolves.toContain('Raise at the March board');
    await expect(s.page.locator('textarea.report-comment').first().isVisible()).resolves.toBe(false);
    const pdf = await s.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(path.join(SHOTS, 'report.pdf'), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    // a page for the title and chart, and at least one for each later section
    expect(pages).toBeGreaterThanOrEqual(5);
    await s.page.emulateMedia({ media: 'screen' });
  }, 120_000);

  /** The report printed to an A4 PDF (kept as test output): its number of pages. */
  const printedPages = async (name: string): Promise<number> => {
    await s.page.emulateMedia({ media: 'print' });
    const pdf = await s.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await s.page.emulateMedia({ media: 'screen' });
    writeFileSync(path.join(SHOTS, `${name}.pdf`), pdf);
    return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  };
  const inPrint = async <T>(read: () => Promise<T>): Promise<T> => {
    await s.page.emulateMedia({ media: 'print' });
    try {
      return await read();
    } finally {
      await s.page.emulateMedia({ media: 'screen' });
    }
  };

  it('prints Richmond to a length a reviewer can file (58 pages when every narrative and quote was printed whole): their first words in print, whole on screen, or the narratives whole when chosen', async () => {
    await openReport('?p=richmond/csp&at=2024&since=2017');
    const narrative = s.page.locator('.report-narrative', { has: s.page.locator('.print-rest') }).first();
    const whole = await narrative.innerText();
    expect(whole).not.toContain('…');
    const full = s.page.getByLabel('Print the VRU narratives in full');
    await expect(full.isChecked()).resolves.toBe(false);

    const short = await printedPages('report-richmond');
    expect(short, 'pages printed').toBeLessThanOrEqual(40);
    const printed = await inPrint(() => narrative.innerText());
    expect(printed).toMatch(/…\[\d+\]$/);
    expect(printed.length).toBeLessThan(whole.length);
    // its reference's quote shortened too, and the plan named once for a run of its passages
    await expect(inPrint(() => s.page.locator('.references li').nth(1).innerText())).resolves.toMatch(/^Ibid\., .*…$/s);
    await expect(inPrint(() => s.page.locator('.report-print-note:visible').innerText())).resolves.toMatch(/first 25 words/);

    await full.check();
    expect(s.query().get('narratives')).toBe('full');
    await expect(inPrint(() => narrative.innerText())).resolves.toBe(whole);
    const long = await printedPages('report-richmond-full');
    expect(long).toBeGreaterThan(short);
    // the choice is kept in the link, as the report's other settings are
    await s.page.reload();
    await s.page.locator('article.report section[aria-labelledby="r-refs"]').waitFor({ timeout: 60_000 });
    await expect(full.isChecked()).resolves.toBe(true);
    await expectAxeClean(s.page, 'report with its print choice');
  }, 180_000);
});
