// Every Cypher statement of the Neo4j engine, with the parameters it declares, so one test can lint
// them all with Neo4j's own parser and semantic analyser (tests/store/cypher-lint.test.ts).
// Values only ever travel as parameters. Labels and relationship types are literals of the
// allowlists in domain/model.ts, one statement per kind and per type: Neo4j 5.26 plans a dynamic
// type ($(...)) once per cached plan, so a batch of several types was written with the first
// type met (neo4j/neo4j#13597).
//
// The data model: every node has the label Node plus its kind as a label, and the properties
// id, kind, name, aliases, text, partnership, validFrom, validTo, validStart, validEnd (normalised
// ISO days), note, searchLc (name, aliases and text folded: text-fold.ts filterText, for substring filters),
// evidence (one JSON string: Neo4j has no map properties, see codec.ts), and prop_<key> for each
// entry of props. Relationships carry the same minus the node-only fields. Search's index is
// apart, in SearchBlock and SearchKey nodes (search-cypher.ts).

//
// Generations: a seed writes a new generation of the graph (property g on every node) beside the
// current one, then one small transaction makes it current (GraphMeta.current). Every read names
// its generation ($g), pinned once per request (store.readView), so a reader never sees half a
// seed, and a failed seed leaves the current generation whole (cypher-writes.ts).
import { CREATE_SEARCH_INDEXES } from './search-cypher.js';
import { statement, type Statement } from './statement.js';

export type { Statement } from './statement.js';
export * from './cypher-writes.js';
export * from './cypher-reads.js';
export * from './walk-cypher.js';
export * from './search-cypher.js';


// Schema, created idempotently at start.
// An id is unique within a generation; lookups by kind and partnership are within one too.
export const CREATE_NODE_ID_CONSTRAINT = statement(
  'CREATE_NODE_ID_CONSTRAINT',
  [],
  'CREATE CONSTRAINT node_gen_id IF NOT EXISTS FOR (n:Node) REQUIRE (n.g, n.id) IS UNIQUE',
);
export const CREATE_NODE_KIND_INDEX = statement('CREATE_NODE_KIND_INDEX', [], 'CREATE INDEX node_gen_kind IF NOT EXISTS FOR (n:Node) ON (n.g, n.kind)');
export const CREATE_NODE_PARTNERSHIP_INDEX = statement(
  'CREATE_NODE_PARTNERSHIP_INDEX',
  [],
  'CREATE INDEX node_gen_partnership IF NOT EXISTS FOR (n:Node) ON (n.g, n.partnership)',
);
export const CREATE_GRAPH_META_CONSTRAINT = statement(
  'CREATE_GRAPH_META_CONSTRAINT',
  [],
  'CREATE CONSTRAINT graph_meta_key IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.key IS UNIQUE',
);
/** The constraint and indexes of the layout before generations, replaced by the ones above. */
export const DROP_OLD_SCHEMA = ['node_id', 'node_kind', 'node_partnership'].map((name, i) =>
  statement(`DROP_OLD_SCHEMA_${i}`, [], `DROP ${name === 'node_id' ? 'CONSTRAINT' : 'INDEX'} ${name} IF EXISTS`),
);
/** The full-text indexes of earlier layouts, replaced by search's blocks (search-cypher.ts). */
export const DROP_OLD_FULLTEXT_INDEXES = ['node_search', 'node_terms'].map((name, i) => statement(`DROP_OLD_FULLTEXT_INDEX_${i}`, [], `DROP INDEX ${name} IF EXISTS`));
export const AWAIT_INDEXES = statement('AWAIT_INDEXES', [], 'CALL db.awaitIndexes(300)');
// The graph's version is one node apart from the graph (no Node label: the counts skip it).
export const CREATE_GRAPH_VERSION_CONSTRAINT = statement(
  'CREATE_GRAPH_VERSION_CONSTRAINT',
  [],
  'CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.key IS UNIQUE',
);
export const SCHEMA = [
  ...DROP_OLD_SCHEMA,
  CREATE_NODE_ID_CONSTRAINT,
  CREATE_NODE_KIND_INDEX,
  CREATE_NODE_PARTNERSHIP_INDEX,
  ...DROP_OLD_FULLTEXT_INDEXES,
  ...CREATE_SEARCH_INDEXES,
  CREATE_GRAPH_VERSION_CONSTRAINT,
  CREATE_GRAPH_META_CONSTRAINT,
];

export const PING = statement('PING', [], 'RETURN 1 AS ok');

/** The current generation; 0 (no node has it) before the first write. */
export const CURRENT_GENERATION = statement(
  'CURRENT_GENERATION',
  [],
  `
OPTIONAL MATCH (m:GraphMeta {key: 'graph'})
RETURN coalesce(m.current, 0) AS g`,
);

// Reads by id, expansions, traversals, walks, lists and search: built per case in cypher-reads.ts.

/** What a read view pins, in one round trip: the current generation and the graph's version. */
export const VIEW_STATE = statement(
  'VIEW_STATE',
  [],
  `
OPTIONAL MATCH (m:GraphMeta {key: 'graph'})
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN coalesce(m.current, 0) AS g, coalesce(v.version, 0) AS version`,
);

const pinningForms = new Map<string, Statement>();

/**
 * A read that also reads what VIEW_STATE does, so a read view's first read pins it in the same
 * statement (generation-reads.ts). The read runs in an OPTIONAL CALL after the pin, once: its rows
 * each carry pinG and pinVersion, and when it has none the one row it gives has nulls for its columns.
 */
export function pinning<P extends string>(s: Statement<P>): Statement<P> {
  let made = pinningForms.get(s.name);
  if (!made) {
    made = statement(
      `PINNING_${s.name}`,
      s.params,
      `
OPTIONAL MATCH (pinMeta:GraphMeta {key: 'graph'})
OPTIONAL MATCH (pinState:GraphVersion {key: 'graph'})
WITH coalesce(pinMeta.current, 0) AS pinG, coalesce(pinState.version, 0) AS pinVersion
OPTIONAL CALL () {
${s.text}
}
RETURN *`,
    );
    pinningForms.set(s.name, made);
  }
  return made as Statement<P>;
}

export const GRAPH_VERSION = statement(
  'GRAPH_VERSION',
  [],
  `
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN coalesce(v.version, 0) AS version`,
);

export const COUNT_NODES = statement('COUNT_NODES', ['g'], 'MATCH (n:Node) WHERE n.g = $g RETURN n.kind AS kind, count(*) AS count');
export const COUNT_RELS = statement('COUNT_RELS', ['g'], 'MATCH (:Node {g: $g})-[r]->(:Node) RETURN type(r) AS type, count(*) AS count');
