// The ceiling: the same operations executed in process with graphql-js on the same schema,
// resolvers and store, parsed and validated once, with a fresh context (fresh DataLoaders) and a
// read view of its own per operation (opened by its first read), without evidence when the operation asks none, as the
// /graphql route reads (graphql-route.ts). What HTTP, JSON and Apollo's request pipeline add is the gap to it.
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { VruColumnCache } from '../../server/domain/analysis/vru-column-cache.js';
import { createContext } from '../../server/graphql/context.js';
import { evidenceFree } from '../../server/graphql/evidence-free.js';
import { resolvers } from '../../server/graphql/resolvers/index.js';
import { typeDefs } from '../../server/graphql/schema.js';
import type { GraphStore } from '../../server/store/contract.js';
import { lazyReadView } from '../../server/store/lazy-view.js';
import type { Operation } from './operations.js';
import { latency, type Latency } from './stats.js';

export interface CeilingRun extends Latency {
  concurrency: number;
  rps: number;
}

export const executableSchema = (): GraphQLSchema => makeExecutableSchema({ typeDefs, resolvers: resolvers as never });

export class InProcess {
  private readonly documents = new Map<Operation, DocumentNode>();
  /** as the real route keeps them: VRU columns of flags for the store under its graph version */
  private readonly vruColumns = new VruColumnCache();
  constructor(
    readonly schema: GraphQLSchema,
    private readonly store: GraphStore,
  ) {}

  private document(op: Operation): DocumentNode {
    let doc = this.documents.get(op);
    if (!doc) {
      doc = parse(op.query);
      const errors = validate(this.schema, doc);
      if (errors.length) throw new Error(`${op.name} is not valid against schema.graphql: ${errors.map((e) => e.message).join('; ')}`);
      this.documents.set(op, doc);
    }
    return doc;
  }

  /**
   * Executes once and fails on any error: in a read view of the store given to the constructor, as
   * the route reads; or on `store` itself (a counting proxy: the calls the resolvers make).
   */
  async once(op: Operation, store?: GraphStore): Promise<void> {
    if (store) return this.execute(op, store);
    const view = lazyReadView(this.store, { evidence: !evidenceFree(op.query) });
    try {
      await this.execute(op, view);
    } finally {
      await view.close();
    }
  }

  private async execute(op: Operation, store: GraphStore): Promise<void> {
    const result = await execute({ schema: this.schema, document: this.document(op), variableValues: op.variables, contextValue: createContext(store, 'bench', { vruColumns: this.vruColumns }) });
    if (result.errors?.length) throw new Error(`${op.name} failed in process: ${result.errors.map((e) => e.message).join('; ')}`);
  }

  /** The parts one after another, timed together; at most `maxRuns` runs within `seconds`, after one warm-up run. */
  async runSequence(parts: Operation[], seconds: number, maxRuns: number): Promise<Latency> {
    for (const p of parts) await this.once(p);
    const samples: number[] = [];
    const end = performance.now() + seconds * 1000;
    while (samples.length < maxRuns && performance.now() < end) {
      const t0 = performance.now();
      for (const p of parts) await this.once(p);
      samples.push(performance.now() - t0);
    }
    return latency(samples);
  }

  /** `concurrency` loops, each executing one operation after another, for `seconds`. */
  async run(op: Operation, concurrency: number, seconds: number): Promise<CeilingRun> {
    const samples: number[] = [];
    const start = performance.now();
    const end = start + seconds * 1000;
    const loop = async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        await this.once(op);
        samples.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, loop));
    return { ...latency(samples), concurrency, rps: samples.length / ((performance.now() - start) / 1000) };
  }
}
