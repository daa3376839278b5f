// The lean peer the issue compares the real transport with: graphql-http 1.23 on node:http, the
// same schema, resolvers and store, fresh DataLoaders per request, and a cache of parsed and
// validated documents by query text (what Apollo's document store does), nothing else. It reads the
// store as the real route and the in-process ceiling do: in a read view of its own per request,
// opened by its first read (lazy-view.ts), without evidence when the document asks none (evidence-free.ts), so that real ÷ peer measures the
// transports and not two ways of reading the store.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse, validate, type DocumentNode } from 'graphql';
import type { HandlerOptions, Request } from 'graphql-http';
import { createHandler } from 'graphql-http/lib/use/http';
import { VruColumnCache } from '../../server/domain/analysis/vru-column-cache.js';
import { createContext } from '../../server/graphql/context.js';
import { readOptions } from '../../server/graphql/evidence-free.js';
import type { GraphStore } from '../../server/store/contract.js';
import { lazyReadView } from '../../server/store/lazy-view.js';
import { executableSchema } from './ceiling.js';

/**
 * graphql-http's options as the peer runs it, on node:http here or in process (pipelines.ts):
 * `whenDone(req, close)` closes the request's read view once its answer is sent.
 */
export function peerOptions<Raw, RequestContext>(store: GraphStore, whenDone: (req: Request<Raw, RequestContext>, close: () => void) => void): HandlerOptions<Raw, RequestContext> {
  const schema = executableSchema();
  // as the real route does: VRU columns of flags kept for the store under its graph version
  const vruColumns = new VruColumnCache();
  const documents = new Map<string, DocumentNode>();
  return {
    schema,
    onSubscribe: async (req, params) => {
      let document = documents.get(params.query);
      if (!document) {
        document = parse(params.query);
        const errors = validate(schema, document);
        if (errors.length) return [...errors];
        documents.set(params.query, document);
      }
      const view = lazyReadView(store, readOptions(params.query));
      whenDone(req, () => void view.close());
      return { schema, document, variableValues: params.variables, operationName: params.operationName, contextValue: createContext(view, 'peer', { vruColumns }) as never };
    },
  };
}

export async function startPeer(store: GraphStore): Promise<{ port: number; close: () => Promise<void> }> {
  const handler = createHandler(peerOptions(store, (req, close) => req.context.res.once('close', close)));
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/graphql')) handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
