// Import time: the real Richmond 2024 template (the PDF's text) once, then 33 synthetic boroughs'
// templates in a row (docx, xlsx, csv and text in turn) into a copy of the seeds, each one read,
// mapped, checked and written as a seed file with its year's end dates, the seeds re-read before
// each import as `npm run import` does. The command's own start-up (tsx, loading modules) is
// measured apart, on one plan.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSynthTemplates } from '../synth/vru-template/generate.js';
import { seedsForImport } from '../../server/import/known.js';
import { mapTemplate } from '../../server/import/map-template.js';
import { readTemplateFile } from '../../server/import/read.js';
import { writeImport } from '../../server/import/write-seeds.js';
import { defaultSourcesDir } from '../../server/seeds/quotes.js';
import type { BenchResult } from '../run.js';

const PLANS = 33;

interface Timing {
  read: number;
  seeds: number;
  map: number;
  write: number;
}

async function importOne(file: string, seedsDir: string, partnershipId: string, year: string): Promise<Timing> {
  const t0 = performance.now();
  const doc = await readTemplateFile(file, await readFile(file));
  const t1 = performance.now();
  const ctx = await seedsForImport(file, seedsDir, partnershipId, year);
  const t2 = performance.now();
  const result = mapTemplate(doc, ctx.known, { partnershipId, year });
  const t3 = performance.now();
  await writeImport(result, seedsDir, ctx.names);
  return { read: t1 - t0, seeds: t2 - t1, map: t3 - t2, write: performance.now() - t3 };
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const row = (label: string, t: Timing, n = 1) =>
  `| ${label} | ${ms(t.read / n)} | ${ms(t.seeds / n)} | ${ms(t.map / n)} | ${ms(t.write / n)} | ${ms((t.read + t.seeds + t.map + t.write) / n)} |`;

export default async function bench(): Promise<BenchResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'govgraph-bench-import-'));
  try {
    const seedsDir = path.join(dir, 'seeds');
    await cp('seeds', seedsDir, { recursive: true });
    const richmond = path.join(defaultSourcesDir(), 'richmond-violence-strategic-delivery-plan-2024.txt');
    // Richmond 2024 is curated already: the real plan is timed as a 2023 import beside it
    const one = await importOne(richmond, seedsDir, 'richmond/csp', '2023');

    const manifest = await writeSynthTemplates(path.join(dir, 'templates'), PLANS, 1);
    const total: Timing = { read: 0, seeds: 0, map: 0, write: 0 };
    const started = performance.now();
    for (const t of manifest.templates) {
      const r = await importOne(path.join(dir, 'templates', t.file), seedsDir, t.partnershipId, t.year);
      for (const k of Object.keys(total) as (keyof Timing)[]) total[k] += r[k];
    }
    const wall = performance.now() - started;

    const cliSeeds = path.join(dir, 'seeds-cli');
    await cp('seeds', cliSeeds, { recursive: true });
    const t0 = performance.now();
    const cli = spawnSync('npx', ['tsx', 'server/import/cli.ts', 'vru', richmond, '--partnership', 'richmond/csp', '--year', '2023', '--seeds', cliSeeds], { encoding: 'utf8' });
    const cliMs = performance.now() - t0;
    if (cli.status !== 0) throw new Error(`npm run import failed: ${cli.stderr}`);

    return {
      title: 'Import of filled-in VRU templates',
      markdown: [
        '| import | read the file | read the seeds | map | check and write | total |',
        '|---|---|---|---|---|---|',
        row('Richmond 2024 plan (PDF text, 53 answers)', one),
        row(`${PLANS} synthetic plans in a row, mean per plan`, total, PLANS),
        '',
        `${PLANS} synthetic plans in a row (docx, xlsx, csv, text in turn; each re-reads the seeds, which grow by one plan each time): ${(wall / 1000).toFixed(1)} s in all.`,
        `The command \`npm run import -- vru <Richmond 2024 text> --partnership richmond/csp --year 2023\`, start-up included: ${(cliMs / 1000).toFixed(1)} s.`,
      ].join('\n'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
