// npm run bench [-- part ...] — runs the benchmark parts (all, or those named) and rewrites
// docs/BENCHMARKS.md with the machine, the date, the commands and the results (paths of this
// machine written relative to the repo: see relative-paths.ts).
import { execSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativePaths } from './relative-paths.js';
import { readSections, writeSections } from './report-sections.js';

export interface BenchResult {
  title: string;
  markdown: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const partsDir = path.join(here, 'parts');
const repo = path.resolve(here, '..');
const outFile = path.join(repo, 'docs/BENCHMARKS.md');

const all = (await readdir(partsDir)).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length) throw new Error(`unknown bench part(s): ${unknown.join(', ')}; parts are: ${all.join(', ')}`);
const parts = wanted.length ? wanted : all;

const machine = [
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
  `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
  `${os.type()} ${os.release()}`,
  `Node ${process.version}`,
].join(', ');
const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();

/** 1, 5 and 15 minute load averages */
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' / ');

const { sections, notes } = readSections(await readFile(outFile, 'utf8').catch(() => ''));

for (const part of parts) {
  console.log(`bench: ${part} ...`);
  const mod = (await import(path.join(partsDir, `${part}.ts`))) as { default: () => Promise<BenchResult> };
  // the machine is often shared: the load beside the figures says how far to trust them
  const loadBefore = loadAverage();
  const started = Date.now();
  const result = await mod.default();
  const took = ((Date.now() - started) / 1000).toFixed(1);
  sections.set(
    part,
    `## ${result.title}\n\nRun ${new Date().toISOString()} at commit ${commit} with \`npm run bench -- ${part}\` (${took} s; load average ${loadBefore} before, ${loadAverage()} after).\n\n${result.markdown.trim()}\n\n`,
  );
  console.log(result.markdown);
}

const body = writeSections({ sections, notes });
// the kept sections too: a section written before this rule may hold a path of this machine
await writeFile(
  outFile,
  relativePaths(`# Benchmarks\n\nWritten by \`npm run bench\` (bench/run.ts); each part also runs alone with \`npm run bench -- <part>\`.\nMachine: ${machine}.\nLast written ${new Date().toISOString()}.\n\n${body}\n`, { repo }),
);
console.log(`wrote ${path.relative(process.cwd(), outFile)}`);
