// The structure chart in real headless Chromium against the real server on a seeded SQLite
// store: drawing, search, keyboard, line to the top, collapse, export, deep links, errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe.js';
import { browserSession } from './harness/session.js';

const s = browserSession();

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('structure chart', () => {
  it('opens on a partnership and draws its chart, key and details hint', async () => {
    await s.page.goto(`${s.server.url}/chart?p=havering/csp`);
    await s.chartReady();
    expect(Number(await s.page.getAttribute('.cy', 'data-nodes'))).toBeGreaterThan(5);
    await expect(s.page.locator('.cy canvas').count()).resolves.toBeGreaterThan(0);
    await expect(s.page.locator('.legend').innerText()).resolves.toMatch(/Reports to[\s\S]*Feeds into[\s\S]*Links with[\s\S]*Member of/);
    await expect(s.page.locator('.multi-summary').innerText()).resolves.toBe('Havering');
    await expect(s.page.locator('.cy').getAttribute('aria-label')).resolves.toMatch(/Havering Community Safety Partnership: \d+ nodes and \d+ lines/);
    await s.shot('01-chart');
  });

  it('the navigation\'s "Structure chart" goes back to the chart last shown in the tab, not to an empty chart', async () => {
    await s.page.goto(`${s.server.url}/chart?p=havering/csp&depth=2`);
    await s.chartReady();
    await s.page.click('nav a:has-text("VRU alignment")');
    await s.page.locator('table.matrix').waitFor();
    await s.page.click('nav a:has-text("Structure chart")');
    await s.page.waitForURL(/\/chart\?/);
    await s.chartReady();
    expect(s.query().get('p')).toBe('havering/csp');
    expect(s.query().get('depth')).toBe('2');
    await expect(s.page.locator('.chart-overlay', { hasText: 'Choose one or more partnerships' }).count()).resolves.toBe(0);
  });

  it('moves a link made before the start page (/?p=...) to the chart, keeping its state', async () => {
    await s.page.goto(`${s.server.url}/?p=havering/csp&at=2020`);
    await s.chartReady();
    expect(new URL(s.page.url()).pathname).toBe('/chart');
    expect(s.query().get('p')).toBe('havering/csp');
    expect(s.query().get('at')).toBe('2020');
  });

  it('finds "MARAC" by its abbreviation, centres and selects the pick, and shows its evidence', async () => {
    await s.page.goto(`${s.server.url}/chart?p=havering/csp`);
    await s.chartReady();
    await s.page.fill('#chart-search', 'MARAC');
    const options = s.page.locator('#chart-search-list [role=option]');
    await options.first().waitFor();
    expect(await options.count()).toBeGreaterThanOrEqual(4);
    await expect(options.first().innerText()).resolves.toContain('MARAC');
    await s.shot('02-search-marac');
    const havering = options.filter({ hasText: 'Havering' }).first();
    await havering.click();
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'havering/dv-marac');
    const title = s.page.locator('#panel-title');
    await expect(title.innerText()).resolves.toContain('MARAC');
    const evidence = s.page.locator('.panel section[aria-labelledby=panel-evidence] .evidence li').first();
    await expect(evidence.locator('blockquote').innerText()).resolves.toMatch(/Multi- ?Agency Risk Assessment Conference/);
    await expect(evidence.locator('cite').innerText()).resolves.toMatch(/Havering/);
    await expect(evidence.locator('.evidence-source').innerText()).resolves.toMatch(/, \S/);
    await expect(evidence.locator('.evidence-basis').innerText()).resolves.toBe('Stated in the plan');
    // its line to the Board rests on inference (the plan's tiers), and the panel says how
    const up = s.page.locator('.panel li[data-line="havering/dv-marac REPORTS_TO havering/csp"]');
    await up.locator('details.evidence-details summary').click();
    const inferred = up.locator('.evidence-basis[data-basis=INFERRED]').first();
    await expect(inferred.innerText()).resolves.toMatch(/^Inferred from the plan: The plan says the third-tier operational sub-groups are all accountable to the Board/);
    await up.scrollIntoViewIfNeeded();
    await s.page.waitForTimeout(400);
    await s.shot('03-marac-selected');

    // the pick was centred: a click on the middle of the chart picks it again after a clear
    await s.page.locator('.cy').press('Escape');
    await s.page.waitForFunction(() => !new URL(location.href).searchParams.get('sel'));
    const box = (await s.page.locator('.cy').boundingBox())!;
    await s.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'havering/dv-marac');

    // on a phone, the panel's evidence with its basis
    const line = s.page.locator('.panel li[data-line="havering/dv-marac REPORTS_TO havering/csp"]');
    await line.locator('details.evidence-details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await s.viewport(390, 844);
    await line.locator('.evidence-basis').first().scrollIntoViewIfNeeded();
    await s.shot('03b-marac-evidence-phone');
    await s.viewport(1280, 800);
  });

  it("shows a body's status as it holds at the chart's date: 'to be set up' in 2017, gone by 2024", async () => {
    const facts = async () => {
      await s.page.locator('#panel-title').waitFor();
      const dts = await s.page.locator('.panel dl.facts dt').allInnerTexts();
      const dds = await s.page.locator('.panel dl.facts dd').allInnerTexts();
      return new Map(dts.map((k, i) => [k, dds[i]]));
    };
    await s.page.goto(`${s.server.url}/chart?p=richmond/csp&at=2017-09&sel=richmond/vawg-board`);
    await s.chartReady();
    const in2017 = await facts();
    expect(in2017.get('Status')).toBe('to be set up (up to 2018-01)');
    expect([...in2017.keys()]).not.toContain('Status to');
    await s.shot('03c-status-2017');
    await expectAxeClean(s.page, "the chart with a body's status");
    await s.viewport(390, 844);
    await s.page.locator('.panel dl.facts').scrollIntoViewIfNeeded();
    await s.shot('03d-status-2017-phone');
    await expectAxeClean(s.page, "the chart with a body's status, on a phone");
    await s.viewport(1280, 800);

    await s.page.goto(`${s.server.url}/chart?p=richmond/csp&at=2024&sel=richmond/vawg-board`);
    await s.chartReady();
    const in2024 = await facts();
    expect(in2024.get('Kind')).toBe('Board');
    expect([...in2024.keys()]).not.toContain('Status');
    expect([...in2024.keys()]).not.toContain('Status to');
    await s.shot('03e-status-2024');
  });

  it('finds a body outside the chart and adds it', async () => {
    await s.page.goto(`${s.server.url}/chart?p=havering/csp`);
    await s.chartReady();
    await s.page.fill('#chart-search', 'MARAC');
    await s.page.locator('#chart-search-list [role=option]', { hasText: 'Wandsworth' }).first().click();
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'wandsworth/marac');
    await s.chartReady();
    expect(s.query().get('expanded')).toBe('wandsworth/marac');
    await expect(s.page.locator('#panel-title').innerText()).resolves.toContain('MARAC');
  });

  it('moves between nodes by keyboard and opens the details of the one reached', async () => {
    await s.page.goto(`${s.server.url}/chart?p=havering/csp`);
    await s.chartReady();
    await s.page.locator('.cy').focus();
    await s.page.keyboard.press('ArrowDown');
    await s.page.waitForFunction(() => !!new URL(location.href).searchParams.get('sel'));
    const first = s.query().get('sel');
    await s.page.keyboard.press('ArrowDown');
    await s.page.waitForFunction((prev) => new URL(location.href).searchParams.get('sel') !== prev, first);
    await s.page.locator('#panel-title').waitFor();
    await expect(s.page.locator('.panel h3#panel-evidence').innerText()).resolves.toMatch(/^Evidence \(\d+\)$/);
  });

  it('shows the line to the top: both lines of a body with two parents', async () => {
    await s.page.goto(`${s.server.url}/chart?p=havering/csp&sel=havering/dv-marac`);
    await s.chartReady();
    await s.page.locator('.panel button', { hasText: 'Show line to the top' }).click();
    const chain = s.page.locator('.chain');
    await chain.waitFor();
    expect(s.query().get('chain')).toBe('1');
    const paths = chain.locator('ol.chain-path');
    expect(await paths.count()).toBe(2);
    for (const p of await paths.all()) {
      const items = await p.locator('li').allInnerTexts();
      expect(items[0]).toContain('MARAC');
      expect(items.at(-1)).toContain('Havering Community Safety Partnership');
    }
    await expect(s.page.locator('.panel button', { hasText: 'Hide line to the top' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await s.page.waitForTimeout(400);
    await s.shot('04-line-to-top');
  });

  it('collapses and expands below a node, counting what is hidden', async () => {
    await s.page.goto(`${s.server.url}/chart?p=havering/csp&sel=havering/csp`);
    await s.chartReady();
    const before = Number(await s.page.getAttribute('.cy', 'data-nodes'));
    await s.page.locator('.panel button', { hasText: 'Collapse below' }).click();
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get('collapsed') === 'havering/csp');
    await s.page.waitForFunction((n) => Number(document.querySelector('.cy')?.getAttribute('data-nodes')) < n, before);
    // what stays: the partnership, and the bodies not below it (those no line joins among them)
    const unlinked = Number((await s.page.locator('.chart-counts').innerText()).match(/, (\d+) with no stated line/)![1]);
    const after = Number(await s.page.getAttribute('.cy', 'data-nodes'));
    expect(after).toBeGreaterThanOrEqual(1 + unlinked);
    await s.page.locator('.chart-controls button', { hasText: 'List (text)' }).click();
    const note = await s.page.locator('.chart-list-box [data-id="havering/csp"] .tree-note').first().innerText();
    expect(after).toBe(before - Number(note.match(/(\d+) hidden below/)![1]));
    await s.page.locator('.chart-controls button', { hasText: /^Chart$/ }).click();
    await s.page.locator('.panel button', { hasText: 'Expand below' }).click();
    await s.page.waitForFunction((n) => Number(document.querySelector('.cy')?.getAttribute('data-nodes')) === n, before);
  });

  it('exports the view as a PNG image and as SVG', async () => {
    await s.page.goto(`${s.server.url}/chart?p=havering/csp`);
    await s.chartReady();
    const [png] = await Promise.all([s.page.waitForEvent('download'), s.page.click('button[data-export=png]')]);
    expect(png.suggestedFilename()).toBe('govgraph-havering-csp.png');
    const bytes = readFileSync((await png.path())!);
    const size = pngSize(bytes);
    expect(size.width).toBeGreaterThan(300);
    expect(size.height).toBeGreaterThan(150);
    expect(bytes.length).toBeGreaterThan(10_000);

    const [svg] = await Promise.all([s.page.waitForEvent('download'), s.page.click('button[data-export=svg]')]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('Havering Community');
    expect((text.match(/<g class="node" data-id=/g) ?? []).length).toBe(Number(await s.page.getAttribute('.cy', 'data-nodes')));
  });

  it('reloads a deep link to the same view: partnership, date, selection, line to the top, list', async () => {
    const link = `${s.server.url}/chart?p=havering/csp&at=2018&sel=havering/dv-marac&show=list&chain=1`;
    await s.page.goto(link);
    for (const pass of ['first', 'reloaded']) {
      const selected = s.page.locator('[role=treeitem][aria-selected=true]').first();
      await selected.waitFor();
      await expect(selected.innerText()).resolves.toContain('Domestic Violence Multi-Agency Risk Assessment Conference');
      await s.page.locator('.chain').waitFor();
      await expect(s.page.inputValue('#asof')).resolves.toBe('2018');
      await expect(s.page.locator('button[aria-pressed=true]', { hasText: 'List (text)' }).count()).resolves.toBe(1);
      expect(s.page.url()).toBe(link);
      if (pass === 'first') {
        await s.shot('05-deep-link-list');
        await s.page.reload();
      }
    }
  });

  it('walks the text alternative by keyboard', async () => {
    await s.page.goto(`${s.server.url}/chart?p=havering/csp&show=list`);
    const first = s.page.locator('[role=treeitem]').first();
    await first.waitFor();
    await first.focus();
    await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction(() => !!new URL(location.href).searchParams.get('sel'));
    const focused = await s.page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    expect(s.query().get('sel')).toBe(focused);
  });

  it('says what went wrong instead of drawing nothing', async () => {
    await s.page.goto(`${s.server.url}/chart?p=nowhere/nothing`);
    const error = s.page.locator('.chart-overlay .state-error');
    await error.waitFor();
    await expect(error.innerText()).resolves.toMatch(/no node has id "nowhere\/nothing"[\s\S]*NOT_FOUND/);
    await expect(error.locator('button', { hasText: 'Try again' }).count()).resolves.toBe(1);
    await s.page.fill('#asof', '2019-13');
    await s.page.press('#asof', 'Enter');
    await expect(s.page.locator('#asof-error').innerText()).resolves.toContain('is not a date');
    await s.shot('06-error-state');
  });
});
