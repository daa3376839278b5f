// The embedded engine: one better-sqlite3 connection in WAL mode. Lists of ids travel as one JSON
// parameter read with json_each, so a call with thousands of ids is one statement whatever
// SQLite's parameter limit.
import Database from 'better-sqlite3';
import { type GraphBatch, type GraphNode, type GraphRel, type NodeKind, type RelType } from '../../domain/model.js';
import type {
  ExpandQuery,
  GraphStats,
  GraphStore,
  ListQuery,
  ReadViewOptions,
  Page,
  SearchHit,
  SearchQuery,
  TraverseQuery,
  TraverseResult,
  WriteOptions,
  WalkQuery,
} from '../contract.js';
import type { WalkResult } from '../../domain/walk.js';
import { walkByExpand } from '../walk-by-expand.js';
import { checkBatch, missingEndsError } from '../batch.js';
import { statsOf } from '../stats.js';
import { encodeCursor } from '../cursor.js';
import { StoreUnavailableError } from '../errors.js';
import { rankedSearch } from '../rank.js';
import type { SearchIndex } from '../search-streams.js';
import { SqliteSearchBlocks } from './search-blocks.js';
import { expandToFarEnds } from '../far-ends.js';
import { breadthFirst } from '../traverse.js';
import { checkDepth, checkExpand, checkFirst, checkIds, checkKinds, checkList, checkWalk, type ExpandArgs, type ListArgs } from '../validate.js';
import { NODE_COLUMNS, REL_COLUMNS, toNode, toRel, withoutEvidence, type NodeRow, type RelRow } from './rows.js';
import { RowWriter } from './row-writer.js';
import { createIndexes, dropIndexes } from './schema.js';
import { openDatabase } from './connection.js';
import { listCondition, listParams, type ListParams } from './list-sql.js';
import { EXPAND_SQL, FAR_SQL, IN_IDS, type ExpandParams } from './statements.js';

const MAX_CACHED_LISTS = 200;
const MAX_IDLE_VIEWS = 8;

export class SqliteStore implements GraphStore {
  readonly engine = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly listStatements = new Map<string, ListStatements>();

  /** Connections of finished read views, reused by the next (each keeps its prepared statements). */
  private readonly idle: SqliteStore[] = [];
  private reading = false;

  /** `owner`: this is a read view's own connection to the owner's file; `evidence`: its option. */
  constructor(
    readonly file: string,
    private readonly owner: SqliteStore | null = null,
    private readonly evidence = true,
  ) {
    this.db = openDatabase(file, !owner);
  }

  private get live(): Database.Database {
    if (!this.db.open) throw new StoreUnavailableError(`the SQLite store at ${this.file} is closed`);
    return this.db;
  }

  /** Reads return raw rows (arrays in the order of NODE_COLUMNS / REL_COLUMNS): cheaper than objects. */
  private reader<P extends object, R>(sql: string) {
    return this.live.prepare<P, R>(this.evidence ? sql : withoutEvidence(sql)).raw(true);
  }

  /** Each made for the store that runs it (stmt): a view without evidence has its own (readView). */
  private readonly sql = {
    nodesById: (s: SqliteStore) => s.reader<{ ids: string }, NodeRow>(`SELECT ${NODE_COLUMNS} FROM nodes n WHERE ${IN_IDS('n.id', 'ids')}`),
    relsById: (s: SqliteStore) => s.reader<{ ids: string }, RelRow>(`SELECT ${REL_COLUMNS} FROM rels r WHERE ${IN_IDS('r.id', 'ids')}`),
    expand: {
      out: (s: SqliteStore) => s.reader<ExpandParams, RelRow>(EXPAND_SQL.out),
      in: (s: SqliteStore) => s.reader<ExpandParams, RelRow>(EXPAND_SQL.in),
      both: (s: SqliteStore) => s.reader<ExpandParams, RelRow>(EXPAND_SQL.both),
    },
    expandFar: {
      out: (s: SqliteStore) => s.reader<ExpandParams & { far: string }, RelRow>(FAR_SQL.out),
      in: (s: SqliteStore) => s.reader<ExpandParams & { far: string }, RelRow>(FAR_SQL.in),
    },
    graphVersion: (s: SqliteStore) => s.live.prepare<[], string>("SELECT value FROM meta WHERE key = 'graph_version'").pluck(),
    bumpVersion: (s: SqliteStore) =>
      s.live.prepare(
        "INSERT INTO meta (key, value) VALUES ('graph_version', '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
      ),
    missing: (s: SqliteStore) =>
      s.live.prepare<[string], { id: string }>(
        'SELECT j.value AS id FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM nodes WHERE id = j.value)',
      ),
    countNodes: (s: SqliteStore) => s.live.prepare<[], { kind: NodeKind; count: number }>('SELECT kind, count(*) AS count FROM nodes GROUP BY kind'),
    countRels: (s: SqliteStore) => s.live.prepare<[], { type: RelType; count: number }>('SELECT type, count(*) AS count FROM rels GROUP BY type'),
  };

  // Statements are prepared once, on first use.
  private readonly prepared = new Map<(s: SqliteStore) => unknown, unknown>();
  private stmt<S>(make: (s: SqliteStore) => S): S {
    if (!this.prepared.has(make)) this.prepared.set(make, make(this));
    return this.prepared.get(make) as S;
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    const list = checkIds(ids, 'getNodes');
    if (list.length === 0) return [];
    const found = new Map<string, GraphNode>();
    for (const row of this.stmt(this.sql.nodesById).all({ ids: JSON.stringify(list) })) found.set(row[0], toNode(row));
    return list.map((id) => found.get(id) ?? null);
  }

  /** The nodes stored now with these ids (those that exist), read inside a write. */
  private nodesNow(ids: readonly string[]): GraphNode[] {
    return ids.length ? this.stmt(this.sql.nodesById).all({ ids: JSON.stringify(ids) }).map(toNode) : [];
  }

  async getRels(ids: readonly string[]): Promise<(GraphRel | null)[]> {
    const list = checkIds(ids, 'getRels');
    if (list.length === 0) return [];
    const found = new Map<string, GraphRel>();
    for (const row of this.stmt(this.sql.relsById).all({ ids: JSON.stringify(list) })) found.set(row[0], toRel(row));
    return list.map((id) => found.get(id) ?? null);
  }

  async expand(q: ExpandQuery): Promise<GraphRel[]> {
    return this.expandChecked(checkExpand(q, 'expand'));
  }

  private async expandChecked(a: ExpandArgs): Promise<GraphRel[]> {
    if (a.ids.length === 0 || a.types?.length === 0 || a.farPartnerships?.length === 0) return [];
    const params = { ids: JSON.stringify(a.ids), types: a.types ? JSON.stringify(a.types) : null, asOfStart: a.period.start, asOfEnd: a.period.end };
    if (a.farPartnerships === null) return this.stmt(this.sql.expand[a.direction]).all(params).map(toRel);
    return expandToFarEnds({ ...a, farPartnerships: a.farPartnerships }, async (one) =>
      this.stmt(this.sql.expandFar[one.direction])
        .all({ ...params, far: JSON.stringify(one.farPartnerships) })
        .map(toRel),
    );
  }

  async traverse(q: TraverseQuery): Promise<TraverseResult> {
    const maxDepth = checkDepth(q.maxDepth, 'traverse');
    return breadthFirst(checkExpand(q, 'traverse'), maxDepth, (a) => this.expandChecked(a));
  }

  async walk(q: WalkQuery): Promise<WalkResult> {
    return walkByExpand(this, checkWalk(q));
  }

  async listNodes(q: ListQuery): Promise<Page<GraphNode>> {
    const a = checkList(q);
    const { page, count } = this.listStatement(a);
    const params = listParams(a);
    const totalCount = a.count ? count.get(params)! : null;
    const rows = page.all({ ...params, ...(a.after !== null ? { after: a.after } : {}), limit: a.first + 1 });
    const items = rows.slice(0, a.first).map(toNode);
    const last = items.at(-1);
    return { items, endCursor: last ? encodeCursor(last.id) : null, hasNextPage: rows.length > a.first, totalCount };
  }

  private listStatement(a: ListArgs): ListStatements {
    const cond = listCondition(a);
    // A separate statement after a cursor lets SQLite seek the id index instead of filtering.
    const key = `${cond}|${a.after !== null}`;
    let s = this.listStatements.get(key);
    if (!s) {
      if (this.listStatements.size >= MAX_CACHED_LISTS) this.listStatements.clear();
      const seek = a.after !== null ? ' AND n.id > @after' : '';
      s = {
        count: this.live.prepare<[ListParams], number>(`SELECT count(*) FROM nodes n WHERE ${cond}`).pluck(),
        page: this.reader<[ListParams], NodeRow>(`SELECT ${NODE_COLUMNS} FROM nodes n WHERE ${cond}${seek} ORDER BY n.id LIMIT @limit`),
      };
      this.listStatements.set(key, s);
    }
    return s;
  }

  private readonly searchBlocks = new SqliteSearchBlocks(() => this.live);
  private readonly rows = new RowWriter(() => this.live);

  async search(q: SearchQuery): Promise<SearchHit[]> {
    const first = checkFirst(q.first, 'search');
    const kinds = checkKinds(q.kinds, 'search');
    if (kinds?.length === 0) return [];
    return rankedSearch({ text: typeof q.text === 'string' ? q.text : '', first, after: q.after, kinds: kinds && new Set(kinds) }, this.searchIndex());
  }

  /** Search's index as rank.ts reads it (tests count its reads). */
  searchIndex(): SearchIndex {
    return this.searchBlocks.reader((ids) => this.getNodes(ids));
  }

  /**
   * In WAL mode a read transaction on a connection of its own sees one snapshot, taken at its first
   * read, until it ends, whatever other connections and processes commit meanwhile. An in-memory
   * database cannot be opened twice: its view reads the store itself.
   */
  async readView(options: ReadViewOptions = {}): Promise<GraphStore> {
    if (this.owner) return this;
    const evidence = options.evidence ?? true;
    if (this.file === ':memory:') {
      const close = { value: async () => undefined };
      // without evidence its statements are others, so it prepares and keeps its own
      return Object.create(this, evidence ? { close } : { close, evidence: { value: false }, prepared: { value: new Map() }, listStatements: { value: new Map() } }) as GraphStore;
    }
    const i = this.idle.findIndex((v) => v.evidence === evidence);
    const view = i >= 0 ? this.idle.splice(i, 1)[0]! : new SqliteStore(this.file, this, evidence);
    view.begin();
    return view;
  }

  private begin(): void {
    this.live.exec('BEGIN');
    this.reading = true;
  }

  private end(): void {
    if (this.reading && this.db.open) this.live.exec('COMMIT');
    this.reading = false;
  }

  async writeBatch(batch: GraphBatch, opts: WriteOptions = {}): Promise<void> {
    if (this.owner) {
      this.end();
      await this.owner.writeBatch(batch, opts);
      return this.begin();
    }
    const outside = checkBatch(batch);
    if (opts.replace && outside.length) throw missingEndsError(batch, new Set(outside));
    const db = this.live;
    db.transaction(() => {
      if (opts.replace) {
        db.exec('DELETE FROM rels; DELETE FROM evidence; DELETE FROM nodes;');
        dropIndexes(db);
      } else if (outside.length) {
        const missing = this.stmt(this.sql.missing).all(JSON.stringify(outside));
        if (missing.length) throw missingEndsError(batch, new Set(missing.map((m) => m.id)));
      }
      if (opts.replace) this.searchBlocks.seed(batch.nodes);
      else this.searchBlocks.update(this.nodesNow(batch.nodes.map((n) => n.id)), batch.nodes);
      this.rows.writeNodes(batch.nodes, !opts.replace);
      this.rows.writeRels(batch.rels, !opts.replace);
      if (opts.replace) createIndexes(db);
      this.stmt(this.sql.bumpVersion).run();
    }).immediate();
  }

  async graphVersion(): Promise<string> {
    return this.stmt(this.sql.graphVersion).get() ?? '0';
  }

  async stats(): Promise<GraphStats> {
    const kinds = new Map(this.stmt(this.sql.countNodes).all().map((r) => [r.kind, r.count]));
    const types = new Map(this.stmt(this.sql.countRels).all().map((r) => [r.type, r.count]));
    return statsOf(kinds, types);
  }

  async ping(): Promise<void> {
    this.live.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    if (this.owner) {
      if (!this.reading) return; // released already
      this.end();
      if (this.owner.db.open && this.owner.idle.length < MAX_IDLE_VIEWS) this.owner.idle.push(this);
      else this.db.close();
      return;
    }
    for (const view of this.idle.splice(0)) view.db.close();
    this.db.pragma('optimize');
    this.db.close();
  }
}

interface ListStatements {
  page: Database.Statement<[ListParams], NodeRow>;
  count: Database.Statement<[ListParams], number>;
}

export function openSqliteStore(file: string): SqliteStore {
  return new SqliteStore(file);
}
