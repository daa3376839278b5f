// What each GraphQL pipeline costs on its own, in one process and without sockets: the same request,
// from its body's text to its answer's text, through
// - graphql-js alone: the body parsed, a document parsed and validated once executed, the answer
//   stringified (the floor);
// - graphql-http's handler, as the peer runs it (peer.ts);
// - Apollo Server as the real /graphql route runs the common request (lean-operation.ts): the body
//   parsed, the text lent under its hash, executeOperation, the answer stringified.
// Each on the same store and schema, in a read view per request, with its own context. Over HTTP,
// node's server, the sockets and the route come on top of the pipeline; the peer's pipeline and
// Apollo's over the floor say how close real ÷ peer can come while Apollo Server is kept, whatever
// the route around it costs.
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { execute, parse, validate, type DocumentNode } from 'graphql';
import { createHandler } from 'graphql-http';
import { VruColumnCache } from '../../server/domain/analysis/vru-column-cache.js';
import { createContext, type Context } from '../../server/graphql/context.js';
import { readOptions } from '../../server/graphql/evidence-free.js';
import { createApolloServer } from '../../server/graphql/server.js';
import { leanAnswer } from '../../server/http/lean-operation.js';
import { QueryHashes } from '../../server/http/query-hashes.js';
import type { GraphStore } from '../../server/store/contract.js';
import { lazyReadView } from '../../server/store/lazy-view.js';
import { executableSchema } from './ceiling.js';
import type { Operation } from './operations.js';
import { peerOptions } from './peer.js';

export type PipelineName = 'graphql-js' | 'graphql-http' | 'apollo';

/** Server CPU per request, µs: the median of the rounds of each pipeline. */
export type PipelineCosts = Record<PipelineName, number>;

/** The headers a client such as the bench's sends with a POST of JSON. */
const REQUEST_HEADERS: [string, string][] = [
  ['content-type', 'application/json'],
  ['accept', 'application/json'],
];

type Pipeline = (body: string) => Promise<string>;

export class Pipelines {
  private readonly pipelines: Record<PipelineName, Pipeline>;
  private readonly apollo: ApolloServer<Context>;

  private constructor(store: GraphStore, apollo: ApolloServer<Context>, hashes: QueryHashes) {
    this.apollo = apollo;
    const schema = executableSchema();
    const vruColumns = new VruColumnCache();
    const documents = new Map<string, DocumentNode>();
    const closes: (() => void)[] = [];
    const peer = createHandler(peerOptions<undefined, undefined>(store, (_req, close) => closes.push(close)));
    this.pipelines = {
      'graphql-js': async (text) => {
        const { query, variables } = JSON.parse(text) as { query: string; variables?: Record<string, unknown> };
        let document = documents.get(query);
        if (!document) {
          document = parse(query);
          const errors = validate(schema, document);
          if (errors.length) return JSON.stringify({ errors });
          documents.set(query, document);
        }
        const view = lazyReadView(store, readOptions(query));
        try {
          const result = await execute({ schema, document, variableValues: variables, contextValue: createContext(view, 'floor', { vruColumns }) });
          return JSON.stringify(result);
        } finally {
          await view.close();
        }
      },
      'graphql-http': async (text) => {
        const [answer] = await peer({ method: 'POST', url: '/graphql', headers: Object.fromEntries(REQUEST_HEADERS), body: text, raw: undefined, context: undefined });
        for (const close of closes.splice(0)) close();
        return answer as string;
      },
      apollo: async (text) => {
        const body = JSON.parse(text) as { query: string };
        const view = lazyReadView(store, readOptions(body.query));
        const hash = hashes.hashOf(body.query)!;
        hashes.lend(hash, body.query);
        try {
          const http = { method: 'POST', headers: new HeaderMap(REQUEST_HEADERS), search: '', body };
          const answer = await leanAnswer(apollo, http, hash, () => createContext(view, 'real', { vruColumns }));
          if (answer?.body.kind !== 'complete') throw new Error('the lean path did not take the request');
          return answer.body.string;
        } finally {
          hashes.release(hash);
          await view.close();
        }
      },
    };
  }

  static async start(store: GraphStore): Promise<Pipelines> {
    const hashes = new QueryHashes();
    const apollo = createApolloServer({ production: true, logger: { info() {}, error: (m) => console.error(m) }, lentQueries: hashes });
    await apollo.start();
    return new Pipelines(store, apollo, hashes);
  }

  /**
   * Each pipeline's CPU per request over `rounds` rounds of `seconds` each, interleaved (one
   * request at a time): its answer must be the floor's, byte for byte.
   */
  async measure(op: Operation, seconds: number, rounds: number): Promise<PipelineCosts> {
    const text = JSON.stringify({ query: op.query, variables: op.variables });
    const names = Object.keys(this.pipelines) as PipelineName[];
    const expected = await this.pipelines['graphql-js'](text);
    if (expected.startsWith('{"errors"')) throw new Error(`${op.name} fails in process: ${expected}`);
    for (const name of names) {
      const answer = await this.pipelines[name](text);
      if (answer !== expected) throw new Error(`${name} answers ${op.name} unlike graphql-js: ${answer.slice(0, 200)}`);
    }
    const costs = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<PipelineName, number[]>;
    for (let round = 0; round <= rounds; round++) {
      for (const name of names) {
        const run = this.pipelines[name];
        let requests = 0;
        const end = performance.now() + seconds * 1000;
        const cpu = process.cpuUsage();
        while (performance.now() < end) {
          await run(text);
          requests++;
        }
        const used = process.cpuUsage(cpu);
        // the first round warms each pipeline up and is not counted
        if (round > 0) costs[name].push((used.user + used.system) / requests);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
    return Object.fromEntries(names.map((n) => [n, median(costs[n])])) as PipelineCosts;
  }

  stop(): Promise<void> {
    return this.apollo.stop();
  }
}
