// The ELK graphs the web app sends to POST /layout for the default chart of each seeded plan, at a
// desktop's size, captured from real Chromium against the real server (the boxes' sizes come from
// the page's text measurement, so they cannot be rebuilt in Node). Used by time-options.ts.
import { writeFileSync } from 'node:fs';
import { launchBrowser } from '../../tests/web/harness/browser.js';
import { ensureWebBuild, startSeededServer } from '../../tests/web/harness/server.js';

/** each seeded plan's default chart: the four partnerships, Richmond before and after its 2024 plan */
export const PLAN_CHARTS: Record<string, string> = {
  havering: '/chart?p=havering/csp',
  richmond2017: '/chart?p=richmond/csp&at=2018-01-01',
  richmond2024: '/chart?p=richmond/csp',
  wandsworth: '/chart?p=wandsworth/csp',
  rbkc: '/chart?p=rbkc/skcp',
};

export interface CapturedInput {
  name: string;
  graph: { id: string; layoutOptions: Record<string, string>; children: unknown[]; edges: unknown[] };
}

/** The graphs, one per plan chart, as the page posted them at `viewport`. */
export async function captureInputs(viewport = { width: 1440, height: 900 }): Promise<CapturedInput[]> {
  ensureWebBuild();
  const server = await startSeededServer();
  const browser = await launchBrowser(viewport);
  try {
    const out: CapturedInput[] = [];
    for (const [name, url] of Object.entries(PLAN_CHARTS)) {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      const posted: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST' && new URL(r.url()).pathname === '/layout') posted.push(r.postData() ?? '');
      });
      await page.goto(`${server.url}${url}`);
      await page.waitForSelector('.cy[data-ready=true]', { timeout: 30_000 });
      await page.close();
      if (posted.length === 0) throw new Error(`${name}: the page asked the server for no layout (${url})`);
      out.push({ name, graph: JSON.parse(posted[0]!) as CapturedInput['graph'] });
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

// npx tsx bench/elk/capture-inputs.ts <out.json>
if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npx tsx bench/elk/capture-inputs.ts <out.json>');
  const inputs = await captureInputs();
  writeFileSync(file, JSON.stringify(inputs));
  for (const i of inputs) console.log(`${i.name}: ${i.graph.children.length} boxes, ${i.graph.edges.length} lines`);
}
