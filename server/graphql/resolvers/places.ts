// Areas (London, boroughs, BCUs) and the source documents.
import type { Resolvers } from '../generated/graphql.js';
import { nodeFields } from './node.js';
import { farNodes, propText } from './related.js';

export const placeResolvers: Resolvers = {
  Area: {
    ...nodeFields,
    type: (n) => propText(n.props.type),
    partOf: (n, a, ctx) => farNodes(ctx, n.id, 'out', ['PART_OF'], a.asOf, ['Area']),
    parts: (n, a, ctx) => farNodes(ctx, n.id, 'in', ['PART_OF'], a.asOf, ['Area']),
    coveredBy: (n, a, ctx) => farNodes(ctx, n.id, 'in', ['COVERS'], a.asOf),
  },
  Source: {
    ...nodeFields,
    file: (n) => propText(n.props.file),
    title: (n) => propText(n.props.title),
    publisher: (n) => propText(n.props.publisher),
    year: (n) => propText(n.props.year),
  },
};
