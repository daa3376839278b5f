// The GraphQL operations the national bench times: the questions the web app and a VRU reviewer
// ask most. The analyses are included only once schema.graphql has their fields.
import type { GraphQLSchema } from 'graphql';
import { MAX_IDS } from '../../server/graphql/args.js';
import type { Targets } from './targets.js';

export interface Operation {
  /** short name for tables */
  name: string;
  /** what it asks, with the target, for the table */
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Operations sent one after another and timed together: a question the API only answers in parts. */
export interface Sequence {
  name: string;
  label: string;
  parts: Operation[];
}

export interface Operations {
  ops: Operation[];
  sequences: Sequence[];
  /** operations left out, with why */
  skipped: string[];
}

/** The cheapest operation: what the server costs per request before any resolver runs. */
export const BASELINE = 'baseline';

export function operations(t: Targets, schema: GraphQLSchema): Operations {
  const fields = schema.getQueryType()?.getFields() ?? {};
  const ops: Operation[] = [
    { name: BASELINE, label: '`{ __typename }` (no resolver: the fixed cost of a request)', query: '{ __typename }', variables: {} },
    {
      name: 'structureChart',
      label: `structureChart of ${t.partnership} (depth 4, grouped by tier)`,
      query: `query($root: ID!) { structureChart(rootIds: [$root], depth: 4, groupBy: TIER) {
        nodes { data { elementId label shortLabel kind parent tier partnership compound depth } classes }
        edges { data { elementId source target type label validFrom validTo } classes } } }`,
      variables: { root: t.partnership },
    },
    {
      name: 'reportingChain',
      label: `reportingChain of ${t.deepBody} (${t.chainLength} bodies)`,
      query: 'query($id: ID!) { reportingChain(id: $id) { id name kind tier } }',
      variables: { id: t.deepBody },
    },
    {
      name: 'search',
      label: `search "${t.searchText}" (first 20)`,
      query: 'query($text: String!) { search(text: $text, first: 20) { score matched node { id name kind partnership { id } } } }',
      variables: { text: t.searchText },
    },
  ];
  const skipped: string[] = [];
  const sequences: Sequence[] = [];
  if ('vruAlignment' in fields) {
    // the grid a VRU reviewer compares: per partnership totals, per mandatory action the flags of each cell
    const alignment = (ids: string[], label: string): Operation => ({
      name: 'vruAlignment',
      label,
      query: `query($ids: [ID!]!) { vruAlignment(partnershipIds: $ids) {
        totals { partnership { id name } requirements responded answered flags { flag count } }
        themes { number theme { name } requirements { number requirement { id name } cells { partnership { id } flags } } } } }`,
      variables: { ids },
    });
    const all = t.partnershipIds;
    const first = all.slice(0, MAX_IDS);
    ops.push(alignment(first, `vruAlignment of ${first.length} partnerships${all.length > MAX_IDS ? ` (the API's maximum, of ${all.length})` : ''}`));
    if (all.length > MAX_IDS) {
      const parts: Operation[] = [];
      for (let i = 0; i < all.length; i += MAX_IDS) parts.push(alignment(all.slice(i, i + MAX_IDS), `part ${parts.length + 1}`));
      sequences.push({ name: 'vruAlignment', label: `vruAlignment of all ${all.length} partnerships as ${parts.length} requests of at most ${MAX_IDS}, one after another`, parts });
    }
  } else skipped.push('vruAlignment: not in schema.graphql yet');
  if ('governanceFindings' in fields) {
    ops.push({
      name: 'governanceFindings',
      label: `governanceFindings of ${t.partnership} as at ${t.asOf}`,
      query: `query($id: ID!, $asOf: String) { governanceFindings(partnershipId: $id, asOf: $asOf) {
        ruleId severity message nodes { id name kind } evidence { source { id } locator quote } } }`,
      variables: { id: t.partnership, asOf: t.asOf },
    });
  } else skipped.push('governanceFindings: not in schema.graphql yet');
  return { ops, sequences, skipped };
}
