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

import { NODE_KINDS, REL_TYPES, type NodeKind, type RelType } from '../../domain/model.js';

export interface Statement<P extends string = string> {
  readonly name: string;
  readonly params: readonly P[];
  readonly text: string;
}

const statement = <P extends string>(name: string, params: readonly P[], text: string): Statement<P> => ({
  name,
  params,
  text: text.trim(),
});

export const FULLTEXT_INDEX = 'node_terms';

// Schema, created idempotently at start.
export const CREATE_NODE_ID_CONSTRAINT = statement(
  'CREATE_NODE_ID_CONSTRAINT',
  [],
  'CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE',
);
export const CREATE_NODE_KIND_INDEX = statement('CREATE_NODE_KIND_INDEX', [], 'CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind)');
export const CREATE_NODE_PARTNERSHIP_INDEX = statement(
  'CREATE_NODE_PARTNERSHIP_INDEX',
  [],
  'CREATE INDEX node_partnership IF NOT EXISTS FOR (n:Node) ON (n.partnership)',
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
// The graph's version is one node apart from the graph (no Node label: DELETE_ALL and the counts skip it).
export const CREATE_GRAPH_VERSION_CONSTRAINT = statement(
  'CREATE_GRAPH_VERSION_CONSTRAINT',
  [],
  'CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.key IS UNIQUE',
);
export const SCHEMA = [
  CREATE_NODE_ID_CONSTRAINT,
  CREATE_NODE_KIND_INDEX,
  CREATE_NODE_PARTNERSHIP_INDEX,
  DROP_OLD_FULLTEXT_INDEX,
  CREATE_FULLTEXT_INDEX,
  CREATE_GRAPH_VERSION_CONSTRAINT,
];

export const PING = statement('PING', [], 'RETURN 1 AS ok');

// Reads. A relationship's id starts with its from node's id (relId in domain/model.ts, enforced by
// store/batch.ts), so it is found through that node's unique index.
export const GET_NODES = statement(
  'GET_NODES',
  ['ids'],
  `
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n {.*} AS node`,
);

export const GET_RELS = statement(
  'GET_RELS',
  ['ids'],
  `
UNWIND $ids AS id
MATCH (a:Node {id: split(id, ' ')[0]})-[r]->(b:Node)
WHERE r.id = id
RETURN r {.*} AS rel, type(r) AS type, a.id AS from, b.id AS to`,
);

const REL_FILTER = '($types IS NULL OR type(r) IN $types) AND r.validStart <= $asOfEnd AND r.validEnd >= $asOfStart';
const EXPAND_PARAMS = ['ids', 'types', 'asOfStart', 'asOfEnd'] as const;

export const EXPAND_OUT = statement(
  'EXPAND_OUT',
  EXPAND_PARAMS,
  `
UNWIND $ids AS id
MATCH (a:Node {id: id})-[r]->(b:Node)
WHERE ${REL_FILTER}
WITH a, r, b ORDER BY r.id
RETURN r {.*} AS rel, type(r) AS type, a.id AS from, b.id AS to`,
);

export const EXPAND_IN = statement(
  'EXPAND_IN',
  EXPAND_PARAMS,
  `
UNWIND $ids AS id
MATCH (a:Node)-[r]->(b:Node {id: id})
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
MATCH (:Node {id: id})-[r]-(:Node)
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
MATCH (b:Node) WHERE b.partnership IN $far
MATCH (a:Node)-[r]->(b)
WHERE a.id IN $ids AND ${REL_FILTER}
WITH a, r, b ORDER BY r.id
RETURN r {.*} AS rel, type(r) AS type, a.id AS from, b.id AS to`,
);

export const EXPAND_IN_FROM_PARTNERSHIPS = statement(
  'EXPAND_IN_FROM_PARTNERSHIPS',
  FAR_PARAMS,
  `
MATCH (a:Node) WHERE a.partnership IN $far
MATCH (a)-[r]->(b:Node)
WHERE b.id IN $ids AND ${REL_FILTER}
WITH a, r, b ORDER BY r.id
RETURN r {.*} AS rel, type(r) AS type, a.id AS from, b.id AS to`,
);

// A property filter compares like with like: across types Cypher gives null, which fails WHERE.
const NODE_FILTER = `
  ($kinds IS NULL OR n.kind IN $kinds)
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
const LIST_PARAMS = ['kinds', 'partnership', 'ids', 'text', 'asOfStart', 'asOfEnd', 'props'] as const;

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
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node ORDER BY node.keyLen, node.name, node.id LIMIT $limit
RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases, node.keyLen AS keyLen`;

export const SEARCH = statement(
  'SEARCH',
  ['namesQuery', 'allQuery', 'limit', 'kinds'],
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

export const COUNT_NODES = statement('COUNT_NODES', [], 'MATCH (n:Node) RETURN n.kind AS kind, count(*) AS count');
export const COUNT_RELS = statement('COUNT_RELS', [], 'MATCH (:Node)-[r]->(:Node) RETURN type(r) AS type, count(*) AS count');

// Writes, run together in one transaction per batch.
export const BUMP_GRAPH_VERSION = statement(
  'BUMP_GRAPH_VERSION',
  [],
  `
MERGE (v:GraphVersion {key: 'graph'})
SET v.version = coalesce(v.version, 0) + 1`,
);

export const DELETE_ALL = statement('DELETE_ALL', [], 'MATCH (n:Node) DETACH DELETE n');

export const MISSING_NODES = statement(
  'MISSING_NODES',
  ['ids'],
  `
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
WITH id, n WHERE n IS NULL
RETURN id`,
);

const byName = <K extends string>(names: readonly K[], make: (name: K) => Statement<'rows'>): Record<K, Statement<'rows'>> =>
  Object.fromEntries(names.map((k) => [k, make(k)])) as Record<K, Statement<'rows'>>;

// SET n = ... replaces every property, so a property dropped from the batch is dropped here too;
// every kind label goes before this kind's is set (a node may change kind).
export const UPSERT_NODES: Record<NodeKind, Statement<'rows'>> = byName(NODE_KINDS, (kind) =>
  statement(
    `UPSERT_NODES_${kind}`,
    ['rows'],
    `
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
REMOVE n:${NODE_KINDS.join(':')}
SET n = row.props, n:${kind}
RETURN count(n) AS written`,
  ),
);

export const DELETE_RELS = statement(
  'DELETE_RELS',
  ['ids'],
  `
UNWIND $ids AS id
MATCH (:Node {id: split(id, ' ')[0]})-[r]->(:Node)
WHERE r.id = id
DELETE r`,
);

export const CREATE_RELS: Record<RelType, Statement<'rows'>> = byName(REL_TYPES, (type) =>
  statement(
    `CREATE_RELS_${type}`,
    ['rows'],
    `
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props
RETURN count(r) AS created`,
  ),
);
