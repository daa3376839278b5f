// Results of the structural analyses: the cascade (domain/analysis/cascade.ts), the structure
// diff (compare-structure.ts) and shared structures (shared-structures.ts). Nodes named by id
// resolve through the node loader; the analyses' enums are upper-cased into the schema's.
import type { BodyMatch as DomainBodyMatch, CascadeRole as DomainCascadeRole, CascadeDirection as DomainCascadeDirection } from '../../domain/analysis/index.js';
import type { BodyMatch, CascadeDirection, CascadeRole, Resolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';
import { requiredNode } from './node.js';

const DIRECTION: Record<DomainCascadeDirection, CascadeDirection> = { down: 'DOWN', up: 'UP' };
const ROLE: Record<DomainCascadeRole, CascadeRole> = {
  strategy: 'STRATEGY',
  priority: 'PRIORITY',
  requirement: 'REQUIREMENT',
  action: 'ACTION',
  lead: 'LEAD',
  partner: 'PARTNER',
  overseer: 'OVERSEER',
};
const MATCH: Record<DomainBodyMatch, BodyMatch> = { id: 'ID', name: 'NAME', partnership: 'PARTNERSHIP' };

const nodesOf = (ctx: Context, ids: readonly string[], what: string) => Promise.all(ids.map((id) => requiredNode(ctx, id, what)));

export const structureResolvers: Resolvers = {
  Cascade: {
    direction: (c) => DIRECTION[c.direction],
  },
  CascadeEntry: {
    role: (e) => ROLE[e.role],
  },
  CascadeLink: {
    parent: (l, _, ctx) => requiredNode(ctx, l.parentId, 'cascade parent'),
    line: (l) => l.rel,
  },
  StructureDiff: {
    partnership: (d, _, ctx) => requiredNode(ctx, d.partnershipId, 'partnership'),
    toPartnership: (d, _, ctx) => requiredNode(ctx, d.toPartnershipId, 'partnership'),
  },
  BodyChange: {
    matchedBy: (c) => MATCH[c.matchedBy],
  },
  BodyPair: {
    matchedBy: (c) => MATCH[c.matchedBy],
  },
  SpanningNode: {
    partnerships: (s, _, ctx) => nodesOf(ctx, s.partnershipIds, 'partnership'),
    boroughs: (s, _, ctx) => nodesOf(ctx, s.boroughIds, 'borough'),
    lines: (s) => s.rels,
  },
  Interlock: {
    partnerships: (i, _, ctx) => nodesOf(ctx, i.partnershipIds, 'partnership'),
  },
  Seat: {
    lines: (s) => s.rels,
  },
};
