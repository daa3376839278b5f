// GraphQL answers compressed by the route itself (graphql-route.ts), not by the compression
// middleware the rest of the server goes through: that middleware wraps every response's write
// and end and negotiates Accept-Encoding even for the small answers it then leaves alone, a cost
// of each request. Here an answer under THRESHOLD bytes is sent as it is without more work, and a
// larger one in brotli (quality 4, as the middleware) or gzip, as the client accepts, compressed
// off the main thread; a kept answer (response-cache.ts) is compressed once per encoding.
import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import Negotiator from 'negotiator';

/** Smaller answers are sent as they are (the compression middleware's threshold too). */
export const THRESHOLD = 1024;

const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } };

/**
 * The encoding to send a body of `bytes` in: brotli, else gzip, as Accept-Encoding allows them
 * (negotiator reads its q values and `*`), or null to send it as it is.
 */
export function encodingFor(req: IncomingMessage, bytes: number): Encoding | null {
  if (bytes < THRESHOLD || !req.headers['accept-encoding']) return null;
  const accepted = new Negotiator(req).encodings([...ENCODINGS]);
  return ENCODINGS.find((e) => accepted.includes(e)) ?? null;
}

/** Encoded copies of kept bodies: they live as long as the body they were made from. */
const encodedCopies = new WeakMap<object, Map<Encoding, Promise<Buffer>>>();

/** `body` in `encoding`; made once for the same `owner` (a kept answer) and encoding. */
export function encode(owner: object, body: string, encoding: Encoding): Promise<Buffer> {
  let copies = encodedCopies.get(owner);
  if (!copies) encodedCopies.set(owner, (copies = new Map()));
  let copy = copies.get(encoding);
  if (!copy) {
    copy = encoding === 'br' ? brotli(body, BROTLI) : gzip(body);
    copies.set(encoding, copy);
    // a failure is not kept: the next request tries again
    copy.catch(() => copies.delete(encoding));
  }
  return copy;
}
