// Headless Chromium as the browser tests and the web bench run it: the system's chromium, a
// fresh profile each time, nothing talking to the network but the page.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // the browser's own omnibox popup, a page of its own (chrome://omnibox-popup.top-chrome) that a
  // fresh profile loads in the background at some launches (400 files, 0.5-0.6 s of CPU): a headless
  // browser never shows it, and on two cores it held back the page under test by 100-250 ms at random
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A persistent context on a fresh --user-data-dir (Playwright sets the flag from the directory);
 * `touch` makes it a phone's: touch events, and the mobile viewport meta honoured.
 */
export async function launchBrowser(viewport = { width: 1280, height: 800 }, opts: { touch?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'govgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
    ...(opts.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
