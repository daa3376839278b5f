// Page cursors: the sort key (the node id) of a page's last item, base64url-encoded so clients
// treat it as opaque and cannot build one by hand that silently means something else.
import { StoreInputError } from './errors.js';

export const encodeCursor = (id: string): string => Buffer.from(JSON.stringify({ id }), 'utf8').toString('base64url');

export function decodeCursor(cursor: string, where: string): string {
  const bad = () => new StoreInputError(`${where}: after "${cursor}" is not a cursor returned by this list (use endCursor of the previous page)`);
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  const id = (decoded as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || id === '') throw bad();
  return id;
}
