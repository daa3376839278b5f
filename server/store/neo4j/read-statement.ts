// How every read statement runs: on its own, in a session in READ mode (a read transaction that the
// server begins and commits around the one statement, routed to a reader through a neo4j:// URI).
// A statement costs one Bolt message pair and one socket write: RUN and PULL out, the records and
// SUCCESS back. An explicit transaction per request cost a BEGIN and a COMMIT more (two writes of
// a request's three to eight), and executeQuery does that per statement. A request's reads still
// see one graph: each names the generation its read view pinned (store.ts), and a transaction in
// Neo4j reads committed data statement by statement anyway, so sharing one bought no isolation.
// Statements asked for at once run at once, each on a connection of the pool (a session runs one
// auto-commit statement at a time).
import neo4j, { type Driver, type RecordShape } from 'neo4j-driver';

/** No statement here runs anywhere near this (the API's time limit is 10 s); a stuck one ends. */
const TIMEOUT_MS = 60_000;

/**
 * Calls fn with V8's stack capture off. The driver records a stack trace for every result it makes
 * (`new Error().stack`, to splice into a later failure's), which cost more of a request's CPU than
 * decoding its records; a failure still says what failed, and the store adds where.
 */
function withoutStackTrace<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export async function readStatement(driver: Driver, database: string | undefined, text: string, params: Record<string, unknown>): Promise<RecordShape[]> {
  const session = driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    // the bookmarks executeQuery keeps: a read after a write through the driver sees that write
    bookmarkManager: driver.executeQueryBookmarkManager,
    // a read's rows arrive in one PULL, however many
    fetchSize: -1,
    // the statements are fixed and checked by tests (EXPLAIN): the server need not report on each
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
  try {
    const { records } = await withoutStackTrace(() => session.run(text, params, { timeout: TIMEOUT_MS }));
    return records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}
