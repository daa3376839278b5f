// Registering a source in real headless Chromium against the real server (SQLite, accounts made
// by `npm run users`): an editor uploads a real PDF (a page of a plan printed by Chromium), sees
// it in the list, and quotes it in a change from a body's panel; a file that is not a PDF, a PDF
// with no text (a scan) and a slug already taken are refused at their field; a reader without an
// editor role and an anonymous reader see no upload form. Axe-clean at 1440 and 390, no sideways
// scroll at 390.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSourcesDir } from '../../server/seeds/quotes.js';
import { curationPage } from './harness/curation-page.js';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 1440, height: 900 }, { curation: {} });
const PLAN = 'richmond-violence-strategic-delivery-plan-2024.txt';
const TITLE = 'Richmond Violence Strategic Delivery Plan 2024, printed';
// a sentence of the printed page, which the PDF wraps over lines
const QUOTE = 'this meeting is chaired by Police and Social Care SPA, and reviews new arrests from the previous day, including violent offences.';
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000 });
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let dir: string;

/** A PDF Chromium prints from HTML, as a council's PDF export would be. */
async function printPdf(name: string, html: string): Promise<string> {
  const page = await s.page.context().newPage();
  await page.setContent(html);
  const file = path.join(dir, name);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  await page.close();
  return file;
}

const { addAccounts, signIn, checkBothSizes } = curationPage(s, '/changes?tab=sources');

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'govgraph-sources-'));
  addAccounts({ edith: ['editor:richmond/csp'], rita: ['reviewer:richmond/csp'] });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openSources(): Promise<void> {
  await s.page.goto(`${s.server.url}/changes?tab=sources`);
  await s.page.locator('#src-list-title, .state-empty').first().waitFor();
}

describe('registering a source in the browser', { timeout: 240_000 }, () => {
  it('shows no upload form to an anonymous reader, nor to a reviewer who is not an editor', async () => {
    await openSources();
    await poll(() => s.page.locator('main').innerText()).toContain('Sign in to see and register the sources a change can quote.');
    await expect(s.page.locator('#src-file').count()).resolves.toBe(0);
    await checkBothSizes('src-01-anonymous');

    await signIn('rita');
    await openSources();
    await poll(() => s.page.locator('main').innerText()).toContain('Only an editor of a partnership can register a source.');
    await expect(s.page.locator('form.source-form, #src-file').count()).resolves.toBe(0);
    await checkBothSizes('src-02-reviewer-no-form');
  });

  it('refuses a file that is not a PDF at the file field, and a PDF without text as a scan', async () => {
    await signIn('edith');
    await openSources();
    await s.page.locator('#src-file').waitFor();
    await checkBothSizes('src-03-editor-form');

    const fake = path.join(dir, 'minutes.pdf');
    writeFileSync(fake, 'PK\u0003\u0004 a word document renamed');
    await s.page.fill('#src-title', 'Minutes that are not a PDF');
    await s.page.setInputFiles('#src-file', fake);
    await s.page.click('button:has-text("Register the source")');
    await poll(() => s.page.locator('#src-file-error').innerText()).toBe('“minutes.pdf” is not a PDF: its content does not start as a PDF does.');
    await expect(s.page.locator('#src-file').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(s.page.evaluate(() => document.activeElement?.id)).resolves.toBe('src-file');
    await checkBothSizes('src-04-not-a-pdf');

    const docx = path.join(dir, 'plan.docx');
    writeFileSync(docx, 'PK\u0003\u0004');
    await s.page.setInputFiles('#src-file', docx);
    await s.page.click('button:has-text("Register the source")');
    await poll(() => s.page.locator('#src-file-error').innerText()).toBe('“plan.docx” is not a PDF or a text file: choose a .pdf or .txt file.');

    await s.page.setInputFiles('#src-file', await printPdf('scan.pdf', '<html><body></body></html>'));
    await s.page.click('button:has-text("Register the source")');
    await poll(() => s.page.locator('#src-file-error').innerText()).toBe('The source has almost no text (a scanned PDF needs OCR first).');
    await checkBothSizes('src-05-scan-needs-ocr');
    await expect(s.page.locator('.source-item').count()).resolves.toBe(0);
  });

  it('registers an uploaded PDF, lists it, refuses its slug again, and a change quotes it', async () => {
    await signIn('edith');
    await openSources();
    const lines = readFileSync(path.join(defaultSourcesDir(), PLAN), 'utf8').split(/\n+/).slice(0, 30);
    const pdf = await printPdf('plan.pdf', `<html><body style="font: 12px serif">${lines.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`);
    // by keyboard: the fields are typed into in their tab order
    await s.page.locator('#src-title').focus();
    await s.page.keyboard.type(TITLE);
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.type('London Borough of Richmond upon Thames');
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.type('2024');
    await expect(s.page.evaluate(() => document.activeElement?.id)).resolves.toBe('src-year');
    await s.page.setInputFiles('#src-file', pdf);
    await s.page.fill('#src-slug', 'richmond-vsdp-2024-printed');
    await s.page.click('button:has-text("Register the source")');
    const item = s.page.locator('.source-item[data-source="source/richmond-vsdp-2024-printed"]');
    await item.waitFor({ timeout: 30_000 });
    await poll(() => item.innerText()).toContain(TITLE);
    expect(await item.innerText()).toMatch(/Registered by edith, .*2\d{3}.* · [\d,]+ characters of text/);
    await expect(item.getAttribute('data-new')).resolves.toBe('');
    await expect(s.page.inputValue('#src-title')).resolves.toBe('');
    // the page says where the next step is: quoting happens on a body's panel
    const next = s.page.locator('[data-registered]');
    await poll(() => next.innerText()).toContain(`“${TITLE}” can now be quoted: open a body on the structure chart, choose “Propose a change”, and pick it under Evidence.`);
    expect(await next.locator('a').getAttribute('href')).toBe('/chart?p=richmond/csp');
    await checkBothSizes('src-06-registered');

    // the same slug again: refused at the slug
    await s.page.fill('#src-title', 'The same plan again');
    await s.page.setInputFiles('#src-file', pdf);
    await s.page.fill('#src-slug', 'richmond-vsdp-2024-printed');
    await s.page.click('button:has-text("Register the source")');
    await poll(() => s.page.locator('#src-slug-error').innerText()).toBe('"source/richmond-vsdp-2024-printed" is already in the graph.');
    await checkBothSizes('src-07-slug-taken');
    await expect(s.page.locator('.source-item').count()).resolves.toBe(1);

    // the new source is offered as evidence, and a quote from its PDF text is accepted
    await s.page.goto(`${s.server.url}/chart?p=richmond/csp&sel=richmond/daily-risk-briefing`);
    await s.chartReady();
    await s.page.click('[data-mode=edit]');
    await s.page.locator('#edit-kind').waitFor();
    await expect(s.page.getByRole('radio', { name: TITLE }).getAttribute('value')).resolves.toBe('source/richmond-vsdp-2024-printed');
    await s.page.fill('#edit-name', 'Daily Risk Briefing (AFC)');
    await s.page.getByRole('radio', { name: TITLE }).check();
    await s.page.fill('#edit-ev-locator', 'page 1, action 3');
    await s.page.fill('#edit-ev-quote', QUOTE);
    await s.page.click('button:has-text("Propose the change")');
    await s.page.locator('.proposed').waitFor();
    await poll(() => s.page.locator('.proposed').innerText()).toContain('waiting for review');
    await checkBothSizes('src-08-change-quotes-it');
  });

  it('registers a .txt file, and pasted text, each with a slug made from its title', async () => {
    await signIn('edith');
    await openSources();
    const txt = path.join(dir, 'wandsworth.txt');
    const plan = readFileSync(path.join(defaultSourcesDir(), 'wandsworth-community-safety-partnership-plan-2017-2021.txt'), 'utf8');
    writeFileSync(txt, plan);
    await s.page.fill('#src-title', 'Wandsworth CSP Plan 2017-2021 (text)');
    await s.page.setInputFiles('#src-file', txt);
    await s.page.click('button:has-text("Register the source")');
    const fromFile = s.page.locator('.source-item[data-source="source/wandsworth-csp-plan-2017-2021-text"]');
    await fromFile.waitFor({ timeout: 30_000 });
    await poll(() => fromFile.innerText()).toContain(`${plan.length.toLocaleString('en-GB')} characters of text`);

    await s.page.fill('#src-title', 'Minutes of the Richmond CSP board, March 2026');
    await s.page.fill('#src-text', 'The board agreed that the Daily Risk Briefing reports to the partnership from April 2026.');
    await s.page.click('button:has-text("Register the source")');
    await s.page.locator('.source-item[data-source="source/minutes-of-the-richmond-csp-board-march-2026"][data-new]').waitFor({ timeout: 30_000 });
    await expect(s.page.locator('.source-item').count()).resolves.toBe(3);
  });
});
