// Governance bodies: their reporting, information and co-ordination lines, who chairs and sits
// on them, what they oversee and deliver.
import { BODY_KINDS, type GraphNode, type NodeKind, type RelType } from '../../domain/model.js';
import { mergeRepeatedLines } from '../../domain/repeated-lines.js';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import { MAX_DEPTH, type Direction } from '../../store/contract.js';
import { asOfArg } from '../args.js';
import { levelsAsked, selected } from '../lookahead.js';
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

/** A body's structural line fields: the direction and type of the lines each follows. */
const LINE_FIELDS: Record<string, readonly [Direction, readonly RelType[]]> = {
  reportsTo: ['out', ['REPORTS_TO']],
  reportingBodies: ['in', ['REPORTS_TO']],
  feedsInto: ['out', ['FEEDS_INTO']],
  fedBy: ['in', ['FEEDS_INTO']],
  linksWith: ['both', ['LINKS_WITH']],
  partOf: ['out', ['PART_OF']],
  parts: ['in', ['PART_OF']],
};
const LINE_FIELD_NAMES = new Set(Object.keys(LINE_FIELDS));

const lineField = (name: keyof typeof LINE_FIELDS) => (n: GraphNode, a: AsOf, ctx: Context, info: GraphQLResolveInfo) =>
  related(ctx, n.id, LINE_FIELDS[name]![0], LINE_FIELDS[name]![1], a.asOf, STRUCTURE_ENDS, levelsAsked(info, MAX_DEPTH));

/**
 * Fetches the lines a query asks of the body `id` (node(id) { ... on GovernanceBody { reportingBodies
 * { ... } } }), with every level it asks below, before the body itself: the traversal reads the body
 * with them (a read view keeps the nodes it has read), so the body costs no statement of its own.
 * Only a warm-up of the loaders: a failure is left to the field's own resolver to report.
 */
export async function linesFirst(ctx: Context, id: string, info: GraphQLResolveInfo): Promise<void> {
  const asks = selected(info, LINE_FIELD_NAMES).flatMap((f) => {
    const args = f.arguments ?? [];
    const v = args[0]?.value;
    // asOf written out or as a variable (the only argument of these fields)
    const raw = !v ? undefined : v.kind === Kind.STRING ? v.value : v.kind === Kind.VARIABLE ? info.variableValues[v.name.value] : v.kind === Kind.NULL ? null : '';
    if (args.length > 1 || (raw !== undefined && raw !== null && typeof raw !== 'string')) return [];
    const [direction, types] = LINE_FIELDS[f.name.value]!;
    const levels = levelsAsked({ fieldNodes: [f], fragments: info.fragments }, MAX_DEPTH);
    try {
      const key = { id, direction, types, asOf: asOfArg(raw) };
      return [levels > 1 ? ctx.loaders.levels.load({ ...key, levels }) : ctx.loaders.rels.load(key)];
    } catch {
      return [];
    }
  });
  await Promise.allSettled(asks);
}

const bodyFields = {
  ...nodeFields,
  tier: (n: GraphNode) => propInt(n.props.tier),
  frequency: (n: GraphNode) => propText(n.props.frequency),
  status: (n: GraphNode, a: AsOf) => statusAt(n, a.asOf),
  reportsTo: lineField('reportsTo'),
  reportingBodies: lineField('reportingBodies'),
  reportingChain: (n: GraphNode, a: AsOf, ctx: Context) => chainsOf(ctx, n.id, a.asOf),
  feedsInto: lineField('feedsInto'),
  fedBy: lineField('fedBy'),
  linksWith: lineField('linksWith'),
  partOf: lineField('partOf'),
  parts: lineField('parts'),
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
