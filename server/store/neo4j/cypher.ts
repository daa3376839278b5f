// Every Cypher statement of the Neo4j engine, with the parameters it declares, so one test can lint
// them all with Neo4j's own parser and semantic analyser (tests/store/cypher-lint.test.ts).
// Values only ever travel as parameters. Labels and relationship types are literals of the
// allowlists in domain/model.ts, one statement per kind and per type: Neo4j 5.26 plans a dynamic
// type ($(...)) once per cached plan, so a batch of several types was written with the first
// type met (neo4j/neo4j#13597).
//
// The data model: every node has the label Node plus its kind as a label, and the properties
// id, kind, name, aliases, text, partnership, validFrom, validTo, validStart, validEnd (normalised
// ISO days), note, searchLc (name, aliases and text lower-cased, for substring filters), nameTerms
// and textTerms (search terms, see store/search-terms.ts), keyLen (search's candidate order),
// evSource / evLocator / evQuote / evBasis / evNote (evidence as parallel
// lists: Neo4j has no map properties), and prop_<key> for each entry of props. Relationships carry
// the same minus the node-only fields.

//
// Generations: a seed writes a new generation of the graph (property g on every node) beside the
// current one, then one small transaction makes it current (GraphMeta.current). Every read names
// its generation ($g), pinned once per request (store.readView), so a reader never sees half a
// seed, and a failed seed leaves the current generation whole (cypher-writes.ts).
import { statement } from './statement.js';

export type { Statement } from './statement.js';
export * from './cypher-writes.js';

export const FULLTEXT_INDEX = 'node_terms';

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
// The terms are computed in TypeScript (stems included), so the analyzer only splits on spaces.
export const CREATE_FULLTEXT_INDEX = statement(
  'CREATE_FULLTEXT_INDEX',
  [],
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Node) ON EACH [n.nameTerms, n.textTerms]
   OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace', \`fulltext.eventually_consistent\`: false}}`,
);
/** The index of the first layout (name, aliases and text, analysed by Lucene), replaced by node_terms. */
export const DROP_OLD_FULLTEXT_INDEX = statement('DROP_OLD_FULLTEXT_INDEX', [], 'DROP INDEX node_search IF EXISTS');
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
  DROP_OLD_FULLTEXT_INDEX,
  CREATE_FULLTEXT_INDEX,
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

// Reads. A relationship's id starts with its from node's id (relId in domain/model.ts, enforced by
// store/batch.ts), so it is found through that node's unique index. A relationship joins two nodes
// of one generation, so naming the generation of one end is enough.
export const GET_NODES = statement(
  'GET_NODES',
  ['g', 'ids'],
  `
UNWIND $ids AS id
MATCH (n:Node {g: $g, id: id})
RETURN n {.*} AS node`,
);

export const GET_RELS = statement(
  'GET_RELS',
  ['g', 'ids'],
  `
UNWIND $ids AS id
MATCH (a:Node {g: $g, id: split(id, ' ')[0]})-[r]->(b:Node)
WHERE r.id = id
RETURN r {.*} AS rel, type(r) AS type, a.id AS from, b.id AS to`,
);

const REL_FILTER = '($types IS NULL OR type(r) IN $types) AND r.validStart <= $asOfEnd AND r.validEnd >= $asOfStart';
const EXPAND_PARAMS = ['g', 'ids', 'types', 'asOfStart', 'asOfEnd'] as const;

export const EXPAND_OUT = statement(
  'EXPAND_OUT',
  EXPAND_PARAMS,
  `
UNWIND $ids AS id
MATCH (a:Node {g: $g, id: id})-[r]->(b:Node)
WHERE ${REL_FILTER}
WITH a, r, b ORDER BY r.id
RETURN r {.*} AS rel, type(r) AS type, a.id AS from, b.id AS to`,
);

export const EXPAND_IN = statement(
  'EXPAND_IN',
  EXPAND_PARAMS,
  `
UNWIND $ids AS id
MATCH (a:Node)-[r]->(b:Node {g: $g, id: id})
WHERE ${REL_FILTER}
WITH a, r, b ORDER BY r.id
RETURN r {.*} AS rel, type(r) AS type, a.id AS from, b.id AS to`,
);

// DISTINCT: a line between two of the ids (or a self-loop) is matched from both ends.
export const EXPAND_BOTH = statement(
  'EXPAND_BOTH',
  EXPAND_PARAMS,
  `
UNWIND $ids AS id
MATCH (:Node {g: $g, id: id})-[r]-(:Node)
WHERE ${REL_FILTER}
WITH DISTINCT r
WITH r ORDER BY r.id
RETURN r {.*} AS rel, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to`,
);

// expand with farPartnerships, one direction each, from the far partnerships' nodes (partnership index).
const FAR_PARAMS = [...EXPAND_PARAMS, 'far'] as const;

export const EXPAND_OUT_TO_PARTNERSHIPS = statement(
  'EXPAND_OUT_TO_PARTNERSHIPS',
  FAR_PARAMS,
  `
MATCH (b:Node) WHERE b.g = $g AND b.partnership IN $far
MATCH (a:Node)-[r]->(b)
WHERE a.id IN $ids AND ${REL_FILTER}
WITH a, r, b ORDER BY r.id
RETURN r {.*} AS rel, type(r) AS type, a.id AS from, b.id AS to`,
);

export const EXPAND_IN_FROM_PARTNERSHIPS = statement(
  'EXPAND_IN_FROM_PARTNERSHIPS',
  FAR_PARAMS,
  `
MATCH (a:Node) WHERE a.g = $g AND a.partnership IN $far
MATCH (a)-[r]->(b:Node)
WHERE b.id IN $ids AND ${REL_FILTER}
WITH a, r, b ORDER BY r.id
RETURN r {.*} AS rel, type(r) AS type, a.id AS from, b.id AS to`,
);

// A property filter compares like with like: across types Cypher gives null, which fails WHERE.
const NODE_FILTER = `
  n.g = $g
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($partnership IS NULL OR n.partnership = $partnership)
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($text IS NULL OR n.searchLc CONTAINS $text)
  AND n.validStart <= $asOfEnd AND n.validEnd >= $asOfStart
  AND all(f IN $props WHERE
    CASE f.op
      WHEN 'eq' THEN n['prop_' + f.key] = f.value
      WHEN 'lt' THEN n['prop_' + f.key] < f.value
      WHEN 'lte' THEN n['prop_' + f.key] <= f.value
      WHEN 'gt' THEN n['prop_' + f.key] > f.value
      WHEN 'gte' THEN n['prop_' + f.key] >= f.value
    END)`;
const LIST_PARAMS = ['g', 'kinds', 'partnership', 'ids', 'text', 'asOfStart', 'asOfEnd', 'props'] as const;

export const COUNT_LIST = statement(
  'COUNT_LIST',
  LIST_PARAMS,
  `
MATCH (n:Node)
WHERE ${NODE_FILTER}
RETURN count(n) AS total`,
);

export const PAGE_LIST = statement(
  'PAGE_LIST',
  [...LIST_PARAMS, 'after', 'limit'],
  `
MATCH (n:Node)
WHERE ${NODE_FILTER}
  AND ($after IS NULL OR n.id > $after)
WITH n ORDER BY n.id LIMIT $limit
RETURN n {.*} AS node`,
);

// Search candidates (store/rank.ts): the matches of the name terms, then of all terms, each cut in
// the one order both engines use.
const SEARCH_PART = (query: string) => `
CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', ${query}) YIELD node
WHERE node.g = $g AND ($kinds IS NULL OR node.kind IN $kinds)
WITH node ORDER BY node.keyLen, node.name, node.id LIMIT $limit
RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases, node.keyLen AS keyLen`;

export const SEARCH = statement(
  'SEARCH',
  ['g', 'namesQuery', 'allQuery', 'limit', 'kinds'],
  `${SEARCH_PART('$namesQuery')}
UNION ALL${SEARCH_PART('$allQuery')}`,
);

export const GRAPH_VERSION = statement(
  'GRAPH_VERSION',
  [],
  `
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN coalesce(v.version, 0) AS version`,
);

export const COUNT_NODES = statement('COUNT_NODES', ['g'], 'MATCH (n:Node) WHERE n.g = $g RETURN n.kind AS kind, count(*) AS count');
export const COUNT_RELS = statement('COUNT_RELS', ['g'], 'MATCH (:Node {g: $g})-[r]->(:Node) RETURN type(r) AS type, count(*) AS count');
