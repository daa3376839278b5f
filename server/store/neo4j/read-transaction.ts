// One read transaction for all the statements of a read view (one GraphQL request). Through
// executeQuery each statement cost a session, a BEGIN with it and a COMMIT after it: two Bolt
// round trips. Here the BEGIN goes out with the first statement, each later statement is one
// round trip (statements asked for at once are pipelined on the connection), and the COMMIT is
// sent when the view closes, after the answer has gone. The session routes to a reader (neo4j://).
import neo4j, { type Driver, type RecordShape, type Session, type Transaction } from 'neo4j-driver';

/**
 * A leaked view (never closed) must not hold a transaction open on the server for ever: it ends
 * after this. No request runs anywhere near it (the API's time limit is 10 s).
 */
const TIMEOUT_MS = 60_000;

export class ReadTransaction {
  private session: Session | null = null;
  private tx: Transaction | null = null;
  private closed = false;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  private open(): Transaction {
    if (this.tx?.isOpen()) return this.tx;
    void this.end();
    this.session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      // the bookmarks executeQuery keeps: a read after a write through the driver sees that write
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      // a read's rows arrive in one PULL, however many
      fetchSize: -1,
      // the statements are fixed and checked by tests (EXPLAIN): the server need not report on each
      notificationFilter: { minimumSeverityLevel: 'OFF' },
    });
    this.tx = this.session.beginTransaction({ timeout: TIMEOUT_MS });
    return this.tx;
  }

  /** Runs a statement; a statement that fails ends the transaction, and the next one opens another. */
  async run(text: string, params: Record<string, unknown>): Promise<RecordShape[]> {
    if (this.closed) {
      // a resolver still running when its response has gone (the client left, or the time limit
      // passed) opens no transaction that nobody would end: it reads on its own
      const { records } = await this.driver.executeQuery(text, params, { routing: neo4j.routing.READ, database: this.database });
      return records.map((r) => r.toObject());
    }
    const tx = this.open();
    try {
      const { records } = await tx.run(text, params);
      return records.map((r) => r.toObject());
    } catch (err) {
      if (this.tx === tx) await this.end();
      throw err;
    }
  }

  /** Ends the transaction for good: the view's request is over. */
  async close(): Promise<void> {
    this.closed = true;
    await this.end();
  }

  /** Ends the transaction (it only read: a commit and a rollback are the same) and frees the connection. */
  private async end(): Promise<void> {
    const { session, tx } = this;
    this.session = null;
    this.tx = null;
    try {
      if (tx?.isOpen()) await tx.commit();
    } catch {
      // a failed commit of reads loses nothing; the session still goes back
    } finally {
      await session?.close();
    }
  }
}
