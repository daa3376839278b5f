// The interlocks view in real headless Chromium: the organisations on the most bodies (the Met on
// 14) and what spans partnerships or boroughs, sortable, linking to the charts, and each row's
// evidence asked for only when it is opened; axe-clean and without sideways scroll at 390 px.
import { createHash } from 'node:crypto';
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LineEvidenceDocument } from '../../web/src/generated/graphql.js';
import { queryText } from '../../web/src/api/client.js';
import { expectAxeClean } from './harness/axe.js';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 1440, height: 900 });
// the app asks by the query's hash (a GET with no query text), registering it by POST only when unknown
const EVIDENCE_HASH = createHash('sha256').update(queryText(LineEvidenceDocument)).digest('hex');
const isEvidenceRequest = (r: Request) => r.url().includes('/graphql') && decodeURIComponent(r.url() + (r.postData() ?? '')).includes(EVIDENCE_HASH);

describe('interlocks view', () => {
  it('puts the Met first with 14 bodies, sorts by any column, and opens evidence on demand', async () => {
    const evidenceAsks: Request[] = [];
    s.page.on('request', (r) => {
      if (isEvidenceRequest(r)) evidenceAsks.push(r);
    });
    await s.page.goto(`${s.server.url}/interlocks`);
    const orgs = s.page.locator('.interlocks-table').first();
    await orgs.locator('tbody tr').first().waitFor();
    const first = orgs.locator('tbody tr').first();
    await expect(first.locator('th').innerText()).resolves.toMatch(/Metropolitan Police|Met/);
    await expect(first.locator('td').first().innerText()).resolves.toBe('14');
    expect(await first.locator('.seat-list li').count()).toBe(14);
    // seats link to the chart of their partnership with the body selected
    await expect(first.locator('.seat-list a').first().getAttribute('href')).resolves.toMatch(/^\/chart\?p=[\w-]+\/[\w-]+&sel=/);
    await expect(orgs.locator('th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('descending');
    expect(evidenceAsks).toHaveLength(0);
    await s.shot('interlocks-1440');
    await expectAxeClean(s.page, 'interlocks');

    // the evidence of a row: fetched when opened, once
    await first.locator('details.evidence-details summary').click();
    await first.locator('.evidence blockquote').first().waitFor();
    expect(evidenceAsks.length).toBeGreaterThanOrEqual(1);
    const asked = evidenceAsks.length;
    await first.locator('details.evidence-details summary').click();
    await first.locator('details.evidence-details summary').click();
    expect(evidenceAsks.length).toBe(asked);
    await s.shot('interlocks-1440-evidence');
    await expectAxeClean(s.page, 'interlocks with evidence open');

    // sort by name: ascending, kept in the URL; again: descending
    await orgs.locator('button.sort[data-col=name]').click();
    await expect(orgs.locator('th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('ascending');
    expect(s.query().get('sort')).toBe('name');
    const names = await orgs.locator('tbody tr th').allInnerTexts();
    expect(names).toEqual([...names].sort(new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' }).compare));
    await orgs.locator('button.sort[data-col=name]').click();
    await expect(orgs.locator('th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('descending');
    expect(s.query().get('dir')).toBe('desc');

    // what spans: most partnerships first, each linking to the charts
    const spans = s.page.locator('.interlocks-table').nth(1);
    const counts = (await spans.locator('tbody tr td:first-of-type .num').allInnerTexts()).map(Number);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await expect(spans.locator('tbody tr').first().locator('td a').first().getAttribute('href')).resolves.toMatch(/^\/chart\?p=/);
  });

  it('at 390 px: no sideways scroll, axe-clean', async () => {
    await s.viewport(390, 844);
    await s.page.goto(`${s.server.url}/interlocks`);
    await s.page.locator('.interlocks-table tbody tr').first().waitFor();
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await s.shot('interlocks-390');
    await expectAxeClean(s.page, 'interlocks at 390');
  });
});
