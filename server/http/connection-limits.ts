// Caps on the connections the server holds: in total, and per client address. Every connection
// holds a socket, its buffers and a file descriptor, and the slow-client limits (slow-clients.ts)
// bound how long each one lasts, not how many there are: without a cap one address could open
// thousands and trickle a small body into each until the whole request's limit.
// Defaults, argued:
// - per client, 256: a browser opens at most 6 connections to a host, and the server closes an
//   idle one after node's keep-alive of 5 s, so an office behind one NAT address holds about 6 per
//   person active in the last few seconds: 256 is some 40 people clicking at the same moment,
//   far above what a CSP team or a council office does; one address past it is a script.
//   IPv6 clients are counted by their /64, which one host can fill with addresses at will.
//   Behind a reverse proxy every connection comes from the proxy: set the per-client cap to the
//   total there, and let the proxy cap its clients.
// - in total, 2,048: some 8 such offices at their busiest at once, at a few tens of KB each (well
//   under 100 MB); the process needs as many file descriptors and some to spare for the store
//   (`ulimit -n` of 4096 or more; many systems start services with 1024).
// A connection past a cap is answered at once, before its request is read: a JSON 503 with
// Retry-After and the connection closed. Node's own maxConnections, a little above the total,
// drops without a word what comes while those refusals are still being written (a flood).
import http from 'node:http';
import { isIPv6, type Socket } from 'node:net';
import { isSet, limitsFromEnv } from './env-limits.js';
import { errorBody } from './error-body.js';

export interface ConnectionLimits {
  /** connections held at once, from everyone */
  total: number;
  /** connections held at once from one client address (an IPv6 /64) */
  perClient: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = { total: 2048, perClient: 256 };

const VARIABLES: Record<keyof ConnectionLimits, string> = {
  total: 'GOVGRAPH_MAX_CONNECTIONS',
  perClient: 'GOVGRAPH_MAX_CONNECTIONS_PER_CLIENT',
};

/** seconds a refused client is asked to wait: long enough for keep-alive connections to close */
export const RETRY_AFTER_SECONDS = 5;
/** refusals being written, on top of the total, before node drops connections without a word */
const REFUSALS_IN_FLIGHT = 256;

/** The caps the environment sets (whole numbers above 0), the defaults for those it does not. */
export function connectionLimits(env: NodeJS.ProcessEnv = process.env): ConnectionLimits {
  const limits = limitsFromEnv(env, DEFAULT_CONNECTION_LIMITS, VARIABLES, (given, variable) => {
    const n = Number(given);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${variable} must be a whole number of connections above 0, got "${given}"`);
    return n;
  });
  // unset, the per-client cap follows a smaller total
  if (!isSet(env, VARIABLES.perClient)) limits.perClient = Math.min(limits.perClient, limits.total);
  if (limits.perClient > limits.total) throw new Error(`${VARIABLES.perClient} (${limits.perClient}) must not exceed ${VARIABLES.total} (${limits.total})`);
  return limits;
}

/** The address a client is counted by: IPv4 as it is (an IPv4-mapped IPv6 address as IPv4), IPv6 by its first 64 bits. */
export function clientKey(address: string | undefined): string {
  if (!address) return '';
  if (address.startsWith('::ffff:') && address.includes('.')) return address.slice(7);
  if (!isIPv6(address)) return address;
  const [head, tail] = address.split('::') as [string, string | undefined];
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = tail === undefined ? front : [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back];
  return `${groups.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

const refusal = (message: string): string => {
  const body = JSON.stringify(errorBody(message, 'TOO_MANY_CONNECTIONS'));
  return `HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nretry-after: ${RETRY_AFTER_SECONDS}\r\nconnection: close\r\n\r\n${body}`;
};

/**
 * Holds `server` to `limits`. Returns the test a request handler makes first: true for a request
 * on a refused connection, which its 503 has answered already (node may parse a request the
 * client sent with its connection before the refusal closes it).
 */
export function limitConnections(server: http.Server, limits: ConnectionLimits): (socket: Socket) => boolean {
  server.maxConnections = limits.total + REFUSALS_IN_FLIGHT;
  const open = new Map<string, number>();
  let total = 0;
  const refused = new WeakSet<Socket>();
  server.on('connection', (socket: Socket) => {
    const key = clientKey(socket.remoteAddress);
    const fromClient = open.get(key) ?? 0;
    const over =
      total >= limits.total
        ? `the server holds its most connections (${limits.total}): try again in ${RETRY_AFTER_SECONDS} s`
        : fromClient >= limits.perClient
          ? `this address holds the most connections one client may (${limits.perClient}): reuse them, or try again in ${RETRY_AFTER_SECONDS} s`
          : null;
    if (over) {
      refused.add(socket);
      socket.on('error', () => socket.destroy());
      return void socket.end(refusal(over), () => socket.destroy());
    }
    total++;
    open.set(key, fromClient + 1);
    socket.once('close', () => {
      total--;
      const left = open.get(key)! - 1;
      if (left === 0) open.delete(key);
      else open.set(key, left);
    });
  });
  return (socket) => refused.has(socket);
}
