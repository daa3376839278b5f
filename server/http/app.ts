// The HTTP server: /graphql (Apollo over express 5), /healthz, /readyz, and the web app at /.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { authConfig, type AuthConfig } from '../auth/config.js';
import { mountAuth } from '../auth/http.js';
import { createContext } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';
import { consoleLogger, createApolloServer, type Logger } from '../graphql/server.js';
import type { GraphStore } from '../store/contract.js';
import type { CurationStore } from '../store/curation-contract.js';
import { requestId, requestIdOf } from './request-id.js';
import { DEFAULT_WEB_DIST, serveWeb } from './web.js';

export interface ServerOptions {
  store: GraphStore;
  /** 0 = an ephemeral port */
  port: number;
  host?: string;
  production?: boolean;
  /** the web app's build; not served when it has no index.html */
  webDist?: string;
  /** largest request body express accepts */
  bodyLimit?: string;
  logger?: Logger;
  /** accounts, sessions and change sets (server/auth, server/curation); without it the API is read-only */
  curation?: CurationStore;
  /** sign-in settings; from the environment when absent */
  auth?: AuthConfig;
}

export interface RunningServer {
  url: string;
  port: number;
  /** whether the web app is served at / */
  servesWeb: boolean;
  /** stops accepting requests and waits for those in flight; the store stays open */
  close(): Promise<void>;
}

export const DEFAULT_BODY_LIMIT = '100kb';
const API_PATHS = ['/graphql', '/healthz', '/readyz', '/auth'];

const errorBody = (message: string, code: string, requestId?: string) => ({
  errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }],
});

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const logger = opts.logger ?? consoleLogger;
  const production = opts.production ?? process.env.NODE_ENV === 'production';
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are not revalidated by clients: hashing every body for an ETag only costs (static files keep theirs)
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const apollo = createApolloServer({ production, logger, httpServer });
  await apollo.start();

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
  const curation = opts.curation && mountAuth(app, { graph: opts.store, curation: opts.curation, config: opts.auth ?? authConfig(process.env, production) });
  app.use(
    '/graphql',
    express.json({ limit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT }),
    expressMiddleware(apollo, { context: async ({ res }) => ({ ...createContext(opts.store, requestIdOf(res)), curation: curation?.(res) }) }),
  );
  const servesWeb = serveWeb(app, opts.webDist ?? DEFAULT_WEB_DIST, API_PATHS);

  // errors before Apollo (body too large, not JSON) and any fault of the server itself
  app.use((err: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const id = requestIdOf(res);
    if (err.type === 'entity.too.large') {
      res.status(413).json(errorBody(`request body is larger than ${opts.bodyLimit ?? DEFAULT_BODY_LIMIT}`, ErrorCode.QUERY_TOO_COMPLEX));
    } else if (err.type === 'entity.parse.failed' || err.status === 400) {
      res.status(400).json(errorBody(`request body is not valid JSON: ${err.message}`, ErrorCode.BAD_USER_INPUT));
    } else {
      logger.error(`[${id}] internal error: ${err.stack ?? err.message}`);
      res.status(500).json(errorBody(production ? 'Internal server error' : err.message, ErrorCode.INTERNAL, id));
    }
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
