// Bounds on clients that send slowly or stall (slowloris): each such client holds a socket and its
// buffers, and node's own defaults let it do so for long (a head may take 60 s, a request 300 s, a
// body may stop for good until then). Three limits, each answered 408 with a JSON error that says
// which, and the connection closed:
// - the head within `headersMs` (node's headersTimeout): a head is at most 16 KiB, sent at once by
//   any real client; 10 s leaves room for a few TCP retransmissions on a poor link;
// - a body that makes no progress for `bodyIdleMs` (a socket timeout armed while a request's body
//   is coming, here): 15 s is a link that has lost four retransmissions in a row (1+2+4+8 s), which
//   is a broken one, while a slow but live upload always makes progress within it;
// - the whole request within `requestMs` (node's requestTimeout), against a client that trickles a
//   byte just inside the idle limit: 150 s fits the largest body (a signed-in editor's 32 MiB, a
//   source PDF in base64) at 2 Mbit/s, and a 10 MB PDF at 1 Mbit/s.
// - a small body (declared at most SMALL_BODY_BYTES, or of no declared length) whole within
//   `smallBodyMs`: every anonymous request's body is that small (the anonymous body limit), and
//   30 s is 3.4 KB/s for the largest, slower than any link the web app is usable over; without it
//   a stranger could trickle a 100-byte query just inside the idle limit for the whole 150 s. A
//   body declared larger (a signed-in editor's source PDF, a template upload) keeps the whole
//   request's limit.
// Node answers its own limits with a bare 408 (and its parse errors with a bare 400, 413 or 431);
// here every such answer carries the JSON error the routes give, so a client reads one kind.
// The server's own slowness (a long answer) is never cut: the idle limit holds only while a body
// is coming.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { isSet, limitsFromEnv } from './env-limits.js';
import { errorBody } from './error-body.js';
import { setApiSecurityHeaders } from './security.js';

export interface ClientTimeouts {
  /** the request head must be whole within this (ms) */
  headersMs: number;
  /** a request body may make no progress for this long (ms) */
  bodyIdleMs: number;
  /** the whole request, head and body, must be in within this (ms) */
  requestMs: number;
  /** a body of at most SMALL_BODY_BYTES (or of no declared length) must be in within this (ms) of its head */
  smallBodyMs: number;
}

export const DEFAULT_CLIENT_TIMEOUTS: ClientTimeouts = { headersMs: 10_000, bodyIdleMs: 15_000, requestMs: 150_000, smallBodyMs: 30_000 };

/** The largest body that is "small": an anonymous GraphQL request's limit (app.ts's DEFAULT_BODY_LIMIT). */
export const SMALL_BODY_BYTES = 100 * 1024;

/** The environment variables that set each limit, in seconds. */
const VARIABLES: Record<keyof ClientTimeouts, string> = {
  headersMs: 'GOVGRAPH_HEADERS_TIMEOUT',
  bodyIdleMs: 'GOVGRAPH_BODY_IDLE_TIMEOUT',
  requestMs: 'GOVGRAPH_REQUEST_TIMEOUT',
  smallBodyMs: 'GOVGRAPH_SMALL_BODY_TIMEOUT',
};

/** The limits the environment sets (seconds; fractions allowed), the defaults for those it does not. */
export function clientTimeouts(env: NodeJS.ProcessEnv = process.env): ClientTimeouts {
  const limits = limitsFromEnv(env, DEFAULT_CLIENT_TIMEOUTS, VARIABLES, (given, variable) => {
    const seconds = Number(given);
    // node takes whole milliseconds, and 0 would turn its limits off: a limit cannot be turned off here
    if (!Number.isFinite(seconds) || Math.round(seconds * 1000) < 1) throw new Error(`${variable} must be a number of seconds above 0, got "${given}"`);
    return Math.round(seconds * 1000);
  });
  // a small body's limit never outlasts the whole request's: unset, it follows a shorter one
  if (!isSet(env, VARIABLES.smallBodyMs)) limits.smallBodyMs = Math.min(limits.smallBodyMs, limits.requestMs);
  // node refuses a head limit past the request's, and a body has its own limit below the request's
  if (limits.headersMs > limits.requestMs) throw new Error(`${VARIABLES.headersMs} (${limits.headersMs / 1000} s) must not exceed ${VARIABLES.requestMs} (${limits.requestMs / 1000} s)`);
  if (limits.smallBodyMs > limits.requestMs) throw new Error(`${VARIABLES.smallBodyMs} (${limits.smallBodyMs / 1000} s) must not exceed ${VARIABLES.requestMs} (${limits.requestMs / 1000} s)`);
  return limits;
}

/**
 * node:http's options for these limits. Node looks for expired requests every
 * connectionsCheckingInterval (30 s by default, which would stretch a 10 s head limit to 40 s):
 * here every second at most, and at least twice within the head limit.
 */
export const serverTimeoutOptions = (t: ClientTimeouts): http.ServerOptions => ({
  headersTimeout: t.headersMs,
  requestTimeout: t.requestMs,
  connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(t.headersMs / 2))),
});

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/** Answers a request that took too long to arrive 408 and closes its connection (or only closes it, once an answer has begun). */
function timedOut(res: ServerResponse, message: string): void {
  if (res.headersSent) return void res.socket?.destroy();
  // stamped on the request by app.ts's chain, before any route
  const requestId = String(res.req.headers['x-request-id']);
  const body = JSON.stringify(errorBody(message, 'BAD_REQUEST', requestId));
  setApiSecurityHeaders(res);
  // `connection: close`: node ends the connection once the answer is out, the rest of the body unread
  const head = { 'x-request-id': requestId, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' };
  res.writeHead(408, head).end(body);
}

const noop = () => {};

/**
 * Arms the body idle limit of a request whose head announces a body: any bytes read refresh the
 * socket's timer (node does so as it parses), and node tells the request of a timeout only while it
 * is not whole. Disarmed once the body has been read, so the answer takes as long as it takes.
 */
export function watchBody(req: IncomingMessage, res: ServerResponse, t: ClientTimeouts): void {
  const declared = Number(req.headers['content-length']);
  if (req.headers['transfer-encoding'] === undefined && !(declared > 0)) return;
  req.setTimeout(t.bodyIdleMs, () => timedOut(res, `the request body made no progress for ${seconds(t.bodyIdleMs)}: the request is dropped (send the body without pausing)`));
  if (!(declared > SMALL_BODY_BYTES)) {
    const small = setTimeout(() => {
      if (!req.complete) timedOut(res, `a request body of at most ${SMALL_BODY_BYTES / 1024} KB was not received within ${seconds(t.smallBodyMs)}: the request is dropped`);
    }, t.smallBodyMs);
    req.once('end', () => clearTimeout(small));
    res.once('close', () => clearTimeout(small));
  }
  // a body read whole but not yet taken by its route, on a server slow to take it, is no stall of
  // the client's: without a listener here node would destroy the socket at that timeout
  res.on('timeout', noop);
  // once the answer is out node sets the socket's keep-alive timer itself, which stays
  req.once('end', () => void (res.writableFinished || req.socket.setTimeout(0)));
}

/** In-flight response on a socket, as node's own clientError default reads it (there is no public way). */
const responseOn = (socket: Duplex): ServerResponse | null | undefined => (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;

/** What node's default answers to a client error, with a JSON error instead of no body. */
function refusal(err: NodeJS.ErrnoException & { reason?: string }, t: ClientTimeouts): [number, string] {
  switch (err.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, `the request head was not received within ${seconds(t.headersMs)} (or the whole request within ${seconds(t.requestMs)}): the request is dropped`];
    case 'HPE_HEADER_OVERFLOW':
      return [431, `the request head is larger than ${http.maxHeaderSize} bytes`];
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return [413, 'the chunk extensions of the request body are too large'];
    default:
      return [400, `the request is not valid HTTP/1.1: ${err.reason ?? err.code ?? err.message}`];
  }
}

/**
 * The server's clientError listener: node's answers to requests it cannot read or that came too
 * slowly, with a JSON error. A request already handed to a route (its body past the whole
 * request's limit) is answered through its response, so the request log sees the 408.
 */
export function answerClientError(t: ClientTimeouts): (err: NodeJS.ErrnoException, socket: Duplex) => void {
  return (err, socket) => {
    const res = responseOn(socket);
    if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT' && res && !res.req.complete) {
      return timedOut(res, `the request was not received whole within ${seconds(t.requestMs)}: the request is dropped`);
    }
    // as node's default: no answer once one has begun on this socket (it would corrupt it), nor to a
    // client already gone
    if (!socket.writable || res?.headersSent) return void socket.destroy();
    const [status, message] = refusal(err, t);
    const body = JSON.stringify(errorBody(message, 'BAD_REQUEST'));
    const head = `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n`;
    socket.end(head + body, () => socket.destroy());
  };
}
