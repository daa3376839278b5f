// The one storage contract: small, graph-shaped and batch-first, so DataLoaders can turn a
// GraphQL nesting level into one call. SQLite and Neo4j engines both implement it; analyses
// are written once above it.
//
// Bad input (an unknown kind or type, a bad date, cursor or page size, a batch that breaks a rule)
// rejects with StoreInputError; a store that cannot be reached with StoreUnavailableError (errors.ts).
import type { WalkResult } from '../domain/walk.js';
import type { GraphBatch, GraphNode, GraphRel, NodeKind, Props, RelType } from '../domain/model.js';

export type Direction = 'out' | 'in' | 'both';

export interface ReadViewOptions {
  /**
   * false: the request asks for no evidence (server/graphql/evidence-free.ts), so the view's nodes
   * and relationships come without it (evidence []), and the engine neither reads nor sends it:
   * a fact's quotes are most of its bytes. Default true.
   */
  evidence?: boolean;
  /**
   * false, with evidence false: the request asks for no node's text and no note either
   * (server/graphql/evidence-free.ts), so an engine may leave them out of the view's nodes and
   * relationships, and Neo4j does (what it sends is then little more than names and dates).
   * Search still ranks by text. Default true.
   */
  text?: boolean;
}

export interface ExpandQuery {
  /** nodes whose relationships to return */
  ids: readonly string[];
  /** relationship types to follow; all when absent, none when empty */
  types?: readonly RelType[];
  /** 'out': ids are `from`; 'in': ids are `to`; 'both': either */
  direction: Direction;
  /** keep only relationships that hold at this plan date (see domain/period.ts) */
  asOf?: string;
  /**
   * keep only lines whose far end (the end not among ids) has its `partnership` in this list; none
   * when empty. The engine starts from those partnerships' nodes, so the cost follows them and not
   * every line into ids (a VRU requirement has one answer per partnership in the country).
   */
  farPartnerships?: readonly string[];
}

export interface TraverseQuery extends ExpandQuery {
  /** 1 = the relationships of ids only; a whole number from 1 to MAX_DEPTH, else StoreInputError */
  maxDepth: number;
}

export interface TraverseResult {
  /** every relationship met within maxDepth, each once (cycles do not repeat), level by level, by id within a level */
  rels: GraphRel[];
  /** depth at which each reached node id was first met (start ids are 0, known or not) */
  depths: Record<string, number>;
}

export type PropOp = 'eq' | 'lt' | 'lte' | 'gt' | 'gte';
/**
 * Compares a scalar property with a value of the same type (as Cypher does): a string never
 * equals or orders against a number, and a list property never matches.
 */
export interface PropFilter {
  /** property name, [A-Za-z][A-Za-z0-9_]* */
  key: string;
  op: PropOp;
  value: string | number | boolean;
}

export interface ListQuery {
  kinds?: readonly NodeKind[];
  partnership?: string;
  /** restrict to these ids (e.g. the actions an organisation leads) */
  ids?: readonly string[];
  /**
   * substring match on name, aliases and text, each folded as search folds them (text-fold.ts:
   * case, apostrophes, "&", hyphens), so "anti social", "Anti-Social" and "antisocial" find
   * "Anti-social Behaviour"; text without a word (blank, marks only) filters nothing
   */
  text?: string;
  props?: readonly PropFilter[];
  /** keep only nodes valid at this plan date */
  asOf?: string;
  /** page size, 0 to MAX_PAGE (0 answers totalCount only); items are ordered by id */
  first: number;
  /** opaque cursor from a previous page's endCursor; any other string is a StoreInputError */
  after?: string;
  /** also count every node the query matches (totalCount): a second query, so only when asked */
  count?: boolean;
  /**
   * Nodes the filter names (the partnership of a page of bodies), read beside the page: a read
   * view keeps them, so checking them next (getNodes) costs Neo4j no statement of its own. They
   * change nothing in the page.
   */
  named?: readonly string[];
}

export interface Page<T> {
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  /** every node the query matches, when it asked for the count; else null */
  totalCount: number | null;
}

/** A walk of domain/walk.ts: what a structure chart or a subtree shows. */
export interface WalkQuery {
  rootIds: readonly string[];
  /** steps from the roots, 0 to MAX_DEPTH */
  depth: number;
  types: readonly RelType[];
  /** keep only nodes and lines that hold at this plan date */
  asOf?: string;
  /**
   * also what a partnership's chart adds to the walk (domain/plan-bodies.ts): the governance bodies
   * of each root that is a partnership and holds, that the walk does not reach, and their lines
   * (WalkResult.planBodies). Neo4j reads them in the walk's statement.
   */
  planBodies?: boolean;
}

export interface SearchQuery {
  /** words of a name, alias or text; the last word matches as a prefix; blank finds nothing */
  text: string;
  kinds?: readonly NodeKind[];
  first: number;
  /** the cursor of a hit of the same search: the page starts after it */
  after?: string | null;
}

export interface SearchHit {
  node: GraphNode;
  /** higher is better; an exact name or alias match ranks first */
  score: number;
  /** the name, alias or text that matched */
  matched: string;
  /** where a page that starts after this hit starts (SearchQuery.after) */
  cursor: string;
}

/** byKind and byType list only what is present, in the order of NODE_KINDS and REL_TYPES. */
export interface GraphStats {
  nodes: number;
  relationships: number;
  byKind: { kind: NodeKind; count: number }[];
  byType: { type: RelType; count: number }[];
}

export interface WriteOptions {
  /** replace the whole graph with the batch (seeding), instead of upserting into it */
  replace?: boolean;
}

export const MAX_DEPTH = 25;
export const MAX_PAGE = 500;

export interface GraphStore {
  readonly engine: 'sqlite' | 'neo4j';
  /** one entry per id, in order, null for an unknown id (DataLoader's contract) */
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
  /** one entry per id, in order, null for an unknown id */
  getRels(ids: readonly string[]): Promise<(GraphRel | null)[]>;
  /** the relationships of many nodes at once, each once, ordered by id */
  expand(q: ExpandQuery): Promise<GraphRel[]>;
  /** breadth-first from ids to maxDepth, cycle-safe */
  traverse(q: TraverseQuery): Promise<TraverseResult>;
  listNodes(q: ListQuery): Promise<Page<GraphNode>>;
  /** the nodes within depth steps of the roots (those that exist), each line followed in its walk direction */
  walk(q: WalkQuery): Promise<WalkResult>;
  search(q: SearchQuery): Promise<SearchHit[]>;
  /**
   * Atomic: all of the batch is written, or nothing is. Upserts by id (a node's or relationship's
   * fields, props and evidence are replaced whole) unless opts.replace. Rejected, changing nothing:
   * duplicate ids in the batch, a kind or type outside the allowlists, a bad plan date, props a
   * Neo4j property cannot hold, a relationship whose id is not relId(from, type, to[, key]), and a
   * relationship to a node in neither the batch nor the store.
   */
  writeBatch(batch: GraphBatch, opts?: WriteOptions): Promise<void>;
  /**
   * A view for one request: all its reads see the graph as one state (as it was at the view's
   * first read), whatever is written meanwhile; a write through the view goes to the store and
   * the view then reads the state after it. close() ends the view (not the store), and must be
   * called: on SQLite the view holds a read transaction (and a connection) until then. A view's
   * readView() is itself (its options are the first view's).
   */
  readView(options?: ReadViewOptions): Promise<GraphStore>;
  /**
   * The graph's version, kept in the store and changed by every writeBatch that succeeds, so
   * several processes on one database agree on it: equal versions mean an unchanged graph.
   */
  graphVersion(): Promise<string>;
  stats(): Promise<GraphStats>;
  /** throws when the store cannot be reached */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type { GraphBatch, GraphNode, GraphRel, Props };
