// Whether a request can be answered from reads without evidence (ReadViewOptions.evidence in
// store/contract.ts): a fact's quotes are most of what the store sends, and a chart, a reporting
// chain, a search, a page of bodies or a VRU matrix of flags mostly asks for none. A document
// qualifies when it is a query and every field it selects (through fragments and inline fragments
// too, under any alias) is one of FREE: fields, named by their type, whose resolvers never read
// evidence, directly or through an analysis (the findings and a VRU matrix cell's gaps and
// responses do, and the chart's `sources` are its evidence's; a matrix of flags and totals does
// not). A field is decided by the type it is selected on, from the schema, not by its name: a
// field of another type that shares a listed name is not free. Any other field, and a
// request whose text is not at hand (a persisted query's hash that no build registered:
// graphql-route.ts), reads evidence: a field added to the schema is safe until listed.
// Such a request that asks for no node's text and no note (TEXTS) either reads without those too
// (ReadViewOptions.text): little more than names and dates.
// tests/parity checks that the answers of the listed fields are the same either way.
import { buildSchema, isInterfaceType, isObjectType, parse, TypeInfo, visit, visitWithTypeInfo, type GraphQLNamedType } from 'graphql';
import type { ReadViewOptions } from '../store/contract.js';
import { typeDefs } from './schema.js';

const CONNECTION = ['nodes', 'edges', 'pageInfo', 'totalCount'];
const EDGE = ['node', 'cursor'];
const LINE_TO_NODE = ['node'];

/** Fields that never read evidence, by the type (or interface: every type implementing it) they are on. */
export const FREE: Readonly<Record<string, readonly string[]>> = {
  Query: ['node', 'nodes', 'search', 'partnerships', 'bodies', 'organisations', 'strategies', 'actions', 'requirements', 'reportingChain', 'subtree', 'structureChart', 'stats', 'vruAlignment'],
  Node: ['id', 'kind', 'name', 'aliases', 'text', 'note', 'validFrom', 'validTo', 'partnership', 'properties', 'lines'],
  Property: ['key', 'value', 'values'],
  Line: ['id', 'type', 'note', 'validFrom', 'validTo', 'properties'],
  Relationship: ['from', 'to'],
  BodyLine: [...LINE_TO_NODE, 'body'],
  NodeLine: LINE_TO_NODE,
  Membership: ['member', 'organisation', 'role', 'post', 'body'],
  Chair: ['chair', 'organisation', 'role', 'post', 'body'],
  GovernanceBody: ['tier', 'frequency', 'status', 'reportsTo', 'reportingBodies', 'feedsInto', 'fedBy', 'linksWith', 'partOf', 'parts', 'chairs', 'members', 'oversees', 'covers'],
  SearchHit: ['score', 'matched', 'node'],
  ...Object.fromEntries(['GovernanceBody', 'Organisation', 'Strategy', 'Action', 'Requirement'].flatMap((t) => [[`${t}Connection`, CONNECTION], [`${t}Edge`, EDGE]])),
  PageInfo: ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'],
  Subgraph: ['root', 'nodes', 'lines'],
  SubgraphNode: ['node', 'depth'],
  // not `sources`
  Chart: ['nodes', 'edges'],
  ChartNode: ['data', 'classes'],
  ChartEdge: ['data', 'classes'],
  ChartNodeData: ['elementId', 'label', 'shortLabel', 'kind', 'parent', 'tier', 'partnership', 'compound', 'depth', 'unlinked'],
  ChartEdgeData: ['elementId', 'source', 'target', 'type', 'label', 'validFrom', 'validTo'],
  // the matrix of flags and totals (not a cell's `gaps` and `responses`): its flags come from the
  // answers' properties, and read without evidence the first matrix after a write cost a quarter less
  AlignmentReport: ['framework', 'partnerships', 'themes', 'totals'],
  AlignmentTheme: ['theme', 'number', 'requirements', 'totals'],
  AlignmentRow: ['requirement', 'number', 'cells'],
  AlignmentCell: ['partnership', 'requirement', 'flags'],
  AlignmentTotals: ['partnership', 'requirements', 'responded', 'answered', 'flags'],
  GapFlagCount: ['flag', 'count'],
  GraphStats: ['nodes', 'relationships', 'byKind', 'byType'],
  KindCount: ['kind', 'count'],
  TypeCount: ['type', 'count'],
};

/** The free fields that read a node's text or a note (of a node or a line): their own. */
export const TEXTS: Readonly<Record<string, readonly string[]>> = { Node: ['text', 'note'], Line: ['note'] };

const schema = buildSchema(typeDefs);

const index = (fields: Readonly<Record<string, readonly string[]>>) => new Set(Object.entries(fields).flatMap(([type, names]) => names.map((f) => `${type}.${f}`)));
const FREE_FIELDS = index(FREE);
const TEXT_FIELDS = index(TEXTS);

/** Whether `type.field` or the field of an interface the type implements is in `listed`. */
function listedOn(listed: ReadonlySet<string>, type: GraphQLNamedType | null | undefined, field: string): boolean {
  if (!type) return false;
  if (listed.has(`${type.name}.${field}`)) return true;
  return (isObjectType(type) || isInterfaceType(type)) && type.getInterfaces().some((i) => i.getFields()[field] !== undefined && listed.has(`${i.name}.${field}`));
}

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
  const types = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(types, {
      OperationDefinition: (op) => void (op.operation !== 'query' && (free = false)),
      Field: (f) => {
        const name = f.name.value;
        if (name === '__typename') return;
        const parent = types.getParentType();
        // a field the schema lacks on that type (the request fails validation) is not known to be free
        if (!types.getFieldDef() || !listedOn(FREE_FIELDS, parent, name)) free = false;
        if (listedOn(TEXT_FIELDS, parent, name)) text = true;
      },
    }),
  );
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
