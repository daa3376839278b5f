// Generators (fast-check) of the requests abusive clients send to /graphql: bodies of the wrong
// shape or types, odd keys (duplicates, __proto__, constructor), unicode and huge texts, deep JSON,
// persisted queries with bad hashes or versions, batches; and the headers around them (Accept with
// q-values and multipart, JSON spelled with charsets, casing and parameters). Bodies are JSON text
// built here, not JSON.stringify'd objects: duplicate keys and deep nesting only exist as text.
import { createHash } from 'node:crypto';
import fc from 'fast-check';

export const CHAIN = 'query Chain($id: ID!) { reportingChain(id: $id) { id name } }';

/** Texts the schema answers, refuses, or cannot parse, with and without variables and names. */
const KNOWN_QUERIES = [
  CHAIN,
  `${CHAIN} query Other { stats { nodes } }`,
  '{ __typename }',
  '{ node(id: "havering/csp") { name } }',
  'query($k: [NodeKind!]) { search(text: "marac", kinds: $k) { score } }',
  '{ stats { nodes } }',
  '{ nope }',
  '{ node(id: ',
  'mutation { __typename }',
  'subscription { __typename }',
  '{ __schema { types { name } } }',
  'query Q($x: Int = "a") { __typename }',
  '{ ...F } fragment F on Query { ...F }',
  '{ __typename @skip(if: $undefined) }',
  '',
  ' ',
];

/** A hash as an APQ client could send it: the text's own, of another text, malformed, or not a string. */
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
const sha256Hash = fc.oneof(
  fc.constantFrom(...KNOWN_QUERIES.slice(0, 4)).map(hashOf),
  fc.constantFrom('0'.repeat(64), hashOf(CHAIN).toUpperCase(), '', 'not-a-hash', `${hashOf(CHAIN)}0`),
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), maxLength: 70 }),
  fc.jsonValue({ maxDepth: 1 }),
);
const version = fc.oneof(fc.constantFrom(1, 2, 0, -1, 1.5, '1', null, true), fc.jsonValue({ maxDepth: 1 }));
const persistedQuery = fc.record({ version, sha256Hash }, { requiredKeys: [] });
const extensions = fc.oneof(
  fc.record({ persistedQuery: fc.oneof(persistedQuery, fc.jsonValue({ maxDepth: 2 })) }),
  fc.record({ persistedQuery, other: fc.jsonValue({ maxDepth: 1 }) }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
);

/** Keys a naive reader trips over: the prototype's own names. */
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const oddKey = fc.oneof(fc.constantFrom(...ODD_KEYS), fc.string({ maxLength: 8 }));

const variables = fc.oneof(
  fc.constantFrom({ id: 'havering/dv-marac' }, { id: 5 }, { id: null }, { k: ['Board'] }, { k: 'Board' }, { x: 1 }, {}),
  fc.dictionary(fc.oneof(fc.constantFrom('id', 'k', 'x'), oddKey), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

const text = fc.oneof(
  { arbitrary: fc.constantFrom(...KNOWN_QUERIES), weight: 6 },
  // any unicode, lone surrogates included (JSON.stringify escapes them; the server parses them back)
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 1 },
  // huge texts: past the body limit, past the token limit, past what is hashed and kept
  { arbitrary: fc.constantFrom(20_000, 60_000, 120_000).chain((n) => fc.constantFrom('{'.repeat(n), `{ ${'__typename '.repeat(n / 11)}}`, `#${'é'.repeat(n)}\n{ __typename }`)), weight: 1 },
);
const operationName = fc.constantFrom('Chain', 'Other', 'Missing', '', '__proto__');

/** One field of an operation: mostly of the types Apollo takes, or null; now and then of any type, or another key. */
const field = fc.oneof(
  { arbitrary: text.map((v) => ['query', v] as const), weight: 6 },
  { arbitrary: variables.map((v) => ['variables', v] as const), weight: 3 },
  { arbitrary: extensions.map((v) => ['extensions', v] as const), weight: 2 },
  { arbitrary: operationName.map((v) => ['operationName', v] as const), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom('query', 'variables', 'extensions', 'operationName'), fc.oneof(fc.constant(null), fc.constant({ kind: 'Document', definitions: [] }), fc.jsonValue({ maxDepth: 2 }))), weight: 2 },
  { arbitrary: fc.tuple(oddKey, fc.jsonValue({ maxDepth: 2 })), weight: 1 },
);
/** Fields in any order, a key given twice now and then (JSON.parse keeps the last). */
const operationText = fc.array(field, { maxLength: 6 }).map((fields) => `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`);

/** JSON nested `depth` deep, in arrays or objects, around an operation. */
const nested = fc.tuple(fc.constantFrom(10, 1_000, 20_000), fc.boolean(), operationText).map(([depth, arrays, inner]) =>
  arrays ? `${'['.repeat(depth)}${inner}${']'.repeat(depth)}` : `${'{"query":'.repeat(depth)}${inner}${'}'.repeat(depth)}`,
);
const deepVariables = fc.constantFrom(10, 1_000, 10_000).map((depth) => `{"query":${JSON.stringify(CHAIN)},"variables":{"id":${'['.repeat(depth)}"x"${']'.repeat(depth)}}}`);

/** A POST body, as text. */
export const body = fc.oneof(
  { arbitrary: operationText, weight: 8 },
  // batches, and arrays inside arrays
  { arbitrary: fc.array(operationText, { maxLength: 3 }).map((ops) => `[${ops.join(',')}]`), weight: 1 },
  { arbitrary: fc.array(operationText, { minLength: 1, maxLength: 2 }).map((ops) => `[[${ops.join(',')}]]`), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)), weight: 1 },
  { arbitrary: nested, weight: 1 },
  { arbitrary: deepVariables, weight: 1 },
  // not JSON: cut short, a byte-order mark, trailing text
  { arbitrary: operationText.chain((t) => fc.constantFrom(t.slice(0, -1), `\uFEFF${t}`, `${t} x`, `${t}${t}`)), weight: 1 },
);

/** Media ranges as clients write them, q-values good and bad. */
const range = fc.tuple(
  fc.oneof(
    fc.constantFrom('application/json', 'application/graphql-response+json', 'application/json; callbackSpec=1.0', 'multipart/mixed', 'multipart/mixed; deferSpec=20220824', 'multipart/mixed; incrementalSpec=v0.2'),
    fc.constantFrom('*/*', 'application/*', 'text/*', 'text/html', 'APPLICATION/JSON', 'application/xml', 'image/*', '*', ';', ''),
    fc.string({ unit: 'binary-ascii', maxLength: 12 }).map((s) => s.replace(/[^\x20-\x7e\t]/g, '')),
  ),
  fc.option(fc.constantFrom('0', '0.5', '1', '1.000', '0.001', '2', '-1', 'x', '')),
).map(([type, q]) => (q === null ? type : `${type};q=${q}`));
const accept = fc.oneof(
  fc.constantFrom('*/*', 'application/json', 'application/graphql-response+json, application/json;q=0.9', 'multipart/mixed;deferSpec=20220824,application/json'),
  fc.array(range, { minLength: 1, maxLength: 4 }).map((ranges) => ranges.join(', ')),
);

/** Headers besides the content type; each may be absent. */
export const headers = fc.record(
  {
    accept,
    'apollo-require-preflight': fc.constantFrom('true', ''),
    'x-apollo-operation-name': fc.constantFrom('Chain', ''),
    'content-encoding': fc.constantFrom('identity', 'IDENTITY'),
    // bytes past ASCII, as latin1 header values may carry
    'x-odd': fc.string({ unit: fc.constantFrom('a', ' ', '\t', 'é', '\u00ff', '"', ','), maxLength: 10 }).map((s) => s.trim()),
  },
  { requiredKeys: [] },
);

/** JSON in UTF-8 as the route reads it but spelled otherwise than clients send it: Apollo's HTTP handling answers it. */
export const apolloType = fc
  .tuple(fc.constantFrom('application/json', 'Application/JSON', 'APPLICATION/JSON'), fc.constantFrom('', ';charset=utf-8', '; charset=UTF-8', '; charset="utf-8"', ';charset=utf8', '; foo=bar', ' ; charset=utf-8', ';'))
  .map(([type, params]) => type + params)
  .filter((t) => t !== 'application/json' && t !== 'application/json; charset=utf-8');
