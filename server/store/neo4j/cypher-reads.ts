// Read statements built per case, so each one the planner sees says only what it asks: a filter
// that is absent is not in the text (no `$p IS NULL OR ...` that keeps the planner off an index),
// relationship types are literals of the allowlist (the planner expands only those), and a
// traversal is one statement however deep it goes (a shortest-path search from the start nodes,
// which is a breadth-first search in the server); a walk too (walk-cypher.ts). Each text is made once and kept, so the plan
// cache sees a fixed set of statements. tests/store/cypher-lint.test.ts lints every case.
import { REL_TYPES, type RelType } from '../../domain/model.js';
import type { Direction } from '../contract.js';
import { statement, type Statement } from './statement.js';


/**
 * How much of each node and line a read brings: `full`; `no-evidence` (the JSON of a fact's quotes
 * is most of its bytes); or `core`, which names what it brings: a node's id, kind, name, aliases,
 * partnership, dates and props, a line's id, dates and props (no texts, notes or evidence). The request decides
 * (server/graphql/evidence-free.ts, ReadViewOptions in store/contract.ts).
 */
export type Detail = 'full' | 'no-evidence' | 'core';

const DROPS = ', searchLc: null, nameTerms: null, textTerms: null';
/** A map's props as [key, value] pairs, for a projection that names its fields (codec.ts reads them). */
const propPairs = (v: string) => `[k IN keys(${v}) WHERE k STARTS WITH 'prop_' | [k, ${v}[k]]]`;

/**
 * A node's properties but the search terms (search-terms.ts), which only the index needs, and what
 * `detail` leaves out. A `core` node is a list of the fields it names, in codec.ts's order
 * (CORE_NODE): the driver decodes a list without a string per key, a third of a chart's decoding.
 */
export const nodeMap = (v: string, detail: Detail = 'full'): string =>
  detail === 'core'
    ? `[${v}.id, ${v}.kind, ${v}.name, ${v}.aliases, ${v}.partnership, ${v}.validFrom, ${v}.validTo, ${propPairs(v)}]`
    : `${v} {.*${DROPS}${detail === 'full' ? '' : ', evidence: null'}}`;

/** A `core` node with its text after its other fields: what search's ranking reads of a node (search-cypher.ts). */
export const nodeWithText = (v: string, detail: Detail): string => (detail === 'core' ? `${nodeMap(v, 'core').slice(0, -1)}, ${v}.text]` : nodeMap(v, detail));

/** A relationship's properties but what `detail` leaves out; a `core` one a list, as a node's (CORE_REL). */
export const relMap = (v: string, detail: Detail = 'full'): string =>
  detail === 'core' ? `[${v}.id, ${v}.validFrom, ${v}.validTo, ${propPairs(v)}]` : `${v} {.*${detail === 'full' ? '' : ', evidence: null'}}`;

/** A case's name: reads of less detail are other statements. */
export const detailCase = (detail: Detail): string[] => (detail === 'full' ? [] : [detail === 'core' ? 'CORE' : 'NO_EVIDENCE']);

/** The relationship holds at some time in the asked period. */
export const holds = (v: string): string => `${v}.validStart <= $asOfEnd AND ${v}.validEnd >= $asOfStart`;

export const typeList = (types: readonly RelType[] | null): string => {
  if (types === null) return '';
  // the types are checked against the allowlist before they get here; this keeps them literal
  for (const t of types) if (!REL_TYPES.includes(t)) throw new Error(`not a relationship type: ${t}`);
  return `:${[...types].sort().join('|')}`;
};

const arrow = (direction: Direction, r: string): [string, string] =>
  direction === 'out' ? ['-', `[${r}]->`] : direction === 'in' ? ['<-', `[${r}]-`] : ['-', `[${r}]-`];

const made = new Map<string, Statement>();
export function once<P extends string>(name: string, params: readonly P[], text: () => string): Statement<P> {
  let s = made.get(name);
  if (!s) made.set(name, (s = statement(name, params, text())));
  return s as Statement<P>;
}

export const caseName = (parts: readonly (string | number | null)[]): string => parts.map((p) => p ?? 'ALL').join('_');

export type ExpandParam = 'g' | 'ids' | 'asOfStart' | 'asOfEnd';

/**
 * A line as a read returns it beside others: a list of the relationship (relMap), its type, its
 * ends' ids and any `more` (a traversal's level), in that order (store.ts lineFrom): a list
 * decodes without a string per key.
 */
export const lineList = (r: string, a: string, b: string, detail: Detail, more = ''): string => `[${relMap(r, detail)}, type(${r}), ${a}.id, ${b}.id${more}]`;

/**
 * One row: the lines (`line`, one list per row of a, b and r, in row order: lineList) and the nodes at their
 * ends, each once (a read view keeps them): a node at the end of many lines, as a parent is, is
 * sent once, not once per line.
 */
const withEnds = (line: string, detail: Detail): string => `WITH collect(${line}) AS rels, collect(a) + collect(b) AS met
UNWIND CASE WHEN met = [] THEN [null] ELSE met END AS n
WITH rels, collect(DISTINCT n) AS ns
RETURN rels, [n IN ns | ${nodeMap('n', detail)}] AS ends`;

/**
 * The lines of a set of nodes, in one direction, of some types (null: all), that hold in the
 * period, with both ends' properties: a read view keeps them, so the far ends the API asks for
 * next cost no second statement.
 */
export function expandStatement(direction: Direction, types: readonly RelType[] | null, detail: Detail = 'full'): Statement<ExpandParam> {
  const [l, r] = arrow(direction, `r${typeList(types)}`);
  return once(caseName(['EXPAND', ...detailCase(detail), direction, ...(types ? [...types].sort() : [null])]), ['g', 'ids', 'asOfStart', 'asOfEnd'], () =>
    `
UNWIND $ids AS id
MATCH (a:Node {g: $g, id: id})${l}${r}(b:Node)
WHERE ${holds('r')}
WITH DISTINCT r
WITH r ORDER BY r.id
WITH r, startNode(r) AS a, endNode(r) AS b
${withEnds(lineList('r', 'a', 'b', detail), detail)}`,
  );
}

/**
 * expand with farPartnerships, one direction: starts from the far partnerships' nodes, found by the
 * (generation, partnership) index, so the cost follows them and not every line into the ids.
 */
export function expandFarStatement(direction: 'in' | 'out', types: readonly RelType[] | null, detail: Detail = 'full'): Statement<ExpandParam | 'far'> {
  const t = typeList(types);
  const pattern = direction === 'out' ? `(a:Node)-[r${t}]->(far)` : `(far)-[r${t}]->(a:Node)`;
  return once(caseName(['EXPAND_FAR', ...detailCase(detail), direction, ...(types ? [...types].sort() : [null])]), ['g', 'ids', 'asOfStart', 'asOfEnd', 'far'], () =>
    `
MATCH (far:Node) WHERE far.g = $g AND far.partnership IN $far
MATCH ${pattern}
WHERE a.id IN $ids AND ${holds('r')}
WITH r ORDER BY r.id
RETURN ${relMap('r', detail)} AS rel, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to`,
  );
}

/**
 * Breadth-first from ids to maxDepth in one statement: the shortest path to each node reached
 * within maxDepth - 1 steps gives the depth it is first met at, and every line of a node met before
 * the last level is met at its nearer end's depth + 1 (`level`). store/traverse.ts orders them.
 */
export function traverseStatement(direction: Direction, types: readonly RelType[] | null, maxDepth: number, detail: Detail = 'full'): Statement<ExpandParam> {
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new Error(`maxDepth must be a whole number of at least 1, got ${maxDepth}`);
  const [l, r] = arrow(direction, `r${typeList(types)}`);
  return once(caseName(['TRAVERSE', ...detailCase(detail), direction, maxDepth, ...(types ? [...types].sort() : [null])]), ['g', 'ids', 'asOfStart', 'asOfEnd'], () =>
    `
UNWIND $ids AS id
MATCH (s:Node {g: $g, id: id})
${reach(`()${l}${r}() WHERE ${holds('r')}`, maxDepth - 1)}
MATCH (n)${l}${r}(m)
WHERE ${holds('r')}
WITH r, min(depth) + 1 AS level
WITH r, level, startNode(r) AS a, endNode(r) AS b
${withEnds(lineList('r', 'a', 'b', detail, ', level'), detail)}`,
  );
}

/** Each node n within `steps` of a start s (one step: `hop`), with its least depth; a quantifier cannot be {0,0}. */
const reach = (hop: string, steps: number): string =>
  steps === 0
    ? 'WITH s AS n, 0 AS depth'
    : `MATCH p = ANY SHORTEST (s)(${hop}){0,${steps}}(n)
WITH n, min(length(p)) AS depth`;

/** Which filters a list query has: each present one is in the statement, the others are not. */
export interface ListShape {
  kinds: boolean;
  partnership: boolean;
  ids: boolean;
  text: boolean;
  props: boolean;
  after: boolean;
}

export type ListParam = 'g' | 'asOfStart' | 'asOfEnd' | 'kinds' | 'partnership' | 'ids' | 'text' | 'props' | 'after' | 'limit';

// A property filter compares like with like: across types Cypher gives null, which fails WHERE.
const PROP_FILTER = `all(f IN $props WHERE
    CASE f.op
      WHEN 'eq' THEN n['prop_' + f.key] = f.value
      WHEN 'lt' THEN n['prop_' + f.key] < f.value
      WHEN 'lte' THEN n['prop_' + f.key] <= f.value
      WHEN 'gt' THEN n['prop_' + f.key] > f.value
      WHEN 'gte' THEN n['prop_' + f.key] >= f.value
    END)`;

/** A page of listNodes (`page`), or the count of all it matches (`count`), for one shape of filter. */
export function listStatement(shape: ListShape, mode: 'page' | 'count', detail: Detail = 'full'): Statement<ListParam> {
  const where = [
    'n.g = $g',
    ...(shape.partnership ? ['n.partnership = $partnership'] : []),
    ...(shape.kinds ? ['n.kind IN $kinds'] : []),
    ...(shape.ids ? ['n.id IN $ids'] : []),
    ...(shape.text ? ['n.searchLc CONTAINS $text'] : []),
    holds('n'),
    ...(shape.props ? [PROP_FILTER] : []),
    ...(mode === 'page' && shape.after ? ['n.id > $after'] : []),
  ];
  const used = (['kinds', 'partnership', 'ids', 'text', 'props'] as const).filter((k) => shape[k]);
  const params: ListParam[] = ['g', 'asOfStart', 'asOfEnd', ...used, ...(mode === 'page' ? (shape.after ? ['after', 'limit'] as const : ['limit'] as const) : [])];
  const name = caseName([mode === 'page' ? 'LIST_PAGE' : 'LIST_COUNT', ...(mode === 'page' ? detailCase(detail) : []), ...used, ...(mode === 'page' && shape.after ? ['after'] : [])]);
  return once(name, params, () =>
    `
MATCH (n:Node)
WHERE ${where.join('\n  AND ')}
${mode === 'page' ? `WITH n ORDER BY n.id LIMIT $limit\nRETURN ${nodeMap('n', detail)} AS node` : 'RETURN count(n) AS total'}`,
  );
}

/**
 * A page of listNodes with the nodes its filter names (ListQuery.named) read beside, in one
 * statement: the first row's `namedNodes`; the page's rows after, or, for an empty page, one row
 * whose `node` is null.
 */
export function withNamedStatement(page: Statement<ListParam>, detail: Detail = 'full'): Statement<ListParam | 'named'> {
  return once(`${page.name}_WITH_NAMED`, [...page.params, 'named'], () =>
    `
CALL () {
  UNWIND $named AS namedId
  MATCH (w:Node {g: $g, id: namedId})
  RETURN collect(${nodeMap('w', detail)}) AS namedNodes
}
OPTIONAL CALL () {
${page.text}
}
RETURN namedNodes, node`,
  );
}

/** Every shape of list filter, for the lint and the plan tests. */
export const LIST_SHAPES: readonly ListShape[] = Array.from({ length: 64 }, (_, i) => ({
  kinds: !!(i & 1),
  partnership: !!(i & 2),
  ids: !!(i & 4),
  text: !!(i & 8),
  props: !!(i & 16),
  after: !!(i & 32),
}));

/** Nodes by id. */
export const getNodesStatement = (detail: Detail = 'full'): Statement<'g' | 'ids'> =>
  once(caseName(['GET_NODES', ...detailCase(detail)]), ['g', 'ids'], () =>
    `
UNWIND $ids AS id
MATCH (n:Node {g: $g, id: id})
RETURN ${nodeMap('n', detail)} AS node`,
  );

/**
 * Relationships by id. A relationship's id starts with its from node's id (relId in
 * domain/model.ts, enforced by store/batch.ts), so it is found through that node's unique index;
 * a relationship joins two nodes of one generation, so naming the generation of one end is enough.
 */
export const getRelsStatement = (detail: Detail = 'full'): Statement<'g' | 'ids'> =>
  once(caseName(['GET_RELS', ...detailCase(detail)]), ['g', 'ids'], () =>
    `
UNWIND $ids AS id
MATCH (a:Node {g: $g, id: split(id, ' ')[0]})-[r]->(b:Node)
WHERE r.id = id
RETURN ${relMap('r', detail)} AS rel, type(r) AS type, a.id AS from, b.id AS to`,
  );
