// Curation in real headless Chromium against the real server (SQLite, accounts made by
// `npm run users`): signing in (wrong password, rate limit), an editor proposing a change from a
// body's panel with a quote the server checks, a second user approving it in the review queue,
// the chart and the History tab showing it; a rejection; four eyes; no edit controls for an
// anonymous reader; CONFLICT, naming the change set that overtook one, which its editor then
// withdraws; axe-clean at 1440 and 390 with no sideways scroll at 390.
import { beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../curation/support.js';
import { curationPage } from './harness/curation-page.js';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 1440, height: 900 }, { curation: {} });
const DRB = 'richmond/daily-risk-briefing';
const QUOTE = 'AFC -Daily Risk Briefing this meeting is chaired by Police and Social Care SPA';
/** waits for what the page shows (a sign-in runs scrypt, slow on a loaded machine) */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000 });

const { addAccounts, signIn, shot, checkBothSizes } = curationPage(s, '/changes');

beforeAll(() => addAccounts({ edith: ['editor:richmond/csp'], rita: ['reviewer:richmond/csp'], ruth: ['editor:richmond/csp', 'reviewer:richmond/csp'] }));

async function openPanel(id = DRB): Promise<void> {
  await s.page.goto(`${s.server.url}/chart?p=richmond/csp&sel=${id}`);
  await s.chartReady();
  await s.page.locator('#panel-title').waitFor();
}

async function proposeRename(name: string, quote = QUOTE): Promise<void> {
  await s.page.click('[data-mode=edit]');
  await s.page.locator('#edit-kind').waitFor();
  await s.page.fill('#edit-name', name);
  await s.page.locator('#edit-ev-source input[type=radio]').first().check();
  await s.page.fill('#edit-ev-locator', 'Theme 1 action 3');
  await s.page.fill('#edit-ev-quote', quote);
  await s.page.click('button:has-text("Propose the change")');
}

/**
 * In the open edit form: chooses the kind of change, fills its own fields (`fields`), attests it
 * with `note`, proposes it and waits for the form to say it is proposed.
 */
async function proposeAttested(kind: string, fields: () => Promise<void>, note: string): Promise<void> {
  await s.page.locator('#edit-kind').waitFor();
  await s.page.selectOption('#edit-kind', kind);
  await fields();
  await s.page.check('input[value=attested]');
  await s.page.fill('#edit-ev-note', note);
  await s.page.click('button:has-text("Propose the change")');
  await s.page.locator('.proposed').waitFor();
}

const title = () => s.page.locator('#panel-title').innerText();

describe('curation in the browser', { timeout: 180_000 }, () => {
  it('an anonymous reader sees no edit controls, and the sign-in page says what went wrong', async () => {
    await openPanel();
    await s.page.locator(".account a:has-text(\"Sign in\")").waitFor();
    await expect(s.page.locator('[data-mode]').allInnerTexts()).resolves.toEqual(['Details', 'History']);
    await expect(s.page.locator('[data-mode=edit], .edit-form, .review-controls').count()).resolves.toBe(0);
    await s.page.goto(`${s.server.url}/changes?tab=review`);
    await poll(() => s.page.locator('main').innerText()).toContain('Sign in to see the change sets waiting for your review');
    // the feed, open to all, starts on a partnership with plans of its own (not the Combatting Drugs Partnership, only named in Richmond's)
    await s.page.goto(`${s.server.url}/changes?tab=feed`);
    await poll(() => s.page.locator('#feed-partnership').inputValue()).toBe('havering/csp');

    await s.page.goto(`${s.server.url}/sign-in`);
    await s.page.fill('#signin-name', 'edith');
    await s.page.fill('#signin-password', 'not the password');
    await s.page.click('button[type=submit]');
    await poll(() => s.page.locator('#signin-error').innerText()).toBe('The name or the password is wrong.');
    await expect(s.page.locator('#signin-password').getAttribute('aria-invalid')).resolves.toBe('true');
    await checkBothSizes('cur-01-sign-in-wrong-password');
    // five failures per account, then the server refuses for a while
    for (let i = 0; i < 5; i++) {
      await s.page.fill('#signin-name', 'nobody');
      await s.page.fill('#signin-password', 'guess');
      await s.page.click('button[type=submit]');
      await s.page.locator('#signin-error:not([hidden])').waitFor();
    }
    await s.page.fill('#signin-password', 'guess');
    await s.page.click('button[type=submit]');
    await poll(() => s.page.locator('#signin-error').innerText()).toMatch(/^Too many sign-in attempts\. Try again in \d+ minutes\.$/);
    await shot('cur-02-sign-in-rate-limited-1440');
  });

  it('an editor proposes with a quote; the server’s refusal shows at the quote; the proposer sees the state', async () => {
    await signIn('edith');
    // the account's roles by the partnership's name, not its id (shown under the name from 1700 px, on hover below)
    await poll(() => s.page.locator('.account-roles').textContent()).toBe('Editor of Richmond Community Safety Partnership');
    await expect(s.page.locator('.account-who').getAttribute('title')).resolves.toBe('Editor of Richmond Community Safety Partnership');
    await openPanel();
    await proposeRename('Daily Risk Meeting', 'this meeting is chaired by the Mayor');
    await s.page.locator('#edit-ev-quote-error').waitFor();
    // said with the source's title, not its id
    await poll(() => s.page.locator('#edit-ev-quote-error').innerText()).toMatch(/^These words are not in “[^”]+” as written\. Copy them from the source exactly/);
    expect(await s.page.locator('#edit-ev-quote-error').innerText()).not.toContain('source/');
    await expect(s.page.locator('#edit-ev-quote').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(s.page.evaluate(() => document.activeElement?.id)).resolves.toBe('edit-ev-quote');
    await checkBothSizes('cur-03-edit-quote-refused');

    await s.page.fill('#edit-ev-quote', QUOTE);
    await s.page.click('button:has-text("Propose the change")');
    await s.page.locator('.proposed').waitFor();
    await poll(() => s.page.locator('.proposed').innerText()).toContain('waiting for review');
    await checkBothSizes('cur-04-edit-proposed');
    expect(await title()).toBe('Daily Risk Briefing');

    await s.page.click('a:has-text("Follow your change sets")');
    await s.page.locator('.change-set').first().waitFor();
    await poll(() => s.page.locator('.change-set[data-state=PROPOSED] h3').innerText()).toBe('Rename Daily Risk Briefing to Daily Risk Meeting');
    await checkBothSizes('cur-05-my-change-sets');
    await s.page.click('.account button:has-text("Sign out")');
    await s.page.locator('.account a:has-text("Sign in")').waitFor();
  });

  it('a second user approves it in the review queue; the chart and the history show it', async () => {
    await signIn('rita');
    await s.page.goto(`${s.server.url}/changes?tab=review`);
    const card = s.page.locator('.change-set[data-state=PROPOSED]');
    await card.waitFor();
    await poll(() => card.locator('table.diff').innerText()).toMatch(/Name\s+Daily Risk Briefing\s+Daily Risk Meeting/);
    await poll(() => card.locator('.change-evidence').innerText()).toContain(QUOTE);
    await checkBothSizes('cur-06-review-queue');
    await card.locator('button:has-text("Approve")').click();
    await poll(() => card.locator('.field-error').innerText()).toBe('Give a reason to approve it.');
    await card.locator('textarea').fill('Matches the plan');
    await card.locator('button:has-text("Approve")').click();
    await s.page.locator('text=Nothing is waiting for your review.').waitFor();
    // the page says what the approval did, and where to see it
    const done = s.page.locator('.review-done[data-decision=APPROVED]');
    await poll(() => done.innerText()).toBe('Approved: “Rename Daily Risk Briefing to Daily Risk Meeting” is now in the graph. See it on the chart');
    expect(await done.locator('a').getAttribute('href')).toBe(`/chart?p=richmond/csp&sel=${DRB}`);

    await openPanel();
    expect(await title()).toBe('Daily Risk Meeting');
    await s.page.click('[data-mode=history]');
    const entry = s.page.locator('.history .audit-entry').first();
    await entry.waitFor();
    await poll(() => entry.innerText()).toMatch(/Daily Risk Briefing\s+Daily Risk Meeting/);
    await entry.locator('summary').click();
    await poll(() => entry.innerText()).toMatch(/Approved by rita on .*: Matches the plan/);
    await poll(() => entry.innerText()).toContain('proposed by edith');
    await checkBothSizes('cur-07-history');

    await s.page.goto(`${s.server.url}/changes?tab=feed&p=richmond/csp`);
    await s.page.locator('.feed-results .audit-entry').first().waitFor();
    await expect(s.page.locator('.feed-results .audit-entry').count()).resolves.toBe(1);
    await checkBothSizes('cur-08-changed-since');

  });

  it('a rejection reaches the proposer with its reason; a reviewer cannot approve their own change', async () => {
    await signIn('ruth');
    await poll(() => s.page.locator('.account-roles').textContent()).toBe('Editor and reviewer of Richmond Community Safety Partnership');
    await openPanel();
    await s.page.click('[data-mode=edit]');
    await proposeAttested('end', () => s.page.fill('#edit-ended', '2026-03'), 'I chaired its last meeting in March 2026.');
    await s.page.goto(`${s.server.url}/changes?tab=review`);
    const own = s.page.locator('.change-set[data-state=PROPOSED]');
    await own.waitFor();
    await poll(() => own.locator('.own-change').innerText()).toContain('Another reviewer must approve or reject it');
    await expect(own.locator('button:has-text("Approve")').count()).resolves.toBe(0);
    await poll(() => own.locator('.change').allInnerTexts()).toEqual([expect.stringMatching(/^Ended\s+Daily Risk Meeting \(Panel\)/), expect.stringMatching(/^New\s+The attestation, kept as the source source\/attested-/)]);
    await checkBothSizes('cur-09-review-own');

    await signIn('rita');
    await s.page.goto(`${s.server.url}/changes?tab=review`);
    await own.locator('textarea').fill('The minutes show it met in April');
    await own.locator('button:has-text("Reject")').click();
    await s.page.locator('text=Nothing is waiting for your review.').waitFor();
    await poll(() => s.page.locator('.review-done[data-decision=REJECTED]').innerText()).toContain('The editor sees your reason under “My change sets”.');
    await signIn('ruth');
    await s.page.goto(`${s.server.url}/changes?tab=mine`);
    const rejected = s.page.locator('.change-set[data-state=REJECTED]');
    await poll(() => rejected.innerText()).toMatch(/Rejected by rita on .*: The minutes show it met in April/);
    await poll(() => rejected.locator('.change-evidence').innerText()).toContain('I chaired its last meeting');
    await checkBothSizes('cur-10-rejected');
    await openPanel();
    expect(await s.page.locator('.facts').innerText()).not.toContain('2026-03');
  });

  it('CONFLICT: an edit against a version that moved on is refused, the panel reloads, and the edit goes through again', async () => {
    await signIn('edith');
    await openPanel();
    await s.page.click('[data-mode=edit]');
    await s.page.locator('#edit-kind').waitFor();
    // meanwhile, another editor's rename is proposed and approved (over HTTP, as another browser would)
    const other = await apiSession(s.server.url);
    await other.login('ruth');
    const cs = await other.gql(`mutation($i: ChangeSetInput!) { proposeChange(input: $i) { id } }`, {
      i: { partnershipId: 'richmond/csp', summary: 'rename', evidence: { attestation: 'I was there.' }, changes: [{ node: { id: DRB, expectedVersion: 1, name: 'Daily Risk Panel' } }] },
    });
    await other.login('rita');
    await other.gql(`mutation($id: ID!) { reviewChange(id: $id, decision: APPROVED, reason: "ok") { state } }`, { id: cs.proposeChange.id });

    await s.page.fill('#edit-name', 'Daily Risk Huddle');
    await s.page.locator('#edit-ev-source input[type=radio]').first().check();
    await s.page.fill('#edit-ev-locator', 'Theme 1 action 3');
    await s.page.fill('#edit-ev-quote', QUOTE);
    await s.page.click('button:has-text("Propose the change")');
    const notice = s.page.locator('.edit-form .form-error');
    await notice.waitFor();
    await poll(() => notice.innerText()).toBe('Another approved change reached this item after you opened it (you edited version 1; it is now at version 2). The panel now shows the current version: check it, then propose your change again.');
    expect(await title()).toBe('Daily Risk Panel');
    await expect(s.page.locator('#edit-name').inputValue()).resolves.toBe('Daily Risk Huddle');
    await checkBothSizes('cur-11-conflict');
    await s.page.click('button:has-text("Propose the change")');
    await s.page.locator('.proposed').waitFor();
  });
});

describe('ending a line, and two change sets of one line', { timeout: 180_000 }, () => {
  const LINE_WORDS = /^Ended\s+Pre-MACE feeds into Multi Agency Child Exploitation$/;

  it('an editor ends a line of their panel; the review says it in words; the second change set of the line cannot be approved', async () => {
    await signIn('edith');
    await openPanel('richmond/pre-mace');
    await s.page.click('[data-mode=edit]');
    await s.page.locator('#edit-kind').waitFor();
    // the chair's picker has one label (it had two: the picker's and the search box's)
    await s.page.selectOption('#edit-kind', 'chair');
    await expect(s.page.locator('label[for=edit-chair]').count()).resolves.toBe(1);
    // its suggestions: Richmond's organisations and the shared ones before another borough's own teams
    await s.page.fill('#edit-chair', 'Police');
    const metas = s.page.locator('#edit-chair-list .suggestion-meta');
    await poll(() => metas.count()).toBe(10);
    const where = (await metas.allInnerTexts()).map((m) => (/Kensington|Wandsworth|Havering/.test(m) ? 'elsewhere' : 'here'));
    expect(where.indexOf('here')).toBe(0);
    expect(where.lastIndexOf('here')).toBeLessThan(where.indexOf('elsewhere') === -1 ? Infinity : where.indexOf('elsewhere'));
    await expect(s.page.locator('#edit-chair-list .suggestion', { hasText: 'Richmond' }).count()).resolves.toBeGreaterThan(0);
    // an editor of the panel's partnership may end its line (it was refused as "shared by every partnership")
    const endLine = () =>
      proposeAttested(
        'end-line',
        async () => {
          await s.page.selectOption('#edit-end-line', { label: 'Pre-MACE feeds into MACE: Multi Agency Child Exploitation' });
          await s.page.fill('#edit-end-line-to', '2026-05');
        },
        'Agreed at the CSP board in May 2026.',
      );
    await endLine();
    await s.page.click('button:has-text("Propose another change")');
    await endLine();
    // and a new panel under it, whose change lists its kind, name and partnership
    await s.page.click('button:has-text("Propose another change")');
    await proposeAttested(
      'create',
      async () => {
        await s.page.selectOption('#edit-new-kind', 'Panel');
        await s.page.fill('#edit-new-name', 'Exploitation Review Panel');
      },
      'Set up by the CSP board in May 2026.',
    );
    await s.page.goto(`${s.server.url}/changes?tab=mine`);
    await s.page.locator('.change-set', { hasText: 'Exploitation Review Panel' }).locator('table.diff').first().waitFor();
    // on a phone a field's one-word name is not broken across lines ("Partnershi / p")
    await s.viewport(390, 844);
    const split = await s.page.evaluate(() =>
      [...document.querySelectorAll('table.diff tbody th')]
        .filter((th) => !th.textContent!.includes(' '))
        .filter((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
        })
        .map((th) => th.textContent),
    );
    await s.viewport(1440, 900);
    expect(split).toEqual([]);
    // the partnership by its name, in the card's line and in the table
    const panelCard = s.page.locator('.change-set', { hasText: 'Exploitation Review Panel' });
    await expect(panelCard.locator('.change-set-meta').innerText()).resolves.toContain(' · Richmond Community Safety Partnership · proposed by edith');
    await expect(panelCard.locator('table.diff tr', { hasText: 'Partnership' }).first().innerText()).resolves.toMatch(/^Partnership\s+\(new\)\s+Richmond Community Safety Partnership$/);

    await signIn('rita');
    await s.page.goto(`${s.server.url}/changes?tab=review`);
    // (the CONFLICT test's rename waits in the queue too)
    const cards = s.page.locator('.change-set[data-state=PROPOSED]', { hasText: 'Line ended' });
    await poll(() => cards.count()).toBe(2);
    await poll(() => cards.first().locator('.change').first().innerText()).toMatch(/^Ended\s+Pre-MACE feeds into Multi Agency Child Exploitation\s/);
    await expect(cards.first().locator('.change-head').first().innerText()).resolves.toMatch(LINE_WORDS);
    await cards.first().locator('textarea').fill('Minutes of May 2026');
    await cards.first().locator('button:has-text("Approve")').click();
    const done = s.page.locator('.review-done[data-decision=APPROVED]');
    await done.waitFor();
    expect(await done.locator('a').getAttribute('href')).toBe('/chart?p=richmond/csp&sel=richmond/pre-mace');
    await poll(() => cards.count()).toBe(1);
    // the other change set of the line says it was overtaken, the line in words and the change set
    // that changed it by its summary, not the store's versions; it can only be rejected
    const approved = await firstApproved();
    await poll(() => cards.first().locator('.overtaken').innerText()).toBe(
      `Overtaken: “Pre-MACE feeds into Multi Agency Child Exploitation” was changed by the approved change set “${approved.summary}” (${approved.id}) after this was proposed, so it can no longer be approved.`,
    );
    await expect(cards.first().locator('button').allInnerTexts()).resolves.toEqual(['Reject']);
    await checkBothSizes('cur-12-review-overtaken');
  });

  it('its editor withdraws the change set that can no longer be approved: it leaves the review queue', async () => {
    await signIn('edith');
    await s.page.goto(`${s.server.url}/changes?tab=mine`);
    const stale = s.page.locator('.change-set[data-state=PROPOSED]', { hasText: 'Line ended' });
    await poll(() => stale.count()).toBe(1);
    await poll(() => stale.locator('.overtaken').innerText()).toMatch(/^Overtaken: “Pre-MACE feeds into Multi Agency Child Exploitation” was changed by the approved change set “Line ended/);
    await checkBothSizes('cur-13-withdraw');
    await stale.locator('button:has-text("Withdraw")').click();
    const done = s.page.locator('.review-done[data-decision=WITHDRAWN]');
    await poll(() => done.innerText()).toMatch(/^Withdrawn: “Line ended[^”]*”\. It has left the review queue; the graph is unchanged\.$/);
    const withdrawn = s.page.locator('.change-set[data-state=WITHDRAWN]');
    await poll(() => withdrawn.locator('.state-tag').innerText()).toBe('Withdrawn');
    await poll(() => withdrawn.locator('.review-withdrawn').innerText()).toMatch(/^Withdrawn by edith on .*, before review\.$/);
    await expect(withdrawn.locator('button').count()).resolves.toBe(0);
    await poll(() => s.page.locator('.lede').innerText()).toMatch(/, 1 withdrawn\.$/);
    await checkBothSizes('cur-14-withdrawn');

    await signIn('rita');
    await s.page.goto(`${s.server.url}/changes?tab=review`);
    await s.page.locator('.change-set[data-state=PROPOSED]').first().waitFor();
    await expect(s.page.locator('.change-set', { hasText: 'Line ended' }).count()).resolves.toBe(0);
  });

  it('a change set overtaken while the review queue is open: approving it says by what, and only Reject is left', async () => {
    // rita's queue shows edith's rename to "Daily Risk Huddle" (the CONFLICT test's), approvable when loaded
    await s.page.goto(`${s.server.url}/changes?tab=review`);
    const huddle = s.page.locator('.change-set[data-state=PROPOSED]', { hasText: 'Daily Risk Huddle' });
    await huddle.locator('button:has-text("Approve")').waitFor();
    // meanwhile ruth renames the panel again and another reviewer approves it (over HTTP, as another browser would)
    const other = await apiSession(s.server.url);
    await other.login('ruth');
    const cs = await other.gql(`mutation($i: ChangeSetInput!) { proposeChange(input: $i) { id } }`, {
      i: { partnershipId: 'richmond/csp', summary: 'Rename it the Daily Risk Forum', evidence: { attestation: 'I was there.' }, changes: [{ node: { id: DRB, expectedVersion: 2, name: 'Daily Risk Forum' } }] },
    });
    await other.login('rita');
    await other.gql(`mutation($id: ID!) { reviewChange(id: $id, decision: APPROVED, reason: "ok") { state } }`, { id: cs.proposeChange.id });

    await huddle.locator('textarea').fill('Matches the plan');
    await huddle.locator('button:has-text("Approve")').click();
    await poll(() => huddle.locator('.field-error').innerText()).toBe(
      `It cannot be approved, and nothing was changed: “Daily Risk Huddle (Panel)” was changed by the approved change set “Rename it the Daily Risk Forum” (${cs.proposeChange.id}) after this was proposed. Reject it (its editor may also withdraw it); the editor can propose it again against the graph as it is now.`,
    );
    await expect(huddle.locator('button').allInnerTexts()).resolves.toEqual(['Reject']);
    await expect(s.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Reject');
    await checkBothSizes('cur-15-review-conflict-at-approval');
  });
});

/** The newest approved change set's id and summary, from the API: what the conflict message names. */
async function firstApproved(): Promise<{ id: string; summary: string }> {
  const api = await apiSession(s.server.url);
  await api.login('rita');
  const [cs] = (await api.gql(`{ changeSets(state: APPROVED, first: 1) { id summary } }`, {})).changeSets;
  return cs;
}

/** A cookie-keeping client of the same server, signed in through /auth/login like the page. */
async function apiSession(url: string) {
  let cookie = '';
  const post = async (p: string, body: unknown) => {
    const res = await fetch(`${url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url, ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('govgraph_session='));
    if (set) cookie = set.split(';')[0]!;
    return res;
  };
  return {
    async login(name: string) {
      expect((await post('/auth/login', { name, password: PASSWORD })).status).toBe(200);
    },
    async gql(query: string, variables: unknown) {
      const body = (await (await post('/graphql', { query, variables })).json()) as { data: any; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    },
  };
}
