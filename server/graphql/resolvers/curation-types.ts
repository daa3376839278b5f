// Field resolvers of the curation types: models (curation/model.ts) to the schema's shapes.
import type { GraphNode, GraphRel } from '../../domain/model.js';
import type { Resolvers } from '../generated/graphql.js';
import { overtaken } from '../../curation/conflicts.js';
import { properties } from './related.js';

const OPS = { create: 'CREATE', edit: 'EDIT', end: 'END' } as const;
const isRel = (i: GraphNode | GraphRel): i is GraphRel => 'type' in i;

export const curationTypeResolvers: Resolvers = {
  ChangeSet: {
    partnershipId: (cs) => cs.partnership,
    partnershipName: async (cs, _, ctx) => (await ctx.loaders.nodes.load(cs.partnership))?.name ?? null,
    // a change set is only read where curation is set up (its queries need it)
    overtaken: async (cs, _, ctx) => (ctx.curation ? (await overtaken(ctx.curation.service.store, cs)).map((c) => ({ ...c, changedBy: c.changedBy ?? [] })) : []),
  },
  Change: {
    target: (c) => (c.target === 'node' ? 'NODE' : 'LINE'),
    op: (c) => OPS[c.op],
  },
  ChangeEvidence: {
    basis: (e) => (e.kind === 'SOURCE' ? 'STATED' : 'ATTESTED'),
    source: (e) => (e.kind === 'SOURCE' ? e.source : null),
    sourceTitle: async (e, _, ctx) => (e.kind === 'SOURCE' ? ((await ctx.loaders.nodes.load(e.source))?.name ?? null) : null),
    locator: (e) => (e.kind === 'SOURCE' ? e.locator : null),
    quote: (e) => (e.kind === 'SOURCE' ? e.quote : null),
    note: (e) => (e.kind === 'ATTESTED' ? e.note : null),
  },
  AuditEntry: {
    changeSetId: (e) => e.changeSet,
    partnershipId: (e) => e.partnership,
    target: (e) => (e.target === 'node' ? 'NODE' : 'LINE'),
    op: (e) => OPS[e.op],
  },
  ItemState: {
    kind: (i) => (isRel(i) ? null : i.kind),
    type: (i) => (isRel(i) ? i.type : null),
    from: (i) => (isRel(i) ? i.from : null),
    to: (i) => (isRel(i) ? i.to : null),
    // names as a reviewer reads them ("Pre-MACE feeds into ..."), not ids
    fromName: async (i, _, ctx) => (isRel(i) ? ((await ctx.loaders.nodes.load(i.from))?.name ?? null) : null),
    toName: async (i, _, ctx) => (isRel(i) ? ((await ctx.loaders.nodes.load(i.to))?.name ?? null) : null),
    name: (i) => (isRel(i) ? null : i.name),
    aliases: (i) => (isRel(i) ? [] : i.aliases),
    text: (i) => (isRel(i) ? null : (i.text ?? null)),
    partnershipId: (i) => (isRel(i) ? null : (i.partnership ?? null)),
    partnershipName: async (i, _, ctx) => (isRel(i) || !i.partnership ? null : ((await ctx.loaders.nodes.load(i.partnership))?.name ?? null)),
    properties: (i) => properties(i.props),
  },
  RoleGrant: {
    partnershipName: async (g, _, ctx) => (g.partnershipId ? ((await ctx.loaders.nodes.load(g.partnershipId))?.name ?? null) : null),
  },
  RegisteredSource: {
    title: (s) => s.node.name,
    length: (s) => s.text.length,
  },
};
