// All resolvers, merged type by type. Analyses add their own map to RESOLVER_MAPS.
import type { Resolvers } from '../generated/graphql.js';
import { analysisQueryResolvers } from './analysis.js';
import { alignmentResolvers } from './analysis-alignment.js';
import { governanceResolvers } from './analysis-governance.js';
import { structureResolvers } from './analysis-structure.js';
import { bodyResolvers } from './bodies.js';
import { curationQueryResolvers } from './curation.js';
import { curationTypeResolvers } from './curation-types.js';
import { lineResolvers } from './lines.js';
import { nodeResolvers } from './node.js';
import { organisationResolvers } from './organisation.js';
import { placeResolvers } from './places.js';
import { planResolvers } from './plans.js';
import { queryResolvers } from './query.js';

const RESOLVER_MAPS: Resolvers[] = [
  queryResolvers,
  nodeResolvers,
  bodyResolvers,
  organisationResolvers,
  planResolvers,
  placeResolvers,
  lineResolvers,
  analysisQueryResolvers,
  alignmentResolvers,
  governanceResolvers,
  structureResolvers,
  curationQueryResolvers,
  curationTypeResolvers,
];

export function mergeResolvers(maps: readonly Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const into = (out[type] ??= {});
      for (const [field, fn] of Object.entries(fields as Record<string, unknown>)) {
        if (field in into) throw new Error(`resolver ${type}.${field} is defined twice`);
        into[field] = fn;
      }
    }
  }
  return out as Resolvers;
}

export const resolvers: Resolvers = mergeResolvers(RESOLVER_MAPS);
