// The API's error vocabulary. Every error a client sees carries one of these codes in
// extensions.code; anything else the server throws becomes INTERNAL (masked in production).
import { GraphQLError } from 'graphql';
import { AnalysisInputError } from '../domain/analysis/index.js';
import { StoreInputError } from '../store/errors.js';

export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTERNAL: 'INTERNAL',
  // curation (server/curation): no signed-in account, a role the account lacks, a stale version
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  // a server started without curation (a read-only API: startServer without a curation store)
  // asked for a curation field: the client's question, not a fault, and asking again will not help
  NOT_SUPPORTED: 'NOT_SUPPORTED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An argument names something that does not exist; `argument` says which one. */
export const notFound = (message: string, argument: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND, argument } });

/** An argument is malformed or out of range; `argument` says which one. */
export const badInput = (message: string, argument: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });

export const tooComplex = (message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } });

/** Codes Apollo and graphql-js give to a request that is wrong before it runs: passed on as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo refuses a persisted query whose hash does not match it, or of a version other than 1 (a
 * persistedQuery extension without one included), with a 400 and no code: the client's mistake.
 */
const APOLLO_REQUEST_MESSAGE = /^(provided sha does not match query|Unsupported persisted query version)$/;

/**
 * graphql-js stops coercing variables after 50 errors (a list of 5,000 values not in an enum) and
 * adds this one, with no code and no variable named: the client's values, like the 50 before it.
 */
const VARIABLE_ERRORS_MESSAGE = /^Too many errors processing variables, error limit reached\. Execution aborted\.$/;

/** graphql-armor reports its limits with these messages (cost, depth, aliases, directives); graphql-js its token limit. */
const LIMIT_MESSAGE = /^Syntax Error: (Query Cost limit|Query depth limit|Aliases limit|Directives limit|Document contains more tha[nt] \d+ tokens)/;

/**
 * The code an error is reported with: the codes above for what the client did wrong, INTERNAL
 * for anything else. A store's or an analysis's input error is the client's (a bad cursor, a bad date).
 */
export function classify(error: unknown, formattedCode: unknown, message: string): string {
  if (LIMIT_MESSAGE.test(message)) return ErrorCode.QUERY_TOO_COMPLEX;
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof StoreInputError || original instanceof AnalysisInputError) return ErrorCode.BAD_USER_INPUT;
  if (typeof formattedCode === 'string') {
    if ((Object.values(ErrorCode) as string[]).includes(formattedCode) || REQUEST_CODES.has(formattedCode)) return formattedCode;
  }
  if (APOLLO_REQUEST_MESSAGE.test(message)) return 'BAD_REQUEST';
  if (VARIABLE_ERRORS_MESSAGE.test(message)) return ErrorCode.BAD_USER_INPUT;
  return ErrorCode.INTERNAL;
}

