// The one-line error that says a Neo4j server cannot be reached, naming its URI.
import { StoreUnavailableError } from '../errors.js';

export const firstLine = (err: unknown): string | undefined => String((err as Error)?.message ?? err).split('\n')[0];

/** Driver errors that mean "cannot reach the server" (or the store is closed) become one line naming the URI; others pass. */
export function unreachable(err: unknown, uri: string): unknown {
  const code = (err as { code?: string })?.code;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new StoreUnavailableError(`cannot reach Neo4j at ${uri}: ${firstLine(err)}`);
  }
  // a store used after its close(): the driver says so only in words (its error has no code)
  if (firstLine(err)?.startsWith('Pool is closed')) return new StoreUnavailableError(`the Neo4j store at ${uri} is closed`);
  return err;
}
