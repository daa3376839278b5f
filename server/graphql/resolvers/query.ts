// Root fields. Graph logic lives in server/domain (walk, chart, reporting chains); these
// resolvers check arguments, fetch through the loaders and hand over.
import { buildChart, chartSourceIds } from '../../domain/chart.js';
import { holdsPlanBodies, withPlanBodies } from '../../domain/plan-bodies.js';
import { BODY_KINDS, type GraphNode, type RelType } from '../../domain/model.js';
import { STRUCTURE_TYPES } from '../../domain/walk.js';
import { MAX_PAGE } from '../../store/contract.js';
import { MAX_IDS, MAX_ROOTS, MAX_WALK_DEPTH, asOfArg, intArg, pageSizeArg, searchAfterArg, textArg } from '../args.js';
import type { Context } from '../context.js';
import { badInput, notFound } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { chainsOf, linesFirst } from './bodies.js';
import {
  actionsQuery,
  bodiesQuery,
  connection,
  organisationsQuery,
  requirementsQuery,
  strategiesQuery,
} from './connections.js';
import { loadNodes } from './related.js';

interface WalkArgs {
  depth?: number | null;
  relationships?: readonly RelType[] | null;
  asOf?: string | null;
}

const walkOptions = (a: WalkArgs) => ({
  depth: intArg(a.depth, 3, 0, MAX_WALK_DEPTH, 'depth'),
  types: a.relationships ?? STRUCTURE_TYPES,
  asOf: asOfArg(a.asOf),
});

/** Nodes by id, each of which must exist; `argument` names the ids in the error. */
async function existing(ctx: Context, ids: readonly string[], argument: string): Promise<GraphNode[]> {
  const found = await ctx.loaders.nodes.loadMany(ids);
  const missing = ids.filter((_, i) => !found[i] || found[i] instanceof Error);
  if (missing.length > 0) throw notFound(`${argument}: no node has id ${missing.map((id) => `"${id}"`).join(', ')}`, argument);
  return found as GraphNode[];
}

export const queryResolvers: Resolvers = {
  Query: {
    node: async (_, a, ctx, info) => {
      await linesFirst(ctx, a.id, info);
      return ctx.loaders.nodes.load(a.id);
    },
    nodes: async (_, a, ctx) => {
      if (a.ids.length > MAX_IDS) throw badInput(`ids: at most ${MAX_IDS} ids, got ${a.ids.length}`, 'ids');
      return (await ctx.loaders.nodes.loadMany(a.ids)).map((n) => (n instanceof Error ? null : n));
    },
    search: (_, a, ctx) =>
      ctx.store.search({ text: textArg(a.text, 'text'), kinds: a.kinds ?? undefined, first: pageSizeArg(a.first), after: searchAfterArg(a.after) }),
    partnerships: async (_, a, ctx) => {
      const page = await ctx.store.listNodes({ kinds: ['Partnership'], asOf: asOfArg(a.asOf), first: MAX_PAGE });
      return page.items.sort((x, y) => x.name.localeCompare(y.name));
    },
    bodies: async (_, a, ctx, info) => connection(ctx, info, a.first, a.after, await bodiesQuery(ctx, a.filter ?? undefined)),
    organisations: async (_, a, ctx, info) => connection(ctx, info, a.first, a.after, await organisationsQuery(ctx, a.filter ?? undefined)),
    strategies: async (_, a, ctx, info) => connection(ctx, info, a.first, a.after, await strategiesQuery(ctx, a.filter ?? undefined)),
    actions: async (_, a, ctx, info) => connection(ctx, info, a.first, a.after, await actionsQuery(ctx, a.filter ?? undefined)),
    requirements: async (_, a, ctx, info) => connection(ctx, info, a.first, a.after, await requirementsQuery(ctx, a.filter ?? undefined)),
    reportingChain: async (_, a, ctx) => {
      const asOf = asOfArg(a.asOf);
      // the chains first: their traversal reads the body with them (a read view keeps the nodes it
      // has read), so the body costs no statement of its own; the chains of an id that is no body
      // are thrown away
      const chains = await chainsOf(ctx, a.id, asOf);
      const [body] = await existing(ctx, [a.id], 'id');
      if (!(BODY_KINDS as readonly string[]).includes(body.kind)) {
        throw notFound(`id: "${a.id}" is a ${body.kind}, not a governance body (${BODY_KINDS.join(', ')})`, 'id');
      }
      return chains;
    },
    subtree: async (_, a, ctx) => {
      const opts = walkOptions(a);
      const [root] = await existing(ctx, [a.id], 'id');
      const result = await ctx.store.walk({ rootIds: [root.id], ...opts });
      return {
        root,
        nodes: [...result.nodes.values()].map(({ node, depth }) => ({ node, depth })),
        lines: result.rels,
      };
    },
    structureChart: async (_, a, ctx) => {
      const opts = walkOptions(a);
      if (a.rootIds.length === 0 || a.rootIds.length > MAX_ROOTS) {
        throw badInput(`rootIds: give from 1 to ${MAX_ROOTS} ids, got ${a.rootIds.length}`, 'rootIds');
      }
      const ids = [...new Set(a.rootIds)];
      // the walk reads, with it, every body of each root that is a partnership and their lines when
      // the chart is one of the governance structure (one statement on Neo4j). The roots come after
      // the walk, which reads them (a read view keeps the nodes it has read): no statement of their own.
      const walked = await ctx.store.walk({ rootIds: ids, ...opts, planBodies: holdsPlanBodies(opts.types) });
      await existing(ctx, ids, 'rootIds');
      const { result, unlinked } = withPlanBodies(walked, ids);
      const groupBy = a.groupBy ?? 'NONE';
      // names of the partnerships that label compound nodes but were not reached themselves
      const unreached = [...new Set([...result.nodes.values()].map((r) => r.node.partnership))].filter(
        (id): id is string => !!id && !result.nodes.has(id),
      );
      // asked for together: one round trip on Neo4j (the sources are none when no evidence is asked)
      const [named, evidenced] = await Promise.all([groupBy === 'PARTNERSHIP' ? loadNodes(ctx, unreached) : [], loadNodes(ctx, chartSourceIds(result))]);
      const names = new Map(named.map((n) => [n.id, n.name]));
      const sources = evidenced.map((n) => ({ id: n.id, title: n.name }));
      return { ...buildChart(result, ids, groupBy, (id) => names.get(id) ?? id, unlinked), sources };
    },
    stats: (_, __, ctx) => ctx.store.stats(),
  },
};
