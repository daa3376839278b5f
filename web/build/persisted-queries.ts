// The web client's queries registered at build time: every query document codegen generated,
// keyed by the SHA-256 of its printed text, exactly as the client hashes it for an automatic
// persisted query (web/src/api/client.ts). The server reads the file from the build it serves
// (server/graphql/registered-queries.ts), so the app's first GET by hash is answered at once,
// instead of failing and costing a second request, a POST, to register the query.
import { createHash } from 'node:crypto';
import { print, type DocumentNode } from 'graphql';
import type { Plugin } from 'vite';
import * as generated from '../src/generated/graphql.js';

/** Where in the build the registry lies: under .vite/, which the server does not serve. */
export const PERSISTED_QUERIES_FILE = '.vite/persisted-queries.json';

const isQuery = (v: unknown): v is DocumentNode =>
  typeof v === 'object' && v !== null && (v as DocumentNode).kind === 'Document' && (v as DocumentNode).definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'query');

/** hash → query text of every generated query document */
export function persistedQueries(): Record<string, string> {
  const texts = Object.values(generated).filter(isQuery).map((doc) => print(doc));
  return Object.fromEntries(texts.sort().map((text) => [createHash('sha256').update(text).digest('hex'), text]));
}

export function persistedQueriesPlugin(): Plugin {
  return {
    name: 'govgraph-persisted-queries',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: PERSISTED_QUERIES_FILE, source: `${JSON.stringify(persistedQueries(), null, 1)}\n` });
    },
  };
}
