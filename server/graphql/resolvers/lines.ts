// Relationship types of the schema: lines seen from one end (BodyLine, NodeLine), and the
// role-carrying lines (memberships, chairs, leads, responses) with their properties as fields.
import { isBodyKind, type GraphRel } from '../../domain/model.js';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import type { LineModel } from '../mappers.js';
import { optionalNode, requiredNode } from './node.js';
import { properties, propList, propText } from './related.js';

const seenFromOneEnd = {
  id: (l: LineModel) => l.rel.id,
  type: (l: LineModel) => l.rel.type,
  validFrom: (l: LineModel) => l.rel.validFrom ?? null,
  validTo: (l: LineModel) => l.rel.validTo ?? null,
  note: (l: LineModel) => l.rel.note ?? null,
  evidence: (l: LineModel) => l.rel.evidence,
  properties: (l: LineModel) => properties(l.rel.props),
};

const relFields = {
  properties: (r: GraphRel) => properties(r.props),
};

/** The post a line is held by (model.ts): its title and its holder (null when personal data is withheld). */
const postFields = {
  post: (r: GraphRel) => propText(r.props.post),
  holder: (r: GraphRel) => propList(r.props.holder).join(' / ') || null,
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
    onBehalfOf: (r, _, ctx) => optionalNode(ctx, propText(r.props.onBehalfOf)),
  },
  Response: {
    ...relFields,
    action: from,
    requirement: to,
    respondent: (r, _, ctx) => optionalNode(ctx, propText(r.props.respondent)),
    narrative: (r) => propText(r.props.narrative),
  },
};
