// The change-set lists page by 25 in real headless Chromium against the real server (SQLite,
// accounts made by `npm run users`): with 27 change sets waiting, the review queue and "My change
// sets" show the newest 25 and a "Show older change sets" button that adds the other two, moves
// focus to the first of them and then goes away; axe-clean with no sideways scroll at 1440 and 390.
import { beforeAll, describe, expect, it } from 'vitest';
import { curationPage } from './harness/curation-page.js';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 1440, height: 900 }, { curation: {} });
const { addAccounts, signIn, checkBothSizes } = curationPage(s, '/changes');
const COUNT = 27;

beforeAll(() => addAccounts({ edith: ['editor:richmond/csp'], rita: ['reviewer:richmond/csp'] }));

/** proposes `n` attested renames as the signed-in editor, through the page's own origin and cookie */
async function propose(n: number): Promise<void> {
  const errors = await s.page.evaluate(async (n) => {
    const out: string[] = [];
    for (let i = 1; i <= n; i++) {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          query: 'mutation($input: ChangeSetInput!) { proposeChange(input: $input) { id } }',
          variables: {
            input: {
              partnershipId: 'richmond/csp',
              summary: `proposal ${String(i).padStart(2, '0')}`,
              evidence: { attestation: 'agreed at the board' },
              changes: [{ node: { id: 'richmond/daily-risk-briefing', expectedVersion: 0, note: `note ${i}` } }],
            },
          },
        }),
      });
      const body = (await res.json()) as { errors?: { message: string }[] };
      if (body.errors) out.push(body.errors[0]!.message);
    }
    return out;
  }, n);
  expect(errors).toEqual([]);
}

const summaries = () => s.page.locator('.change-set h3').allInnerTexts();
const more = () => s.page.locator('button:has-text("Show older change sets")');

async function pageThrough(name: string): Promise<void> {
  await s.page.locator('.change-set').first().waitFor();
  const first = await summaries();
  expect(first).toHaveLength(25);
  expect(first[0]).toContain(`proposal ${COUNT}`);
  await checkBothSizes(`${name}-first-page`);
  await more().click();
  await expect.poll(summaries, { timeout: 20_000 }).toHaveLength(COUNT);
  const all = await summaries();
  expect(new Set(all).size).toBe(COUNT);
  expect(all.at(-1)).toContain('proposal 01');
  // focus moves to the first card that came in
  await expect(s.page.evaluate(() => document.activeElement?.querySelector('h3')?.textContent ?? '')).resolves.toContain('proposal 02');
  await expect(more().isVisible()).resolves.toBe(false);
  await checkBothSizes(`${name}-all`);
}

describe('change-set lists in pages', { timeout: 240_000 }, () => {
  it('"Changed since" names the partnership by its name when nothing changed, not by its id', async () => {
    await s.page.goto(`${s.server.url}/changes?tab=feed&p=richmond/cdp`);
    const empty = s.page.locator('.feed-results');
    await expect.poll(() => empty.innerText(), { timeout: 15_000 }).toMatch(/^No change has been applied to Combatting Drugs Partnership since \d{4}-\d\d-\d\d\.$/);
    await checkBothSizes('changes-feed-empty');
  });

  it('"My change sets" shows the newest 25, then the rest on request', async () => {
    await signIn('edith');
    await propose(COUNT);
    await s.page.goto(`${s.server.url}/changes?tab=mine`);
    await pageThrough('pages-mine');
  });

  it('the review queue shows the newest 25, then the rest on request', async () => {
    await signIn('rita');
    await s.page.goto(`${s.server.url}/changes?tab=review`);
    await pageThrough('pages-review');
  });
});
