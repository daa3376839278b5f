// /graphql on node:http, without express: the body is read and parsed here and handed to Apollo
// Server's executeHTTPGraphQLRequest, so Apollo keeps its own work (CSRF prevention, automatic
// persisted queries, its cache of parsed and validated documents, limits, error formatting) and
// nothing else runs per request. Answers without errors are kept in a ResponseCache under the
// store's graph version; a GET answer (a persisted query's hash) carries an ETag of that version,
// so browsers and proxies may keep it and revalidate it for the price of a version read. Answers
// over 1 KiB are compressed here (answer-encoding.ts), a kept one once per encoding.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { CurationContext } from '../auth/context.js';
import { VruColumnCache } from '../domain/analysis/vru-column-cache.js';
import type { Context } from '../graphql/context.js';
import { createContext } from '../graphql/context.js';
import { readOptions } from '../graphql/evidence-free.js';
import { ErrorCode } from '../graphql/errors.js';
import type { GraphStore } from '../store/contract.js';
import { encode, encodingFor } from './answer-encoding.js';
import { refusedBody } from './body-rules.js';
import { pickRequestId } from './request-id.js';
import { ResponseCache, type CachedResponse } from './response-cache.js';

export const GRAPHQL_PATH = '/graphql';

export interface GraphqlRouteOptions {
  apollo: ApolloServer<Context>;
  store: GraphStore;
  /** largest request body of an anonymous request, bytes */
  bodyLimit: number;
  /** largest request body of a signed-in request, bytes: a source's PDF travels in the body */
  signedInBodyLimit: number;
  /** null: every request is executed */
  cache: ResponseCache | null;
  /** the web build's queries by hash (registered-queries.ts): a GET by hash is read as its text */
  registeredQueries?: ReadonlyMap<string, string>;
  /**
   * Who is asking (server/auth): null when it refused the request and answered it itself. The
   * answers of a signed-in request are never cached: they depend on more than the graph version.
   */
  identify?: (req: IncomingMessage, res: ServerResponse) => Promise<CurationContext | null>;
}

/** True for /graphql and /graphql?...: the requests this route answers. */
export const isGraphqlRequest = (url: string | undefined): boolean =>
  url === GRAPHQL_PATH || (url !== undefined && url.startsWith(GRAPHQL_PATH) && url[GRAPHQL_PATH.length] === '?');

export function graphqlRoute(opts: GraphqlRouteOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  // one per store: what the analyses keep between requests, under the store's graph version
  const vruColumns = new VruColumnCache();
  return async (req, res) => {
    // app.ts's chain has stamped the request id on the response already
    let requestId = res.getHeader('x-request-id') as string | undefined;
    if (requestId === undefined) res.setHeader('x-request-id', (requestId = pickRequestId(header(req, 'x-request-id'))));
    const method = (req.method ?? 'GET').toUpperCase();
    const search = searchOf(req.url);

    const refused = method === 'POST' ? refusedBody(req) : null;
    if (refused) return sendError(res, refused.status, refused.message, ErrorCode.BAD_USER_INPUT);
    // who is asking comes from the headers alone, and decides how large a body may be read
    const curation = opts.identify ? await opts.identify(req, res) : undefined;
    if (curation === null) return;
    let body: unknown;
    let raw = '';
    if (method === 'POST') {
      const limit = curation?.viewer ? opts.signedInBodyLimit : opts.bodyLimit;
      const read = await readBody(req, limit);
      if (read === null) return sendError(res, 413, `request body is larger than ${limit} bytes${curation?.viewer ? '' : ' (sign in to send more, e.g. a source PDF)'}`, ErrorCode.QUERY_TOO_COMPLEX);
      raw = read;
      try {
        body = JSON.parse(raw);
      } catch (e) {
        return sendError(res, 400, `request body is not valid JSON: ${(e as Error).message}`, ErrorCode.BAD_USER_INPUT);
      }
    }

    const cache = curation?.viewer ? null : opts.cache;
    // One request, one state: every read of this request (the cache's version included) sees the
    // graph as one snapshot, ended when the response is done; without evidence or texts when none is asked.
    const view = await opts.store.readView(readOptions(queryText(method === 'POST' ? body : Object.fromEntries(new URLSearchParams(search)), opts.registeredQueries)));
    res.once('close', () => void view.close());
    const key = cache ? `${await view.graphVersion()}\n${method}\n${header(req, 'accept') ?? ''}\n${search}\n${raw}` : '';
    const hit = cache?.get(key);
    if (hit) return sendCached(req, res, hit, method);

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    const answer = await opts.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search, body },
      context: async () => ({ ...createContext(view, requestId), curation, vruColumns }),
    });
    const status = answer.status ?? 200;
    if (answer.body.kind === 'chunked') {
      res.writeHead(status, Object.fromEntries(answer.headers));
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
      return;
    }
    const response: CachedResponse = { status, headers: [...answer.headers], body: answer.body.string, etag: '' };
    // Apollo writes errors first: an answer with any error is never kept (it may be a passing fault)
    if (cache && status === 200 && response.body.startsWith('{"data":')) {
      response.etag = `"${createHash('sha1').update(key).digest('base64url')}"`;
      cache.set(key, response);
    }
    return sendCached(req, res, response, method);
  };
}

/**
 * The text of a request's query: sent, or, for a persisted query sent by its hash alone (the web
 * app's way), the text its build registered. undefined when neither is known here.
 */
function queryText(params: unknown, registered: ReadonlyMap<string, string> | undefined): unknown {
  const { query, extensions } = (params ?? {}) as { query?: unknown; extensions?: unknown };
  if (query !== undefined || !registered) return query;
  let ext = extensions;
  try {
    if (typeof ext === 'string') ext = JSON.parse(ext);
  } catch {
    return undefined; // Apollo answers the malformed extensions
  }
  const hash = (ext as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? registered.get(hash) : undefined;
}

async function sendCached(req: IncomingMessage, res: ServerResponse, r: CachedResponse, method: string): Promise<void> {
  for (const [name, value] of r.headers) res.setHeader(name, value);
  const encoding = encodingFor(req, r.body.length);
  if (encoding) res.setHeader('vary', 'accept-encoding');
  // a GET answer may be kept by the browser or a proxy, which must ask again each time: the ETag
  // changes with the graph version, so an unchanged graph answers 304 without a body (each
  // encoding is its own representation, with its own strong ETag)
  if (method === 'GET' && r.etag) {
    const etag = encoding ? `${r.etag.slice(0, -1)}-${encoding}"` : r.etag;
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('etag', etag);
    if (header(req, 'if-none-match') === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
  }
  res.statusCode = r.status;
  if (!encoding) return void res.end(r.body);
  res.setHeader('content-encoding', encoding);
  res.end(await encode(r, r.body, encoding));
}

/** The body as text, or null once it passes `limit` bytes (by events: an async iterator over the request costs more than a small body's reading). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(header(req, 'content-length'));
  if (declared > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      // the rest is read and dropped, so the answer can still be sent on this connection
      req.off('data', onData);
      req.resume();
      resolve(null);
    };
    req.on('data', onData);
    req.once('end', () => resolve(size > limit ? null : chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

function sendError(res: ServerResponse, status: number, message: string, code: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

function searchOf(url: string | undefined): string {
  const q = url?.indexOf('?') ?? -1;
  return q < 0 ? '' : url!.slice(q);
}
