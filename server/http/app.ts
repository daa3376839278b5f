// The HTTP server: /graphql (Apollo, on node:http), /healthz, /readyz, the web app at / and,
// outside production, the GraphQL explorer. Every response first goes through the small
// middleware of chain.ts: request id, request log, security headers.
import http, { type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { authConfig, type AuthConfig } from '../auth/config.js';
import { mountAuth } from '../auth/http.js';
import { ErrorCode } from '../graphql/errors.js';
import { consoleLogger, createApolloServer, type Logger } from '../graphql/server.js';
import type { GraphStore } from '../store/contract.js';
import type { CurationStore } from '../store/curation-contract.js';
import { THRESHOLD } from './answer-encoding.js';
import { chain, type Middleware } from './chain.js';
import { errorBody } from './error-body.js';
import { DEFAULT_EXPLORER_DIST, serveExplorer, wantsExplorer } from './explorer.js';
import { graphqlRoute, isGraphqlRequest } from './graphql-route.js';
import { QueryHashes } from './query-hashes.js';
import { pickRequestId, requestId, requestIdOf } from './request-id.js';
import { requestLog } from './request-log.js';
import { ResponseCache } from './response-cache.js';
import { connectionLimits, limitConnections, type ConnectionLimits } from './connection-limits.js';
import { answerClientError, clientTimeouts, serverTimeoutOptions, watchBody, type ClientTimeouts } from './slow-clients.js';
import { inlineHashes, securityHeaders, setApiSecurityHeaders } from './security.js';
import { readWebPage } from './inline-style.js';
import { DEFAULT_WEB_DIST, hasWebBuild, serveWeb, webQueries } from './web.js';
import { exportRoutes } from '../export/http.js';
import { importRoutes } from './import-route.js';
import { warmGraphql } from './graphql-warmup.js';
import { layoutRoutes, warmServerLayout } from './layout-route.js';
import { firstChartPages, warmChartPages } from './first-chart-page.js';

export interface ServerOptions {
  store: GraphStore;
  /** 0 = an ephemeral port */
  port: number;
  host?: string;
  production?: boolean;
  /** the web app's build; not served when it has no index.html */
  webDist?: string;
  /** the explorer's build (outside production); not served when it has no index.html */
  explorerDist?: string;
  /** largest request body, bytes */
  bodyLimit?: number;
  /** keep answers by graph version (default true; the bench turns it off to time execution) */
  responseCache?: boolean;
  logger?: Logger;
  /** accounts, sessions and change sets (server/auth, server/curation); without it the API is read-only */
  curation?: CurationStore;
  /** sign-in settings; from the environment when absent */
  auth?: AuthConfig;
  /** how long a client may take to send its request (slow-clients.ts); from the environment when absent */
  timeouts?: ClientTimeouts;
  /** how many connections the server holds, in all and per client (connection-limits.ts); from the environment when absent */
  connections?: ConnectionLimits;
}

export interface RunningServer {
  url: string;
  port: number;
  /** whether the web app is served at / */
  servesWeb: boolean;
  /** whether the GraphQL explorer is served at /graphql to browsers */
  servesExplorer: boolean;
  /** settled once the warm-up at start (of the web app's first chart: its GraphQL path and ELK; on Neo4j without the web app, its GraphQL path) is over */
  warmedUp: Promise<void>;
  /** stops accepting requests and waits for those in flight; the store stays open */
  close(): Promise<void>;
}

export const DEFAULT_BODY_LIMIT = 100 * 1024;
/** a signed-in editor registers a source by sending its PDF in base64 (4/3 of its size) */
export const DEFAULT_SIGNED_IN_BODY_LIMIT = 32 * 2 ** 20;
/** loopback only unless HOST says otherwise: nothing is exposed by accident */
export const DEFAULT_HOST = '127.0.0.1';
// not /graphql: every GraphQL request is answered before express, and what reaches it there is a
// browser opening the page, which gets the web app's (where the explorer is off, it says so)
const API_PATHS = ['/healthz', '/readyz', '/auth', '/layout'];

/** The caller's sane x-request-id or a fresh one, on the request for the routes and the log that read it. */
const stampRequest: Middleware = (req, _res, next) => {
  const given = req.headers['x-request-id'];
  req.headers['x-request-id'] = pickRequestId(Array.isArray(given) ? given[0] : given);
  next();
};

/** …and on the response: the /graphql route writes it with the rest of its head instead (graphql-route.ts). */
const stampResponse: Middleware = (req, res, next) => {
  res.setHeader('x-request-id', req.headers['x-request-id']!);
  next();
};

/** The path and query of an absolute URL; the text as it is when it is no URL (the routes then answer 404). */
function originForm(target: string): string {
  try {
    const url = new URL(target);
    return url.pathname + url.search;
  } catch {
    return target;
  }
}

/**
 * An error of express's that is the client's: the body parsers' (http-errors, `expose`), and the
 * router's for a path parameter that is not valid percent-encoding (`/export/%E0`: a URIError
 * with status 400 and no `expose`, which was answered 500).
 */
const clientsFault = (err: Error & { status?: number; expose?: boolean }): boolean =>
  err.status !== undefined && err.status >= 400 && err.status < 500 && (err.expose === true || err instanceof URIError);

/** How a client reaches the address the server listens on. */
const urlHost = (host: string): string => (host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host);

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const logger = opts.logger ?? consoleLogger;
  // production unless told otherwise: a server started by hand is safe by default
  const production = opts.production ?? process.env.NODE_ENV !== 'development';
  const webDist = opts.webDist ?? DEFAULT_WEB_DIST;
  const app = express();
  app.disable('x-powered-by');
  // small JSON answers (health) are not revalidated: hashing each body for an ETag only costs (static files keep theirs)
  app.set('etag', false);
  const log = requestLog(logger);
  // the build's page and its style sheets, read once for the security headers and the chart page
  const webPage = hasWebBuild(webDist) ? readWebPage(path.join(webDist, 'index.html')) : null;
  const security = securityHeaders(inlineHashes(webPage));
  // the /graphql route sets its own security headers (an API answer's) and the request id in its one writeHead
  const forGraphql: Middleware[] = [stampRequest, log.middleware];
  const common: Middleware[] = [...forGraphql, stampResponse, security.middleware];
  // GraphQL answers are compressed by their route (answer-encoding.ts), everything else here
  app.use(compression({ threshold: THRESHOLD }));
  // the answer of a fault: JSON, with its route's security headers (a page's, or /graphql's an API's)
  const internalError = (setSecurity: (res: ServerResponse) => void) => (err: unknown, res: ServerResponse) => {
    const id = String(res.req.headers['x-request-id']);
    logger.error(`[${id}] internal error: ${(err as Error).stack ?? String(err)}`);
    if (res.headersSent) return void res.destroy();
    setSecurity(res);
    res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': id });
    res.end(JSON.stringify(errorBody(production ? 'Internal server error' : (err as Error).message, ErrorCode.INTERNAL, id)));
  };
  // /graphql skips express: its routing and body parsing cost more than most answers (issue 15)
  // set once Apollo has started, which needs the server this function serves
  // eslint-disable-next-line prefer-const
  let answerGraphql: ReturnType<typeof graphqlRoute> | undefined;
  // registered first: the explorer answers a browser's GET /graphql before the GraphQL route
  const servesExplorer = !production && serveExplorer(app, opts.explorerDist ?? DEFAULT_EXPLORER_DIST);
  // a browser opening /graphql gets a page, the explorer or the web app's, not Apollo's CSRF refusal
  const graphqlError = internalError(setApiSecurityHeaders);
  const toGraphql = chain(forGraphql, (req, res) => void answerGraphql!(req, res).catch((err: unknown) => graphqlError(err, res)), graphqlError);
  const toExpress = chain(common, app, internalError(security.set));
  const timeouts = opts.timeouts ?? clientTimeouts();
  const httpServer = http.createServer(serverTimeoutOptions(timeouts), (req, res) => {
    // a request on a connection past a cap, which its 503 has answered and is closing
    if (refused(req.socket)) return;
    watchBody(req, res, timeouts);
    // a target in absolute form (what clients send a proxy) names the resource of its path: a
    // server must accept it (RFC 9112 3.2.2), and the routes below read the path alone
    if (req.url && req.url[0] !== '/' && /^https?:\/\//i.test(req.url)) req.url = originForm(req.url);
    if (answerGraphql && isGraphqlRequest(req.url) && !wantsExplorer(req)) toGraphql(req, res);
    else toExpress(req, res);
  });
  const refused = limitConnections(httpServer, opts.connections ?? connectionLimits());
  httpServer.on('clientError', answerClientError(timeouts));
  // CONNECT asks for a tunnel, as of a proxy, which this is not: node hands its socket to this
  // listener, and with none would drop the connection without a word (it no longer guards the
  // socket against errors either)
  httpServer.on('connect', (_req, socket: Socket) => {
    socket.on('error', () => socket.destroy());
    const body = JSON.stringify(errorBody('CONNECT is not supported: this server is not a proxy', 'BAD_REQUEST'));
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\nallow: GET, POST\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
  // the web app's queries are known from the start: its first GET by hash needs no POST to register it
  const registeredQueries = webQueries(webDist);
  const queryHashes = new QueryHashes();
  const apollo = createApolloServer({ production, logger, httpServer, onOperation: log.operationResolved, registeredQueries, lentQueries: queryHashes });
  await apollo.start();
  const identify = opts.curation && mountAuth(app, { graph: opts.store, curation: opts.curation, config: opts.auth ?? authConfig(process.env, production) });
  answerGraphql = graphqlRoute({
    identify,
    apollo,
    store: opts.store,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    signedInBodyLimit: DEFAULT_SIGNED_IN_BODY_LIMIT,
    cache: opts.responseCache === false ? null : new ResponseCache(),
    registeredQueries,
    queryHashes,
  });

  app.use(requestId);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (warming) return void res.status(503).json({ status: 'warming', engine: opts.store.engine });
    try {
      await opts.store.ping();
      res.json({ status: 'ready', engine: opts.store.engine });
    } catch (e) {
      logger.error(`[${requestIdOf(res)}] store not ready: ${(e as Error).message}`);
      res.status(503).json({ status: 'unavailable', engine: opts.store.engine, ...(production ? {} : { error: (e as Error).message }) });
    }
  });
  app.use('/export', exportRoutes(opts.store));
  app.use('/import-vru', importRoutes(opts.store, production));
  app.use('/layout', layoutRoutes());
  const servesWeb = serveWeb(app, webDist, API_PATHS, {
    production,
    pages: webPage && firstChartPages({ store: opts.store, apollo, page: webPage.inlined.html, logError: (m) => logger.error(m) }),
  });

  // any fault of the server itself, and the body parsers' refusals (not JSON, too large, the client
  // gone before its body was whole), which are the client's: their status and message, no log
  app.use((err: Error & { status?: number; expose?: boolean }, req: Request, res: Response, next: NextFunction) => {
    // a client's fault after its answer has begun (its connection closed for a stalled body, after the 408): nothing more to say
    if (res.headersSent) return err.expose ? undefined : next(err);
    // stamped on every request by the chain, before any route (requestIdOf's is set after auth's)
    const id = String(req.headers['x-request-id']);
    if (clientsFault(err)) return void res.status(err.status!).json(errorBody(err.message, ErrorCode.BAD_USER_INPUT, id));
    logger.error(`[${id}] internal error: ${err.stack ?? err.message}`);
    res.status(500).json(errorBody(production ? 'Internal server error' : err.message, ErrorCode.INTERNAL, id));
  });

  // Readiness on Neo4j waits for the warm-up below: a just-started Neo4j compiles each statement
  // the first time it sees it, in a cold JVM, and a first chart took 1.8 s on a quiet machine and
  // 7 s at load 12 (past the API's 10 s limit once), later ones 12-120 ms. Not ready, rather than
  // not listening until warm: the warm-up asks what the web app asks over this very route and
  // draws its chart pages (so the statements it compiles are the app's, to the letter: a
  // statement's text varies with the fields and variables asked), /healthz answers meanwhile so
  // a liveness probe does not restart a process that is only warming, and an orchestrator or load
  // balancer sends no visitor until /readyz says ready. All of the warm-up, ELK's too: a visitor
  // let in before its end shares the CPU with it. A part that fails is logged and ends the wait:
  // /readyz then says what the store's ping says. On SQLite a statement is prepared in
  // microseconds, so readiness does not wait (start-up there is as it was). A server on Neo4j
  // without the web app (an API-only deployment) warms its GraphQL path all the same, asked the
  // app's queries by their text (graphql-warmup.ts), and waits for it: its first clients would
  // otherwise meet the cold statements; no ELK or chart pages there, which it does not serve.
  const neo4j = opts.store.engine === 'neo4j';
  let warming = neo4j;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port, opts.host ?? DEFAULT_HOST, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${urlHost(opts.host ?? DEFAULT_HOST)}:${port}`;
  // once listening, so start-up is not slower; the web app's first borough chart then finds its
  // GraphQL path and ELK compiled (the data first: the page asks for it first)
  const dataWarmed: Promise<string[] | undefined> = servesWeb || neo4j
    ? new Promise<void>((resolve) => setImmediate(resolve)).then(() => warmGraphql(url, registeredQueries)).catch((e: Error) => void logger.error(`GraphQL warm-up: ${e.message}`))
    : Promise.resolve(undefined);
  // then the chart pages of the partnerships, drawn with the warmed ELK (first-chart-page.ts)
  const warmedUp = servesWeb
    ? dataWarmed
        .then(() => warmServerLayout())
        .catch((e: Error) => logger.error(`layout engine: ${e.message}`))
        .then(async () => warmChartPages(url, (await dataWarmed) ?? []))
        .catch((e: Error) => logger.error(`chart pages warm-up: ${e.message}`))
    : dataWarmed.then(() => undefined);
  const started = performance.now();
  void warmedUp.then(() => {
    warming = false;
    logger.info(`ready: the warm-up took ${Math.round(performance.now() - started)} ms`);
  });
  return {
    url,
    port,
    servesWeb,
    servesExplorer,
    warmedUp,
    // the warm-up's reads end before the store may be closed
    close: () => warmedUp.then(() => apollo.stop()),
  };
}
