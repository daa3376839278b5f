// One browser test file's session: the built app served by the real server on a seeded store,
// one headless Chromium, and a fresh page per test that must end with no uncaught error in the
// page and no internal error logged by the server. Screenshots go to test-results/web/ (and are copied to GOVGRAPH_SHOTS_DIR when set).
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { launchBrowser, type Browser } from './browser.js';
import { ensureWebBuild, REPO, startSeededServer, type SeededServer, type ServerOptions } from './server.js';

export const SHOTS = path.join(REPO, 'test-results/web');
/** screenshots are also copied here when set (for review) */
const KEPT = process.env.GOVGRAPH_SHOTS_DIR;

export interface Session {
  readonly server: SeededServer;
  readonly page: Page;
  /** a screenshot of the viewport, kept as test output */
  shot(name: string, opts?: { fullPage?: boolean }): Promise<void>;
  chartReady(): Promise<void>;
  query(): URLSearchParams;
  /** resizes the current page (and the ones after it in this file) */
  viewport(width: number, height: number): Promise<void>;
}

/** `browserOptions.touch`: the browser is a phone's, with touch events (launchBrowser). */
export function browserSession(viewport = { width: 1280, height: 800 }, serverOptions: ServerOptions = {}, browserOptions: { touch?: boolean } = {}): Session {
  let server: SeededServer;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];
  let size = viewport;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ensureWebBuild();
    server = await startSeededServer(serverOptions);
    browser = await launchBrowser(viewport, browserOptions);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    page = await browser.context.newPage();
    await page.setViewportSize(size);
    pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // what the server's content security policy blocks is broken in production too
    const cspViolations: string[] = [];
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} by ${e.sourceFile}:${e.lineNumber}`)),
    );
    page.on('console', (m) => {
      if (m.text().startsWith('CSP violation')) cspViolations.push(m.text());
    });
    return async () => {
      await page.close();
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(cspViolations, 'content security policy violations').toEqual([]);
      expect(server.errors.splice(0), 'internal errors logged by the server').toEqual([]);
    };
  });

  return {
    get server() {
      return server;
    },
    get page() {
      return page;
    },
    shot: async (name, opts) => {
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: opts?.fullPage ?? false });
      if (KEPT) {
        mkdirSync(KEPT, { recursive: true });
        copyFileSync(path.join(SHOTS, `${name}.png`), path.join(KEPT, `${name}.png`));
      }
    },
    chartReady: async () => {
      await page.waitForSelector('.cy[data-ready=true]', { timeout: 20_000 });
    },
    query: () => new URL(page.url()).searchParams,
    viewport: async (width, height) => {
      size = { width, height };
      await page.setViewportSize(size);
    },
  };
}
