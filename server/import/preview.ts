// An import read against the store rather than the seed files, for the web app: the report, what
// loading would change, and the batch to load.
import type { GraphBatch } from '../domain/model.js';
import { entriesOf } from '../seeds/load.js';
import type { GraphStore } from '../store/contract.js';
import { answersInGraph, diffAnswers, type AnswerDiff, type GraphAnswers } from './graph-diff.js';
import { knownFromStore } from './known.js';
import { mapTemplate } from './map-template.js';
import { readTemplateFile } from './read.js';
import type { ImportResult } from './result.js';
import { buildSeedFile } from './seed-file.js';
import { checkBeforeWriting } from './write-seeds.js';

export interface Preview {
  result: ImportResult;
  batch: GraphBatch;
  current: GraphAnswers;
  diff: AnswerDiff[];
}

export async function previewImport(store: GraphStore, file: string, data: Buffer, opts: { partnershipId: string; year?: string }): Promise<Preview> {
  const doc = await readTemplateFile(file, data);
  const known = await knownFromStore(store);
  const result = mapTemplate(doc, known, { partnershipId: opts.partnershipId, year: opts.year });
  const year = result.year;
  const names = new Map(known.nodes.map((n) => [n.id, n.name]));
  const seed = buildSeedFile(result, { names });
  checkBeforeWriting(result, seed);
  const entries = entriesOf(result.file, seed, () => ({ line: 1, column: 1 }));
  const batch = { nodes: entries.nodes.map((n) => n.item), rels: entries.rels.map((r) => r.item) };
  const current = await answersInGraph(store, result.partnership.id, year);
  for (const p of result.proposed) names.set(p.id, p.written);
  return { result, batch, current, diff: diffAnswers(current, batch, names) };
}
