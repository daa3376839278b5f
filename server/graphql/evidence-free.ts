// Whether a request can be answered from reads without evidence (ReadViewOptions.evidence in
// store/contract.ts): a fact's quotes are most of what the store sends, and a chart, a reporting
// chain, a search or a page of bodies mostly asks for none. A document qualifies when it is a
// query and every field it selects (fragments included) is one of FIELDS: fields whose resolvers
// never read evidence, directly or through an analysis (the findings and the VRU matrix do, and
// the chart's `sources` are its evidence's). Any other field, and a request whose text is not at
// hand (a persisted query's hash that no build registered: graphql-route.ts), reads evidence: a
// field added to the schema is safe until listed.
// Such a request that asks for no `text` or `note` either reads without those too
// (ReadViewOptions.text): little more than names and dates.
// tests/parity checks that the answers of the listed fields are the same either way.
import { parse, visit } from 'graphql';
import type { ReadViewOptions } from '../store/contract.js';

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

/** The fields that read a node's text or a note (of a node or a line): their own. */
const TEXTS = new Set(['text', 'note']);

const EVERYTHING: Required<ReadViewOptions> = { evidence: true, text: true };

/** Documents decided so far, by text: a client sends the same few again and again. */
const decided = new Map<string, Required<ReadViewOptions>>();
const MAX_DECIDED = 500;

function decide(query: string): Required<ReadViewOptions> {
  let document;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return EVERYTHING; // Apollo answers the syntax error; the view is never read
  }
  let free = true;
  let text = false;
  visit(document, {
    OperationDefinition: (op) => void (op.operation !== 'query' && (free = false)),
    Field: (f) => {
      if (!FIELDS.has(f.name.value)) free = false;
      if (TEXTS.has(f.name.value)) text = true;
    },
  });
  return free ? { evidence: false, text } : EVERYTHING;
}

/** What a read view for the request's document (its `query` text) must read: everything unless known otherwise. */
export function readOptions(query: unknown): Required<ReadViewOptions> {
  if (typeof query !== 'string') return EVERYTHING;
  let options = decided.get(query);
  if (options === undefined) {
    options = decide(query);
    if (decided.size >= MAX_DECIDED) decided.clear();
    decided.set(query, options);
  }
  return options;
}

/** True when the request's document selects no field that reads evidence. */
export const evidenceFree = (query: unknown): boolean => !readOptions(query).evidence;
