// The fixed set of operations both engines answer in the parity suite: every root field of
// Query, with and without asOf, the connections walked page by page, and every analysis. Ids
// are from seeds/. Each selection asks for every field to a depth (selection.ts).
import type { GraphQLEnumType } from 'graphql';
import { schema, rootQuery } from './selection.js';

export interface ParityOperation {
  name: string;
  query: string;
  /** a connection walked page by page: the query takes $after and returns `field` */
  pages?: string;
  /** answered with an error (the same on both engines) */
  fails?: boolean;
}

const one = (name: string, field: string, args: string, depth: number): ParityOperation => ({ name, query: rootQuery(field, args, depth) });
const pages = (name: string, field: string, args: string, depth: number): ParityOperation => ({
  name,
  query: `query ($after: String) ${rootQuery(field, `first: 7, after: $after${args ? `, ${args}` : ''}`, depth)}`,
  pages: field,
});

const ASOF = ['2018', '2024-06'];
const relTypes = () => (schema.getType('RelationshipType') as GraphQLEnumType).getValues().map((v) => v.name).join(', ');

export const OPERATIONS: ParityOperation[] = [
  one('node: a panel with two parents', 'node', 'id: "havering/dv-marac"', 2),
  one('node: an organisation', 'node', 'id: "org/mps"', 2),
  one('node: unknown id', 'node', 'id: "nope/nothing"', 1),
  one('nodes: in order, with an unknown id', 'nodes', 'ids: ["richmond/csp", "nope/x", "org/mps", "vru/ma-1-1", "havering/csp"]', 1),
  ...['MARAC', 'marac', 'Multi-Agency', 'operational group', 'domestic abuse', 'safer hav', 'violence', 'police', 'board', 'youth', 'risk panel', 'risk pan', 'community safety partnership', 'violence against women', 'anti social behaviour'].map((text) =>
    one(`search: ${text}`, 'search', `text: ${JSON.stringify(text)}, first: 40`, 1),
  ),
  // spellings search folds alike (server/store/search-terms.ts): hyphens, apostrophes, "&", slashes
  ...['anti-social', 'antisocial', 'anti-social behaviour team', "children's services", 'children\u2019s services', 'safe & sound', 'spa/mash'].map((text) =>
    one(`search: ${text}`, 'search', `text: ${JSON.stringify(text)}, first: 40`, 1),
  ),
  one('search: by kind', 'search', 'text: "safeguarding", kinds: [Board, Panel, SubGroup], first: 40', 1),
  one('partnerships', 'partnerships', '', 1),
  ...ASOF.map((d) => one(`partnerships as at ${d}`, 'partnerships', `asOf: "${d}"`, 1)),
  pages('bodies, every page', 'bodies', '', 2),
  pages('bodies of Richmond as at 2024', 'bodies', 'filter: { partnership: "richmond/csp", asOf: "2024" }', 2),
  pages('bodies: panels matching "risk"', 'bodies', 'filter: { kinds: [Panel], text: "risk" }', 2),
  pages('organisations, every page', 'organisations', '', 2),
  pages('organisations on the Havering CSP', 'organisations', 'filter: { memberOf: "havering/csp" }', 2),
  pages('strategies', 'strategies', '', 2),
  pages('actions, every page', 'actions', '', 2),
  pages('actions led by the MPS, due before 2025', 'actions', 'filter: { lead: "org/mps", dueBefore: "2025" }', 2),
  pages('requirements of theme 1', 'requirements', 'filter: { themeNumber: 1 }', 2),
  one('reportingChain: two parents', 'reportingChain', 'id: "havering/dv-marac"', 1),
  one('reportingChain as at 2018', 'reportingChain', 'id: "havering/dv-marac", asOf: "2018"', 1),
  one('reportingChain as at 2024-06', 'reportingChain', 'id: "richmond/vawg-operations-group", asOf: "2024-06"', 1),
  one('subtree of the Havering CSP', 'subtree', 'id: "havering/csp", depth: 4', 2),
  one('subtree of Richmond as at 2024, every line type', 'subtree', `id: "richmond/csp", depth: 3, asOf: "2024", relationships: [${relTypes()}]`, 1),
  one('structureChart of two partnerships by partnership', 'structureChart', 'rootIds: ["havering/csp", "richmond/csp"], depth: 5, groupBy: PARTNERSHIP', 3),
  ...ASOF.map((d) => one(`structureChart of Richmond by tier as at ${d}`, 'structureChart', `rootIds: ["richmond/csp"], depth: 4, groupBy: TIER, asOf: "${d}"`, 3)),
  one('stats', 'stats', '', 2),
  one('vruAlignment of every partnership', 'vruAlignment', 'partnershipIds: ["richmond/csp", "havering/csp", "wandsworth/csp", "rbkc/skcp"]', 3),
  ...['havering/csp', 'richmond/csp', 'wandsworth/csp', 'rbkc/skcp'].map((id) => one(`governanceFindings of ${id}`, 'governanceFindings', `partnershipId: "${id}"`, 1)),
  one('governanceFindings of Richmond as at 2017', 'governanceFindings', 'partnershipId: "richmond/csp", asOf: "2017"', 1),
  one('cascade down from the VRU action plan', 'cascade', 'id: "vru/action-plan-2023", direction: DOWN', 3),
  one('cascade down from a strategy as at 2024', 'cascade', 'id: "strategy/london-vawg-strategy", asOf: "2024"', 3),
  one('cascade up from an action', 'cascade', 'id: "havering/action-vawg-refresh"', 3),
  one('compareStructure of Richmond 2017 to 2024', 'compareStructure', 'partnershipId: "richmond/csp", from: "2017", to: "2024"', 3),
  one('compareStructure of Richmond 2017 with Wandsworth 2017', 'compareStructure', 'partnershipId: "richmond/csp", from: "2017", to: "2017", toPartnershipId: "wandsworth/csp"', 3),
  one('sharedStructures', 'sharedStructures', 'first: 50', 2),
  ...ASOF.map((d) => one(`sharedStructures as at ${d}`, 'sharedStructures', `asOf: "${d}", first: 10`, 2)),
  // the API's main questions as bench/parts/api.ts and library.ts ask them: no evidence asked, so
  // they read without it (server/graphql/evidence-free.ts)
  ...[
    ['a chart by tier, no evidence', '{ structureChart(rootIds: ["havering/csp"], depth: 4, groupBy: TIER) { nodes { data { elementId label shortLabel kind parent tier partnership compound depth } classes } edges { data { elementId source target type label validFrom validTo } classes } } }'],
    ['a chart by partnership as at 2024, no evidence', '{ structureChart(rootIds: ["richmond/csp", "wandsworth/csp"], depth: 5, groupBy: PARTNERSHIP, asOf: "2024") { nodes { data { elementId label kind parent tier partnership compound depth unlinked } classes } edges { data { elementId source target type label } classes } } }'],
    ['reportingChain, no evidence', '{ reportingChain(id: "havering/dv-marac") { id name kind tier } }'],
    ['search MARAC, no evidence', '{ search(text: "MARAC", first: 20) { score matched node { id name kind } } }'],
    ['two levels of reporting bodies, no evidence', '{ node(id: "havering/csp") { id name ... on GovernanceBody { reportingBodies { node { id name ... on GovernanceBody { reportingBodies { node { id name } } } } } } } }'],
    ['a page of 20 bodies, no evidence', '{ bodies(first: 20, filter: { partnership: "havering/csp" }) { nodes { id name kind partnership { id name } validFrom validTo } pageInfo { hasNextPage endCursor } totalCount } }'],
    ['a body and its lines, no evidence', '{ node(id: "havering/dv-marac") { id name text ... on GovernanceBody { tier status reportsTo { type node { id name } } chairs { chair { id name } organisation { id } role post } members { member { id name } role } partOf { node { id } } } } }'],
    ['subtree, no evidence', '{ subtree(id: "richmond/csp", depth: 3) { root { id name } nodes { depth node { id name kind } } lines { id type from { id } to { id } validFrom } } }'],
    ['the VRU matrix of flags and totals (the web app\'s), no evidence', '{ vruAlignment(partnershipIds: ["richmond/csp", "havering/csp", "rbkc/skcp"]) { framework { id name } partnerships { id name } totals { partnership { id } requirements responded answered flags { flag count } } themes { number theme { id name } totals { partnership { id } responded flags { flag count } } requirements { number requirement { id name } cells { partnership { id } requirement { id } flags } } } } }'],
    // evidence, texts and notes asked through fragments, inline fragments and aliases: read for them (evidence-free.ts decides by type and field)
    ['evidence through a fragment on Node, aliased', '{ node(id: "havering/dv-marac") { id ...Quoted } } fragment Quoted on Node { quotes: evidence { quote locator basis source { id } } }'],
    ['texts and notes through inline fragments, aliased', '{ search(text: "MARAC", first: 5) { node { id ... on GovernanceBody { about: text reportsTo { why: note node { id } } } } } }'],
    ['a line\'s note through a fragment on Line', '{ node(id: "havering/dv-marac") { ... on GovernanceBody { reportsTo { ...Why } feedsInto { ...Why } } } } fragment Why on Line { words: note validFrom }'],
  ].map(([name, query]) => ({ name: name!, query: query! })),
  // the partnership a page names is read beside the page (ListQuery.named) and must be one
  ...[
    ['a page of an unknown partnership', '{ bodies(first: 5, filter: { partnership: "nope/none" }) { nodes { id } } }'],
    ['a page of a body that is no partnership', '{ bodies(first: 5, filter: { partnership: "havering/dv-marac" }) { nodes { id } totalCount } }'],
  ].map(([name, query]) => ({ name: name!, query: query!, fails: true })),
  // curation (issue 14): on freshly seeded stores there are no changes, so both engines answer the same
  one('viewer, anonymous', 'viewer', '', 1),
  one('changedSince for Richmond', 'changedSince', 'partnershipId: "richmond/csp", since: "2020"', 2),
];

/** Every root field of Query the operations above ask. */
export const rootFieldsAsked = (): Set<string> => new Set(OPERATIONS.map((op) => /\{\s*(\w+)/.exec(op.query.replace(/^query[^{]*/, ''))![1]!));
