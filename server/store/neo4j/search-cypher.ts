// Search's index (store/search-index.ts) in Neo4j: a SearchBlock node per block, found through one
// range index on `k` = generation, key and last (its last posting's rank key) joined by \u0001
// (nothing in a key sorts below it), so the blocks of a key, of a generation, are one range of
// that index in rank order, the block holding a rank key is the first at or after it, and every
// read below is an index seek that stops at its LIMIT. A SearchKey per key (k = generation and key)
// holds its number of blocks, so a range of keys is read without reading their blocks.
import { caseName, detailCase, nodeWithText, once, type Detail } from './cypher-reads.js';
import { statement, type Statement } from './statement.js';

export const CREATE_SEARCH_INDEXES = [
  statement('CREATE_SEARCH_BLOCK_INDEX', [], 'CREATE INDEX search_block_k IF NOT EXISTS FOR (b:SearchBlock) ON (b.k)'),
  statement('CREATE_SEARCH_KEY_INDEX', [], 'CREATE INDEX search_key_k IF NOT EXISTS FOR (h:SearchKey) ON (h.k)'),
];

/**
 * Per range (rows of i, from, to, at: keys and a rank key without the generation; ahead: how many
 * of its start blocks' first ids to bring the nodes of), each key in it (its SearchKey) with its
 * number of blocks and the block to start reading at: the first whose last posting is not below
 * `at` ('' for the first). With them, `ahead`: the nodes (of `detail` with their text: nodeWithText)
 * of the first ids of those blocks, in the ranges' order, at most $most: a page's hits are
 * most often among them (search-blocks.ts), so its ranking need not read them in a second round
 * trip. The generation is $g, or when null the current one, so the statement need not wait for a
 * read view's pin (it returns the generation it read, and the view reads again in its own if they
 * differ). One row.
 */
export const searchOpenStatement = (detail: Detail): Statement<'g' | 'ranges' | 'most'> =>
  once(caseName(['SEARCH_OPEN', ...detailCase(detail)]), ['g', 'ranges', 'most'], () =>
    `
OPTIONAL MATCH (m:GraphMeta {key: 'graph'})
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
WITH toInteger(coalesce($g, m.current, 0)) AS g, coalesce(v.version, 0) AS version
CALL (g) {
  UNWIND $ranges AS r
  MATCH (h:SearchKey) WHERE h.k >= toString(g) + '\\u0001' + r.from AND h.k < toString(g) + '\\u0001' + r.to
  CALL (h, r) {
    OPTIONAL MATCH (b:SearchBlock) WHERE b.k >= h.k + '\\u0001' + r.at AND b.k < h.k + '\\u0002'
    RETURN b ORDER BY b.k LIMIT 1
  }
  RETURN collect({i: r.i, key: h.key, blocks: h.blocks, last: b.last, entries: b.entries}) AS opened, collect(b.ids[0..toInteger(r.ahead)]) AS heads
}
CALL (g, heads) {
  UNWIND heads AS head
  UNWIND head AS id
  WITH DISTINCT id LIMIT $most
  MATCH (n:Node {g: g, id: id})
  RETURN collect(${nodeWithText('n', detail)}) AS ahead
}
RETURN g, version, opened, ahead`,
  );

/** Per row, the first block of its range (rows of from, to): a key's block holding a rank key. */
export const SEARCH_FIRST_BLOCKS = statement(
  'SEARCH_FIRST_BLOCKS',
  ['rows'],
  `
UNWIND $rows AS row
CALL (row) {
  MATCH (b:SearchBlock) WHERE b.k >= row.from AND b.k < row.to
  RETURN b ORDER BY b.k LIMIT 1
}
RETURN b.key AS key, b.last AS last, b.entries AS entries`,
);

/** Per row, the last block of its range (rows of from, to): a key's last block. */
export const SEARCH_LAST_BLOCKS = statement(
  'SEARCH_LAST_BLOCKS',
  ['rows'],
  `
UNWIND $rows AS row
CALL (row) {
  MATCH (b:SearchBlock) WHERE b.k >= row.from AND b.k < row.to
  RETURN b ORDER BY b.k DESC LIMIT 1
}
RETURN b.key AS key, b.last AS last, b.entries AS entries`,
);

/**
 * Blocks of generation $g, each marked with the version of search's terms it was written under
 * ($layout: TERMS_VERSION), with the ids of its postings in order (`ids`: the opening read brings
 * the nodes of a block's first ones).
 */
export const CREATE_SEARCH_BLOCKS = statement(
  'CREATE_SEARCH_BLOCKS',
  ['g', 'layout', 'rows'],
  `
UNWIND $rows AS row
CREATE (:SearchBlock {g: $g, layout: $layout, k: row.k, key: row.key, last: row.last, entries: row.entries, ids: row.ids})`,
);

export const DELETE_SEARCH_BLOCKS = statement(
  'DELETE_SEARCH_BLOCKS',
  ['ks'],
  `
UNWIND $ks AS k
MATCH (b:SearchBlock {k: k})
DELETE b`,
);

/** Changes to keys' numbers of blocks (rows of k, key, delta); a key left with none is removed. */
export const COUNT_SEARCH_KEYS = statement(
  'COUNT_SEARCH_KEYS',
  ['g', 'rows'],
  `
UNWIND $rows AS row
MERGE (h:SearchKey {k: row.k})
ON CREATE SET h.g = $g, h.key = row.key, h.blocks = 0
SET h.blocks = h.blocks + row.delta
WITH h WHERE h.blocks <= 0
DELETE h`,
);

/**
 * Whether search's index is in an earlier layout (blocks keyed by their first posting, postings as
 * lists, or without their postings' ids) or of terms folded otherwise (a `layout` other than $layout, TERMS_VERSION): any block
 * tells, as the whole index is written alike (made again on opening: writes.ts, adopt).
 */
export const SEARCH_INDEX_IS_OLD = statement(
  'SEARCH_INDEX_IS_OLD',
  ['layout'],
  `
MATCH (b:SearchBlock)
RETURN b.last IS NULL OR b.ids IS NULL OR coalesce(b.layout, 1) <> $layout AS old LIMIT 1`,
);

/** The index of generations from $from up to (not including) $to, in bounded transactions. */
export const DELETE_SEARCH_GENERATIONS = statement(
  'DELETE_SEARCH_GENERATIONS',
  ['from', 'to'],
  `
MATCH (b:SearchBlock|SearchKey) WHERE $from <= b.g < $to
CALL (b) { DELETE b } IN TRANSACTIONS OF 5000 ROWS`,
);

/** What the index needs of nodes: for an upsert's old nodes, and to index nodes a Cypher script loaded. */
export const SEARCH_FIELDS = statement(
  'SEARCH_FIELDS',
  ['g', 'ids'],
  `
UNWIND $ids AS id
MATCH (n:Node {g: $g, id: id})
RETURN n.id AS id, n.kind AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases, n.text AS text`,
);
/** Nodes' filter text (rows of id, text: text-fold.ts filterText) in generation $g, folded anew when search's terms change. */
export const SET_FILTER_TEXT = statement(
  'SET_FILTER_TEXT',
  ['g', 'rows'],
  `
UNWIND $rows AS row
MATCH (n:Node {g: $g, id: row.id})
SET n.searchLc = row.text`,
);

export const ALL_SEARCH_FIELDS = statement(
  'ALL_SEARCH_FIELDS',
  ['g'],
  `
MATCH (n:Node {g: $g})
RETURN n.id AS id, n.kind AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases, n.text AS text`,
);
