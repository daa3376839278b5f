// Every view and state of the app in real headless Chromium at 1440x900 and 390x844: axe-core finds
// no serious or critical WCAG 2.2 A/AA violation; no control outside running text is under 24 px, no
// select cuts off the option it shows, no focus ring is cut off by a box that scrolls (harness/layout);
// and at 390 px no view scrolls sideways (WCAG 1.4.10 reflow). Each state is kept as a screenshot.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe.js';
import { expectLayoutSound } from './harness/layout.js';
import { browserSession } from './harness/session.js';

const s = browserSession();

/** Waits until no loading state is left on the page (and the chart, when there is one, is drawn). */
export async function viewSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => ![...document.querySelectorAll('.state-loading')].some((e) => e.checkVisibility()) && ![...document.querySelectorAll<HTMLElement>('.cy')].some((e) => e.dataset.ready !== 'true' && e.checkVisibility()),
    null,
    { timeout: 30_000 },
  );
}

interface ViewState {
  name: string;
  path: string;
  /** what to do after the view has loaded, to reach the state */
  act?: (page: Page) => Promise<void>;
}

const STATES: ViewState[] = [
  { name: 'start', path: '/' },
  { name: 'not-found', path: '/no-such-page' },
  { name: 'chart', path: '/chart?p=richmond/csp&at=2024' },
  { name: 'chart-selected', path: '/chart?p=richmond/csp&at=2024&sel=richmond/csp' },
  { name: 'chart-list', path: '/chart?p=richmond/csp&at=2024&show=list' },
  { name: 'vru', path: '/vru?p=havering/csp' },
  { name: 'findings', path: '/findings?p=havering/csp' },
  { name: 'organisations', path: '/organisations' },
  { name: 'organisation', path: '/organisations?org=org/mps' },
  { name: 'interlocks', path: '/interlocks' },
  { name: 'compare', path: '/compare?p=richmond/csp&from=2017&to=2024' },
  { name: 'actions', path: '/actions' },
  { name: 'report', path: '/report?p=richmond/csp&at=2024&since=2017' },
  { name: 'import', path: '/import' },
];

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const) {
  describe(`every view at ${width} px`, () => {
    for (const st of STATES) {
      it(`${st.name}: axe-clean, targets, selects and focus rings whole${width < 600 ? ', no sideways scroll' : ''}`, { timeout: 90_000 }, async () => {
        await s.viewport(width, height);
        await s.page.goto(`${s.server.url}${st.path}`);
        await viewSettled(s.page);
        await st.act?.(s.page);
        await s.shot(`axe-${st.name}-${width}`);
        await expectAxeClean(s.page, st.name);
        if (width < 600) {
          const over = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(over, `${st.name} is wider than the viewport by ${over} px`).toBeLessThanOrEqual(0);
        }
        await expectLayoutSound(s.page, st.name);
      });
    }
  });
}
