// The Neo4j engine's reads (neo4j-driver 6, Neo4j 5.26+). Every read is one statement in a read
// session (read-statement.ts) and names the generation of the graph it reads (generation-reads.ts):
// the current one, or the one a read view (one per GraphQL request) pinned with its first read. A
// view keeps the nodes it has read, and reads as much of each as its request needs (Detail in
// cypher-reads.ts). Writes are in writes.ts; connecting in connect.ts. Every statement is made in cypher.ts.
import neo4j, { type Driver, type RecordShape } from 'neo4j-driver';
import { type GraphBatch, type GraphNode, type GraphRel, type NodeKind, type RelType } from '../../domain/model.js';
import type {
  ExpandQuery,
  GraphStats,
  GraphStore,
  ListQuery,
  Page,
  ReadViewOptions,
  SearchHit,
  SearchQuery,
  TraverseQuery,
  TraverseResult,
  WalkQuery,
  WriteOptions,
} from '../contract.js';
import type { WalkResult } from '../../domain/walk.js';
import { walkByExpand } from '../walk-by-expand.js';
import { checkBatch, missingEndsError } from '../batch.js';
import { statsOf } from '../stats.js';
import { encodeCursor } from '../cursor.js';
import { rankedSearch } from '../rank.js';
import type { SearchIndex } from '../search-streams.js';
import { searchReader } from './search-blocks.js';
import { expandToFarEnds } from '../far-ends.js';
import { breadthFirst, fromLevels } from '../traverse.js';
import { checkDepth, checkExpand, checkFirst, checkIds, checkKinds, checkList, checkWalk, type ExpandArgs } from '../validate.js';
import { nodeFrom, relFrom, type ReadValue } from './codec.js';
import * as C from './cypher.js';
import type { Statement } from './cypher.js';
import type { Detail } from './cypher-reads.js';
import type { Neo4jConfig } from './connect.js';
import { GenerationReads, type LastPinned, type Params } from './generation-reads.js';
import { unreachable } from './unreachable.js';
import { readStatement } from './read-statement.js';
import { Writer } from './writes.js';

export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  private readonly writer: Writer;
  /** Whether this is a read view (one per request), not the store itself. */
  private readonly view: boolean;
  /** How much of each node and line reads bring (a view's options; everything for the store itself). */
  private readonly detail: Detail;
  private readonly reads: GenerationReads;
  /**
   * A read view's nodes read so far, by id: its generation never changes under it, so a node
   * read once (by getNodes, or as the end of a line, a walk or a traversal) is not asked again.
   */
  private seen: Map<string, GraphNode> | null;

  constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jConfig,
    view = false,
    options: ReadViewOptions = {},
    /** The generation the latest view pinned, shared by the store and its views (generation-reads.ts). */
    private readonly lastPinned: LastPinned = { g: null },
  ) {
    this.writer = new Writer(driver, config.database);
    this.view = view;
    this.detail = options.evidence ?? true ? 'full' : options.text ?? true ? 'no-evidence' : 'core';
    this.seen = view ? new Map() : null;
    this.reads = new GenerationReads((text, params) => this.query(text, params), view, lastPinned);
  }

  private async query(text: string, params: Record<string, unknown>): Promise<RecordShape[]> {
    try {
      return await readStatement(this.driver, this.config.database, text, params);
    } catch (err) {
      throw unreachable(err, this.config.uri);
    }
  }

  private read<P extends string>(s: Statement<P>, params: Params<P>): Promise<RecordShape[]> {
    return this.reads.read(s, params);
  }

  /**
   * A view whose reads all see the generation current at its first read, and whose graphVersion is the
   * version then; writes through it go to the store, then it reads theirs. Its close() holds
   * nothing to end (never the driver, which is the store's).
   */
  async readView(options?: ReadViewOptions): Promise<GraphStore> {
    return this.view ? this : new Neo4jStore(this.driver, this.config, true, options, this.lastPinned);
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    return this.nodes(checkIds(ids, 'getNodes'), this.detail);
  }

  /**
   * Nodes by id, with at least `detail`: a view without text keeps nodes without it, so a read that
   * needs text (search's ranking reads it) asks again for those it has, and keeps them with it.
   */
  private async nodes(list: readonly string[], detail: Detail): Promise<(GraphNode | null)[]> {
    if (list.length === 0) return [];
    const kept = this.seen ?? new Map<string, GraphNode>();
    const found = detail === this.detail ? kept : new Map<string, GraphNode>();
    const missing = [...new Set(list)].filter((id) => !found.has(id));
    if (missing.length > 0) {
      for (const r of await this.read(C.getNodesStatement(detail), { ids: missing })) {
        const node = nodeFrom(r.node, detail === 'full');
        found.set(node.id, node);
        kept.set(node.id, node);
      }
    }
    return list.map((id) => found.get(id) ?? null);
  }

  private relOf(r: RecordShape): GraphRel {
    return relFrom(r.rel, r.type, r.from, r.to, this.detail === 'full');
  }

  /** A line as lineList (cypher-reads.ts) returns it: the relationship, its type, its ends' ids, then any more. */
  private lineFrom(line: readonly unknown[]): GraphRel {
    return relFrom(line[0] as ReadValue, line[1] as string, line[2] as string, line[3] as string, this.detail === 'full');
  }

  /** The lines of a statement that returns them with their ends (`rels`, `ends`), whose ends a read view keeps. */
  private linesKeepingEnds(row: RecordShape | undefined): unknown[][] {
    this.keep(((row?.ends ?? []) as ReadValue[]).map((end) => nodeFrom(end, this.detail === 'full')));
    return (row?.rels ?? []) as unknown[][];
  }

  async getRels(ids: readonly string[]): Promise<(GraphRel | null)[]> {
    const list = checkIds(ids, 'getRels');
    if (list.length === 0) return [];
    const found = new Map<string, GraphRel>();
    for (const r of await this.read(C.getRelsStatement(this.detail), { ids: [...new Set(list)] })) {
      const rel = this.relOf(r);
      found.set(rel.id, rel);
    }
    return list.map((id) => found.get(id) ?? null);
  }

  async expand(q: ExpandQuery): Promise<GraphRel[]> {
    return this.expandChecked(checkExpand(q, 'expand'));
  }

  private async expandChecked(a: ExpandArgs): Promise<GraphRel[]> {
    if (a.ids.length === 0 || a.types?.length === 0 || a.farPartnerships?.length === 0) return [];
    const params = { ids: a.ids, asOfStart: a.period.start, asOfEnd: a.period.end };
    if (a.farPartnerships === null) {
      const [row] = await this.read(C.expandStatement(a.direction, a.types, this.detail), params);
      return this.linesKeepingEnds(row).map((l) => this.lineFrom(l));
    }
    return expandToFarEnds({ ...a, farPartnerships: a.farPartnerships }, async (one) =>
      (await this.read(C.expandFarStatement(one.direction, one.types, this.detail), { ...params, far: one.farPartnerships })).map((r) => this.relOf(r)),
    );
  }

  async traverse(q: TraverseQuery): Promise<TraverseResult> {
    const maxDepth = checkDepth(q.maxDepth, 'traverse');
    const a = checkExpand(q, 'traverse');
    // lines to far partnerships only: level by level, as SQLite does
    if (a.farPartnerships !== null) return breadthFirst(a, maxDepth, (x) => this.expandChecked(x));
    if (a.ids.length === 0 || a.types?.length === 0) return fromLevels(a.ids, []);
    const [row] = await this.read(C.traverseStatement(a.direction, a.types, maxDepth, this.detail), { ids: a.ids, asOfStart: a.period.start, asOfEnd: a.period.end });
    return fromLevels(a.ids, this.linesKeepingEnds(row).map((l) => ({ rel: this.lineFrom(l), level: Number(l[4]) })));
  }

  async walk(q: WalkQuery): Promise<WalkResult> {
    const a = checkWalk(q);
    if (a.types.length === 0 || a.rootIds.length === 0) return walkByExpand(this, a);
    const [row] = await this.read(C.walkStatement(a.types, a.depth, this.detail, a.planBodies), { ids: a.rootIds, asOfStart: a.period.start, asOfEnd: a.period.end });
    const full = this.detail === 'full';
    const found = ((row?.levels ?? []) as ReadValue[][]).flatMap((level, depth) => level.map((n) => ({ node: nodeFrom(n, full), depth })));
    // roots first, in the order given, then level by level, by id within a level (as domain/walk.ts)
    const rootOrder = new Map(a.rootIds.map((id, i) => [id, i]));
    found.sort((x, y) => x.depth - y.depth || (rootOrder.get(x.node.id) ?? 0) - (rootOrder.get(y.node.id) ?? 0) || (x.node.id < y.node.id ? -1 : 1));
    const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
    const all = ((row?.rels ?? []) as unknown[][]).map((l) => this.lineFrom(l)).sort(byId);
    const missing = ((row?.missing ?? []) as ReadValue[]).map((n) => nodeFrom(n, full)).sort(byId);
    if (this.seen) for (const n of [...found.map((r) => r.node), ...missing]) this.seen.set(n.id, n);
    const nodes = new Map(found.map((r) => [r.node.id, r]));
    if (!a.planBodies) return { nodes, rels: all };
    // the lines of the bodies the walk missed came with its own
    const walked = (r: GraphRel) => nodes.has(r.from) && nodes.has(r.to);
    return { nodes, rels: all.filter(walked), planBodies: { missing, lines: all.filter((r) => !walked(r)) } };
  }

  async listNodes(q: ListQuery): Promise<Page<GraphNode>> {
    const a = checkList(q);
    const shape = { kinds: a.kinds !== null, partnership: a.partnership !== null, ids: a.ids !== null, text: a.text !== null, props: a.props.length > 0, after: a.after !== null };
    // only the filters present travel, as the statement names only those
    const filter = {
      asOfStart: a.period.start,
      asOfEnd: a.period.end,
      ...(shape.kinds ? { kinds: a.kinds } : {}),
      ...(shape.partnership ? { partnership: a.partnership } : {}),
      ...(shape.ids ? { ids: a.ids } : {}),
      ...(shape.text ? { text: a.text } : {}),
      ...(shape.props ? { props: a.props.map((f) => ({ key: f.key, op: f.op, value: f.value })) } : {}),
    } as Params<C.ListParam>;
    const pageStatement = C.listStatement(shape, 'page', this.detail);
    const pageParams = { ...filter, ...(shape.after ? { after: a.after } : {}), limit: neo4j.int(a.first + 1) };
    const [count, rows] = await Promise.all([
      a.count ? this.read(C.listStatement(shape, 'count'), filter) : null,
      // the nodes the filter names come with the page (a view keeps them): its rows follow
      a.named.length > 0 ? this.read(C.withNamedStatement(pageStatement, this.detail), { ...pageParams, named: a.named }) : this.read(pageStatement, pageParams),
    ]);
    this.keep(((rows[0]?.namedNodes ?? []) as ReadValue[]).map((n) => nodeFrom(n, this.detail === 'full')));
    const page = rows.filter((r) => r.node !== null && r.node !== undefined);
    const items = page.slice(0, a.first).map((r) => nodeFrom(r.node, this.detail === 'full'));
    if (this.seen) for (const n of items) this.seen.set(n.id, n);
    const last = items.at(-1);
    return {
      items,
      endCursor: last ? encodeCursor(last.id) : null,
      hasNextPage: page.length > a.first,
      totalCount: count ? Number(count[0]?.total ?? 0) : null,
    };
  }

  async search(q: SearchQuery): Promise<SearchHit[]> {
    const first = checkFirst(q.first, 'search');
    const kinds = checkKinds(q.kinds, 'search');
    if (kinds?.length === 0) return [];
    return rankedSearch({ text: typeof q.text === 'string' ? q.text : '', first, after: q.after, kinds: kinds && new Set(kinds) }, await this.searchIndex(first));
  }

  /**
   * Search's index as rank.ts reads it, in this store's generation (tests count its reads), for a
   * page of `first` hits: the opening read brings the nodes of its likely hits (search-blocks.ts).
   */
  async searchIndex(first = 20): Promise<SearchIndex> {
    // its ranking reads the text of the nodes it ranks (rank.ts), whatever the request asks: the
    // opening read brings it beside a core node's fields (nodeWithText), a read of nodes by id with the rest
    const detail = this.detail === 'core' ? 'no-evidence' : this.detail;
    const nodes = {
      detail: this.detail,
      nodes: (ids: readonly string[]) => this.nodes(checkIds(ids, 'search'), detail),
      keep: (values: readonly ReadValue[]) => this.keep(values.map((v) => nodeFrom(v, detail === 'full'))),
    };
    return searchReader((s, params) => this.query(s.text, params), (read) => this.reads.adopt(read), nodes, first);
  }

  /** Nodes another read brought, kept by a read view as the ones it reads (nodes()). */
  private keep(nodes: GraphNode[]): GraphNode[] {
    if (this.seen) for (const n of nodes) this.seen.set(n.id, n);
    return nodes;
  }

  async writeBatch(batch: GraphBatch, opts: WriteOptions = {}): Promise<void> {
    const outside = checkBatch(batch);
    if (opts.replace && outside.length) throw missingEndsError(batch, new Set(outside));
    try {
      if (opts.replace) await this.writer.seed(batch);
      else await this.writer.upsert(batch, outside);
    } catch (err) {
      throw unreachable(err, this.config.uri);
    }
    if (this.view) {
      this.reads.forget();
      this.seen = new Map();
    }
  }

  async graphVersion(): Promise<string> {
    return this.reads.graphVersion();
  }

  async stats(): Promise<GraphStats> {
    const [nodes, rels] = await Promise.all([this.read(C.COUNT_NODES, {}), this.read(C.COUNT_RELS, {})]);
    const kinds = new Map(nodes.map((r) => [r.kind as NodeKind, Number(r.count)]));
    const types = new Map(rels.map((r) => [r.type as RelType, Number(r.count)]));
    return statsOf(kinds, types);
  }

  async ping(): Promise<void> {
    await this.read(C.PING, {});
  }

  async close(): Promise<void> {
    if (!this.view) await this.driver.close();
  }
}
