// The web client's queries registered at build time: every query document codegen generated,
// keyed by the SHA-256 of its text, exactly as the client hashes it for an automatic
// persisted query (web/src/api/client.ts). The server reads the file from the build it serves
// (server/graphql/registered-queries.ts), so the app's first GET by hash is answered at once,
// instead of failing and costing a second request, a POST, to register the query.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { queryText } from '../src/api/client.js';
import * as generated from '../src/generated/graphql.js';

/** Where in the build the registry lies: under .vite/, which the server does not serve. */
export const PERSISTED_QUERIES_FILE = '.vite/persisted-queries.json';

/** each generated document's text (codegen writes them as strings: documentMode string) */
const isQuery = (v: unknown): v is { toString(): string } => v instanceof generated.TypedDocumentString && /^\s*query\b/.test(v.toString());

/** hash → query text of every generated query document */
export function persistedQueries(): Record<string, string> {
  const texts = Object.values(generated).filter(isQuery).map(queryText);
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
