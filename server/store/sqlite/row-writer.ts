// Writes a batch's nodes and lines, with their evidence, inside the store's write transaction.
import type Database from 'better-sqlite3';
import type { GraphNode, GraphRel } from '../../domain/model.js';
import { nodeInsert, nodeValues, relInsert, relValues } from './rows.js';

/** Binary order, as SQLite compares keys. */
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Evidenced = GraphNode | GraphRel;

export class RowWriter {
  private statements: ReturnType<RowWriter['prepare']> | null = null;

  constructor(private readonly db: () => Database.Database) {}

  private prepare(db: Database.Database) {
    return {
      insertNode: db.prepare<unknown[]>(nodeInsert(false)),
      upsertNode: db.prepare<unknown[]>(nodeInsert(true)),
      nodeSeq: db.prepare<[string], number>('SELECT seq FROM nodes WHERE id = ?').pluck(),
      insertRel: db.prepare<unknown[]>(relInsert(false)),
      upsertRel: db.prepare<unknown[]>(relInsert(true)),
      relSeq: db.prepare<[string], number>('SELECT seq FROM rels WHERE id = ?').pluck(),
      insertEvidence: db.prepare<[string, number, number, string, string, string, string, string | null]>(
        'INSERT INTO evidence (owner_kind, owner, ord, source, locator, quote, basis, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      deleteEvidence: db.prepare<[string, number]>('DELETE FROM evidence WHERE owner_kind = ? AND owner = ?'),
    };
  }

  private get sql() {
    return (this.statements ??= this.prepare(this.db()));
  }

  /**
   * Rows go in key order, so B-trees grow at their right edge instead of splitting pages all over.
   * `upsert`: a row may exist, so it keeps its seq and its evidence is cleared first.
   */
  writeNodes(nodes: readonly GraphNode[], upsert: boolean): void {
    const sql = this.sql;
    for (const n of [...nodes].sort((a, b) => byKey(a.id, b.id))) {
      const old = upsert ? sql.nodeSeq.get(n.id) : undefined;
      const seq = Number((upsert ? sql.upsertNode : sql.insertNode).run(...nodeValues(old ?? null, n)).lastInsertRowid);
      this.writeEvidence('node', seq, n, old !== undefined);
    }
  }

  // Ids start with "from TYPE " and slug characters sort after the space, so id order is (from, type) order.
  writeRels(rels: readonly GraphRel[], upsert: boolean): void {
    const sql = this.sql;
    for (const r of [...rels].sort((a, b) => byKey(a.id, b.id))) {
      const old = upsert ? sql.relSeq.get(r.id) : undefined;
      const seq = Number((upsert ? sql.upsertRel : sql.insertRel).run(...relValues(old ?? null, r)).lastInsertRowid);
      this.writeEvidence('rel', seq, r, old !== undefined);
    }
  }

  private writeEvidence(owner: 'node' | 'rel', seq: number, item: Evidenced, existed: boolean): void {
    if (existed) this.sql.deleteEvidence.run(owner, seq);
    item.evidence.forEach((e, i) => this.sql.insertEvidence.run(owner, seq, i, e.source, e.locator, e.quote, e.basis, e.note ?? null));
  }
}
