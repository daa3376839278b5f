// One log entry per HTTP request when it ends: its id, method, path (never the query string,
// which may hold a query's text), status, duration and, for GraphQL, the operation's name.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../graphql/server.js';
import type { Middleware } from './chain.js';

export interface RequestLog {
  middleware: Middleware;
  /** tells the log the name of the operation Apollo resolved for a request id (ApolloOptions.onOperation) */
  operationResolved: (requestId: string, operationName: string) => void;
}

export function requestLog(logger: Logger): RequestLog {
  const operations = new Map<string, string>();
  const middleware: Middleware = (req: IncomingMessage, res: ServerResponse, next) => {
    if (!logger.request) return next();
    const started = performance.now();
    // read now: a router mounted under a path (express's app.use('/export', ...)) takes its mount
    // point off req.url while the request is in it, and an answer sent there ends it so
    const path = (req.url ?? '').split('?')[0]!;
    res.once('close', () => {
      // stamped on the request by app.ts's chain before this runs
      const requestId = String(req.headers['x-request-id'] ?? '');
      const operationName = operations.get(requestId);
      operations.delete(requestId);
      logger.request!({
        requestId,
        method: req.method ?? '',
        path,
        status: res.writableFinished ? res.statusCode : 499,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(operationName ? { operationName } : {}),
      });
    });
    next();
  };
  const operationResolved = (requestId: string, operationName: string): void => {
    if (logger.request) operations.set(requestId, operationName);
  };
  return { middleware, operationResolved };
}
