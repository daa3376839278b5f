// The one-line error that says a Neo4j server cannot be reached, naming its URI.
import { StoreUnavailableError } from '../errors.js';

export const firstLine = (err: unknown): string | undefined => String((err as Error)?.message ?? err).split('\n')[0];

/** Driver errors that mean "cannot reach the server" become one line naming the URI; others pass. */
export function unreachable(err: unknown, uri: string): unknown {
  const code = (err as { code?: string })?.code;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new StoreUnavailableError(`cannot reach Neo4j at ${uri}: ${firstLine(err)}`);
  }
  return err;
}
