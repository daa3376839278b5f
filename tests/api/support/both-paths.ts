// One request answered by both ways into Apollo on one real server (graphql-route.ts): sent with a
// content type the lean path takes (server/http/lean-operation.ts), then spelled so that the route
// reads it alike but leaves it to Apollo's executeHTTPGraphQLRequest. The answers must be the same:
// status, every header but the date, and body. Sent with node:http, not fetch, so a request carries
// exactly the headers given (fetch adds its own Accept, which would hide a request without one).
import { request } from 'node:http';
import { expect } from 'vitest';

/** The content types clients send, which the lean path takes. */
export const LEAN_TYPES = ['application/json', 'application/json; charset=utf-8'] as const;
/** JSON in UTF-8 spelled otherwise: the route reads it, Apollo's HTTP handling answers it. */
export const APOLLO_TYPE = 'application/json;charset=utf-8';

export interface Seen {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Where the two requests go and how they are spelled. */
export interface Paths {
  base: string;
  lean?: string;
  apollo?: string;
}

/** POSTs `body` to /graphql with exactly these headers (a fixed request id, so both answers carry the same). */
export function post(base: string, body: string, headers: Record<string, string>): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/graphql`, { method: 'POST', headers: { 'x-request-id': 'lean-test', ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const seen = Object.entries(res.headersDistinct).filter(([name]) => name !== 'date');
        resolve({ status: res.statusCode!, headers: Object.fromEntries(seen.map(([name, values]) => [name, values!.join(', ')])), body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The answer of the lean path, checked against Apollo's for the same request (a string body is sent as it is). */
export async function bothWays(paths: Paths, body: unknown, headers: Record<string, string> = {}): Promise<Seen> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const lean = await post(paths.base, text, { ...headers, 'content-type': paths.lean ?? LEAN_TYPES[0] });
  const apollo = await post(paths.base, text, { ...headers, 'content-type': paths.apollo ?? APOLLO_TYPE });
  expect(lean, `${text.length > 2000 ? `${text.slice(0, 2000)}…` : text}\n${JSON.stringify(headers)}`).toEqual(apollo);
  return lean;
}
