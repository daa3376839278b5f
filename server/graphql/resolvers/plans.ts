// What plans say: strategies, their priorities and actions, measures, and the framework
// requirements (VRU mandatory actions) that borough actions answer.
import type { GraphNode } from '../../domain/model.js';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { nodeFields, optionalNode } from './node.js';
import { farNodes, propInt, propList, propNumber, propText, related, rels } from './related.js';

const unique = (nodes: GraphNode[]): GraphNode[] => [...new Map(nodes.map((n) => [n.id, n])).values()];
const byName = (a: GraphNode, b: GraphNode): number => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);

/** A strategy's actions: its own and, unless `direct`, those of its priorities. */
async function strategyActions(ctx: Context, strategy: GraphNode, asOf: string | null | undefined, direct: boolean) {
  const below = await farNodes(ctx, strategy.id, 'out', direct ? ['HAS_ACTION'] : ['HAS_ACTION', 'HAS_PRIORITY'], asOf);
  const own = below.filter((n) => n.kind === 'Action');
  const priorities = below.filter((n) => n.kind === 'Priority').map((n) => n.id);
  const viaPriorities = priorities.length > 0 ? await farNodes(ctx, priorities, 'out', ['HAS_ACTION'], asOf, ['Action']) : [];
  return unique([...own, ...viaPriorities]).sort(byName);
}

/** An action's strategies: those it belongs to directly and those of its priorities. */
async function actionStrategies(ctx: Context, action: GraphNode, asOf: string | null | undefined) {
  const above = await farNodes(ctx, action.id, 'in', ['HAS_ACTION'], asOf);
  const own = above.filter((n) => n.kind === 'Strategy');
  const priorities = above.filter((n) => n.kind === 'Priority').map((n) => n.id);
  const viaPriorities = priorities.length > 0 ? await farNodes(ctx, priorities, 'in', ['HAS_PRIORITY'], asOf, ['Strategy']) : [];
  return unique([...own, ...viaPriorities]).sort(byName);
}

export const planResolvers: Resolvers = {
  Strategy: {
    ...nodeFields,
    period: (n) => propText(n.props.period),
    publisher: (n) => propText(n.props.publisher),
    document: (n, _, ctx) => optionalNode(ctx, propText(n.props.sourceId)),
    priorities: (n, a, ctx) => farNodes(ctx, n.id, 'out', ['HAS_PRIORITY'], a.asOf, ['Priority']),
    actions: (n, a, ctx) => strategyActions(ctx, n, a.asOf, a.direct ?? false),
    alignsWith: (n, a, ctx) => related(ctx, n.id, 'out', ['ALIGNS_WITH'], a.asOf),
    alignedFrom: (n, a, ctx) => related(ctx, n.id, 'in', ['ALIGNS_WITH'], a.asOf),
    overseenBy: (n, a, ctx) => related(ctx, n.id, 'in', ['OVERSEES'], a.asOf),
    supersedes: (n, a, ctx) => related(ctx, n.id, 'out', ['SUPERSEDES'], a.asOf),
    supersededBy: (n, a, ctx) => related(ctx, n.id, 'in', ['SUPERSEDES'], a.asOf),
  },
  Priority: {
    ...nodeFields,
    number: (n) => propText(n.props.number),
    strategies: (n, a, ctx) => farNodes(ctx, n.id, 'in', ['HAS_PRIORITY'], a.asOf, ['Strategy']),
    actions: (n, a, ctx) => farNodes(ctx, n.id, 'out', ['HAS_ACTION'], a.asOf, ['Action']),
    measures: (n, a, ctx) => farNodes(ctx, n.id, 'out', ['MEASURED_BY'], a.asOf, ['Measure']),
    alignsWith: (n, a, ctx) => related(ctx, n.id, 'out', ['ALIGNS_WITH'], a.asOf),
    overseenBy: (n, a, ctx) => related(ctx, n.id, 'in', ['OVERSEES'], a.asOf),
  },
  Action: {
    ...nodeFields,
    number: (n) => propText(n.props.number),
    category: (n) => propText(n.props.category),
    objective: (n) => propText(n.props.objective),
    focusArea: (n) => propText(n.props.focusArea),
    outcomes: (n) => propText(n.props.outcomes),
    resources: (n) => propText(n.props.resources),
    funding: (n) => propText(n.props.funding),
    fundingAmount: (n) => propNumber(n.props.fundingAmount),
    timescale: (n) => propText(n.props.timescale),
    due: (n) => propText(n.props.due),
    status: (n) => propText(n.props.status),
    leadAsWritten: (n) => propText(n.props.leadAsWritten),
    recommendations: (n) => propList(n.props.recommendations),
    namedLead: (n) => propText(n.props.namedLead),
    rag: (n) => propText(n.props.rag),
    priorities: (n, a, ctx) => farNodes(ctx, n.id, 'in', ['HAS_ACTION'], a.asOf, ['Priority']),
    strategies: (n, a, ctx) => actionStrategies(ctx, n, a.asOf),
    leads: (n, a, ctx) => rels(ctx, n.id, 'in', ['LEADS'], a.asOf),
    deliverers: (n, a, ctx) => rels(ctx, n.id, 'in', ['DELIVERS'], a.asOf),
    measures: (n, a, ctx) => farNodes(ctx, n.id, 'out', ['MEASURED_BY'], a.asOf, ['Measure']),
    responses: (n, a, ctx) => rels(ctx, n.id, 'out', ['RESPONDS_TO'], a.asOf, ['Requirement']),
    overseenBy: (n, a, ctx) => related(ctx, n.id, 'in', ['OVERSEES'], a.asOf),
  },
  Requirement: {
    ...nodeFields,
    number: (n) => propText(n.props.number),
    themeNumber: (n) => propInt(n.props.theme),
    theme: async (n, a, ctx) => (await farNodes(ctx, n.id, 'out', ['PART_OF'], a.asOf))[0] ?? null,
    items: (n, a, ctx) => farNodes(ctx, n.id, 'in', ['PART_OF'], a.asOf, ['Requirement']),
    responses: async (n, a, ctx) => {
      const answers = await related(ctx, n.id, 'in', ['RESPONDS_TO'], a.asOf, ['Action']);
      return answers.filter((r) => !a.partnership || r.node.partnership === a.partnership).map((r) => r.rel);
    },
  },
  Measure: {
    ...nodeFields,
    baseline: (n) => propText(n.props.baseline),
    target: (n) => propText(n.props.target),
    unit: (n) => propText(n.props.unit),
    measures: (n, a, ctx) => farNodes(ctx, n.id, 'in', ['MEASURED_BY'], a.asOf),
  },
};
