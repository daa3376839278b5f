// The GraphQL explorer in real headless Chromium, as a developer opens it with no internet access:
// GraphiQL bundled from npm (explorer/dist) at /graphql outside production, under the server's own
// content security policy for it; it loads, runs a query against the server and shows the answer,
// and the console reports no policy violation and the page no request to another host. On a phone
// the editor and its answer are stacked, both usable at 390 px.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './harness/browser.js';
import { ensureExplorerBuild, ensureWebBuild, startSeededServer, type SeededServer } from './harness/server.js';
import { axeViolations } from './harness/axe.js';
import { SHOTS } from './harness/session.js';

let server: SeededServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuild();
  ensureExplorerBuild();
  server = await startSeededServer({ production: false });
  browser = await launchBrowser({ width: 1440, height: 900 });
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the GraphQL explorer', () => {
  it('loads GraphiQL from the server, runs the default query and shows the answer, with no CSP violation', { timeout: 120_000 }, async () => {
    const page = await browser.context.newPage();
    const console: string[] = [];
    const violations: string[] = [];
    const offsite: string[] = [];
    const origin = new URL(server.url).origin;
    page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (/^https?:$/.test(u.protocol) && u.origin !== origin) offsite.push(r.url());
    });
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => void (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)),
    );
    const res = await page.goto(`${server.url}/graphql`);
    expect(res!.headers()['content-security-policy']).toMatch(/script-src 'self';/);
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    // the editor is Monaco, started in its workers; the default query is in it once it is up
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 60_000 });
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toMatch(/"reportingChain"[\s\S]*"Havering/);
    // it fills the window
    expect((await page.locator('.graphiql-container').boundingBox())!.height).toBeGreaterThan(800);
    await page.screenshot({ path: path.join(SHOTS, 'explorer-1440.png') });
    // axe-clean with our sheet (explorer/explorer.css): the logo's contrast, no tab strip nesting buttons in tabs
    expect(await axeViolations(page), 'serious or critical axe findings at 1440 px').toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.graphiql-response').waitFor();
    // on a phone (explorer/explorer.css) the answer is under the editor, each the window's width less
    // the margins, both on screen with the run button, and the page does not scroll sideways
    const editor = (await page.locator('.graphiql-query-editor').boundingBox())!;
    const answer = (await page.locator('.graphiql-response').boundingBox())!;
    const run = (await page.locator('.graphiql-execute-button').boundingBox())!;
    expect(editor.width, 'the editor').toBeGreaterThan(330);
    expect(answer.width, 'the answer').toBeGreaterThan(330);
    expect(answer.y, 'the answer under the editor').toBeGreaterThanOrEqual(editor.y + editor.height);
    expect(answer.y + 200, 'the answer on screen').toBeLessThan(844);
    expect(run.x + run.width, 'the run button on screen').toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'sideways scroll').toBeLessThanOrEqual(0);
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toMatch(/"reportingChain"[\s\S]*"Havering/);
    await page.screenshot({ path: path.join(SHOTS, 'explorer-390.png') });
    expect(await axeViolations(page), 'serious or critical axe findings at 390 px').toEqual([]);
    expect(violations, 'content security policy violations').toEqual([]);
    expect(console.filter((c) => /Content Security Policy|Refused to/i.test(c)), 'CSP messages in the console').toEqual([]);
    expect(console.filter((c) => c.startsWith('pageerror')), 'uncaught errors').toEqual([]);
    expect(offsite, 'requests to other hosts (a CDN)').toEqual([]);
    await page.close();
  });
});
