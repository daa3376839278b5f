// The Neo4j engine's writes (see the layout and generations in cypher.ts). An upsert is one
// transaction on the current generation. A seed (replace) writes a new generation in
// transactions of CHUNK rows, so no transaction holds the whole graph, then switches to it.
import { NODE_KINDS, REL_TYPES } from '../../domain/model.js';
import { byName, statement } from './statement.js';

export const BUMP_GRAPH_VERSION = statement(
  'BUMP_GRAPH_VERSION',
  [],
  `
MERGE (v:GraphVersion {key: 'graph'})
SET v.version = coalesce(v.version, 0) + 1`,
);

/** A number no generation has had: the one a seed writes. */
export const NEW_GENERATION = statement(
  'NEW_GENERATION',
  [],
  `
MERGE (m:GraphMeta {key: 'graph'})
SET m.last = coalesce(m.last, m.current, 0) + 1
RETURN m.last AS g`,
);

/**
 * Makes generation $g current, unless a later seed already switched (generations only move
 * forward); no row then. Locks the meta node, so it waits for an upsert on the old generation.
 * Returns the generation it replaced.
 */
export const SWITCH_GENERATION = statement(
  'SWITCH_GENERATION',
  ['g'],
  `
MATCH (m:GraphMeta {key: 'graph'})
WHERE coalesce(m.current, 0) < $g
WITH m, coalesce(m.current, 0) AS previous
SET m.current = $g
RETURN previous`,
);

/**
 * The generation an upsert writes into, made (and locked until the upsert commits) if there is
 * none yet, so a switch cannot happen in the middle of an upsert.
 */
export const WRITE_GENERATION = statement(
  'WRITE_GENERATION',
  [],
  `
MERGE (m:GraphMeta {key: 'graph'})
WITH m, m.current IS NULL AS fresh
SET m.last = CASE WHEN fresh THEN coalesce(m.last, 0) + 1 ELSE m.last END
SET m.current = coalesce(m.current, m.last)
RETURN m.current AS g`,
);

// Deletion runs in transactions of 5,000 nodes (CALL ... IN TRANSACTIONS needs an implicit
// transaction: session.run), so a generation of any size is removed in bounded memory.
/** Generations $from to $to - 1: a seed's own when it fails, or those its switch left behind. */
export const DELETE_GENERATIONS = statement(
  'DELETE_GENERATIONS',
  ['from', 'to'],
  `
MATCH (n:Node) WHERE $from <= n.g < $to
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`,
);

/** Nodes written without a generation (by hand, or by a Cypher script export) join generation $g. */
export const ADOPT_NODES = statement(
  'ADOPT_NODES',
  ['g'],
  `
MATCH (n:Node) WHERE n.g IS NULL
CALL (n) { SET n.g = $g } IN TRANSACTIONS OF 10000 ROWS`,
);

export const HAS_UNADOPTED_NODES = statement('HAS_UNADOPTED_NODES', [], 'MATCH (n:Node) WHERE n.g IS NULL RETURN n.id AS id LIMIT 1');

export const MISSING_NODES = statement(
  'MISSING_NODES',
  ['g', 'ids'],
  `
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {g: $g, id: id})
WITH id, n WHERE n IS NULL
RETURN id`,
);

/** One statement per kind or type (a literal label or type), writing the rows of $rows into generation $g. */
const perName = <K extends string>(prefix: string, names: readonly K[], body: (name: K) => string) =>
  byName(names, (name) => statement(`${prefix}_${name}`, ['g', 'rows'], `UNWIND $rows AS row\n${body(name)}`));

// SET n = ... replaces every property (so a property dropped from the batch is dropped here too),
// then the generation is set again; every kind label goes before this kind's is set.
export const UPSERT_NODES = perName(
  'UPSERT_NODES',
  NODE_KINDS,
  (kind) => `
MERGE (n:Node {g: $g, id: row.id})
REMOVE n:${NODE_KINDS.join(':')}
SET n = row.props, n.g = $g, n:${kind}
RETURN count(n) AS written`,
);

/** Into a new generation, which holds none of these ids yet. */
export const CREATE_NODES = perName(
  'CREATE_NODES',
  NODE_KINDS,
  (kind) => `
CREATE (n:Node:${kind})
SET n = row.props, n.g = $g
RETURN count(n) AS written`,
);

export const DELETE_RELS = statement(
  'DELETE_RELS',
  ['g', 'ids'],
  `
UNWIND $ids AS id
MATCH (:Node {g: $g, id: split(id, ' ')[0]})-[r]->(:Node)
WHERE r.id = id
DELETE r`,
);

/** Both ends are found by the unique index of (g, id). */
export const CREATE_RELS = perName(
  'CREATE_RELS',
  REL_TYPES,
  (type) => `
MATCH (a:Node {g: $g, id: row.from})
MATCH (b:Node {g: $g, id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props
RETURN count(r) AS created`,
);
