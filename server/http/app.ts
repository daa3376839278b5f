// The HTTP server: /graphql (Apollo over express 5), /healthz, /readyz, and the web app at /.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ErrorCode } from '../graphql/errors.js';
import { consoleLogger, createApolloServer, type Logger } from '../graphql/server.js';
import type { GraphStore } from '../store/contract.js';
import { graphqlRoute, isGraphqlRequest } from './graphql-route.js';
import { requestId, requestIdOf } from './request-id.js';
import { ResponseCache } from './response-cache.js';
import { DEFAULT_WEB_DIST, serveWeb } from './web.js';
import { exportRoutes } from '../export/http.js';
import { importRoutes } from './import-route.js';

export interface ServerOptions {
  store: GraphStore;
  /** 0 = an ephemeral port */
  port: number;
  host?: string;
  production?: boolean;
  /** the web app's build; not served when it has no index.html */
  webDist?: string;
  /** largest request body, bytes */
  bodyLimit?: number;
  /** keep answers by graph version (default true; the bench turns it off to time execution) */
  responseCache?: boolean;
  logger?: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  /** whether the web app is served at / */
  servesWeb: boolean;
  /** stops accepting requests and waits for those in flight; the store stays open */
  close(): Promise<void>;
}

export const DEFAULT_BODY_LIMIT = 100 * 1024;
const API_PATHS = ['/graphql', '/healthz', '/readyz'];

const errorBody = (message: string, code: string, requestId?: string) => ({
  errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }],
});

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const logger = opts.logger ?? consoleLogger;
  const production = opts.production ?? process.env.NODE_ENV === 'production';
  const app = express();
  app.disable('x-powered-by');
  // small JSON answers (health) are not revalidated: hashing each body for an ETag only costs (static files keep theirs)
  app.set('etag', false);
  // /graphql skips express: its routing and body parsing cost more than most answers (issue 15)
  let answerGraphql: ReturnType<typeof graphqlRoute> | undefined;
  const httpServer = http.createServer((req, res) => {
    if (answerGraphql && isGraphqlRequest(req.url))
      answerGraphql(req, res).catch((err: Error) => {
        logger.error(`[${String(res.getHeader('x-request-id'))}] internal error: ${err.stack ?? err.message}`);
        if (res.headersSent) return res.destroy();
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(errorBody(production ? 'Internal server error' : err.message, ErrorCode.INTERNAL, String(res.getHeader('x-request-id')))));
      });
    else app(req, res);
  });
  const apollo = createApolloServer({ production, logger, httpServer });
  await apollo.start();
  answerGraphql = graphqlRoute({
    apollo,
    store: opts.store,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    cache: opts.responseCache === false ? null : new ResponseCache(),
  });

  app.use(requestId);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
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
  const servesWeb = serveWeb(app, opts.webDist ?? DEFAULT_WEB_DIST, API_PATHS);

  // any fault of the server itself
  app.use((err: Error, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const id = requestIdOf(res);
    logger.error(`[${id}] internal error: ${err.stack ?? err.message}`);
    res.status(500).json(errorBody(production ? 'Internal server error' : err.message, ErrorCode.INTERNAL, id));
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port, opts.host ?? '0.0.0.0', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    port,
    servesWeb,
    close: () => apollo.stop(),
  };
}
