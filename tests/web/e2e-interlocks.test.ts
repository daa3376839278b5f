// The interlocks view in real headless Chromium: the organisations on the most bodies (the Met on
// 14) and what spans partnerships or boroughs, sortable, linking to the charts, and each row's
// evidence asked for only when it is opened; axe-clean and without sideways scroll at 390 px, each
// seat's bullet beside the first line of its link when a long name wraps.
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

interface SeatLines {
  name: string;
  /** the baseline of the item's first line, on which the list's bullet stands */
  bullet: number;
  /** the link's first and last lines of text (its first and last letters' boxes) */
  first: { top: number; bottom: number };
  last: { top: number; bottom: number };
  /** the top of the role's first letter after the link, if it has a role */
  role: number | null;
  lineHeight: number;
  /** the height of each of the link's boxes, one a line (what a finger can hit) */
  targets: number[];
}

/**
 * How each seat of the first organisation's list is laid out. The bullet cannot be measured, but it
 * stands on the baseline of its item's first line box, as does an empty inline-block put first in
 * the item, whose bottom is that baseline.
 */
const seatLines = () =>
  s.page
    .locator('.interlocks-table tbody tr')
    .first()
    .locator('.seat-list li')
    .evaluateAll((lis): SeatLines[] =>
      lis.map((li) => {
        const a = li.querySelector('a')!;
        const letter = (t: Text, i: number) => {
          const r = document.createRange();
          r.setStart(t, i);
          r.setEnd(t, i + 1);
          return r.getBoundingClientRect();
        };
        const text = a.firstChild as Text;
        const first = letter(text, 0);
        const last = letter(text, text.length - 1);
        const probe = document.createElement('span');
        probe.style.cssText = 'display:inline-block;width:0;height:0';
        li.prepend(probe);
        const bullet = probe.getBoundingClientRect().bottom;
        probe.remove();
        const roleText = li.querySelector('.muted')?.firstChild as Text | undefined;
        return {
          name: a.textContent!,
          bullet,
          first: { top: first.top, bottom: first.bottom },
          last: { top: last.top, bottom: last.bottom },
          // the role's text starts with a space, where it may break to the next line
          role: roleText ? letter(roleText, 1).top : null,
          lineHeight: parseFloat(getComputedStyle(li).lineHeight),
          targets: [...a.getClientRects()].map((r) => r.height),
        };
      }),
    );

/** Bullet beside the link's first line, the role after its last, every line of the link a 24 px target (WCAG 2.5.8). */
function expectSeatsLinedUp(seats: SeatLines[], where: string): void {
  expect(seats.length, where).toBeGreaterThan(0);
  for (const seat of seats) {
    const at = `${seat.name} at ${where}`;
    expect(seat.bullet, `the bullet of ${at} beside the link's first line`).toBeGreaterThan(seat.first.top);
    expect(seat.bullet, `the bullet of ${at} beside the link's first line`).toBeLessThanOrEqual(seat.first.bottom);
    if (seat.role !== null) {
      // on the link's last line, or the next line when it does not fit there
      const sameLine = Math.abs(seat.role - seat.last.top) < 1;
      const nextLine = seat.role >= seat.last.bottom && seat.role < seat.last.bottom + seat.lineHeight;
      expect(sameLine || nextLine, `the role of ${at} following the link's last line (its top ${seat.role}, the line's ${seat.last.top})`).toBe(true);
    }
    for (const h of seat.targets) expect(h, `each line of ${at} a 24 px target`).toBeGreaterThanOrEqual(24);
  }
}

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
    expectSeatsLinedUp(await seatLines(), '1440 px');
    // the sort buttons are 24 px targets whose words stay level with the head that is not a button
    const headWords = await orgs.locator('thead th').evaluateAll((ths) =>
      ths.map((th) => {
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT, (n) => (n.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP));
        const words = document.createRange();
        words.selectNodeContents(walker.nextNode()!);
        return { bottom: Math.round(words.getBoundingClientRect().bottom), target: th.querySelector('button')?.getBoundingClientRect().height ?? null };
      }),
    );
    expect(new Set(headWords.map((w) => w.bottom)).size, `the heads' words level: ${JSON.stringify(headWords)}`).toBe(1);
    for (const w of headWords) if (w.target !== null) expect(w.target).toBeGreaterThanOrEqual(24);

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
    // long names wrap here: the bullet stayed beside a wrapped link's last line when the link was an inline-block
    const seats = await seatLines();
    expect(seats.filter((seat) => seat.last.top - seat.first.top >= seat.lineHeight - 1).length, 'seats whose names wrap at 390 px').toBeGreaterThan(0);
    expectSeatsLinedUp(seats, '390 px');
  });
});
