// The review views (VRU alignment, findings, organisations, actions) in real headless Chromium
// against the real server on a seeded SQLite store, and how they link to the chart.
import { describe, expect, it } from 'vitest';
import { browserSession } from './harness/session.js';

const s = browserSession();

describe('review views', () => {
  it('switches from the chart to the VRU view: the matrix, a cell\'s answer and its evidence, kept in the URL', async () => {
    await s.page.goto(`${s.server.url}/chart?p=havering/csp`);
    await s.chartReady();
    await s.page.click('nav a:has-text("VRU alignment")');
    await s.page.locator('table.matrix').waitFor();
    expect(new URL(s.page.url()).pathname).toBe('/vru');
    // by default, the partnerships whose own plans are in the graph
    expect(s.query().get('p')!.split(',').sort()).toEqual(['havering/csp', 'rbkc/skcp', 'richmond/csp', 'wandsworth/csp']);
    await expect(s.page.locator('.matrix thead th').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['Havering', 'Richmond']));
    const richmond16 = s.page.locator('button.cell[data-req="vru/ma-1-6"][data-for="richmond/csp"]');
    await expect(richmond16.innerText()).resolves.toContain('Nothing of substance');
    await expect(richmond16.getAttribute('class')).resolves.toContain('level-2');
    await expect(s.page.locator('button.cell[data-req="vru/ma-1-6"][data-for="havering/csp"]').innerText()).resolves.toContain('No response');
    // a gap's name inside the summary's sentence keeps its abbreviation's capitals ("no RAG rating", not "no rag rating")
    await expect(s.page.locator('.summary-list li', { hasText: 'Richmond' }).innerText()).resolves.toMatch(/no named lead: \d+, no RAG rating: \d+/);
    await s.shot('08-vru-matrix');

    await richmond16.focus();
    await s.page.keyboard.press('Enter');
    const detail = s.page.locator('.vru-detail');
    await detail.locator('#vru-detail-title').waitFor();
    await expect(detail.locator('#vru-detail-title').innerText()).resolves.toMatch(/^1\.6 /);
    await expect(detail.innerText()).resolves.toMatch(/Nothing of substance[\s\S]*No Comment/);
    await detail.locator('.narrative details summary').first().click();
    await expect(detail.locator('.narrative .evidence cite').first().innerText()).resolves.toMatch(/Richmond/);
    expect(s.query().get('req')).toBe('vru/ma-1-6');
    expect(s.query().get('for')).toBe('richmond/csp');
    await expect(richmond16.getAttribute('aria-pressed')).resolves.toBe('true');
    await s.shot('09-vru-answer');
    await s.page.reload();
    await s.page.locator('.vru-detail #vru-detail-title').waitFor();
    await expect(s.page.locator('.vru-detail').innerText()).resolves.toContain('No Comment');
  });

  it('lists a partnership\'s governance findings, most severe first, each linking to its bodies on the chart', async () => {
    await s.page.goto(`${s.server.url}/findings?p=havering/csp`);
    const findings = s.page.locator('li.finding');
    await findings.first().waitFor();
    const severities = await s.page.locator('li.finding .severity').allInnerTexts();
    const rank = (s: string) => ['High', 'Medium', 'Low'].findIndex((x) => s.includes(x));
    expect(severities.map(rank)).toEqual([...severities.map(rank)].sort((a, b) => a - b));
    await expect(s.page.locator('.count').innerText()).resolves.toMatch(/^\d+ findings?: \d+ high, \d+ medium, \d+ low\.$/);
    await s.shot('10-findings');
    const link = findings.first().locator('.finding-nodes a').first();
    const name = await link.innerText();
    await link.click();
    await s.page.locator('#panel-title').waitFor();
    expect(new URL(s.page.url()).pathname).toBe('/chart');
    await expect(s.page.locator('#panel-title').innerText()).resolves.toBe(name);
  });

  it('shows where an organisation sits, with links to the chart', async () => {
    await s.page.goto(`${s.server.url}/organisations?org=org/mps`);
    const profile = s.page.locator('.org-profile');
    await profile.waitFor();
    await expect(s.page.locator('#org-title').innerText()).resolves.toContain('Metropolitan Police');
    await expect(profile.innerText()).resolves.toMatch(/Sits on \d+ bod(y|ies) and chairs \d+/);
    // a mistyped date says so and leaves the view as it was
    await s.page.fill('#org-asof', '2019-13');
    await s.page.press('#org-asof', 'Enter');
    await expect(s.page.locator('#org-asof-error').innerText()).resolves.toContain('is not a date');
    expect(new URL(s.page.url()).searchParams.get('at')).toBeNull();
    const link = profile.locator('table a[href^="/chart?p="]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await s.chartReady();
    expect(new URL(s.page.url()).pathname + new URL(s.page.url()).search).toBe(href);
    await s.page.locator('#panel-title').waitFor();
  });

  it('filters the list of organisations as search folds text: hyphens, apostrophes', async () => {
    await s.page.goto(`${s.server.url}/organisations`);
    const items = s.page.locator('#org-list-items li');
    await items.first().waitFor();
    const shown = () => items.allInnerTexts();
    for (const [text, name] of [
      ['antisocial', 'Anti-Social Behaviour Team'],
      ['ANTI SOCIAL beh', 'Anti-Social Behaviour Team'],
      ['mayors office', "Mayor's Office for Policing and Crime"],
    ]) {
      await s.page.fill('#org-filter', text);
      await expect.poll(shown, { message: text }).toContainEqual(expect.stringContaining(name));
    }
    for (const [w, hgt] of [[1440, 900], [390, 844]] as const) {
      await s.viewport(w, hgt);
      await s.page.locator('#org-filter').scrollIntoViewIfNeeded();
      await s.shot(`organisations-filter-${w}`);
    }
    await s.viewport(1280, 800);
  });

  it('filters and sorts the actions, keeping both in the URL', async () => {
    await s.page.goto(`${s.server.url}/actions`);
    await s.page.locator('.actions-table').waitFor();
    const count = async () => Number((await s.page.locator('.count').innerText()).split(' ')[0]);
    const all = await count();
    expect(all).toBeGreaterThan(20);
    await s.page.selectOption('#f-partnership', 'havering/csp');
    expect(await count()).toBeLessThan(all);
    expect(s.query().get('p')).toBe('havering/csp');
    for (const cell of await s.page.locator('.actions-table tbody tr td:first-child').allInnerTexts()) expect(cell).toBe('Havering Community Safety Partnership');
    await s.page.locator('th button', { hasText: 'Timescale' }).click();
    await expect(s.page.locator('th[aria-sort=ascending]').innerText()).resolves.toContain('Timescale');
    expect(s.query().get('sort')).toBe('timescale');
    // by keyboard: Enter on a column's button sorts by it, then turns the order round; the table is
    // drawn anew each time, and the focus stays on that button
    await s.page.locator('th button', { hasText: 'Lead' }).focus();
    await s.page.keyboard.press('Enter');
    await expect(s.page.locator('th[aria-sort=ascending]').innerText()).resolves.toContain('Lead');
    await expect(s.page.evaluate(() => document.activeElement?.closest('th')?.textContent)).resolves.toContain('Lead');
    await s.page.keyboard.press('Enter');
    await expect(s.page.locator('th[aria-sort=descending]').innerText()).resolves.toContain('Lead');
    expect(s.query().get('dir')).toBe('desc');
    await expect(s.page.locator('.actions-table caption').innerText()).resolves.toBe('Actions, sorted by Lead descending');
    await s.shot('07-actions');
  });
});
