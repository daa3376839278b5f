// Apollo Server with the API's limits (graphql-armor), error codes and request-id logging.
// HTTP wiring is server/http; tests use this directly with executeOperation.
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from './context.js';
import { withBudget } from './cost/budget.js';
import { costPlugin, stringifyWithin } from './cost/plugin.js';
import { ErrorCode, classify } from './errors.js';
import { LIMITS } from './limits.js';
import { persistedQueryCache } from './registered-queries.js';
import { resolvers } from './resolvers/index.js';
import { typeDefs } from './schema.js';

export { LIMITS } from './limits.js';

/** One line per HTTP request (server/http/request-log.ts). */
export interface RequestLogEntry {
  requestId: string;
  method: string;
  path: string;
  status: number;
  ms: number;
  operationName?: string;
}

export interface Logger {
  info(message: string): void;
  error(message: string): void;
  /** a logger without it does not log requests */
  request?(entry: RequestLogEntry): void;
}

export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  error: (m) => console.error(m),
};

export interface ApolloOptions {
  /** masks internal errors, hides the landing page, introspection and field suggestions */
  production: boolean;
  logger?: Logger;
  /** drained on stop, when the server runs over HTTP */
  httpServer?: Server;
  /** more plugins (the HTTP request log) */
  plugins?: ApolloServerPlugin<Context>[];
  /** persisted queries known before any client registers them: hash → query text (the web app's build) */
  registeredQueries?: ReadonlyMap<string, string>;
}

/** Internal errors: logged with the request id, which the client gets too (extensions.requestId). */
const requestIdPlugin = (logger: Logger): ApolloServerPlugin<Context> => ({
  async requestDidStart({ contextValue }) {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          const code = classify(error, error.extensions?.code, error.message);
          if (code === ErrorCode.INTERNAL) {
            const where = error.path ? ` at ${error.path.join('.')}` : '';
            logger.error(`[${contextValue.requestId}] internal error${where}: ${error.originalError?.stack ?? error.stack ?? error.message}`);
          }
        }
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          if (error.extensions?.code === ErrorCode.INTERNAL) {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        }
      },
    };
  },
});

/** A message without graphql-js's "Did you mean …?" suggestions. */
export const withoutSuggestions = (message: string): string => message.replace(/\s*Did you mean [^?]*\?/g, '');

export function createApolloServer(opts: ApolloOptions): ApolloServer<Context> {
  const logger = opts.logger ?? consoleLogger;
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    // graphql-armor's cost multiplies only by a literal `first`: cost/ prices every list
    costLimit: { enabled: false },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // graphql-armor's token plugin throws outside Apollo's error handling (a 500, or an exception from
    // executeOperation); graphql-js counts tokens in the parser itself: see parseOptions below
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: opts.production },
  }).protect();

  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = classify(error, formatted.extensions?.code, formatted.message);
    if (code === ErrorCode.INTERNAL && opts.production) {
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    // graphql-js suggests names in validation and coercion messages (fields, arguments, types, enum
    // values of literals and variables): in production they would map the schema for a stranger
    const message = opts.production ? withoutSuggestions(formatted.message) : formatted.message;
    return { ...formatted, message, extensions: { ...formatted.extensions, code } };
  };

  return new ApolloServer<Context>({
    typeDefs,
    resolvers: withBudget(resolvers, typeDefs),
    stringifyResult: stringifyWithin(LIMITS.maxResponseBytes),
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    persistedQueries: { cache: persistedQueryCache(opts.registeredQueries ?? new Map()) },
    csrfPrevention: true,
    introspection: !opts.production,
    includeStacktraceInErrorResponses: !opts.production,
    formatError,
    plugins: [
      // armor is typed against the CommonJS build of @apollo/server: the same plugin interface
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      requestIdPlugin(logger),
      costPlugin(LIMITS),
      // no HTTP caching of answers: the plugin would only cost a hook on every field
      ApolloServerPluginCacheControlDisabled(),
      // the explorer is GraphiQL, bundled and served by server/http/explorer.ts: no CDN page
      ApolloServerPluginLandingPageDisabled(),
      ...(opts.plugins ?? []),
      ...(opts.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: opts.httpServer })] : []),
    ],
  });
}
