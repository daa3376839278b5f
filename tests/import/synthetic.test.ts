// Synthetic boroughs: templates written by `npm run synth -- --templates N` in every format, with
// misspelt organisations, merged theme cells, blank rows and an extra column, give back exactly
// the answers that were written, and the seed files they make pass the seed checks.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSynthTemplates, type TemplateManifest } from '../../bench/synth/vru-template/generate.js';
import type { ExpectedAnswer } from '../../bench/synth/vru-template/answers.js';
import { knownFrom, seedsForImport } from '../../server/import/known.js';
import { mapTemplate, type KnownGraph } from '../../server/import/map-template.js';
import { readTemplateFile } from '../../server/import/read.js';
import { writeImport } from '../../server/import/write-seeds.js';
import { buildSeedFile } from '../../server/import/seed-file.js';
import { loadSeedDir } from '../../server/seeds/load.js';
import type { SeedFile } from '../../server/seeds/schema.js';

let dir: string;
let manifest: TemplateManifest;
let known: KnownGraph;
let names: Map<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'govgraph-templates-'));
  manifest = await writeSynthTemplates(path.join(dir, 'templates'), 8, 7);
  const seeds = await loadSeedDir('seeds');
  known = knownFrom(seeds.batch.nodes, seeds.batch.rels);
  names = new Map(seeds.batch.nodes.map((n) => [n.id, n.name]));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The answers a seed file holds, in the shape the generator wrote them down. */
function answersIn(file: SeedFile): ExpectedAnswer[] {
  const rels = file.relationships ?? [];
  return (file.nodes ?? [])
    .filter((n) => n.kind === 'Action')
    .map((n) => ({
      number: String(n.props!['number']),
      leads: rels.filter((r) => r.type === 'LEADS' && r.to === n.id).map((r) => r.from),
      ...(n.props!['namedLead'] ? { namedLead: String(n.props!['namedLead']) } : {}),
      ...(n.props!['rag'] ? { rag: String(n.props!['rag']) } : {}),
      responses: rels
        .filter((r) => r.type === 'RESPONDS_TO' && r.from === n.id)
        .map((r) => ({ respondent: String(r.props!['respondent']), narrative: String(r.props!['narrative']) })),
    }));
}

describe('synthetic templates', () => {
  it('covers every format', () => {
    expect(new Set(manifest.templates.map((t) => path.extname(t.file)))).toEqual(new Set(['.docx', '.xlsx', '.csv', '.txt']));
  });

  it('gives back exactly what was written, in every format', async () => {
    for (const t of manifest.templates) {
      const file = path.join(dir, 'templates', t.file);
      const doc = await readTemplateFile(file, await readFile(file));
      const result = mapTemplate(doc, known, { partnershipId: t.partnershipId, year: t.year });
      expect(result.problems, t.file).toEqual([]);
      expect(answersIn(buildSeedFile(result, { names })), t.file).toEqual(t.answers);
      // misspelt leads are matched by near spelling; the one unknown organisation is proposed
      const how = new Set(result.answers.flatMap((a) => a.leads.map((l) => `${l.written}:${l.how}`)));
      for (const entry of how) {
        if (entry.startsWith('Northfield Youth Hub')) expect(entry).toBe('Northfield Youth Hub:unknown');
        if (/Polise|Probaton|Brigdae/.test(entry)) expect(entry).toMatch(/:near-spelling$/);
      }
    }
  }, 60_000);

  it('writes seed files that pass the seed checks, each year ending where the next begins', async () => {
    const seedsDir = path.join(dir, 'seeds');
    await cp('seeds', seedsDir, { recursive: true });
    for (const t of manifest.templates) {
      const file = path.join(dir, 'templates', t.file);
      const doc = await readTemplateFile(file, await readFile(file));
      const ctx = await seedsForImport(file, seedsDir, t.partnershipId, t.year);
      await writeImport(mapTemplate(doc, ctx.known, { partnershipId: t.partnershipId, year: t.year }), seedsDir, ctx.names);
    }
    const loaded = await loadSeedDir(seedsDir);
    expect(loaded.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
    const havering = loaded.batch.nodes.filter((n) => n.id.startsWith('havering/vru-plan-') && n.kind === 'Strategy');
    expect(havering.map((n) => [n.validFrom, n.validTo ?? null]).sort()).toEqual([
      ['2025', '2025'],
      ['2026', null],
    ]);
  }, 120_000);
});
