// Whether a request can be answered from reads without evidence (ReadViewOptions.evidence in
// store/contract.ts): a fact's quotes are most of what the store sends, and a chart, a reporting
// chain, a search or a page of bodies mostly asks for none. A document qualifies when it is a
// query and every field it selects (fragments included) is one of FIELDS: fields whose resolvers
// never read evidence, directly or through an analysis (the findings and the VRU matrix do, and
// the chart's `sources` are its evidence's). Any other field, and a request whose text is not at
// hand (a persisted query's hash that no build registered: graphql-route.ts), reads evidence: a
// field added to the schema is safe until listed.
// tests/parity checks that the answers of the listed fields are the same either way.
import { parse, visit } from 'graphql';

const FIELDS = new Set([
  '__typename',
  // Query
  ...['node', 'nodes', 'search', 'partnerships', 'bodies', 'organisations', 'strategies', 'actions', 'requirements', 'reportingChain', 'subtree', 'structureChart', 'stats'],
  // Node, Property, Line
  ...['id', 'kind', 'name', 'aliases', 'text', 'note', 'validFrom', 'validTo', 'partnership', 'properties', 'key', 'value', 'values', 'lines', 'type', 'from', 'to', 'body'],
  // GovernanceBody
  ...['tier', 'frequency', 'status', 'reportsTo', 'reportingBodies', 'feedsInto', 'fedBy', 'linksWith', 'partOf', 'parts', 'chairs', 'members', 'oversees', 'covers'],
  // Membership, Chair
  ...['member', 'chair', 'organisation', 'role', 'post'],
  // SearchHit, connections, PageInfo, Subgraph
  ...['score', 'matched', 'cursor', 'edges', 'pageInfo', 'totalCount', 'hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor', 'root', 'depth'],
  // Chart (not `sources`), GraphStats
  ...['data', 'classes', 'group', 'elementId', 'label', 'shortLabel', 'parent', 'compound', 'unlinked', 'source', 'target'],
  ...['relationships', 'byKind', 'byType', 'count'],
]);

/** Documents decided so far, by text: a client sends the same few again and again. */
const decided = new Map<string, boolean>();
const MAX_DECIDED = 500;

function decide(query: string): boolean {
  let document;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return false; // Apollo answers the syntax error; the view is never read
  }
  let free = true;
  visit(document, {
    OperationDefinition: (op) => void (op.operation !== 'query' && (free = false)),
    Field: (f) => void (FIELDS.has(f.name.value) || (free = false)),
  });
  return free;
}

/** True when the request's document (its `query` text) selects no field that reads evidence. */
export function evidenceFree(query: unknown): boolean {
  if (typeof query !== 'string') return false;
  let free = decided.get(query);
  if (free === undefined) {
    free = decide(query);
    if (decided.size >= MAX_DECIDED) decided.clear();
    decided.set(query, free);
  }
  return free;
}
