// Governance bodies: their reporting, information and co-ordination lines, who chairs and sits
// on them, what they oversee and deliver.
import { BODY_KINDS, type GraphNode, type NodeKind } from '../../domain/model.js';
import { mergeRepeatedLines } from '../../domain/repeated-lines.js';
import type { GraphQLResolveInfo } from 'graphql';
import { MAX_DEPTH } from '../../store/contract.js';
import { asOfArg } from '../args.js';
import { levelsAsked } from '../lookahead.js';
import type { Context } from '../context.js';
import type { PartnershipResolvers, Resolvers } from '../generated/graphql.js';
import { nodeFields } from './node.js';
import { farNodes, propInt, propText, related, rels, statusAt } from './related.js';

interface AsOf {
  asOf?: string | null;
}

/** Chains of bodies from the chains loader (ids) to nodes. */
export async function chainsOf(ctx: Context, id: string, rawAsOf?: string | null): Promise<GraphNode[][]> {
  const chains = await ctx.loaders.chains.load({ id, asOf: asOfArg(rawAsOf) });
  const nodes = await ctx.loaders.nodes.loadMany([...new Set(chains.flat())]);
  const byId = new Map(nodes.filter((n): n is GraphNode => !!n && !(n instanceof Error)).map((n) => [n.id, n]));
  return chains.map((chain) => chain.map((id) => byId.get(id)!));
}

/** The far ends a body's structural lines may have: bodies and organisations (a forum feeds into a council service). */
const STRUCTURE_ENDS: readonly NodeKind[] = [...BODY_KINDS, 'Organisation'];

const bodyFields = {
  ...nodeFields,
  tier: (n: GraphNode) => propInt(n.props.tier),
  frequency: (n: GraphNode) => propText(n.props.frequency),
  status: (n: GraphNode, a: AsOf) => statusAt(n, a.asOf),
  reportsTo: (n: GraphNode, a: AsOf, ctx: Context, info: GraphQLResolveInfo) => related(ctx, n.id, 'out', ['REPORTS_TO'], a.asOf, STRUCTURE_ENDS, levelsAsked(info, MAX_DEPTH)),
  reportingBodies: (n: GraphNode, a: AsOf, ctx: Context, info: GraphQLResolveInfo) => related(ctx, n.id, 'in', ['REPORTS_TO'], a.asOf, STRUCTURE_ENDS, levelsAsked(info, MAX_DEPTH)),
  reportingChain: (n: GraphNode, a: AsOf, ctx: Context) => chainsOf(ctx, n.id, a.asOf),
  feedsInto: (n: GraphNode, a: AsOf, ctx: Context, info: GraphQLResolveInfo) => related(ctx, n.id, 'out', ['FEEDS_INTO'], a.asOf, STRUCTURE_ENDS, levelsAsked(info, MAX_DEPTH)),
  fedBy: (n: GraphNode, a: AsOf, ctx: Context, info: GraphQLResolveInfo) => related(ctx, n.id, 'in', ['FEEDS_INTO'], a.asOf, STRUCTURE_ENDS, levelsAsked(info, MAX_DEPTH)),
  linksWith: (n: GraphNode, a: AsOf, ctx: Context, info: GraphQLResolveInfo) => related(ctx, n.id, 'both', ['LINKS_WITH'], a.asOf, STRUCTURE_ENDS, levelsAsked(info, MAX_DEPTH)),
  partOf: (n: GraphNode, a: AsOf, ctx: Context, info: GraphQLResolveInfo) => related(ctx, n.id, 'out', ['PART_OF'], a.asOf, STRUCTURE_ENDS, levelsAsked(info, MAX_DEPTH)),
  parts: (n: GraphNode, a: AsOf, ctx: Context, info: GraphQLResolveInfo) => related(ctx, n.id, 'in', ['PART_OF'], a.asOf, STRUCTURE_ENDS, levelsAsked(info, MAX_DEPTH)),
  chairs: async (n: GraphNode, a: AsOf, ctx: Context) => mergeRepeatedLines(await rels(ctx, n.id, 'in', ['CHAIRS'], a.asOf)),
  members: async (n: GraphNode, a: AsOf, ctx: Context) => mergeRepeatedLines(await rels(ctx, n.id, 'in', ['MEMBER_OF'], a.asOf)),
  oversees: (n: GraphNode, a: AsOf, ctx: Context) => related(ctx, n.id, 'out', ['OVERSEES'], a.asOf),
  actions: (n: GraphNode, a: AsOf, ctx: Context) => rels(ctx, n.id, 'out', ['LEADS', 'DELIVERS'], a.asOf, ['Action']),
  covers: (n: GraphNode, a: AsOf, ctx: Context) => farNodes(ctx, n.id, 'out', ['COVERS'], a.asOf, ['Area']),
};

const byName = (a: GraphNode, b: GraphNode): number => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);

const partnershipFields: Pick<PartnershipResolvers, 'bodies' | 'strategies'> = {
  bodies: async (n, a, ctx) =>
    (await ctx.loaders.scoped.load({ partnership: n.id, kinds: BODY_KINDS, asOf: asOfArg(a.asOf) })).filter((b) => b.id !== n.id).sort(byName),
  strategies: async (n, a, ctx) =>
    (await ctx.loaders.scoped.load({ partnership: n.id, kinds: ['Strategy'], asOf: asOfArg(a.asOf) })).sort(byName),
};

export const bodyResolvers: Resolvers = {
  Partnership: { ...bodyFields, ...partnershipFields },
  Board: bodyFields,
  SubGroup: bodyFields,
  Panel: bodyFields,
};
