// Relationship types of the schema: lines seen from one end (BodyLine, NodeLine), and the
// role-carrying lines (memberships, chairs, leads, responses) with their properties as fields.
import { isBodyKind, type GraphRel } from '../../domain/model.js';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import type { LineModel } from '../mappers.js';
import { optionalNode, requiredNode } from './node.js';
import { properties, propText } from './related.js';
import { shown } from './shown.js';

const seenFromOneEnd = {
  id: (l: LineModel) => l.rel.id,
  type: (l: LineModel) => l.rel.type,
  validFrom: (l: LineModel) => l.rel.validFrom ?? null,
  validTo: (l: LineModel) => l.rel.validTo ?? null,
  note: (l: LineModel) => shown(l.rel).note ?? null,
  evidence: (l: LineModel) => shown(l.rel).evidence,
  properties: (l: LineModel) => properties(shown(l.rel).props),
};

const relFields = {
  note: (r: GraphRel) => shown(r).note ?? null,
  evidence: (r: GraphRel) => shown(r).evidence,
  properties: (r: GraphRel) => properties(shown(r).props),
};

/** The post a line is held by (model.ts): its title and, when the setting allows, its holder. */
const postFields = {
  post: (r: GraphRel) => propText(r.props.post),
  holder: (r: GraphRel) => propText(shown(r).props.holder),
};

const from = (r: GraphRel, _: unknown, ctx: Context) => requiredNode(ctx, r.from, `${r.type} line start`);
const to = (r: GraphRel, _: unknown, ctx: Context) => requiredNode(ctx, r.to, `${r.type} line end`);
/** The start of the line when it is an organisation (a body can sit on or chair a body too). */
const fromOrganisation = async (r: GraphRel, _: unknown, ctx: Context) => {
  const node = await requiredNode(ctx, r.from, `${r.type} line start`);
  return node.kind === 'Organisation' ? node : null;
};

export const lineResolvers: Resolvers = {
  Relationship: { ...relFields, from, to },
  BodyLine: {
    ...seenFromOneEnd,
    node: (l, _, ctx) => requiredNode(ctx, l.far, 'node'),
    body: async (l, _, ctx) => {
      const node = await requiredNode(ctx, l.far, 'body');
      return isBodyKind(node.kind) ? node : null;
    },
  },
  NodeLine: { ...seenFromOneEnd, node: (l, _, ctx) => requiredNode(ctx, l.far, 'node') },
  Membership: {
    ...relFields,
    member: from,
    organisation: fromOrganisation,
    body: to,
    role: (r) => propText(r.props.role),
    ...postFields,
    onBehalfOf: (r, _, ctx) => optionalNode(ctx, propText(r.props.onBehalfOf)),
  },
  Chair: {
    ...relFields,
    chair: from,
    organisation: fromOrganisation,
    body: to,
    role: (r) => propText(r.props.role),
    ...postFields,
    onBehalfOf: (r, _, ctx) => optionalNode(ctx, propText(r.props.onBehalfOf)),
  },
  ActionRole: {
    ...relFields,
    actor: from,
    action: to,
    ...postFields,
  },
  Response: {
    ...relFields,
    action: from,
    requirement: to,
    respondent: (r, _, ctx) => optionalNode(ctx, propText(r.props.respondent)),
    narrative: (r) => propText(r.props.narrative),
  },
};
