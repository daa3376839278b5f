// GraphQL answers compressed by the route itself (graphql-route.ts), not by the compression
// middleware the rest of the server goes through: that middleware wraps every response's write
// and end and negotiates Accept-Encoding even for the small answers it then leaves alone, a cost
// of each request. Here an answer under THRESHOLD bytes is sent as it is without more work, and a
// larger one in brotli (quality 4, as the middleware) or gzip, as the client accepts; a kept
// answer (response-cache.ts) is compressed once per encoding. Most answers are a few KiB: they are
// compressed at once on the main thread, where it costs less than handing them to the thread pool
// and back (a third of the CPU for a 4 KiB answer); larger ones off it. Brotli is told the
// body's size and given a window no larger than the body: the same bytes out, without setting up
// the default 4 MiB window for a few KiB.
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
/** Bodies under this many bytes are compressed on the main thread. */
const AT_ONCE = 64 * 1024;
const Z = zlib.constants;
/** Brotli's quality for answers: the compression middleware's. */
const ANSWER_QUALITY = 4;
const brotliOptions = (bytes: number, quality: number): zlib.BrotliOptions => ({
  params: {
    [Z.BROTLI_PARAM_QUALITY]: quality,
    [Z.BROTLI_PARAM_MODE]: Z.BROTLI_MODE_TEXT,
    [Z.BROTLI_PARAM_SIZE_HINT]: bytes,
    [Z.BROTLI_PARAM_LGWIN]: Math.min(Math.max(Math.ceil(Math.log2(bytes + 1)), Z.BROTLI_MIN_WINDOW_BITS), Z.BROTLI_DEFAULT_WINDOW),
  },
});

function compress(body: string, encoding: Encoding, quality: number): Promise<Buffer> {
  const bytes = Buffer.byteLength(body);
  if (bytes >= AT_ONCE) return encoding === 'br' ? brotli(body, brotliOptions(bytes, quality)) : gzip(body);
  try {
    return Promise.resolve(encoding === 'br' ? zlib.brotliCompressSync(body, brotliOptions(bytes, quality)) : zlib.gzipSync(body));
  } catch (err) {
    return Promise.reject(err as Error);
  }
}

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

/** `body` in `encoding` (brotli at `quality`); made once for the same `owner` (a kept answer) and encoding. */
export function encode(owner: object, body: string, encoding: Encoding, quality = ANSWER_QUALITY): Promise<Buffer> {
  let copies = encodedCopies.get(owner);
  if (!copies) encodedCopies.set(owner, (copies = new Map()));
  let copy = copies.get(encoding);
  if (!copy) {
    copy = compress(body, encoding, quality);
    copies.set(encoding, copy);
    // a failure is not kept: the next request tries again
    copy.catch(() => copies.delete(encoding));
  }
  return copy;
}
