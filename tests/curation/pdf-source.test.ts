// Registering a source from a real PDF over the real HTTP server: Chromium prints two of the five
// plans to a PDF, an editor sends it base64 in registerSource, pdfjs-dist extracts its text, and a
// change quoting the plan (across the PDF's line breaks) is checked against that text.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT } from '../../server/http/app.js';
import { defaultSourcesDir } from '../../server/seeds/quotes.js';
import { launchBrowser, type Browser } from '../web/harness/browser.js';
import { PROPOSE, signedIn, startHarness, type Client, type Harness } from './support.js';

const REGISTER = `mutation($input: SourceInput!) { registerSource(input: $input) { id title file registeredBy length } }`;
// both Richmond plans in one PDF: larger than an anonymous request may send
const PLANS = ['richmond-community-safety-plan-2017-2021.txt', 'richmond-violence-strategic-delivery-plan-2024.txt'];
// a sentence the printed page wraps over several lines
const QUOTE =
  'The Community Safety Partnership will work closely with the Richmond\'s Adult\'s Safeguarding Partnership and Local Safeguarding Children\'s Board to achieve these outcomes.';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let h: Harness;
let browser: Browser;
let edith: Client;
let planPdf: string;
let blankPdf: string;

async function printPdf(html: string): Promise<string> {
  const page = await browser.context.newPage();
  await page.setContent(html);
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  return pdf.toString('base64');
}

beforeAll(async () => {
  [h, browser] = await Promise.all([startHarness(), launchBrowser()]);
  edith = await signedIn(h, 'edith');
  const text = PLANS.map((p) => readFileSync(`${defaultSourcesDir()}/${p}`, 'utf8')).join('\n');
  planPdf = await printPdf(`<html><body style="font: 12px serif">${text.split(/\n+/).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`);
  blankPdf = await printPdf('<html><body></body></html>');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

const input = (pdfBase64: string, slug: string) => ({ input: { slug, title: 'Richmond Community Safety Plan 2017-2021 and Violence Strategic Delivery Plan 2024 (PDF)', year: 2017, pdfBase64 } });

describe('a source registered from a PDF', () => {
  it('is too large for an anonymous request, which is told to sign in', async () => {
    expect(JSON.stringify(input(planPdf, 'x')).length).toBeGreaterThan(DEFAULT_BODY_LIMIT);
    const r = await h.client().gql(REGISTER, input(planPdf, 'richmond-plan-anon'));
    expect(r.status).toBe(413);
    expect(r.errors![0]!.message).toMatch(/sign in to send more/);
    expect(await h.store.getNodes(['source/richmond-plan-anon'])).toEqual([null]);
  });

  it('keeps the text pdfjs-dist extracts, and a quote across its line breaks verifies', async () => {
    const r = await edith.gql(REGISTER, input(planPdf, 'richmond-plan-pdf'));
    expect(r.errors).toBeUndefined();
    expect(r.data.registerSource).toMatchObject({ id: 'source/richmond-plan-pdf', registeredBy: 'edith', file: 'richmond-plan-pdf.txt' });
    expect(r.data.registerSource.length).toBeGreaterThan(70_000);

    const proposed = await edith.gql(PROPOSE, {
      input: {
        partnershipId: 'richmond/csp',
        summary: 'the CSP works with the safeguarding boards',
        evidence: { source: 'source/richmond-plan-pdf', locator: 'Introduction', quote: QUOTE },
        changes: [{ node: { id: 'richmond/csp', expectedVersion: 0, properties: [{ key: 'worksWith', value: 'safeguarding boards' }] } }],
      },
    });
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data.proposeChange.evidence).toMatchObject({ basis: 'STATED', source: 'source/richmond-plan-pdf', quote: QUOTE });
  });

  it('a quote the PDF does not hold is refused at the quote', async () => {
    const r = await edith.gql(PROPOSE, {
      input: {
        partnershipId: 'richmond/csp',
        summary: 'not in the plan',
        evidence: { source: 'source/richmond-plan-pdf', locator: 'Introduction', quote: 'The Partnership is chaired by the Mayor of London.' },
        changes: [{ node: { id: 'richmond/csp', expectedVersion: 0, properties: [{ key: 'chairedBy', value: 'Mayor' }] } }],
      },
    });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.evidence.quote' });
  });

  it('bytes that are not a PDF are refused at pdfBase64, and nothing is registered', async () => {
    const r = await edith.gql(REGISTER, input(Buffer.from('not a pdf at all').toString('base64'), 'not-a-pdf'));
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.pdfBase64' });
    expect(r.errors![0]!.message).toMatch(/cannot read the PDF/);
    expect(await h.store.getNodes(['source/not-a-pdf'])).toEqual([null]);
  });

  it('a PDF without text (a scan) is refused with what to do', async () => {
    const r = await edith.gql(REGISTER, input(blankPdf, 'blank-scan'));
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.pdfBase64' });
    expect(r.errors![0]!.message).toMatch(/needs OCR/);
  });
});
