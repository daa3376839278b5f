// Which of ELK's options cost the server's layout of a borough chart (issue 15): the graphs the web
// app posts to /layout for each seeded plan's default chart (captured from Chromium by
// capture-inputs.ts), each laid out with each option variant (variants.ts) in a fresh Node process
// (time-layout.ts): its first layout after the server's start-up warm-up, and its steady median.
// Variants run interleaved, round by round, so the ratios (to the first variant named, per round) hold on a shared machine.
// npx tsx bench/elk/time-options.ts [inputs.json] [rounds] [variant,...]
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureInputs } from './capture-inputs.js';
import { VARIANTS } from './variants.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const [inputsArg, roundsArg, variantsArg] = process.argv.slice(2);
const inputsFile = inputsArg ?? path.join(os.tmpdir(), 'govgraph-layout-inputs.json');
if (!existsSync(inputsFile)) writeFileSync(inputsFile, JSON.stringify(await captureInputs()));
const rounds = Number(roundsArg ?? 3);
const variants = variantsArg ? variantsArg.split(',') : Object.keys(VARIANTS);
const charts = ['havering', 'richmond2017', 'richmond2024', 'wandsworth', 'rbkc'];

type Row = { chart: string; variant: string; firstMs: number; medianMs: number; width: number; height: number; bends: number; crossings: number };
const rows: Row[] = [];
const load = () => os.loadavg()[0]!.toFixed(1);
const loads: string[] = [load()];
for (let r = 0; r < rounds; r++) {
  for (const chart of charts)
    for (const variant of variants) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'time-layout.ts'), inputsFile, chart, variant], { encoding: 'utf8' });
      rows.push(JSON.parse(out.trim().split('\n').at(-1)!) as Row);
    }
  loads.push(load());
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const of = (chart: string, variant: string) => rows.filter((x) => x.chart === chart && x.variant === variant);
console.log(`load (1 min) by round: ${loads.join(', ')}`);
console.log(`| chart | variant | first ms | steady ms | first / ${variants[0]} | steady / ${variants[0]} | size | bends | crossings |`);
console.log('|---|---|--:|--:|--:|--:|---|--:|--:|');
for (const chart of charts)
  for (const variant of variants) {
    const xs = of(chart, variant);
    const base = of(chart, variants[0]!);
    const [f, m] = [median(xs.map((x) => x.firstMs)), median(xs.map((x) => x.medianMs))];
    const ratio = (pick: (x: Row) => number) => (base.length ? median(xs.map((x, i) => pick(x) / pick(base[i]!))).toFixed(2) : '-');
    const s = xs[0]!;
    console.log(`| ${chart} | ${variant} | ${f.toFixed(0)} | ${m.toFixed(1)} | ${ratio((x) => x.firstMs)} | ${ratio((x) => x.medianMs)} | ${s.width}×${s.height} | ${s.bends} | ${s.crossings} |`);
  }
