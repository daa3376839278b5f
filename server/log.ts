// Structured logs: one JSON object per line (pino) on stdout, with the time, the level and the
// message, and for each HTTP request its id, operation name, status and duration. LOG_LEVEL
// (default info) sets the threshold; "silent" turns logging off.
import pino, { type DestinationStream } from 'pino';
import type { Logger } from './graphql/server.js';

export function jsonLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL || 'info'): Logger {
  const log = pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  return {
    info: (message) => log.info(message),
    error: (message) => log.error(message),
    request: (entry) => log.info(entry, 'request'),
  };
}
