// Writing batches to Neo4j (statements in cypher-writes.ts). An upsert is one transaction on the
// current generation. A seed writes a new generation in transactions of CHUNK rows (bounded
// memory on the server, whatever the graph's size), switches to it in one small transaction, and
// on any failure deletes what it wrote: readers keep the generation they pinned throughout.
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { groupBy } from '../../domain/group-by.js';
import type { GraphBatch } from '../../domain/model.js';
import { missingEndsError } from '../batch.js';
import { StoreInputError } from '../errors.js';
import { nodeRow, relRow } from './codec.js';
import * as C from './cypher.js';
import type { Statement } from './cypher.js';
import { refoldFilterText, reindexSearch, seedSearch, updateSearch, type Run } from './search-blocks.js';
import { TERMS_VERSION } from '../search-terms.js';

/**
 * Rows per UNWIND statement and per transaction of a seed: few transactions (each commit also
 * updates the full-text index), yet each holds about 1/30 of the national set's relationships,
 * far below a 2 GiB heap.
 */
const CHUNK = 10_000;

type Params<P extends string> = { [K in P]: unknown };

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

export async function run<P extends string>(tx: ManagedTransaction, s: Statement<P>, params: Params<P>): Promise<RecordShape[]> {
  const result = await tx.run(s.text, params);
  return result.records.map((r) => r.toObject());
}

export class Writer {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  private runIn(tx: ManagedTransaction): Run {
    return (s, params) => run(tx, s, params);
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  /** An implicit transaction, as CALL ... IN TRANSACTIONS needs. */
  private async auto<P extends string>(s: Statement<P>, params: Params<P>): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(s.text, params);
    } finally {
      await session.close();
    }
  }

  /** All of the batch or nothing, in one transaction on the current generation; `outside`: ends to find in the store. */
  async upsert(batch: GraphBatch, outside: readonly string[]): Promise<void> {
    await this.write(async (tx) => {
      const [{ g }] = (await run(tx, C.WRITE_GENERATION, {})) as [{ g: number }];
      if (outside.length) {
        const missing = await run(tx, C.MISSING_NODES, { g, ids: outside });
        if (missing.length) throw missingEndsError(batch, new Set(missing.map((m) => m.id as string)));
      }
      await updateSearch(this.runIn(tx), g, batch.nodes);
      for (const [kind, nodes] of groupBy(batch.nodes, (n) => n.kind)) {
        for (const part of chunks(nodes)) await run(tx, C.UPSERT_NODES[kind], { g, rows: part.map(nodeRow) });
      }
      for (const [type, rels] of groupBy(batch.rels, (r) => r.type)) {
        for (const part of chunks(rels)) {
          await run(tx, C.DELETE_RELS, { g, ids: part.map((r) => r.id) });
          const [{ created }] = (await run(tx, C.CREATE_RELS[type], { g, rows: part.map(relRow) })) as [{ created: number }];
          // Throwing rolls the transaction back: an end deleted since the check above.
          if (Number(created) !== part.length) throw missingEndsError(batch, new Set(outside));
        }
      }
      await run(tx, C.BUMP_GRAPH_VERSION, {});
    });
  }

  /**
   * Replaces the graph: a new generation, written in bounded transactions, then switched to. The
   * generation it replaced stays for readers that pinned it before the switch; the ones before
   * that are deleted after the switch.
   */
  async seed(batch: GraphBatch): Promise<void> {
    const [{ g }] = (await this.write((tx) => run(tx, C.NEW_GENERATION, {}))) as [{ g: number }];
    let previous: number;
    try {
      for (const [kind, nodes] of groupBy(batch.nodes, (n) => n.kind)) {
        for (const part of chunks(nodes)) await this.write((tx) => run(tx, C.CREATE_NODES[kind], { g, rows: part.map(nodeRow) }));
      }
      for (const [type, rels] of groupBy(batch.rels, (r) => r.type)) {
        for (const part of chunks(rels)) {
          const [{ created }] = (await this.write((tx) => run(tx, C.CREATE_RELS[type], { g, rows: part.map(relRow) }))) as [{ created: number }];
          if (Number(created) !== part.length) throw new StoreInputError(`writeBatch: ${part.length - Number(created)} relationship(s) of ${type} lost an end while seeding, nothing written`);
        }
      }
      await seedSearch((work) => this.write((tx) => work(this.runIn(tx))), g, batch.nodes);
      const [switched] = await this.write(async (tx) => {
        const rows = await run(tx, C.SWITCH_GENERATION, { g });
        if (rows.length) await run(tx, C.BUMP_GRAPH_VERSION, {});
        return rows;
      });
      if (!switched) throw new StoreInputError('writeBatch: another seed replaced the graph while this one was writing, nothing written');
      previous = Number(switched.previous);
    } catch (err) {
      await this.auto(C.DELETE_GENERATIONS, { from: g, to: g + 1 }).catch(() => undefined);
      await this.auto(C.DELETE_SEARCH_GENERATIONS, { from: g, to: g + 1 }).catch(() => undefined);
      throw err;
    }
    // Earlier generations, and seeds that died before their switch. The seed is done whatever
    // happens here: what is not deleted now is deleted after the next seed's switch.
    await this.auto(C.DELETE_GENERATIONS, { from: 0, to: previous }).catch(() => undefined);
    await this.auto(C.DELETE_SEARCH_GENERATIONS, { from: 0, to: previous }).catch(() => undefined);
  }

  /**
   * Nodes written without a generation (a loaded Cypher script) join the current one; search's index
   * written by an earlier version, in another layout or of terms folded otherwise, is made again, and
   * the nodes' filter text with it.
   */
  async adopt(): Promise<void> {
    const [index] = await this.write((tx) => run(tx, C.SEARCH_INDEX_IS_OLD, { layout: TERMS_VERSION }));
    if (index?.old) {
      const [{ g }] = (await this.write((tx) => run(tx, C.CURRENT_GENERATION, {}))) as [{ g: number }];
      await refoldFilterText((work) => this.write((tx) => work(this.runIn(tx))), Number(g));
      await this.auto(C.DELETE_SEARCH_GENERATIONS, { from: 0, to: Number(g) + 1 });
      await this.write((tx) => reindexSearch(this.runIn(tx), Number(g)));
    }
    const stray = await this.write((tx) => run(tx, C.HAS_UNADOPTED_NODES, {}));
    if (stray.length === 0) return;
    const [{ g }] = (await this.write((tx) => run(tx, C.WRITE_GENERATION, {}))) as [{ g: number }];
    await this.auto(C.ADOPT_NODES, { g });
    await this.auto(C.DELETE_SEARCH_GENERATIONS, { from: g, to: g + 1 });
    await this.write((tx) => reindexSearch(this.runIn(tx), g));
  }
}
