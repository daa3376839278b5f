// The built web app in real headless Chromium, against the real server on a seeded SQLite
// store. Screenshots of each step are kept in test-results/web/ for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './harness/browser.js';
import { ensureWebBuild, REPO, startSeededServer, type SeededServer } from './harness/server.js';

const SHOTS = path.join(REPO, 'test-results/web');
let server: SeededServer;
let browser: Browser;
let page: Page;
let pageErrors: string[] = [];

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
const chartReady = () => page.waitForSelector('.cy[data-ready=true]', { timeout: 20_000 });
const query = () => new URL(page.url()).searchParams;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ensureWebBuild();
  server = await startSeededServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.context.newPage();
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return async () => {
    await page.close();
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    expect(server.errors.splice(0), 'internal errors logged by the server').toEqual([]);
  };
});

describe('structure chart', () => {
  it('opens on a partnership and draws its chart, key and details hint', async () => {
    await page.goto(`${server.url}/?p=havering/csp`);
    await chartReady();
    expect(Number(await page.getAttribute('.cy', 'data-nodes'))).toBeGreaterThan(5);
    await expect(page.locator('.cy canvas').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.legend').innerText()).resolves.toMatch(/Reports to[\s\S]*Feeds into[\s\S]*Links with[\s\S]*Member of/);
    await expect(page.locator('.multi-summary').innerText()).resolves.toBe('Havering');
    await expect(page.locator('.cy').getAttribute('aria-label')).resolves.toMatch(/Havering Community Safety Partnership: \d+ nodes and \d+ lines/);
    await shot('01-chart');
  });

  it('opens on the first partnership when the link names none', async () => {
    await page.goto(`${server.url}/`);
    await chartReady();
    expect(query().get('p')).toBeTruthy();
  });

  it('finds "MARAC" by its abbreviation, centres and selects the pick, and shows its evidence', async () => {
    await page.goto(`${server.url}/?p=havering/csp`);
    await chartReady();
    await page.fill('#chart-search', 'MARAC');
    const options = page.locator('#chart-search-list [role=option]');
    await options.first().waitFor();
    expect(await options.count()).toBeGreaterThanOrEqual(4);
    await expect(options.first().innerText()).resolves.toContain('MARAC');
    await shot('02-search-marac');
    const havering = options.filter({ hasText: 'Havering' }).first();
    await havering.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'havering/dv-marac');
    const title = page.locator('#panel-title');
    await expect(title.innerText()).resolves.toContain('MARAC');
    const evidence = page.locator('.panel section[aria-labelledby=panel-evidence] .evidence li').first();
    await expect(evidence.locator('blockquote').innerText()).resolves.toMatch(/Multi- ?Agency Risk Assessment Conference/);
    await expect(evidence.locator('cite').innerText()).resolves.toMatch(/Havering/);
    await expect(evidence.locator('.evidence-source').innerText()).resolves.toMatch(/, \S/);
    await page.waitForTimeout(400);
    await shot('03-marac-selected');

    // the pick was centred: a click on the middle of the chart picks it again after a clear
    await page.locator('.cy').press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('sel'));
    const box = (await page.locator('.cy').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'havering/dv-marac');
  });

  it('finds a body outside the chart and adds it', async () => {
    await page.goto(`${server.url}/?p=havering/csp`);
    await chartReady();
    await page.fill('#chart-search', 'MARAC');
    await page.locator('#chart-search-list [role=option]', { hasText: 'Wandsworth' }).first().click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'wandsworth/marac');
    await chartReady();
    expect(query().get('expanded')).toBe('wandsworth/marac');
    await expect(page.locator('#panel-title').innerText()).resolves.toContain('MARAC');
  });

  it('moves between nodes by keyboard and opens the details of the one reached', async () => {
    await page.goto(`${server.url}/?p=havering/csp`);
    await chartReady();
    await page.locator('.cy').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => !!new URL(location.href).searchParams.get('sel'));
    const first = query().get('sel');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((prev) => new URL(location.href).searchParams.get('sel') !== prev, first);
    await page.locator('#panel-title').waitFor();
    await expect(page.locator('.panel h3#panel-evidence').innerText()).resolves.toMatch(/^Evidence \(\d+\)$/);
  });

  it('shows the line to the top: both lines of a body with two parents', async () => {
    await page.goto(`${server.url}/?p=havering/csp&sel=havering/dv-marac`);
    await chartReady();
    await page.locator('.panel button', { hasText: 'Show line to the top' }).click();
    const chain = page.locator('.chain');
    await chain.waitFor();
    expect(query().get('chain')).toBe('1');
    const paths = chain.locator('ol.chain-path');
    expect(await paths.count()).toBe(2);
    for (const p of await paths.all()) {
      const items = await p.locator('li').allInnerTexts();
      expect(items[0]).toContain('MARAC');
      expect(items.at(-1)).toContain('Havering Community Safety Partnership');
    }
    await expect(page.locator('.panel button', { hasText: 'Hide line to the top' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.waitForTimeout(400);
    await shot('04-line-to-top');
  });

  it('collapses and expands below a node, counting what is hidden', async () => {
    await page.goto(`${server.url}/?p=havering/csp&sel=havering/csp`);
    await chartReady();
    const before = Number(await page.getAttribute('.cy', 'data-nodes'));
    await page.locator('.panel button', { hasText: 'Collapse below' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('collapsed') === 'havering/csp');
    await page.waitForFunction((n) => Number(document.querySelector('.cy')?.getAttribute('data-nodes')) < n, before);
    expect(Number(await page.getAttribute('.cy', 'data-nodes'))).toBe(1);
    await page.locator('.panel button', { hasText: 'Expand below' }).click();
    await page.waitForFunction((n) => Number(document.querySelector('.cy')?.getAttribute('data-nodes')) === n, before);
  });

  it('exports the view as a PNG image and as SVG', async () => {
    await page.goto(`${server.url}/?p=havering/csp`);
    await chartReady();
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=png]')]);
    expect(png.suggestedFilename()).toBe('govgraph-havering-csp.png');
    const bytes = readFileSync((await png.path())!);
    const size = pngSize(bytes);
    expect(size.width).toBeGreaterThan(300);
    expect(size.height).toBeGreaterThan(150);
    expect(bytes.length).toBeGreaterThan(10_000);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=svg]')]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('Havering Community');
    expect((text.match(/<g class="node">/g) ?? []).length).toBe(Number(await page.getAttribute('.cy', 'data-nodes')));
  });

  it('reloads a deep link to the same view: partnership, date, selection, line to the top, list', async () => {
    const link = `${server.url}/?p=havering/csp&at=2018&sel=havering/dv-marac&show=list&chain=1`;
    await page.goto(link);
    for (const pass of ['first', 'reloaded']) {
      const selected = page.locator('[role=treeitem][aria-selected=true]').first();
      await selected.waitFor();
      await expect(selected.innerText()).resolves.toContain('Domestic Violence Multi-Agency Risk Assessment Conference');
      await page.locator('.chain').waitFor();
      await expect(page.inputValue('#asof')).resolves.toBe('2018');
      await expect(page.locator('button[aria-pressed=true]', { hasText: 'List (text)' }).count()).resolves.toBe(1);
      expect(page.url()).toBe(link);
      if (pass === 'first') {
        await shot('05-deep-link-list');
        await page.reload();
      }
    }
  });

  it('walks the text alternative by keyboard', async () => {
    await page.goto(`${server.url}/?p=havering/csp&show=list`);
    const first = page.locator('[role=treeitem]').first();
    await first.waitFor();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!new URL(location.href).searchParams.get('sel'));
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    expect(query().get('sel')).toBe(focused);
  });

  it('says what went wrong instead of drawing nothing', async () => {
    await page.goto(`${server.url}/?p=nowhere/nothing`);
    const error = page.locator('.chart-overlay .state-error');
    await error.waitFor();
    await expect(error.innerText()).resolves.toMatch(/no node has id "nowhere\/nothing"[\s\S]*NOT_FOUND/);
    await expect(error.locator('button', { hasText: 'Try again' }).count()).resolves.toBe(1);
    await page.fill('#asof', '2019-13');
    await page.press('#asof', 'Enter');
    await expect(page.locator('#asof-error').innerText()).resolves.toContain('is not a date');
    await shot('06-error-state');
  });
});

describe('review views', () => {
  it('switches from the chart to the VRU view: the matrix, a cell\'s answer and its evidence, kept in the URL', async () => {
    await page.goto(`${server.url}/?p=havering/csp`);
    await chartReady();
    await page.click('nav a:has-text("VRU alignment")');
    await page.locator('table.matrix').waitFor();
    expect(new URL(page.url()).pathname).toBe('/vru');
    // by default, the partnerships whose own plans are in the graph
    expect(query().get('p')!.split(',').sort()).toEqual(['havering/csp', 'rbkc/skcp', 'richmond/csp', 'wandsworth/csp']);
    await expect(page.locator('.matrix thead th').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['Havering', 'Richmond']));
    const richmond16 = page.locator('button.cell[data-req="vru/ma-1-6"][data-for="richmond/csp"]');
    await expect(richmond16.innerText()).resolves.toContain('Nothing of substance');
    await expect(richmond16.getAttribute('class')).resolves.toContain('level-2');
    await expect(page.locator('button.cell[data-req="vru/ma-1-6"][data-for="havering/csp"]').innerText()).resolves.toContain('No response');
    await shot('08-vru-matrix');

    await richmond16.focus();
    await page.keyboard.press('Enter');
    const detail = page.locator('.vru-detail');
    await detail.locator('#vru-detail-title').waitFor();
    await expect(detail.locator('#vru-detail-title').innerText()).resolves.toMatch(/^1\.6 /);
    await expect(detail.innerText()).resolves.toMatch(/Nothing of substance[\s\S]*No Comment/);
    await detail.locator('.narrative details summary').first().click();
    await expect(detail.locator('.narrative .evidence cite').first().innerText()).resolves.toMatch(/Richmond/);
    expect(query().get('req')).toBe('vru/ma-1-6');
    expect(query().get('for')).toBe('richmond/csp');
    await expect(richmond16.getAttribute('aria-pressed')).resolves.toBe('true');
    await shot('09-vru-answer');
    await page.reload();
    await page.locator('.vru-detail #vru-detail-title').waitFor();
    await expect(page.locator('.vru-detail').innerText()).resolves.toContain('No Comment');
  });

  it('lists a partnership\'s governance findings, most severe first, each linking to its bodies on the chart', async () => {
    await page.goto(`${server.url}/findings?p=havering/csp`);
    const findings = page.locator('li.finding');
    await findings.first().waitFor();
    const severities = await page.locator('li.finding .severity').allInnerTexts();
    const rank = (s: string) => ['High', 'Medium', 'Low'].findIndex((x) => s.includes(x));
    expect(severities.map(rank)).toEqual([...severities.map(rank)].sort((a, b) => a - b));
    await expect(page.locator('.count').innerText()).resolves.toMatch(/^\d+ findings?: \d+ high, \d+ medium, \d+ low\.$/);
    await shot('10-findings');
    const link = findings.first().locator('.finding-nodes a').first();
    const name = await link.innerText();
    await link.click();
    await page.locator('#panel-title').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('#panel-title').innerText()).resolves.toBe(name);
  });

  it('shows where an organisation sits, with links to the chart', async () => {
    await page.goto(`${server.url}/organisations?org=org/mps`);
    const profile = page.locator('.org-profile');
    await profile.waitFor();
    await expect(page.locator('#org-title').innerText()).resolves.toContain('Metropolitan Police');
    await expect(profile.innerText()).resolves.toMatch(/Sits on \d+ bod(y|ies) and chairs \d+/);
    // a mistyped date says so and leaves the view as it was
    await page.fill('#org-asof', '2019-13');
    await page.press('#org-asof', 'Enter');
    await expect(page.locator('#org-asof-error').innerText()).resolves.toContain('is not a date');
    expect(new URL(page.url()).searchParams.get('at')).toBeNull();
    const link = profile.locator('table a[href^="/?p="]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await chartReady();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(href);
    await page.locator('#panel-title').waitFor();
  });

  it('filters and sorts the actions, keeping both in the URL', async () => {
    await page.goto(`${server.url}/actions`);
    await page.locator('.actions-table').waitFor();
    const count = async () => Number((await page.locator('.count').innerText()).split(' ')[0]);
    const all = await count();
    expect(all).toBeGreaterThan(20);
    await page.selectOption('#f-partnership', 'havering/csp');
    expect(await count()).toBeLessThan(all);
    expect(query().get('p')).toBe('havering/csp');
    for (const cell of await page.locator('.actions-table tbody tr td:first-child').allInnerTexts()) expect(cell).toBe('Havering Community Safety Partnership');
    await page.locator('th button', { hasText: 'Timescale' }).click();
    await expect(page.locator('th[aria-sort=ascending]').innerText()).resolves.toContain('Timescale');
    expect(query().get('sort')).toBe('timescale');
    await shot('07-actions');
  });
});
