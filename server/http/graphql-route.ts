// /graphql on node:http, without express: the body is read and parsed here and handed to Apollo
// Server, which keeps its own work (automatic persisted queries, its cache of parsed and validated
// documents, limits, error formatting) and nothing else runs per request. The common request (a
// POST of JSON with one operation) goes through Apollo's executeOperation with the HTTP answer
// made as Apollo's would be (lean-operation.ts); any other to its executeHTTPGraphQLRequest (CSRF
// prevention, GET, batches, refusals, 406). Answers without errors are kept in a ResponseCache under the
// store's graph version; a GET answer (a persisted query's hash) carries an ETag of that version,
// so browsers and proxies may keep it and revalidate it for the price of a version read. Answers
// over 1 KiB are compressed here (answer-encoding.ts), a kept one once per encoding.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { CurationContext } from '../auth/context.js';
import { VruColumnCache } from '../domain/analysis/vru-column-cache.js';
import type { Context } from '../graphql/context.js';
import { createContext } from '../graphql/context.js';
import { readOptions } from '../graphql/evidence-free.js';
import { lazyReadView } from '../store/lazy-view.js';
import { ErrorCode } from '../graphql/errors.js';
import type { GraphStore, ReadViewOptions } from '../store/contract.js';
import { encode, encodingFor } from './answer-encoding.js';
import { refusedBody } from './body-rules.js';
import { leanAnswer, persistedQuery } from './lean-operation.js';
import type { QueryHashes } from './query-hashes.js';
import { pickRequestId } from './request-id.js';
import { ResponseCache, type CachedResponse } from './response-cache.js';
import { API_SECURITY_HEADERS, setApiSecurityHeaders } from './security.js';

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
  /** the hashes of texts seen, and the texts lent to Apollo's APQ cache (query-hashes.ts); absent: Apollo hashes every text */
  queryHashes?: QueryHashes;
}

/** True for /graphql and /graphql?...: the requests this route answers. */
export const isGraphqlRequest = (url: string | undefined): boolean =>
  url === GRAPHQL_PATH || (url !== undefined && url.startsWith(GRAPHQL_PATH) && url[GRAPHQL_PATH.length] === '?');

export function graphqlRoute(opts: GraphqlRouteOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  // one per store and kind of read view: what the analyses keep between requests, under the store's
  // graph version; a column read without evidence (or texts) holds its nodes without them, for
  // requests that read as it did
  const vruColumns = new Map<string, VruColumnCache>();
  const columnsFor = ({ evidence, text }: Required<ReadViewOptions>): VruColumnCache => {
    const key = `${evidence} ${text}`;
    let kept = vruColumns.get(key);
    if (!kept) vruColumns.set(key, (kept = new VruColumnCache()));
    return kept;
  };
  return async (req, res) => {
    // app.ts's chain has stamped the request id on the request
    const stamped = req.headers['x-request-id'];
    const requestId = typeof stamped === 'string' ? stamped : pickRequestId(header(req, 'x-request-id'));
    const method = (req.method ?? 'GET').toUpperCase();
    const search = searchOf(req.url);
    const head: Head = { res, requestId };

    const refused = method === 'POST' ? refusedBody(req) : null;
    if (refused) return sendError(head, refused.status, refused.message, ErrorCode.BAD_USER_INPUT);
    // who is asking comes from the headers alone, and decides how large a body may be read; an
    // answer identify sends itself (a refusal) carries the security headers set here
    if (opts.identify) setApiSecurityHeaders(res);
    const curation = opts.identify ? await opts.identify(req, res) : undefined;
    if (curation === null) return;
    let body: unknown;
    let raw = '';
    if (method === 'POST') {
      const limit = curation?.viewer ? opts.signedInBodyLimit : opts.bodyLimit;
      const read = await readBody(req, limit);
      // the client hung up before its body was whole: no one is left to answer (the log says 499)
      if (read === undefined) return;
      if (read === null) return sendError(head, 413, `request body is larger than ${limit} bytes${curation?.viewer ? '' : ' (sign in to send more, e.g. a source PDF)'}`, ErrorCode.QUERY_TOO_COMPLEX);
      raw = read;
      try {
        body = JSON.parse(raw);
      } catch (e) {
        return sendError(head, 400, `request body is not valid JSON: ${(e as Error).message}`, ErrorCode.BAD_USER_INPUT);
      }
    }

    const cache = curation?.viewer ? null : opts.cache;
    // One request, one state: every read of this request (the cache's version included) sees the
    // graph as one snapshot, opened by its first read (a request that reads nothing opens none)
    // and ended once the answer is made; without evidence or texts when none is asked.
    const options = readOptions(queryText(method === 'POST' ? body : Object.fromEntries(new URLSearchParams(search)), opts.registeredQueries));
    const view = lazyReadView(opts.store, options);
    let response: CachedResponse;
    let key: string;
    try {
      key = cache ? `${await view.graphVersion()}\n${method}\n${header(req, 'accept') ?? ''}\n${search}\n${raw}` : '';
      const hit = cache?.get(key);
      if (hit) return await send(req, head, hit, method);
      // the headers Apollo reads (CSRF prevention, content negotiation), and any a plugin may: all of them
      const headers = new HeaderMap();
      for (const name in req.headers) {
        const value = req.headers[name];
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      // a text seen before goes to Apollo by its hash, the text lent until the answer is made
      const lent = opts.queryHashes && method === 'POST' ? lendable(opts.queryHashes, body) : undefined;
      if (lent) opts.queryHashes!.lend(lent.hash, lent.text);
      const context = () => createContext(view, requestId, { curation, vruColumns: columnsFor(options) });
      let answer: HTTPGraphQLResponse;
      try {
        // the common case through Apollo's pipeline without its HTTP handling (lean-operation.ts)
        answer =
          (await leanAnswer(opts.apollo, { method, headers, search, body }, lent?.hash, context)) ??
          (await opts.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method, headers, search, body: lent ? byHash(body, lent.hash) : body }, context: async () => context() }));
      } finally {
        if (lent) opts.queryHashes!.release(lent.hash);
      }
      const status = answer.status ?? 200;
      if (answer.body.kind === 'chunked') {
        res.writeHead(status, [...API_SECURITY_HEADERS, 'x-request-id', requestId, ...flatten(answer.headers)]);
        for await (const chunk of answer.body.asyncIterator) res.write(chunk);
        res.end();
        return;
      }
      response = { status, headers: [...answer.headers], body: answer.body.string, etag: '' };
    } finally {
      await view.close();
    }
    // Apollo writes errors first: an answer with any error is never kept (it may be a passing fault)
    if (cache && response.status === 200 && response.body.startsWith('{"data":')) {
      response.etag = `"${createHash('sha1').update(key).digest('base64url')}"`;
      cache.set(key, response);
    }
    return send(req, head, response, method);
  };
}

/**
 * What every answer's head carries besides its own: an API answer's security headers (security.ts),
 * written with the rest of the head in one writeHead, not set one by one before the route as on
 * the other routes, and the request id.
 */
interface Head {
  res: ServerResponse;
  requestId: string;
}

const flatten = (headers: Iterable<[string, string]>): string[] => {
  const out: string[] = [];
  for (const [name, value] of headers) out.push(name, value);
  return out;
};

/**
 * The hash a POST body's query text goes to Apollo by, as an automatic persisted query, with the
 * text to lend; undefined for anything but a body with a query text and no extensions (Apollo
 * reads it as sent, and says what is wrong with it).
 */
function lendable(hashes: QueryHashes, body: unknown): { hash: string; text: string } | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { query, extensions } = body as { query?: unknown; extensions?: unknown };
  // an empty text is Apollo's to refuse; a request with extensions may be a persisted query already
  if (typeof query !== 'string' || query === '' || extensions !== undefined) return undefined;
  const hash = hashes.hashOf(query);
  return hash === undefined ? undefined : { hash, text: query };
}

/** A lendable body as sent by the hash of its text. */
const byHash = (body: unknown, hash: string): object => ({ ...(body as object), query: undefined, extensions: persistedQuery(hash) });

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

/**
 * Sends an answer (fresh or kept) with its whole head in one writeHead: the security headers, the
 * request id, Apollo's headers, the length, and the encoding and validators when they apply.
 */
async function send(req: IncomingMessage, { res, requestId }: Head, r: CachedResponse, method: string): Promise<void> {
  const head = [...API_SECURITY_HEADERS, 'x-request-id', requestId, ...flatten(r.headers)];
  const encoding = encodingFor(req, r.body.length);
  if (encoding) head.push('vary', 'accept-encoding');
  // a GET answer may be kept by the browser or a proxy, which must ask again each time: the ETag
  // changes with the graph version, so an unchanged graph answers 304 without a body (each
  // encoding is its own representation, with its own strong ETag)
  if (method === 'GET' && r.etag) {
    const etag = encoding ? `${r.etag.slice(0, -1)}-${encoding}"` : r.etag;
    head.push('cache-control', 'no-cache', 'etag', etag);
    if (header(req, 'if-none-match') === etag) return void res.writeHead(304, head).end();
  }
  const body = encoding ? await encode(r, r.body, encoding) : r.body;
  if (encoding) head.push('content-encoding', encoding);
  head.push('content-length', String(typeof body === 'string' ? Buffer.byteLength(body) : body.length));
  res.writeHead(r.status, head).end(body);
}

/**
 * The body as text, null once it passes `limit` bytes, undefined when the connection ends first (by
 * events: an async iterator over the request costs more than a small body's reading). A request
 * fails to be read only when its connection does: the client's doing, which node has answered
 * where an answer could still be sent (a 400 for broken framing).
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | null | undefined> {
  const declared = Number(header(req, 'content-length'));
  if (declared > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
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
    req.once('error', () => resolve(undefined));
  });
}

function sendError({ res, requestId }: Head, status: number, message: string, code: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, [...API_SECURITY_HEADERS, 'x-request-id', requestId, 'content-type', 'application/json; charset=utf-8', 'content-length', String(Buffer.byteLength(body))]).end(body);
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

function searchOf(url: string | undefined): string {
  const q = url?.indexOf('?') ?? -1;
  return q < 0 ? '' : url!.slice(q);
}
