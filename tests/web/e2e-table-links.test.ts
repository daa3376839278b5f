// Links in the tables of the review views, in real headless Chromium at a phone's width and a
// laptop's: where a long name wraps, a number, a bullet or a name before the link stays beside its
// first line (an inline-block link set them beside its last), and every line of a link is a 24 px
// target (WCAG 2.5.8). The interlocks seat list was fixed first (e2e-interlocks); this sweeps every
// table with links.
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe.js';
import { misalignedLinks } from './harness/layout.js';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 390, height: 844 });

/** Each view with tables of links, and what shows it has loaded. */
const VIEWS: [string, string][] = [
  ['/interlocks', '.interlocks-table tbody tr'],
  ['/organisations?org=org/mps', '.data-table tbody tr'],
  ['/actions?p=richmond/csp', '.data-table tbody tr'],
];

describe('links in tables', () => {
  for (const [width, height] of [
    [390, 844],
    [1366, 900],
  ] as const) {
    it(`keep what comes before a wrapped link beside its first line, each line a 24 px target, at ${width} px`, async () => {
      await s.viewport(width, height);
      let wrapped = 0;
      for (const [path, loaded] of VIEWS) {
        await s.page.goto(`${s.server.url}${path}`);
        await s.page.locator(loaded).first().waitFor({ timeout: 30_000 });
        const found = await misalignedLinks(s.page, '.data-table td a, .data-table th a');
        expect(found.found, `${path} at ${width} px`).toEqual([]);
        wrapped += found.wrapped;
        await s.shot(`table-links-${path.split(/[/?]/)[1]}-${width}`);
        await expectAxeClean(s.page, `${path} at ${width} px`);
      }
      // at a phone's width long names wrap: the check measured some
      if (width < 700) expect(wrapped, 'wrapped links measured at 390 px').toBeGreaterThan(0);
    });
  }
});
