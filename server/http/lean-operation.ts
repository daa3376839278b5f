// The common GraphQL request served through Apollo's executeOperation, not its HTTP handling:
// a POST of JSON (body-rules.ts refuses any other type, so CSRF prevention cannot block it) whose
// body is one operation of the shape Apollo's HTTP checks accept, sent with an Accept header the
// server answers with JSON. It still runs Apollo's whole request pipeline (persisted queries, the
// document cache, validation, every plugin hook, error formatting); what it leaves out is the HTTP
// work around it that cannot change the answer of such a request: the CSRF content-type parse, the
// batch and body checks, an await or two, and the Accept header's negotiation for the answer's
// content type, made here once per distinct header (and the pipeline's own, for incremental
// delivery, which graphql 16 never makes: see leanAnswer). The head and body are the ones
// runHttpQuery would make: the status and headers of the operation's answer, its content type
// chosen from the same three, the fields in the same order, serialized by the same function
// (tests/api/lean-operation.test.ts compares the two paths on chosen requests,
// lean-operation-fuzz.test.ts on generated odd ones). One difference, on a fault only: should
// Apollo's pipeline itself throw (a plugin's hook failing), the route's internal error answers
// (500, INTERNAL, with the request id) where Apollo's HTTP handling would have answered its own 500.
import type { ApolloServer, GraphQLRequest, HTTPGraphQLRequest, HTTPGraphQLResponse } from '@apollo/server';
import Negotiator from 'negotiator';
import type { Context } from '../graphql/context.js';
import { stringifyAnswer } from '../graphql/server.js';

/** What Apollo answers a single result in, by preference (its MEDIA_TYPES, which it does not export). */
const SINGLE_RESULT_TYPES = ['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8', 'application/json; callbackSpec=1.0; charset=utf-8'];
const JSON_TYPE = SINGLE_RESULT_TYPES[0]!;

/** Accept headers negotiated so far: a server sees few distinct ones (each client sends one). */
const negotiated = new Map<string, string | null>();
const MAX_NEGOTIATED = 200;

/**
 * The content type Apollo answers a single result in for this Accept header (negotiator over the
 * same types, as its chooseContentTypeForSingleResultResponse), or null where it answers 406.
 */
export function singleResultType(accept: string | undefined): string | null {
  if (!accept) return JSON_TYPE;
  let type = negotiated.get(accept);
  if (type === undefined) {
    type = new Negotiator({ headers: { accept } }).mediaType(SINGLE_RESULT_TYPES) ?? null;
    if (negotiated.size >= MAX_NEGOTIATED) negotiated.clear();
    negotiated.set(accept, type);
  }
  return type;
}

/** What Apollo's POST checks take as an object (isStringRecord; parsed JSON is never a Buffer). */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v: unknown): boolean => v === undefined || v === null;
const hasKeys = (o: object): boolean => {
  for (const _ in o) return true;
  return false;
};

/**
 * The operation of a POST body as Apollo's runHttpQuery reads it, or undefined for a body its
 * checks refuse (Apollo then says why, in its words).
 */
function operationOf(body: unknown): Omit<GraphQLRequest, 'http'> | undefined {
  if (!isRecord(body)) return undefined;
  const { query, variables, extensions, operationName } = body;
  // an empty object is refused
  if (query === undefined && variables === undefined && extensions === undefined && operationName === undefined && !hasKeys(body)) return undefined;
  // a falsy query is read as none (Apollo's persisted query or "must contain" errors follow)
  if (query && typeof query !== 'string') return undefined;
  if (!absent(variables) && !isRecord(variables)) return undefined;
  if (!absent(extensions) && !isRecord(extensions)) return undefined;
  if (!absent(operationName) && typeof operationName !== 'string') return undefined;
  return {
    query: typeof query === 'string' ? query : undefined,
    operationName: typeof operationName === 'string' ? operationName : undefined,
    variables: isRecord(variables) ? variables : undefined,
    extensions: isRecord(extensions) ? extensions : undefined,
  };
}

/** The extensions of an automatic persisted query sent by its hash alone. */
export const persistedQuery = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

/**
 * Apollo's answer to a request of the common case, made through its executeOperation; undefined
 * for any other request (a GET, another content type or Accept header, a batch, a body its checks
 * refuse) and while Apollo is not running (stopping, stopped): its executeHTTPGraphQLRequest
 * answers those. `hash`: the SHA-256 of the body's query text (a text with no extensions), which
 * goes to Apollo by that hash as an automatic persisted query (the route lends the text). `http`
 * is the request as Apollo is to see it, made for this call: its Accept header is blanked once
 * the request takes this path.
 */
export async function leanAnswer(
  apollo: ApolloServer<Context>,
  http: HTTPGraphQLRequest,
  hash: string | undefined,
  context: () => Context,
): Promise<HTTPGraphQLResponse | undefined> {
  if (http.method !== 'POST') return undefined;
  // JSON as clients send it: a type CSRF prevention lets through without looking further
  const given = http.headers.get('content-type');
  if (given !== 'application/json' && given !== 'application/json; charset=utf-8') return undefined;
  const type = singleResultType(http.headers.get('accept'));
  const operation = type && operationOf(http.body);
  if (!operation) return undefined;
  if (hash !== undefined) {
    operation.query = undefined;
    operation.extensions = persistedQuery(hash);
  }
  try {
    apollo.assertStarted('leanAnswer');
  } catch {
    return undefined;
  }
  // Apollo's pipeline reads the Accept header once more, on every request, only to ask whether
  // incremental delivery is wanted in its legacy format (a negotiator parsing two multipart types
  // against each type accepted, about 6 µs): graphql 16 makes no incremental result (checked
  // below), so no answer depends on it. Blank, negotiator reads it as accepting none of them, the
  // same "no" without parsing. The header's one effect on this answer, its content type, was
  // negotiated above; no plugin of this server reads the request's HTTP head.
  http.headers.set('accept', '');
  const { http: head, body } = await apollo.executeOperation({ ...operation, http }, { contextValue: context() });
  // graphql 16 executes no @defer or @stream: every answer is a single result
  if (body.kind !== 'single') throw new Error('Apollo answered with an incremental result, which graphql 16 never makes');
  if (!head.headers.get('content-type')) head.headers.set('content-type', type);
  const { errors, data, extensions } = body.singleResult;
  return { status: head.status, headers: head.headers, body: { kind: 'complete', string: stringifyAnswer({ errors, data, extensions }) } };
}
