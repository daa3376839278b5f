// A lean client for latency runs: POSTs with node:http over one keep-alive connection, the answer
// read as bytes and decompressed as the server encoded it. Node's fetch (undici) spent 1.3-1.7 ms of
// CPU per request of the api part's size (its streams, headers and body mixins), time that counted
// as the server's latency when client and server shared a process and an event loop. It asks for
// gzip and deflate, as Node's fetch does, so the server compresses the same answers as it did for it.
import http from 'node:http';
import zlib from 'node:zlib';

export interface Answer {
  status: number;
  /** the body, decompressed, as text */
  text: string;
}

const decode = (body: Buffer, encoding: string | undefined): Buffer =>
  encoding === 'gzip' ? zlib.gunzipSync(body) : encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'deflate' ? zlib.inflateSync(body) : body;

export class KeepAliveClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly url: URL;

  constructor(url: string) {
    this.url = new URL(url);
  }

  /** A JSON body POSTed; resolves with the whole answer. */
  post(json: string): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          path: this.url.pathname + this.url.search,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json), 'accept-encoding': 'gzip, deflate' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            try {
              resolve({ status: res.statusCode ?? 0, text: decode(Buffer.concat(chunks), res.headers['content-encoding']).toString('utf8') });
            } catch (err) {
              reject(err as Error);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(json);
    });
  }

  /** Closes the kept connection. */
  close(): void {
    this.agent.destroy();
  }
}
