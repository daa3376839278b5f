// The import view in real headless Chromium against the real server: a synthetic borough's
// template checked (report, leads, what would change), then loaded and seen in the VRU matrix;
// screenshots at desktop and phone sizes; axe-core finds no serious or critical violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { templateRequirements, templateRows } from '../../bench/synth/vru-template/answers.js';
import { templateText } from '../../bench/synth/vru-template/write.js';
import { createRng } from '../../bench/synth/prng.js';
import { browserSession } from './harness/session.js';

// the harness's server runs with production defaults, where loading is off unless switched on
process.env.GOVGRAPH_IMPORT_LOAD = 'allow';
const s = browserSession({ width: 1440, height: 900 });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const rows = templateRows(createRng(21), templateRequirements());
const answered = rows.filter((r) => r.lead || r.paragraphs.length || r.rag || r.namedLead).length;
const template = templateText('Havering Violence and Vulnerability Reduction Action Plan 2025', rows);

async function seriousViolations(): Promise<string[]> {
  // evaluated through the debugging protocol: the app's content security policy rightly refuses inline scripts
  await s.page.evaluate(axeSource);
  const result = await s.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.count})`);
}

describe('import view', () => {
  it('checks a template, shows the report and the change, then loads it into the graph', async () => {
    await s.page.goto(`${s.server.url}/`);
    await s.page.click('nav a:has-text("Import")');
    await s.page.locator('#import-partnership option[value="havering/csp"]').waitFor({ state: 'attached' });
    expect(new URL(s.page.url()).pathname).toBe('/import');
    await s.page.setInputFiles('#import-file', { name: 'havering-2025.txt', mimeType: 'text/plain', buffer: template });
    await s.page.selectOption('#import-partnership', 'havering/csp');
    await s.page.click('button:has-text("Check the file")');
    await s.page.locator('.import-report').waitFor();
    await expect(s.page.locator('.import-facts').innerText()).resolves.toContain(`Actions answered: ${answered}`);
    await expect(s.page.locator('.import-leads').innerText()).resolves.toMatch(/Northfield Youth Hub\s+Not known: proposed as a new organisation/);
    await expect(s.page.locator('#import-diff-title + p').innerText()).resolves.toBe(`${answered} added, 0 changed, 0 removed, 0 unchanged`);
    await s.shot('20-import-report-1440');
    expect(await seriousViolations()).toEqual([]);
    await s.viewport(390, 844);
    await s.shot('21-import-report-390');
    expect(await seriousViolations()).toEqual([]);
    await s.viewport(1440, 900);

    await s.page.click('button:has-text("Load into the graph")');
    await s.page.locator('.import-status a:has-text("See the VRU alignment")').waitFor();
    await expect(s.page.locator('.import-status').innerText()).resolves.toContain(`Loaded ${answered} answers of`);
    await s.page.click('.import-status a:has-text("See the VRU alignment")');
    await s.page.locator('table.matrix').waitFor();
    const answeredCells = await s.page.locator('button.cell[data-for="havering/csp"]').evaluateAll((cells) => cells.filter((c) => !c.textContent?.includes('No response')).length);
    expect(answeredCells).toBe(answered);
  });

  it('says why a file is refused', async () => {
    await s.page.goto(`${s.server.url}/import`);
    await s.page.locator('#import-partnership option[value="havering/csp"]').waitFor({ state: 'attached' });
    await s.page.setInputFiles('#import-file', { name: 'notes-2025.txt', mimeType: 'text/plain', buffer: Buffer.from('Name\tTeam\nJo\tFinance\n') });
    await s.page.click('button:has-text("Check the file")');
    // the status first says the report is loading; the refusal replaces it when the server answers
    await expect.poll(() => s.page.locator('.import-status').innerText()).toContain('notes-2025.txt: line 1 to line 2: not the VRU action plan template');
    await expect(s.page.locator('button:has-text("Load into the graph")').isDisabled()).resolves.toBe(true);
    // a refusal is not "could not load": the file was read and refused, and nothing is loaded
    await expect(s.page.locator('.import-status .state-title').innerText()).resolves.toBe('⚠ The file was not checked: nothing is loaded.');
    await s.shot('22-import-refused');
    // a template with no year in its name or first lines: the page names its own Year field, not the command line's flag
    const yearless = templateText('Havering Violence and Vulnerability Reduction Action Plan', rows);
    await s.page.setInputFiles('#import-file', { name: 'havering.txt', mimeType: 'text/plain', buffer: yearless });
    await s.page.click('button:has-text("Check the file")');
    await expect.poll(() => s.page.locator('.import-status').innerText()).toContain('havering.txt: no year in the file name or its first lines: give the year in the Year field');
    expect(await s.page.locator('.import-status').innerText()).not.toContain('--year');
  });
});
