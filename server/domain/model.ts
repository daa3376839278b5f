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
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const isNodeKind = (s: string): s is NodeKind => (NODE_KINDS as readonly string[]).includes(s);
export const isRelType = (s: string): s is RelType => (REL_TYPES as readonly string[]).includes(s);
export const isBodyKind = (s: string): s is BodyKind => (BODY_KINDS as readonly string[]).includes(s);

/** Where in a source plan a fact is written. */
export interface Evidence {
  /** id of a Source node */
  source: string;
  /** section heading, table and row, or page section */
  locator: string;
  /** verbatim excerpt, at most 300 characters */
  quote: string;
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
  SUPERSEDES: { from: ['Strategy'], to: ['Strategy'] },
};
