// Exports and the borough review report: the time to produce each export format (server/export)
// for one borough as at a date and for every partnership, on the five real plans and on the
// synthetic national set (300 partnerships, bench/synth), with the size written; and the report
// page in headless Chromium, from navigation to the last section drawn, and printing it to PDF.
// The seeds export is always the whole graph (server/export/seeds.ts ignores the scope), so it is
// timed once, in the all-partnerships column: timing it per borough repeated the costliest export
// (YAML of every node) three more times on the national set. Each step logs, so a stall shows where.
// `npm run bench -- export`; knob: BENCH_NATIONAL_PARTNERSHIPS [300].
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMATS } from '../../server/export/formats.js';
import type { ExportRequest } from '../../server/export/scope.js';
import { startServer } from '../../server/http/app.js';
import { defaultSourcesDir } from '../../server/seeds/quotes.js';
import type { GraphStore } from '../../server/store/contract.js';
import { listAll } from '../../server/store/list-all.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { launchBrowser } from '../../tests/web/harness/browser.js';
import { ensureWebBuild, WEB_DIST } from '../../tests/web/harness/server.js';
import { loadSeeds, writeSqlite } from '../national/seeding.js';
import { nationalSet } from './national.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BOROUGH_RUNS = 3;
const REPORT_RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);
const size = (n: number) => (n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MB` : `${(n / 1024).toFixed(0)} KB`);
const bytes = (b: string | Uint8Array) => (typeof b === 'string' ? Buffer.byteLength(b) : b.byteLength);

interface Dataset {
  name: string;
  borough: string;
  asAt: string;
  store: GraphStore;
}

async function seeded(seedsDir: string, sourcesDir: string, file: string): Promise<GraphStore> {
  const { batch } = await loadSeeds(seedsDir, sourcesDir);
  await writeSqlite(batch, file);
  return openSqliteStore(file);
}

async function timeFormat(store: GraphStore, format: (typeof FORMATS)[number], req: ExportRequest, runs: number): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let written = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const files = await format.produce(store, req);
    times.push(performance.now() - t);
    written = files.reduce((n, f) => n + bytes(f.body), 0);
  }
  return { ms: median(times), bytes: written };
}

/** Formats that write the whole graph whatever partnerships are asked for. */
const WHOLE_GRAPH_ONLY = new Set(['seeds']);
const peakRss = () => `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;

async function exportRows(d: Dataset): Promise<string[]> {
  const rows: string[] = [];
  for (const format of FORMATS) {
    console.log(`export bench: ${d.name}, ${format.name}`);
    const one = WHOLE_GRAPH_ONLY.has(format.name) ? null : await timeFormat(d.store, format, { partnershipIds: [d.borough], asAt: d.asAt, personalData: false }, BOROUGH_RUNS);
    const all = await timeFormat(d.store, format, { partnershipIds: [], personalData: false }, 1);
    const oneCells = one ? `${ms(one.ms)} | ${size(one.bytes)}` : 'the whole graph (as in the next column) | –';
    rows.push(`| ${d.name} | ${format.name} | ${oneCells} | ${ms(all.ms)} | ${size(all.bytes)} | ${peakRss()} |`);
  }
  return rows;
}

async function reportRow(d: Dataset): Promise<string> {
  const server = await startServer({ store: d.store, port: 0, host: '127.0.0.1', webDist: WEB_DIST, logger: { info() {}, error() {} } });
  const browser = await launchBrowser({ width: 1440, height: 900 });
  try {
    const page = await browser.context.newPage();
    const url = `http://127.0.0.1:${server.port}/report?p=${d.borough}&at=${d.asAt}&since=2017`;
    const drawn: number[] = [];
    const printed: number[] = [];
    let pages = 0;
    // the first run warms the server's caches and the browser's
    for (let i = 0; i <= REPORT_RUNS; i++) {
      console.log(`export bench: report, ${d.name}, run ${i}`);
      const t = performance.now();
      await page.goto(url);
      await page.locator('article.report section[aria-labelledby="r-refs"]').waitFor({ timeout: 120_000 });
      const t1 = performance.now();
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      await page.emulateMedia({ media: 'screen' });
      if (i === 0) continue;
      drawn.push(t1 - t);
      printed.push(performance.now() - t1);
      pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    }
    return `| ${d.name} | ${d.borough} as at ${d.asAt} | ${ms(median(drawn))} | ${ms(median(printed))} | ${pages} |`;
  } finally {
    await browser.close();
    await server.close();
  }
}

export default async function run(): Promise<{ title: string; markdown: string }> {
  ensureWebBuild();
  const partnerships = Number(process.env.BENCH_NATIONAL_PARTNERSHIPS || 300);
  const national = existsSync(path.join(ROOT, 'data/synth-speed', `${partnerships}.sqlite`)) ? null : await nationalSet(partnerships);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'govgraph-bench-export-'));
  const load = os.loadavg().map((l) => l.toFixed(2)).join(', ');
  const real: Dataset = { name: 'real plans', borough: 'richmond/csp', asAt: '2024', store: await seeded(path.join(ROOT, 'seeds'), defaultSourcesDir(), path.join(tmp, 'real.sqlite')) };
  // the speed bench's store of the same set (seed 1), when it has made one, saves seeding it again
  const kept = path.join(ROOT, 'data/synth-speed', `${partnerships}.sqlite`);
  if (existsSync(kept)) copyFileSync(kept, path.join(tmp, 'national.sqlite'));
  const synthStore = existsSync(kept)
    ? openSqliteStore(path.join(tmp, 'national.sqlite'))
    : await seeded(national!.seedsDir, national!.sourcesDir, path.join(tmp, 'national.sqlite'));
  // a borough's community safety partnership, as richmond/csp is on the real plans (the first
  // partnership by id is a small drugs partnership)
  const partnershipIds = (await listAll(synthStore, { kinds: ['Partnership'] })).map((p) => p.id).sort();
  const borough = partnershipIds.find((id) => id.endsWith('/csp')) ?? partnershipIds[0]!;
  const synth: Dataset = { name: `synthetic, ${partnerships} partnerships`, borough, asAt: '2024', store: synthStore };
  try {
    const stats = await Promise.all([real.store.stats(), synth.store.stats()]);
    const exportTable = [...(await exportRows(real)), ...(await exportRows(synth))];
    const reportTable = [await reportRow(real), await reportRow(synth)];
    const endLoad = os.loadavg().map((l) => l.toFixed(2)).join(', ');
    const markdown = [
      `Load average when the run began: ${load}, when it ended: ${endLoad} (the machine is shared: other work inflates the times). ` +
        `Graphs: real plans ${stats[0].nodes} nodes, ${stats[0].relationships} relationships; synthetic ${stats[1].nodes} nodes, ${stats[1].relationships} relationships (SQLite).`,
      '',
      `Exports (\`FORMATS[i].produce\`, as \`npm run export\` and \`GET /export/<format>\` run it): one borough as at a date, median of ${BOROUGH_RUNS} runs; all partnerships (the whole record), one run. The one borough of the synthetic set is ${synth.borough}. seeds always writes the whole graph, so it is timed once. Peak RSS: the bench process's maximum so far (it holds each export's file in memory).`,
      '',
      '| graph | format | one borough | size | all partnerships | size | peak RSS |',
      '|---|---|---:|---:|---:|---:|---:|',
      ...exportTable,
      '',
      `Borough review report (/report) in headless Chromium, served by the real server: navigation to the last section drawn (chart laid out by ELK, four GraphQL queries), then printing to A4 PDF (page.pdf); median of ${REPORT_RUNS} runs after a warm-up.`,
      '',
      '| graph | report | drawn | printed to PDF | PDF pages |',
      '|---|---|---:|---:|---:|',
      ...reportTable,
    ].join('\n');
    return { title: 'Exports and the borough review report', markdown };
  } finally {
    await real.store.close();
    await synth.store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
