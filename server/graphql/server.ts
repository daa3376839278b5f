// Apollo Server with the API's limits (graphql-armor), error codes and request-id logging.
// HTTP wiring is server/http; tests use this directly with executeOperation.
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from './context.js';
import { withBudget } from './cost/budget.js';
import { costChecks, stringifyWithin, type CostChecks } from './cost/plugin.js';
import { ErrorCode, classify } from './errors.js';
import { LIMITS } from './limits.js';
import { knownOperationTypes } from './operation-types.js';
import { persistedQueryCache, type LentQueries } from './registered-queries.js';
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
  /** told the name of each operation Apollo resolves, by request id (the HTTP request log) */
  onOperation?: (requestId: string, operationName: string) => void;
  /** persisted queries known before any client registers them: hash → query text (the web app's build) */
  registeredQueries?: ReadonlyMap<string, string>;
  /** texts the HTTP route hands over by hash while their requests run (server/http/query-hashes.ts) */
  lentQueries?: LentQueries;
}

/**
 * Everything of ours that runs per request, in one plugin with one listener: Apollo awaits each
 * plugin's listener at every stage of every request, so one costs less than one per concern.
 * - the operation's name to the request log, and its static cost checked (cost/plugin.ts);
 * - internal errors logged with the request id, which the client gets too (extensions.requestId);
 * - a spent runtime budget turns the answer into one QUERY_TOO_COMPLEX error.
 */
function requestPlugin(logger: Logger, cost: CostChecks, onOperation?: ApolloOptions['onOperation']): ApolloServerPlugin<Context> {
  // every hook reads the request from its argument: one listener serves all requests
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ schema, document, operation, operationName, request, contextValue }) {
      if (onOperation && operationName) onOperation(contextValue.requestId, operationName);
      if (operation) cost.check(schema, document, operation, request.variables);
    },
    async didEncounterErrors({ errors, contextValue }) {
      for (const error of errors) {
        const code = classify(error, error.extensions?.code, error.message);
        if (code === ErrorCode.INTERNAL) {
          const where = error.path ? ` at ${error.path.join('.')}` : '';
          logger.error(`[${contextValue.requestId}] internal error${where}: ${error.originalError?.stack ?? error.stack ?? error.message}`);
        }
      }
    },
    async willSendResponse({ response, contextValue }) {
      if (response.body.kind !== 'single') return;
      for (const error of response.body.singleResult.errors ?? []) {
        if (error.extensions?.code === ErrorCode.INTERNAL) {
          (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
        }
      }
      cost.report(response, contextValue.budget);
    },
  };
  return { requestDidStart: async () => listener };
}

/** How every answer is serialized: by Apollo, and by the /graphql route's lean path (server/http/lean-operation.ts). */
export const stringifyAnswer = stringifyWithin(LIMITS.maxResponseBytes);

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
    // formatError below takes graphql-js's suggestions out of every message in production: armor's
    // plugin for it would be one more listener on every request
    blockFieldSuggestion: { enabled: false },
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
    stringifyResult: stringifyAnswer,
    validationRules: [...armor.validationRules, knownOperationTypes],
    parseOptions: { maxTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    // main.ts stops the server on SIGINT/SIGTERM itself, then closes the stores. Apollo's own
    // handlers stopped it at the same time, and a second stop() waits on a barrier that a first
    // stop() which succeeds never resolves (@apollo/server 5): after a SIGTERM once the warm-up at
    // start was over, a server on Neo4j kept running (the driver's sockets kept it alive) and one
    // on SQLite exited with its stores never closed.
    stopOnTerminationSignals: false,
    persistedQueries: { cache: persistedQueryCache(opts.registeredQueries ?? new Map(), opts.lentQueries) },
    csrfPrevention: true,
    introspection: !opts.production,
    includeStacktraceInErrorResponses: !opts.production,
    formatError,
    plugins: [
      // armor is typed against the CommonJS build of @apollo/server: the same plugin interface
      // (none with the settings above: its limits are validation rules, run once per document)
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      requestPlugin(logger, costChecks(LIMITS), opts.onOperation),
      // no HTTP caching of answers: the plugin would only cost a hook on every field
      ApolloServerPluginCacheControlDisabled(),
      // the explorer is GraphiQL, bundled and served by server/http/explorer.ts: no CDN page
      ApolloServerPluginLandingPageDisabled(),
      // Apollo adds inline tracing for federated subgraphs, which this schema is not: off, it asks
      // nothing of each request (installed, its requestDidStart ran for every request to say so)
      ApolloServerPluginInlineTraceDisabled(),
      ...(opts.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: opts.httpServer })] : []),
    ],
  });
}
