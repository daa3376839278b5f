// Page cursors: the sort key (the node id) of a page's last item, base64url-encoded so clients
// treat it as opaque and cannot build one by hand that silently means something else.
import { StoreInputError } from './errors.js';
import { EXACT } from './search-tiers.js';

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

/** A search hit's cursor: its tier and rank key (search-index.ts), the place the next page starts after. */
export const encodeSearchCursor = (tier: number, rank: string): string => Buffer.from(JSON.stringify({ tier, rank }), 'utf8').toString('base64url');

export function decodeSearchCursor(cursor: string, where: string): { tier: number; rank: string } {
  const bad = () => new StoreInputError(`${where}: after "${cursor}" is not a cursor returned by this search (use the cursor of its last hit)`);
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  let decoded: { tier?: unknown; rank?: unknown } | null;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as typeof decoded;
  } catch {
    throw bad();
  }
  const { tier, rank } = decoded ?? {};
  if (typeof tier !== 'number' || !Number.isInteger(tier) || tier < 0 || tier > EXACT || typeof rank !== 'string' || rank === '') throw bad();
  return { tier, rank };
}
