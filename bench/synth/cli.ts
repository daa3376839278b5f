// npm run synth -- --partnerships 300 --seed 1 [--out data/synth] [--templates 33]
// Writes a deterministic synthetic national seed set; check it with
//   GOVGRAPH_SOURCES=<out>/sources npm run seeds:check -- <out>/seeds
// With --templates N it also writes N filled-in VRU templates (docx, xlsx, csv, text in turn) with
// their known answers in <out>/templates/templates.json, for `npm run import -- vru`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateNational } from './generate.js';
import { writeSynthSet } from './writer.js';
import { TEMPLATE_MANIFEST, writeSynthTemplates } from './vru-template/generate.js';

function wholeNumber(flag: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined) {
    if (fallback === undefined) throw new Error(`--${flag} is required (a whole number)`);
    return fallback;
  }
  if (!/^-?\d+$/.test(raw)) throw new Error(`--${flag} must be a whole number, not "${raw}"`);
  return Number(raw);
}

try {
  const { values } = parseArgs({
    options: { partnerships: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, templates: { type: 'string' } },
    strict: true,
  });
  const partnerships = wholeNumber('partnerships', values.partnerships);
  const seed = wholeNumber('seed', values.seed, 1);
  const out = path.resolve(values.out ?? 'data/synth');

  const t0 = performance.now();
  const set = generateNational({ partnerships, seed });
  const written = await writeSynthSet(out, set);
  const nodes = set.files.reduce((n, f) => n + f.nodes.length, 0);
  const rels = set.files.reduce((n, f) => n + f.relationships.length, 0);
  console.log(
    `${partnerships} partnerships (seed ${seed}): ${set.files.length} seed files, ${set.sources.length} sources, ` +
      `${nodes} nodes, ${rels} relationships, ${(written.bytes / 2 ** 20).toFixed(1)} MiB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const templates = wholeNumber('templates', values.templates, 0);
  if (templates > 0) {
    const dir = path.join(out, 'templates');
    await writeSynthTemplates(dir, templates, seed);
    console.log(`${templates} filled-in VRU templates with their answers in ${path.relative(process.cwd(), dir)}/${TEMPLATE_MANIFEST}`);
  }
  console.log(`check: GOVGRAPH_SOURCES=${path.relative(process.cwd(), written.sourcesDir)} npm run seeds:check -- ${path.relative(process.cwd(), written.seedsDir)}`);
} catch (e) {
  console.error(`synth: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
