// The graph's vocabulary (../shared/DESIGN.md), shared by seeds, stores, analyses and GraphQL.

export const NODE_KINDS = [
  'Partnership',
  'Board',
  'SubGroup',
  'Panel',
  'Organisation',
  'Strategy',
  'Priority',
  'Action',
  'Requirement',
  'Measure',
  'Area',
  'Source',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Kinds that are governance bodies (a Partnership is one too). */
export const BODY_KINDS = ['Partnership', 'Board', 'SubGroup', 'Panel'] as const satisfies readonly NodeKind[];
export type BodyKind = (typeof BODY_KINDS)[number];

export const REL_TYPES = [
  'REPORTS_TO',
  'FEEDS_INTO',
  'LINKS_WITH',
  'MEMBER_OF',
  'CHAIRS',
  'PART_OF',
  'COVERS',
  'HAS_PRIORITY',
  'HAS_ACTION',
  'LEADS',
  'DELIVERS',
  'OVERSEES',
  'MEASURED_BY',
  'RESPONDS_TO',
  'ALIGNS_WITH',
  'SUPERSEDES',
  'DELIVERED_BY',
  'COMMISSIONS',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const isNodeKind = (s: string): s is NodeKind => (NODE_KINDS as readonly string[]).includes(s);
export const isRelType = (s: string): s is RelType => (REL_TYPES as readonly string[]).includes(s);
export const isBodyKind = (s: string): s is BodyKind => (BODY_KINDS as readonly string[]).includes(s);

/**
 * How a fact is known from its quote (DESIGN.md rule 1). Reviewers ask "how do you know?" first:
 * - STATED: the plan says it in the quoted words.
 * - INFERRED: read from the plan but not said in the quote: a table row's position, a heading,
 *   two statements put together, an abbreviation beside a name; the evidence `note` says how.
 * - TEMPLATE: the quote is the VRU template's own request ("Set out the local co-ordination
 *   arrangements..."), not the borough's answer: the borough was asked, not shown to do it.
 * - ATTESTED: no document says it; a signed-in editor attested it (server/curation), and the
 *   quote is their note, kept as a Source of its own (props.attested).
 */
export const EVIDENCE_BASES = ['STATED', 'INFERRED', 'TEMPLATE', 'ATTESTED'] as const;
export type EvidenceBasis = (typeof EVIDENCE_BASES)[number];

/** Where in a source plan a fact is written, and how the fact is known from it. */
export interface Evidence {
  /** id of a Source node */
  source: string;
  /** section heading, table and row, or page section */
  locator: string;
  /** verbatim excerpt, at most 300 characters */
  quote: string;
  basis: EvidenceBasis;
  /** how an INFERRED (or TEMPLATE) fact follows from the quote */
  note?: string;
}

/** Property values a Neo4j property can hold too: scalars or arrays of one scalar type. */
export type PropValue = string | number | boolean | string[] | number[];
export type Props = Record<string, PropValue>;

export interface GraphNode {
  /** stable readable slug, e.g. `havering/csp-board` */
  id: string;
  kind: NodeKind;
  name: string;
  /** abbreviations and other names ("MARAC") */
  aliases: string[];
  /** remit, purpose, action text or narrative: searched with the name */
  text?: string;
  /** id of the partnership whose plan names this node (scope), if any */
  partnership?: string;
  validFrom?: string;
  validTo?: string;
  /** curator's note where the text is garbled or ambiguous */
  note?: string;
  props: Props;
  evidence: Evidence[];
}

export interface GraphRel {
  /** `${from} ${type} ${to}` plus `#${key}` when a key tells apart two lines between the same nodes */
  id: string;
  type: RelType;
  from: string;
  to: string;
  validFrom?: string;
  validTo?: string;
  note?: string;
  props: Props;
  evidence: Evidence[];
}

/*
 * Posts (W3C ORG org:Post, Popolo Post). A chair or lead is a post ("Chief Executive", "BCU
 * commander", "Senior Probation Officer") held on behalf of an organisation, for a time. It is
 * modelled on the line that the post-holding is, not as a node: CHAIRS, MEMBER_OF and LEADS
 * carry props `post` (the title as written), `onBehalfOf` (the organisation represented, when it
 * is not the line's start, e.g. a council service sitting for the council) and validFrom/validTo,
 * and a PERSONAL prop `holder` (the person's name, see personal-data.ts). This is the shape of a
 * Popolo Membership (role, post, organization, on_behalf_of, start_date, end_date). Why not a Post
 * node: no plan states anything of a post apart from the one line it is on, so a node would add a
 * hop to every "who chairs / who leads" question (organisation views, rules, the VRU alignment)
 * without adding a fact, and an organisation would no longer be the end of its own chairs.
 */
export const relId = (from: string, type: RelType, to: string, key?: string): string =>
  `${from} ${type} ${to}${key ? `#${key}` : ''}`;

export interface GraphBatch {
  nodes: GraphNode[];
  rels: GraphRel[];
}

const ORG_OR_BODY: readonly NodeKind[] = [...BODY_KINDS, 'Organisation'];
const ANY: readonly NodeKind[] = NODE_KINDS;

/** Which kinds each relationship joins (from, to): the seed validator rejects anything else. */
export const REL_ENDPOINTS: Record<RelType, { from: readonly NodeKind[]; to: readonly NodeKind[] }> = {
  REPORTS_TO: { from: ORG_OR_BODY, to: ORG_OR_BODY },
  FEEDS_INTO: { from: ORG_OR_BODY, to: ORG_OR_BODY },
  LINKS_WITH: { from: ORG_OR_BODY, to: ORG_OR_BODY },
  MEMBER_OF: { from: ORG_OR_BODY, to: ORG_OR_BODY },
  CHAIRS: { from: ORG_OR_BODY, to: BODY_KINDS },
  PART_OF: { from: ANY, to: ANY },
  COVERS: { from: [...ORG_OR_BODY, 'Strategy'], to: ['Area'] },
  HAS_PRIORITY: { from: ['Strategy'], to: ['Priority'] },
  HAS_ACTION: { from: ['Strategy', 'Priority'], to: ['Action'] },
  LEADS: { from: ORG_OR_BODY, to: ['Action', 'Priority', 'Strategy'] },
  DELIVERS: { from: ORG_OR_BODY, to: ['Action', 'Priority', 'Strategy'] },
  OVERSEES: { from: ORG_OR_BODY, to: ['Strategy', 'Priority', 'Action', 'Measure'] },
  MEASURED_BY: { from: ['Strategy', 'Priority', 'Action'], to: ['Measure'] },
  RESPONDS_TO: { from: ['Action'], to: ['Requirement'] },
  ALIGNS_WITH: { from: ['Strategy', 'Priority', 'Action'], to: ['Strategy', 'Priority', 'Requirement'] },
  // a plan replaces a plan; a body re-formed or renamed between plans replaces the earlier body
  SUPERSEDES: { from: ['Strategy', ...BODY_KINDS], to: ['Strategy', ...BODY_KINDS] },
  // a commissioned service (an Organisation) is delivered by a provider or a consortium: a
  // consortium's members are PART_OF it, the services it delivers are not
  DELIVERED_BY: { from: ['Organisation', ...BODY_KINDS], to: ['Organisation'] },
  // a council (or a partnership) commissions a service or a provider
  COMMISSIONS: { from: ORG_OR_BODY, to: ['Organisation'] },
};
