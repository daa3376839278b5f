// Which request bodies the server reads: JSON in UTF-8, unencoded. Anything else is refused with
// 415 before a byte is read, on every route that takes a body (graphql-route.ts and any other).
import type { IncomingMessage } from 'node:http';

export interface Refusal {
  status: 415;
  message: string;
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

/** Why a body will not be read (content type, charset or encoding), or null when it will. */
export function refusedBody(req: IncomingMessage): Refusal | null {
  // what clients send, read without splitting it up
  const given = req.headers['content-type'];
  if ((given === 'application/json' || given === 'application/json; charset=utf-8') && req.headers['content-encoding'] === undefined) return null;
  const [type, ...params] = (header(req, 'content-type') ?? '').split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return { status: 415, message: `content-type must be application/json, not ${type || 'absent'}` };
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/^"|"$/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return { status: 415, message: `charset ${charset} is not accepted; send application/json in utf-8` };
  }
  const encoding = header(req, 'content-encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') return { status: 415, message: `content-encoding ${encoding} is not accepted; send the body unencoded` };
  return null;
}
