// Loads an import straight into the store, in one atomic batch: the year's answers, and the end
// date (the year before) on the earlier answers they take over from. Answers of the same year
// from elsewhere, or that the file drops, are refused: the store cannot delete, and two answers
// for one year would both count.
import type { GraphBatch, GraphNode, GraphRel } from '../domain/model.js';
import type { GraphStore } from '../store/contract.js';
import { ImportError } from './errors.js';
import type { GraphAnswers } from './graph-diff.js';

const started = (e: { validFrom?: string }) => (e.validFrom ?? '').slice(0, 4);

export function loadBatch(file: string, year: string, incoming: GraphBatch, current: GraphAnswers): GraphBatch {
  const incomingIds = new Set(incoming.nodes.map((n) => n.id));
  const sameYear = current.actions.filter((a) => started(a) === year && !incomingIds.has(a.id));
  if (sameYear.length > 0) {
    throw new ImportError(
      file,
      '',
      `the graph already holds ${sameYear.length} answer(s) for ${year} that this file does not (e.g. ${sameYear[0]!.id}); load refused, nothing changed. Answers of one year are changed through the seed files (npm run import)`,
    );
  }
  const end = String(Number(year) - 1);
  const earlier = new Set(current.actions.filter((a) => started(a) < year).map((a) => a.id));
  const ended = <T extends GraphNode | GraphRel>(e: T): T => ({ ...e, validTo: end });
  const nodes = current.actions.filter((a) => earlier.has(a.id)).map(ended);
  const rels = current.rels.filter((r) => earlier.has(r.from) || earlier.has(r.to)).map(ended);
  return { nodes: [...incoming.nodes, ...nodes], rels: [...incoming.rels, ...rels] };
}

export async function loadIntoStore(store: GraphStore, file: string, year: string, incoming: GraphBatch, current: GraphAnswers): Promise<GraphBatch> {
  const batch = loadBatch(file, year, incoming, current);
  await store.writeBatch(batch);
  return batch;
}
