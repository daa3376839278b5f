// HTTP/1.1 written by hand on a TCP connection: what fetch and node:http refuse to send (pipelined
// requests, bodies that stall, malformed framing, oversized heads, CONNECT). Each exchange ends
// when the server closes the connection (or, for `hangUp`, when the client does): a server that
// hangs holds the test until vitest's timeout, never a timed assertion.
import net from 'node:net';

export interface Exchange {
  /** everything the server sent, read as latin1 (HTTP heads are) */
  text: string;
  /** the status of each answer, in order (a 100 Continue included) */
  statuses: number[];
}

// not anchored to a line: a pipelined answer follows the last one's body, which ends in no newline
const statusesOf = (text: string): number[] => [...text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));

export interface Writes {
  /** written in turn, each once the last has been handed to the kernel */
  parts: (string | Buffer)[];
  /** a pause between parts, for a client that sends its body slowly */
  pauseMs?: number;
  /** the client gives up: closes the connection after the last part, or once this settles, instead of waiting for the server to */
  hangUp?: true | Promise<unknown>;
  /**
   * for a client still sending when the server answers and closes (a body cut short): it stops
   * writing at the first byte of an answer, and a reset of the connection after that (its last
   * bytes reaching a closed socket) ends the exchange as a close does
   */
  untilAnswered?: true;
  /** the local address to connect from (any 127.x.y.z on Linux's loopback): another client, as the server counts them */
  from?: string;
}

/** Sends `what` to the server at `url` on a fresh connection and gathers its answers. */
export function exchange(url: string, what: string | Writes): Promise<Exchange> {
  const { parts, pauseMs, hangUp, untilAnswered, from } = typeof what === 'string' ? ({ parts: [what] } as Writes) : what;
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port: Number(port), host: hostname, localAddress: from });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => (text += d));
    socket.on('error', (err) => (untilAnswered && text ? resolve({ text, statuses: statusesOf(text) }) : reject(err)));
    socket.on('close', () => resolve({ text, statuses: statusesOf(text) }));
    socket.on('connect', async () => {
      for (const [i, part] of parts.entries()) {
        if (i > 0 && pauseMs) await new Promise((done) => setTimeout(done, pauseMs));
        if (untilAnswered && (text || socket.destroyed)) break;
        await new Promise<void>((done) => socket.write(part, () => done()));
      }
      if (hangUp === true) socket.destroy();
      else if (hangUp) void hangUp.finally(() => socket.destroy());
    });
  });
}

/** A request's head and body, its Content-Length counted (`length` overrides it, as a lying client would). */
export function request(method: string, target: string, headers: Record<string, string>, body = '', length?: number): string {
  const lines = Object.entries({ host: 'govgraph.test', ...headers, ...(body || length !== undefined ? { 'content-length': String(length ?? Buffer.byteLength(body)) } : {}) });
  return `${method} ${target} HTTP/1.1\r\n${lines.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body}`;
}
