// Organisations: where they sit, what they chair, lead and deliver; with `includeParts`, the
// same for every organisation inside them (the Met and its borough command units).
import type { GraphNode, RelType } from '../../domain/model.js';
import { mergeRepeatedLines } from '../../domain/repeated-lines.js';
import { asOfArg } from '../args.js';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { nodeFields } from './node.js';
import { farNodes, propText, rels, statusAt } from './related.js';

interface RoleArgs {
  asOf?: string | null;
  includeParts?: boolean | null;
}

/** The organisation's own lines of `type`, and its parts' when asked. */
async function roleLines(ctx: Context, org: GraphNode, type: RelType, a: RoleArgs) {
  const asOf = asOfArg(a.asOf);
  const ids = a.includeParts ? [org.id, ...(await ctx.loaders.parts.load({ id: org.id, asOf }))] : [org.id];
  return mergeRepeatedLines(await rels(ctx, ids, 'out', [type], asOf));
}

export const organisationResolvers: Resolvers = {
  Organisation: {
    ...nodeFields,
    type: (n) => propText(n.props.type),
    status: (n, a) => statusAt(n, a.asOf),
    memberships: (n, a, ctx) => roleLines(ctx, n, 'MEMBER_OF', a),
    chairs: (n, a, ctx) => roleLines(ctx, n, 'CHAIRS', a),
    leads: (n, a, ctx) => roleLines(ctx, n, 'LEADS', a),
    delivers: (n, a, ctx) => roleLines(ctx, n, 'DELIVERS', a),
    partOf: (n, a, ctx) => farNodes(ctx, n.id, 'out', ['PART_OF'], a.asOf, ['Organisation']),
    parts: (n, a, ctx) => farNodes(ctx, n.id, 'in', ['PART_OF'], a.asOf, ['Organisation']),
    covers: (n, a, ctx) => farNodes(ctx, n.id, 'out', ['COVERS'], a.asOf, ['Area']),
  },
};
