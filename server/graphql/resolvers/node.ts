// Fields every node kind shares (the Node interface), and evidence.
import { GraphQLError } from 'graphql';
import { REL_TYPES, type GraphNode } from '../../domain/model.js';
import type { Direction as StoreDirection } from '../../store/contract.js';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import type { Direction, NodeLinesArgs, Resolvers } from '../generated/graphql.js';
import { properties, rels } from './related.js';

const DIRECTIONS: Record<Direction, StoreDirection> = { OUT: 'out', IN: 'in', BOTH: 'both' };

/** A node the graph must hold (an evidence source, a line's end): its absence is a fault of the data. */
export async function requiredNode(ctx: Context, id: string, what: string): Promise<GraphNode> {
  const node = await ctx.loaders.nodes.load(id);
  if (!node) throw new GraphQLError(`${what} "${id}" is not in the graph`, { extensions: { code: ErrorCode.INTERNAL } });
  return node;
}

export const optionalNode = async (ctx: Context, id: string | undefined | null): Promise<GraphNode | null> =>
  typeof id === 'string' && id ? ctx.loaders.nodes.load(id) : null;

/** Spread into every node type's resolvers. */
export const nodeFields = {
  partnership: (n: GraphNode, _: unknown, ctx: Context) =>
    n.partnership && n.partnership !== n.id ? optionalNode(ctx, n.partnership) : n.kind === 'Partnership' ? n : null,
  properties: (n: GraphNode) => properties(n.props),
  lines: (n: GraphNode, args: NodeLinesArgs, ctx: Context) =>
    rels(ctx, n.id, DIRECTIONS[args.direction ?? 'BOTH'], args.types ?? REL_TYPES, args.asOf),
};

export const nodeResolvers: Resolvers = {
  Node: { __resolveType: (n) => n.kind },
  GovernanceBody: { __resolveType: (n) => n.kind as 'Partnership' | 'Board' | 'SubGroup' | 'Panel' },
  // no field returns a bare Line (each names its concrete type); graphql-js still wants a resolver
  Line: { __resolveType: () => 'Relationship' },
  Evidence: {
    source: (e, _, ctx) => requiredNode(ctx, e.source, 'evidence source'),
  },
};
