// Middleware every response goes through, GraphQL (node:http, graphql-route.ts) and express alike:
// connect-style functions run in order before the route that answers.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** Runs `middleware` in order, then `route`; a middleware's error goes to `fail`. */
export function chain(middleware: readonly Middleware[], route: (req: IncomingMessage, res: ServerResponse) => void, fail: (err: unknown, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    let i = 0;
    const next = (err?: unknown): void => {
      if (err !== undefined) return fail(err, res);
      const mw = middleware[i++];
      if (!mw) return route(req, res);
      try {
        mw(req, res, next);
      } catch (e) {
        fail(e, res);
      }
    };
    next();
  };
}
