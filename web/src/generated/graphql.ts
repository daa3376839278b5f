/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/**
 * Filters of `actions`. `dueBefore: d` keeps actions whose due date begins before d begins;
 * `dueAfter: d` those whose due date begins after d ends (plan dates).
 */
export type ActionFilter = {
  asOf?: string | null | undefined;
  dueAfter?: string | null | undefined;
  dueBefore?: string | null | undefined;
  /** actions this organisation or body leads */
  lead?: string | number | null | undefined;
  partnership?: string | number | null | undefined;
  /** actions of this priority */
  priority?: string | number | null | undefined;
  status?: string | null | undefined;
  /** actions of this strategy, directly or through its priorities */
  strategy?: string | number | null | undefined;
  text?: string | null | undefined;
};

/** Why two bodies are taken as one. */
export type BodyMatch =
  /** the same id */
  | 'ID'
  /**
   * between two dates: a later record of the body has a new id and the same name or alias. Between
   * two partnerships: the same kind, and the same name or alias once the boroughs' own names (those
   * of the Areas the partnerships cover) are taken out, lower case and punctuation ignored, carried
   * by exactly one body on each side ("Richmond Strategic VAWG Board" and "Wandsworth Strategic VAWG
   * Board"; "MARAC" and "MARAC")
   */
  | 'NAME'
  /** the two partnerships compared */
  | 'PARTNERSHIP';

/** A new chair from a date: every CHAIRS line into the body that is still open ends then. */
export type ChairChangeInput = {
  bodyId: string | number;
  chairId: string | number;
  from: string;
  post?: string | null | undefined;
  role?: string | null | undefined;
};

export type ChangeInput = {
  chair?: ChairChangeInput | null | undefined;
  end?: EndChangeInput | null | undefined;
  line?: LineChangeInput | null | undefined;
  node?: NodeChangeInput | null | undefined;
};

export type ChangeOp =
  | 'CREATE'
  | 'EDIT'
  | 'END';

export type ChangeSetInput = {
  /** at least one; each sets exactly one of its fields */
  changes: Array<ChangeInput>;
  evidence: EvidenceInput;
  partnershipId: string | number;
  /** what changed and why, one line */
  summary: string;
};

export type ChangeState =
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED'
  /** taken back by its author before review */
  | 'WITHDRAWN';

export type ChangeTarget =
  | 'LINE'
  | 'NODE';

export type ChartGrouping =
  /** no compound nodes */
  | 'NONE'
  /** a compound node per partnership, holding the nodes its plan names */
  | 'PARTNERSHIP'
  /** a compound node per tier (props.tier, else the walk depth + 1 for bodies) */
  | 'TIER';

/** Ends a node or line: sets validTo. Nothing is deleted. */
export type EndChangeInput = {
  expectedVersion: number;
  id: string | number;
  validTo: string;
};

/** How a fact is known from its quote. */
export type EvidenceBasis =
  /** no document says it: a signed-in editor attested it; the quote is their note (its Source has attested: true) */
  | 'ATTESTED'
  /** read from the plan but not said in the quote (a table row's position, a heading, two statements together); `note` says how */
  | 'INFERRED'
  /** the plan states it in the quoted words */
  | 'STATED'
  /** the quote is the VRU template's own request, not the borough's answer */
  | 'TEMPLATE';

/** Either source, locator and quote (verbatim from the source), or attestation (the editor's note). */
export type EvidenceInput = {
  attestation?: string | null | undefined;
  locator?: string | null | undefined;
  quote?: string | null | undefined;
  source?: string | number | null | undefined;
};

/** Why a mandatory action's answer may fall short; the order is the order a reviewer reads them in. */
export type GapFlag =
  /** no lead organisation is recorded (no LEADS line and no lead as written) */
  | 'NO_LEAD'
  /** the template's Named Lead and Role is empty */
  | 'NO_NAMED_LEAD'
  /** no RAG rating is recorded */
  | 'NO_RAG'
  /** no action of the partnership responds */
  | 'NO_RESPONSE'
  /** a narrative is empty or only says No comment, N/A, None ... */
  | 'NO_SUBSTANCE'
  /** a narrative says the provision is missing (the matched words are in the detail: a reviewer judges) */
  | 'PROVISION_MISSING';

/** Creates a line (expectedVersion 0) or edits one: fields left out stay as they are. */
export type LineChangeInput = {
  expectedVersion: number;
  from: string | number;
  key?: string | null | undefined;
  note?: string | null | undefined;
  properties?: Array<PropertyInput> | null | undefined;
  to: string | number;
  type: RelationshipType;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

/** Creates a node (expectedVersion 0, kind and name required) or edits one: fields left out stay as they are. */
export type NodeChangeInput = {
  aliases?: Array<string> | null | undefined;
  expectedVersion: number;
  id: string | number;
  kind?: NodeKind | null | undefined;
  name?: string | null | undefined;
  note?: string | null | undefined;
  /** a property with a null value is removed */
  properties?: Array<PropertyInput> | null | undefined;
  text?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

/** The kinds of node: these names are the node labels of the graph. */
export type NodeKind =
  | 'Action'
  | 'Area'
  | 'Board'
  | 'Measure'
  | 'Organisation'
  | 'Panel'
  | 'Partnership'
  | 'Priority'
  | 'Requirement'
  | 'Source'
  | 'Strategy'
  | 'SubGroup';

export type PropertyInput = {
  key: string;
  value?: string | null | undefined;
};

/**
 * Relationship types. The direction a walk (subtree, structureChart) follows "downwards" from a
 * node is given for each.
 */
export type RelationshipType =
  /** local priority to regional or national strategy (walk: to the strategy) */
  | 'ALIGNS_WITH'
  /** organisation to the body it chairs, with role and post (walk: to the chairs) */
  | 'CHAIRS'
  /** a council or partnership to the service or provider it commissions (walk: to what is commissioned) */
  | 'COMMISSIONS'
  /** body or organisation to area (walk: to the areas) */
  | 'COVERS'
  /** a service (or a body) to the provider or consortium that delivers it; a consortium's members are PART_OF it (walk: both ways) */
  | 'DELIVERED_BY'
  /** organisation or body to action it delivers as a partner (walk: both ways) */
  | 'DELIVERS'
  /** body to body it passes information to (walk: to the bodies feeding in) */
  | 'FEEDS_INTO'
  /** priority or strategy to action (walk: to the actions) */
  | 'HAS_ACTION'
  /** strategy to priority (walk: to the priorities) */
  | 'HAS_PRIORITY'
  /** organisation or body to action it leads (walk: both ways) */
  | 'LEADS'
  /** co-ordination between peers (walk: both ways) */
  | 'LINKS_WITH'
  /** action or priority to measure (walk: to the measures) */
  | 'MEASURED_BY'
  /** organisation to body, with role, post and onBehalfOf (walk: to the members) */
  | 'MEMBER_OF'
  /** body to strategy, priority or action (walk: to what is overseen) */
  | 'OVERSEES'
  /** organisation in organisation, area in area, body in body, requirement in theme (walk: to the parts) */
  | 'PART_OF'
  /** body to body it is accountable to (walk: to the bodies reporting in) */
  | 'REPORTS_TO'
  /** a borough's action to a framework requirement (walk: to the requirement) */
  | 'RESPONDS_TO'
  /** plan to the plan it replaces, or body to the body of an earlier plan it re-forms or renames (walk: to the older one) */
  | 'SUPERSEDES';

export type ReviewDecision =
  | 'APPROVED'
  | 'REJECTED';

export type RoleKind =
  | 'ADMIN'
  | 'EDITOR'
  | 'REVIEWER';

export type Severity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type SourceInput = {
  /** a PDF, base64: its text is extracted with pdfjs-dist */
  pdfBase64?: string | null | undefined;
  publisher?: string | null | undefined;
  /** a slug for the Source node (source/<slug>); made from the title when left out */
  slug?: string | null | undefined;
  /** the source's text, or */
  text?: string | null | undefined;
  title: string;
  year?: number | null | undefined;
};

export type ActionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ActionFilter | null | undefined;
}>;


export type ActionsQuery = { actions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, number: string | null, text: string | null, timescale: string | null, due: string | null, status: string | null, leadAsWritten: string | null, partnership: { id: string, name: string } | null, priorities: Array<{ id: string, name: string, number: string | null }>, leads: Array<{ id: string, actor:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
         }> }> } };

export type PartnershipsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type PartnershipsQuery = { partnerships: Array<{ id: string, name: string, aliases: Array<string>, validFrom: string | null, validTo: string | null, partnership: { id: string } | null }> };

export type StructureChartQueryVariables = Exact<{
  rootIds: Array<string | number> | string | number;
  depth?: number | null | undefined;
  relationships?: Array<RelationshipType> | RelationshipType | null | undefined;
  asOf?: string | null | undefined;
  groupBy?: ChartGrouping | null | undefined;
}>;


export type StructureChartQuery = { structureChart: { nodes: Array<{ classes: string, data: { elementId: string, label: string, shortLabel: string | null, kind: NodeKind | null, parent: string | null, tier: number | null, partnership: string | null, compound: boolean, depth: number | null, unlinked: boolean } }>, edges: Array<{ classes: string, data: { elementId: string, source: string, target: string, type: RelationshipType, label: string | null, validFrom: string | null, validTo: string | null } }>, sources: Array<{ id: string, title: string }> } };

export type ReportingChainQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type ReportingChainQuery = { reportingChain: Array<Array<
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
  >> };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, matched: string | null, node:
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
     }> };

export type CompareStructuresQueryVariables = Exact<{
  partnershipId: string | number;
  from: string;
  to: string;
  toPartnershipId?: string | number | null | undefined;
}>;


export type CompareStructuresQuery = { compareStructure: { from: string, to: string, partnership: { id: string, name: string }, toPartnership: { id: string, name: string }, bodies: { unchanged: number, added: Array<
        | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
        | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
        | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
        | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
      >, removed: Array<
        | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
        | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
        | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
        | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
      >, changed: Array<{ matchedBy: BodyMatch, before:
          | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
          | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
          | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
          | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
        , after:
          | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
          | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
          | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
          | { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
        , fields: Array<{ field: string, before: string | null, after: string | null }> }>, matched: Array<{ matchedBy: BodyMatch, before:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , after:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }, lines: { unchanged: number, added: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, removed: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, changed: Array<{ before: { id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , to:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           }, after: { id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , to:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           }, fields: Array<{ field: string, before: string | null, after: string | null }> }> } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, roles: Array<string>, admin: boolean, editorOf: Array<string>, reviewerOf: Array<string>, grants: Array<{ kind: RoleKind, partnershipId: string | null, partnershipName: string | null }> } | null };

export type ItemStateFieldsFragment = { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> };

export type ChangeEvidenceFieldsFragment = { basis: EvidenceBasis, source: string | null, sourceTitle: string | null, locator: string | null, quote: string | null, note: string | null };

export type ReviewFieldsFragment = { reviewer: string, decision: ReviewDecision, reason: string, at: string };

export type ChangeSetFieldsFragment = { id: string, partnershipId: string, partnershipName: string | null, author: string, summary: string, state: ChangeState, createdAt: string, withdrawnAt: string | null, evidence: { basis: EvidenceBasis, source: string | null, sourceTitle: string | null, locator: string | null, quote: string | null, note: string | null }, changes: Array<{ target: ChangeTarget, id: string, op: ChangeOp, baseVersion: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> } }>, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } | null, overtaken: Array<{ id: string, changedBy: Array<{ id: string, summary: string }> }> };

export type AuditEntryFieldsFragment = { seq: number, at: string, changeSetId: string, partnershipId: string, author: string, summary: string, target: ChangeTarget, targetId: string, op: ChangeOp, version: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> }, evidence: { basis: EvidenceBasis, source: string | null, sourceTitle: string | null, locator: string | null, quote: string | null, note: string | null }, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } };

export type ChangeSetsQueryVariables = Exact<{
  partnershipId?: string | number | null | undefined;
  state?: ChangeState | null | undefined;
  mine?: boolean | null | undefined;
  before?: string | number | null | undefined;
}>;


export type ChangeSetsQuery = { changeSets: Array<{ id: string, partnershipId: string, partnershipName: string | null, author: string, summary: string, state: ChangeState, createdAt: string, withdrawnAt: string | null, evidence: { basis: EvidenceBasis, source: string | null, sourceTitle: string | null, locator: string | null, quote: string | null, note: string | null }, changes: Array<{ target: ChangeTarget, id: string, op: ChangeOp, baseVersion: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> } }>, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } | null, overtaken: Array<{ id: string, changedBy: Array<{ id: string, summary: string }> }> }> };

export type ItemHistoryQueryVariables = Exact<{
  id: string | number;
  withLines?: boolean | null | undefined;
}>;


export type ItemHistoryQuery = { history: { id: string, version: number, entries: Array<{ seq: number, at: string, changeSetId: string, partnershipId: string, author: string, summary: string, target: ChangeTarget, targetId: string, op: ChangeOp, version: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> }, evidence: { basis: EvidenceBasis, source: string | null, sourceTitle: string | null, locator: string | null, quote: string | null, note: string | null }, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } }> } };

export type ChangedSinceQueryVariables = Exact<{
  partnershipId: string | number;
  since: string;
  first?: number | null | undefined;
}>;


export type ChangedSinceQuery = { changedSince: Array<{ seq: number, at: string, changeSetId: string, partnershipId: string, author: string, summary: string, target: ChangeTarget, targetId: string, op: ChangeOp, version: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> }, evidence: { basis: EvidenceBasis, source: string | null, sourceTitle: string | null, locator: string | null, quote: string | null, note: string | null }, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } }> };

export type RegisteredSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisteredSourcesQuery = { registeredSources: Array<{ id: string, title: string, registeredBy: string, registeredAt: string, length: number }> };

export type RegisteredSourceFieldsFragment = { id: string, title: string, registeredBy: string, registeredAt: string, length: number };

export type RegisterSourceMutationVariables = Exact<{
  input: SourceInput;
}>;


export type RegisterSourceMutation = { registerSource: { id: string, title: string, registeredBy: string, registeredAt: string, length: number } };

export type ProposeChangeMutationVariables = Exact<{
  input: ChangeSetInput;
}>;


export type ProposeChangeMutation = { proposeChange: { id: string, partnershipId: string, partnershipName: string | null, author: string, summary: string, state: ChangeState, createdAt: string, withdrawnAt: string | null, evidence: { basis: EvidenceBasis, source: string | null, sourceTitle: string | null, locator: string | null, quote: string | null, note: string | null }, changes: Array<{ target: ChangeTarget, id: string, op: ChangeOp, baseVersion: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> } }>, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } | null, overtaken: Array<{ id: string, changedBy: Array<{ id: string, summary: string }> }> } };

export type ReviewChangeMutationVariables = Exact<{
  id: string | number;
  decision: ReviewDecision;
  reason: string;
}>;


export type ReviewChangeMutation = { reviewChange: { id: string, partnershipId: string, partnershipName: string | null, author: string, summary: string, state: ChangeState, createdAt: string, withdrawnAt: string | null, evidence: { basis: EvidenceBasis, source: string | null, sourceTitle: string | null, locator: string | null, quote: string | null, note: string | null }, changes: Array<{ target: ChangeTarget, id: string, op: ChangeOp, baseVersion: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> } }>, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } | null, overtaken: Array<{ id: string, changedBy: Array<{ id: string, summary: string }> }> } };

export type WithdrawChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawChangeMutation = { withdrawChange: { id: string, partnershipId: string, partnershipName: string | null, author: string, summary: string, state: ChangeState, createdAt: string, withdrawnAt: string | null, evidence: { basis: EvidenceBasis, source: string | null, sourceTitle: string | null, locator: string | null, quote: string | null, note: string | null }, changes: Array<{ target: ChangeTarget, id: string, op: ChangeOp, baseVersion: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, fromName: string | null, toName: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, partnershipName: string | null, properties: Array<{ key: string, value: string | null }> } }>, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } | null, overtaken: Array<{ id: string, changedBy: Array<{ id: string, summary: string }> }> } };

export type EvidenceFieldsFragment = { locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } };

export type LineEndsFragment = { id: string, type: RelationshipType, from:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  , to:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   };

type NodeLabel_Action_Fragment = { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null };

type NodeLabel_Area_Fragment = { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null };

type NodeLabel_Board_Fragment = { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null };

type NodeLabel_Measure_Fragment = { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null };

type NodeLabel_Organisation_Fragment = { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null };

type NodeLabel_Panel_Fragment = { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null };

type NodeLabel_Partnership_Fragment = { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null };

type NodeLabel_Priority_Fragment = { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null };

type NodeLabel_Requirement_Fragment = { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null };

type NodeLabel_Source_Fragment = { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null };

type NodeLabel_Strategy_Fragment = { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null };

type NodeLabel_SubGroup_Fragment = { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null };

export type NodeLabelFragment =
  | NodeLabel_Action_Fragment
  | NodeLabel_Area_Fragment
  | NodeLabel_Board_Fragment
  | NodeLabel_Measure_Fragment
  | NodeLabel_Organisation_Fragment
  | NodeLabel_Panel_Fragment
  | NodeLabel_Partnership_Fragment
  | NodeLabel_Priority_Fragment
  | NodeLabel_Requirement_Fragment
  | NodeLabel_Source_Fragment
  | NodeLabel_Strategy_Fragment
  | NodeLabel_SubGroup_Fragment
;

export type InterlocksQueryVariables = Exact<{
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type InterlocksQuery = { sharedStructures: { asOf: string | null, interlocks: Array<{ bodyCount: number, organisation: { id: string, name: string, aliases: Array<string>, type: string | null }, partnerships: Array<{ id: string, name: string }>, seats: Array<{ roles: Array<string>, body:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
        , lines: Array<{ id: string }> }> }>, spanning: Array<{ node:
        | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
        | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
        | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
        | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
        | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
        | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
        | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
        | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
        | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
        | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
        | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
        | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string, name: string } | null }
      , partnerships: Array<{ id: string, name: string }>, boroughs: Array<{ id: string, name: string }>, lines: Array<{ id: string }> }> } };

export type LineEvidenceQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type LineEvidenceQuery = { node:
    | { id: string, lines: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
    | { id: string, lines: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
    | { id: string, lines: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
    | { id: string, lines: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
    | { id: string, lines: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
    | { id: string, lines: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
    | { id: string, lines: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
    | { id: string, lines: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
    | { id: string, lines: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
    | { id: string, lines: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
    | { id: string, lines: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
    | { id: string, lines: Array<{ id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
   | null };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type NodeDetailsQuery = { node:
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnership: { id: string, name: string } | null, properties: Array<{ key: string, value: string | null, values: Array<string> }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, lines: Array<{ id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, note: string | null, from:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , to:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , properties: Array<{ key: string, value: string | null }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnership: { id: string, name: string } | null, properties: Array<{ key: string, value: string | null, values: Array<string> }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, lines: Array<{ id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, note: string | null, from:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , to:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , properties: Array<{ key: string, value: string | null }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, statusAtDate: string | null, members: Array<{ id: string, onBehalfOf: { id: string, name: string } | null }>, partnership: { id: string, name: string } | null, properties: Array<{ key: string, value: string | null, values: Array<string> }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, lines: Array<{ id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, note: string | null, from:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , to:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , properties: Array<{ key: string, value: string | null }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnership: { id: string, name: string } | null, properties: Array<{ key: string, value: string | null, values: Array<string> }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, lines: Array<{ id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, note: string | null, from:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , to:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , properties: Array<{ key: string, value: string | null }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, statusAtDate: string | null, partnership: { id: string, name: string } | null, properties: Array<{ key: string, value: string | null, values: Array<string> }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, lines: Array<{ id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, note: string | null, from:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , to:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , properties: Array<{ key: string, value: string | null }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, statusAtDate: string | null, members: Array<{ id: string, onBehalfOf: { id: string, name: string } | null }>, partnership: { id: string, name: string } | null, properties: Array<{ key: string, value: string | null, values: Array<string> }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, lines: Array<{ id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, note: string | null, from:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , to:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , properties: Array<{ key: string, value: string | null }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, statusAtDate: string | null, members: Array<{ id: string, onBehalfOf: { id: string, name: string } | null }>, partnership: { id: string, name: string } | null, properties: Array<{ key: string, value: string | null, values: Array<string> }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, lines: Array<{ id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, note: string | null, from:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , to:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , properties: Array<{ key: string, value: string | null }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnership: { id: string, name: string } | null, properties: Array<{ key: string, value: string | null, values: Array<string> }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, lines: Array<{ id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, note: string | null, from:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , to:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , properties: Array<{ key: string, value: string | null }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnership: { id: string, name: string } | null, properties: Array<{ key: string, value: string | null, values: Array<string> }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, lines: Array<{ id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, note: string | null, from:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , to:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , properties: Array<{ key: string, value: string | null }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnership: { id: string, name: string } | null, properties: Array<{ key: string, value: string | null, values: Array<string> }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, lines: Array<{ id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, note: string | null, from:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , to:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , properties: Array<{ key: string, value: string | null }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnership: { id: string, name: string } | null, properties: Array<{ key: string, value: string | null, values: Array<string> }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, lines: Array<{ id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, note: string | null, from:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , to:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , properties: Array<{ key: string, value: string | null }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, statusAtDate: string | null, members: Array<{ id: string, onBehalfOf: { id: string, name: string } | null }>, partnership: { id: string, name: string } | null, properties: Array<{ key: string, value: string | null, values: Array<string> }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, lines: Array<{ id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, note: string | null, from:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , to:
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
          | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
        , properties: Array<{ key: string, value: string | null }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> }
   | null };

export type OrganisationListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationListQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, aliases: Array<string>, type: string | null }> } };

type OrgBody_Board_Fragment = { id: string, kind: NodeKind, name: string, partnership: { id: string, name: string } | null };

type OrgBody_Panel_Fragment = { id: string, kind: NodeKind, name: string, partnership: { id: string, name: string } | null };

type OrgBody_Partnership_Fragment = { id: string, kind: NodeKind, name: string, partnership: { id: string, name: string } | null };

type OrgBody_SubGroup_Fragment = { id: string, kind: NodeKind, name: string, partnership: { id: string, name: string } | null };

export type OrgBodyFragment =
  | OrgBody_Board_Fragment
  | OrgBody_Panel_Fragment
  | OrgBody_Partnership_Fragment
  | OrgBody_SubGroup_Fragment
;

export type OrgActionRoleFragment = { id: string, type: RelationshipType, post: string | null, actor:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  , action: { id: string, name: string, number: string | null, timescale: string | null, status: string | null, partnership: { id: string, name: string } | null }, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> };

export type OrganisationProfileQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  includeParts?: boolean | null | undefined;
}>;


export type OrganisationProfileQuery = { node:
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
    | { type: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, partOf: Array<{ id: string, name: string }>, parts: Array<{ id: string, name: string }>, memberships: Array<{ id: string, role: string | null, post: string | null, member:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , onBehalfOf: { id: string, name: string } | null, body:
          | { id: string, kind: NodeKind, name: string, partnership: { id: string, name: string } | null }
          | { id: string, kind: NodeKind, name: string, partnership: { id: string, name: string } | null }
          | { id: string, kind: NodeKind, name: string, partnership: { id: string, name: string } | null }
          | { id: string, kind: NodeKind, name: string, partnership: { id: string, name: string } | null }
        , evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }>, chairing: Array<{ id: string, role: string | null, post: string | null, chair:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , body:
          | { id: string, kind: NodeKind, name: string, partnership: { id: string, name: string } | null }
          | { id: string, kind: NodeKind, name: string, partnership: { id: string, name: string } | null }
          | { id: string, kind: NodeKind, name: string, partnership: { id: string, name: string } | null }
          | { id: string, kind: NodeKind, name: string, partnership: { id: string, name: string } | null }
        , evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }>, leads: Array<{ id: string, type: RelationshipType, post: string | null, actor:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , action: { id: string, name: string, number: string | null, timescale: string | null, status: string | null, partnership: { id: string, name: string } | null }, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }>, delivers: Array<{ id: string, type: RelationshipType, post: string | null, actor:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , action: { id: string, name: string, number: string | null, timescale: string | null, status: string | null, partnership: { id: string, name: string } | null }, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, text: string | null, note: string | null, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }
   | null };

type ReportBody_Board_Fragment = { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> };

type ReportBody_Panel_Fragment = { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> };

type ReportBody_Partnership_Fragment = { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> };

type ReportBody_SubGroup_Fragment = { id: string, kind: NodeKind, name: string, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> };

export type ReportBodyFragment =
  | ReportBody_Board_Fragment
  | ReportBody_Panel_Fragment
  | ReportBody_Partnership_Fragment
  | ReportBody_SubGroup_Fragment
;

export type ReportLineFragment = { id: string, type: RelationshipType, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }>, from:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  , to:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   };

export type VruMatrixQueryVariables = Exact<{
  partnershipIds: Array<string | number> | string | number;
}>;


export type VruMatrixQuery = { vruAlignment: { framework: { id: string, name: string }, partnerships: Array<{ id: string, name: string }>, totals: Array<{ requirements: number, responded: number, answered: boolean, partnership: { id: string }, flags: Array<{ flag: GapFlag, count: number }> }>, themes: Array<{ number: string, theme: { id: string, name: string }, totals: Array<{ requirements: number, responded: number, answered: boolean, partnership: { id: string }, flags: Array<{ flag: GapFlag, count: number }> }>, requirements: Array<{ number: string, requirement: { id: string, name: string }, cells: Array<{ flags: Array<GapFlag> }> }> }> } };

export type VruTotalsFragment = { requirements: number, responded: number, answered: boolean, partnership: { id: string }, flags: Array<{ flag: GapFlag, count: number }> };

export type VruDetailQueryVariables = Exact<{
  partnershipId: string | number;
}>;


export type VruDetailQuery = { vruAlignment: { themes: Array<{ requirements: Array<{ number: string, requirement: { id: string, name: string, text: string | null }, cells: Array<{ gaps: Array<{ flag: GapFlag, detail: string }>, responses: Array<{ leadAsWritten: string | null, namedLead: string | null, rag: string | null, action: { id: string, name: string, text: string | null }, leads: Array<{ id: string, post: string | null, actor:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
              , evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }>, narratives: Array<{ narrative: string, noSubstance: boolean, missingProvision: Array<string>, respondent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> }> }> }> }> } };

export type GovernanceFindingsQueryVariables = Exact<{
  partnershipId: string | number;
  asOf?: string | null | undefined;
}>;


export type GovernanceFindingsQuery = { governanceFindings: Array<{ ruleId: string, severity: Severity, message: string, rule: { id: string, summary: string }, nodes: Array<
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string } | null }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, partnership: { id: string } | null }
    >, lines: Array<{ id: string, type: RelationshipType, from:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , to:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }>, evidence: Array<{ locator: string | null, quote: string, basis: EvidenceBasis, note: string | null, source: { title: string | null, year: string | null, id: string, name: string } }> }> };

export type StartPartnershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type StartPartnershipsQuery = { partnerships: Array<{ id: string, name: string, aliases: Array<string>, validFrom: string | null, validTo: string | null, partnership: { id: string, name: string } | null, bodies: Array<
      | { id: string, kind: NodeKind, validFrom: string | null, validTo: string | null }
      | { id: string, kind: NodeKind, validFrom: string | null, validTo: string | null }
      | { id: string, kind: NodeKind, validFrom: string | null, validTo: string | null }
      | { id: string, kind: NodeKind, validFrom: string | null, validTo: string | null }
    >, strategies: Array<{ id: string, name: string, validFrom: string | null, validTo: string | null }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ChangeEvidenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChangeEvidenceFields on ChangeEvidence {
  basis
  source
  sourceTitle
  locator
  quote
  note
}
    `, {"fragmentName":"ChangeEvidenceFields"}) as unknown as TypedDocumentString<ChangeEvidenceFieldsFragment, unknown>;
export const ItemStateFieldsFragmentDoc = new TypedDocumentString(`
    fragment ItemStateFields on ItemState {
  id
  kind
  type
  from
  to
  fromName
  toName
  name
  aliases
  text
  note
  validFrom
  validTo
  partnershipId
  partnershipName
  properties {
    key
    value
  }
}
    `, {"fragmentName":"ItemStateFields"}) as unknown as TypedDocumentString<ItemStateFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewFields on ChangeReview {
  reviewer
  decision
  reason
  at
}
    `, {"fragmentName":"ReviewFields"}) as unknown as TypedDocumentString<ReviewFieldsFragment, unknown>;
export const ChangeSetFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChangeSetFields on ChangeSet {
  id
  partnershipId
  partnershipName
  author
  summary
  state
  createdAt
  evidence {
    ...ChangeEvidenceFields
  }
  changes {
    target
    id
    op
    baseVersion
    before {
      ...ItemStateFields
    }
    after {
      ...ItemStateFields
    }
  }
  review {
    ...ReviewFields
  }
  withdrawnAt
  overtaken {
    id
    changedBy {
      id
      summary
    }
  }
}
    fragment ItemStateFields on ItemState {
  id
  kind
  type
  from
  to
  fromName
  toName
  name
  aliases
  text
  note
  validFrom
  validTo
  partnershipId
  partnershipName
  properties {
    key
    value
  }
}
fragment ChangeEvidenceFields on ChangeEvidence {
  basis
  source
  sourceTitle
  locator
  quote
  note
}
fragment ReviewFields on ChangeReview {
  reviewer
  decision
  reason
  at
}`, {"fragmentName":"ChangeSetFields"}) as unknown as TypedDocumentString<ChangeSetFieldsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEntryFields on AuditEntry {
  seq
  at
  changeSetId
  partnershipId
  author
  summary
  target
  targetId
  op
  version
  before {
    ...ItemStateFields
  }
  after {
    ...ItemStateFields
  }
  evidence {
    ...ChangeEvidenceFields
  }
  review {
    ...ReviewFields
  }
}
    fragment ItemStateFields on ItemState {
  id
  kind
  type
  from
  to
  fromName
  toName
  name
  aliases
  text
  note
  validFrom
  validTo
  partnershipId
  partnershipName
  properties {
    key
    value
  }
}
fragment ChangeEvidenceFields on ChangeEvidence {
  basis
  source
  sourceTitle
  locator
  quote
  note
}
fragment ReviewFields on ChangeReview {
  reviewer
  decision
  reason
  at
}`, {"fragmentName":"AuditEntryFields"}) as unknown as TypedDocumentString<AuditEntryFieldsFragment, unknown>;
export const RegisteredSourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegisteredSourceFields on RegisteredSource {
  id
  title
  registeredBy
  registeredAt
  length
}
    `, {"fragmentName":"RegisteredSourceFields"}) as unknown as TypedDocumentString<RegisteredSourceFieldsFragment, unknown>;
export const NodeLabelFragmentDoc = new TypedDocumentString(`
    fragment NodeLabel on Node {
  id
  kind
  name
  aliases
  partnership {
    id
    name
  }
}
    `, {"fragmentName":"NodeLabel"}) as unknown as TypedDocumentString<NodeLabelFragment, unknown>;
export const OrgBodyFragmentDoc = new TypedDocumentString(`
    fragment OrgBody on GovernanceBody {
  id
  kind
  name
  partnership {
    id
    name
  }
}
    `, {"fragmentName":"OrgBody"}) as unknown as TypedDocumentString<OrgBodyFragment, unknown>;
export const EvidenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFields on Evidence {
  locator
  quote
  basis
  note
  source {
    id
    name
    ... on Source {
      title
      year
    }
  }
}
    `, {"fragmentName":"EvidenceFields"}) as unknown as TypedDocumentString<EvidenceFieldsFragment, unknown>;
export const OrgActionRoleFragmentDoc = new TypedDocumentString(`
    fragment OrgActionRole on ActionRole {
  id
  type
  post
  actor {
    id
    name
  }
  action {
    id
    name
    number
    timescale
    status
    partnership {
      id
      name
    }
  }
  evidence {
    ...EvidenceFields
  }
}
    fragment EvidenceFields on Evidence {
  locator
  quote
  basis
  note
  source {
    id
    name
    ... on Source {
      title
      year
    }
  }
}`, {"fragmentName":"OrgActionRole"}) as unknown as TypedDocumentString<OrgActionRoleFragment, unknown>;
export const ReportBodyFragmentDoc = new TypedDocumentString(`
    fragment ReportBody on GovernanceBody {
  id
  kind
  name
  evidence {
    ...EvidenceFields
  }
}
    fragment EvidenceFields on Evidence {
  locator
  quote
  basis
  note
  source {
    id
    name
    ... on Source {
      title
      year
    }
  }
}`, {"fragmentName":"ReportBody"}) as unknown as TypedDocumentString<ReportBodyFragment, unknown>;
export const LineEndsFragmentDoc = new TypedDocumentString(`
    fragment LineEnds on Relationship {
  id
  type
  from {
    id
    name
  }
  to {
    id
    name
  }
}
    `, {"fragmentName":"LineEnds"}) as unknown as TypedDocumentString<LineEndsFragment, unknown>;
export const ReportLineFragmentDoc = new TypedDocumentString(`
    fragment ReportLine on Relationship {
  ...LineEnds
  evidence {
    ...EvidenceFields
  }
}
    fragment EvidenceFields on Evidence {
  locator
  quote
  basis
  note
  source {
    id
    name
    ... on Source {
      title
      year
    }
  }
}
fragment LineEnds on Relationship {
  id
  type
  from {
    id
    name
  }
  to {
    id
    name
  }
}`, {"fragmentName":"ReportLine"}) as unknown as TypedDocumentString<ReportLineFragment, unknown>;
export const VruTotalsFragmentDoc = new TypedDocumentString(`
    fragment VruTotals on AlignmentTotals {
  partnership {
    id
  }
  requirements
  responded
  answered
  flags {
    flag
    count
  }
}
    `, {"fragmentName":"VruTotals"}) as unknown as TypedDocumentString<VruTotalsFragment, unknown>;
export const ActionsDocument = new TypedDocumentString(`
    query Actions($first: Int, $after: String, $filter: ActionFilter) {
  actions(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      number
      text
      timescale
      due
      status
      leadAsWritten
      partnership {
        id
        name
      }
      priorities {
        id
        name
        number
      }
      leads {
        id
        actor {
          id
          kind
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsQuery, ActionsQueryVariables>;
export const PartnershipsDocument = new TypedDocumentString(`
    query Partnerships($asOf: String) {
  partnerships(asOf: $asOf) {
    id
    name
    aliases
    validFrom
    validTo
    partnership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsQuery, PartnershipsQueryVariables>;
export const StructureChartDocument = new TypedDocumentString(`
    query StructureChart($rootIds: [ID!]!, $depth: Int, $relationships: [RelationshipType!], $asOf: String, $groupBy: ChartGrouping) {
  structureChart(
    rootIds: $rootIds
    depth: $depth
    relationships: $relationships
    asOf: $asOf
    groupBy: $groupBy
  ) {
    nodes {
      data {
        elementId
        label
        shortLabel
        kind
        parent
        tier
        partnership
        compound
        depth
        unlinked
      }
      classes
    }
    edges {
      data {
        elementId
        source
        target
        type
        label
        validFrom
        validTo
      }
      classes
    }
    sources {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<StructureChartQuery, StructureChartQueryVariables>;
export const ReportingChainDocument = new TypedDocumentString(`
    query ReportingChain($id: ID!, $asOf: String) {
  reportingChain(id: $id, asOf: $asOf) {
    id
    kind
    name
    aliases
  }
}
    `) as unknown as TypedDocumentString<ReportingChainQuery, ReportingChainQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $kinds: [NodeKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    score
    matched
    node {
      ...NodeLabel
    }
  }
}
    fragment NodeLabel on Node {
  id
  kind
  name
  aliases
  partnership {
    id
    name
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const CompareStructuresDocument = new TypedDocumentString(`
    query CompareStructures($partnershipId: ID!, $from: String!, $to: String!, $toPartnershipId: ID) {
  compareStructure(
    partnershipId: $partnershipId
    from: $from
    to: $to
    toPartnershipId: $toPartnershipId
  ) {
    from
    to
    partnership {
      id
      name
    }
    toPartnership {
      id
      name
    }
    bodies {
      added {
        ...ReportBody
      }
      removed {
        ...ReportBody
      }
      changed {
        before {
          ...ReportBody
        }
        after {
          ...ReportBody
        }
        matchedBy
        fields {
          field
          before
          after
        }
      }
      unchanged
      matched {
        before {
          id
          name
        }
        after {
          id
          name
        }
        matchedBy
      }
    }
    lines {
      added {
        ...ReportLine
      }
      removed {
        ...ReportLine
      }
      changed {
        before {
          ...ReportLine
        }
        after {
          ...ReportLine
        }
        fields {
          field
          before
          after
        }
      }
      unchanged
    }
  }
}
    fragment EvidenceFields on Evidence {
  locator
  quote
  basis
  note
  source {
    id
    name
    ... on Source {
      title
      year
    }
  }
}
fragment LineEnds on Relationship {
  id
  type
  from {
    id
    name
  }
  to {
    id
    name
  }
}
fragment ReportBody on GovernanceBody {
  id
  kind
  name
  evidence {
    ...EvidenceFields
  }
}
fragment ReportLine on Relationship {
  ...LineEnds
  evidence {
    ...EvidenceFields
  }
}`) as unknown as TypedDocumentString<CompareStructuresQuery, CompareStructuresQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    name
    roles
    grants {
      kind
      partnershipId
      partnershipName
    }
    admin
    editorOf
    reviewerOf
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ChangeSetsDocument = new TypedDocumentString(`
    query ChangeSets($partnershipId: ID, $state: ChangeState, $mine: Boolean, $before: ID) {
  changeSets(
    partnershipId: $partnershipId
    state: $state
    mine: $mine
    first: 25
    before: $before
  ) {
    ...ChangeSetFields
  }
}
    fragment ItemStateFields on ItemState {
  id
  kind
  type
  from
  to
  fromName
  toName
  name
  aliases
  text
  note
  validFrom
  validTo
  partnershipId
  partnershipName
  properties {
    key
    value
  }
}
fragment ChangeEvidenceFields on ChangeEvidence {
  basis
  source
  sourceTitle
  locator
  quote
  note
}
fragment ReviewFields on ChangeReview {
  reviewer
  decision
  reason
  at
}
fragment ChangeSetFields on ChangeSet {
  id
  partnershipId
  partnershipName
  author
  summary
  state
  createdAt
  evidence {
    ...ChangeEvidenceFields
  }
  changes {
    target
    id
    op
    baseVersion
    before {
      ...ItemStateFields
    }
    after {
      ...ItemStateFields
    }
  }
  review {
    ...ReviewFields
  }
  withdrawnAt
  overtaken {
    id
    changedBy {
      id
      summary
    }
  }
}`) as unknown as TypedDocumentString<ChangeSetsQuery, ChangeSetsQueryVariables>;
export const ItemHistoryDocument = new TypedDocumentString(`
    query ItemHistory($id: ID!, $withLines: Boolean = false) {
  history(id: $id, withLines: $withLines) {
    id
    version
    entries {
      ...AuditEntryFields
    }
  }
}
    fragment ItemStateFields on ItemState {
  id
  kind
  type
  from
  to
  fromName
  toName
  name
  aliases
  text
  note
  validFrom
  validTo
  partnershipId
  partnershipName
  properties {
    key
    value
  }
}
fragment ChangeEvidenceFields on ChangeEvidence {
  basis
  source
  sourceTitle
  locator
  quote
  note
}
fragment ReviewFields on ChangeReview {
  reviewer
  decision
  reason
  at
}
fragment AuditEntryFields on AuditEntry {
  seq
  at
  changeSetId
  partnershipId
  author
  summary
  target
  targetId
  op
  version
  before {
    ...ItemStateFields
  }
  after {
    ...ItemStateFields
  }
  evidence {
    ...ChangeEvidenceFields
  }
  review {
    ...ReviewFields
  }
}`) as unknown as TypedDocumentString<ItemHistoryQuery, ItemHistoryQueryVariables>;
export const ChangedSinceDocument = new TypedDocumentString(`
    query ChangedSince($partnershipId: ID!, $since: String!, $first: Int) {
  changedSince(partnershipId: $partnershipId, since: $since, first: $first) {
    ...AuditEntryFields
  }
}
    fragment ItemStateFields on ItemState {
  id
  kind
  type
  from
  to
  fromName
  toName
  name
  aliases
  text
  note
  validFrom
  validTo
  partnershipId
  partnershipName
  properties {
    key
    value
  }
}
fragment ChangeEvidenceFields on ChangeEvidence {
  basis
  source
  sourceTitle
  locator
  quote
  note
}
fragment ReviewFields on ChangeReview {
  reviewer
  decision
  reason
  at
}
fragment AuditEntryFields on AuditEntry {
  seq
  at
  changeSetId
  partnershipId
  author
  summary
  target
  targetId
  op
  version
  before {
    ...ItemStateFields
  }
  after {
    ...ItemStateFields
  }
  evidence {
    ...ChangeEvidenceFields
  }
  review {
    ...ReviewFields
  }
}`) as unknown as TypedDocumentString<ChangedSinceQuery, ChangedSinceQueryVariables>;
export const RegisteredSourcesDocument = new TypedDocumentString(`
    query RegisteredSources {
  registeredSources {
    ...RegisteredSourceFields
  }
}
    fragment RegisteredSourceFields on RegisteredSource {
  id
  title
  registeredBy
  registeredAt
  length
}`) as unknown as TypedDocumentString<RegisteredSourcesQuery, RegisteredSourcesQueryVariables>;
export const RegisterSourceDocument = new TypedDocumentString(`
    mutation RegisterSource($input: SourceInput!) {
  registerSource(input: $input) {
    ...RegisteredSourceFields
  }
}
    fragment RegisteredSourceFields on RegisteredSource {
  id
  title
  registeredBy
  registeredAt
  length
}`) as unknown as TypedDocumentString<RegisterSourceMutation, RegisterSourceMutationVariables>;
export const ProposeChangeDocument = new TypedDocumentString(`
    mutation ProposeChange($input: ChangeSetInput!) {
  proposeChange(input: $input) {
    ...ChangeSetFields
  }
}
    fragment ItemStateFields on ItemState {
  id
  kind
  type
  from
  to
  fromName
  toName
  name
  aliases
  text
  note
  validFrom
  validTo
  partnershipId
  partnershipName
  properties {
    key
    value
  }
}
fragment ChangeEvidenceFields on ChangeEvidence {
  basis
  source
  sourceTitle
  locator
  quote
  note
}
fragment ReviewFields on ChangeReview {
  reviewer
  decision
  reason
  at
}
fragment ChangeSetFields on ChangeSet {
  id
  partnershipId
  partnershipName
  author
  summary
  state
  createdAt
  evidence {
    ...ChangeEvidenceFields
  }
  changes {
    target
    id
    op
    baseVersion
    before {
      ...ItemStateFields
    }
    after {
      ...ItemStateFields
    }
  }
  review {
    ...ReviewFields
  }
  withdrawnAt
  overtaken {
    id
    changedBy {
      id
      summary
    }
  }
}`) as unknown as TypedDocumentString<ProposeChangeMutation, ProposeChangeMutationVariables>;
export const ReviewChangeDocument = new TypedDocumentString(`
    mutation ReviewChange($id: ID!, $decision: ReviewDecision!, $reason: String!) {
  reviewChange(id: $id, decision: $decision, reason: $reason) {
    ...ChangeSetFields
  }
}
    fragment ItemStateFields on ItemState {
  id
  kind
  type
  from
  to
  fromName
  toName
  name
  aliases
  text
  note
  validFrom
  validTo
  partnershipId
  partnershipName
  properties {
    key
    value
  }
}
fragment ChangeEvidenceFields on ChangeEvidence {
  basis
  source
  sourceTitle
  locator
  quote
  note
}
fragment ReviewFields on ChangeReview {
  reviewer
  decision
  reason
  at
}
fragment ChangeSetFields on ChangeSet {
  id
  partnershipId
  partnershipName
  author
  summary
  state
  createdAt
  evidence {
    ...ChangeEvidenceFields
  }
  changes {
    target
    id
    op
    baseVersion
    before {
      ...ItemStateFields
    }
    after {
      ...ItemStateFields
    }
  }
  review {
    ...ReviewFields
  }
  withdrawnAt
  overtaken {
    id
    changedBy {
      id
      summary
    }
  }
}`) as unknown as TypedDocumentString<ReviewChangeMutation, ReviewChangeMutationVariables>;
export const WithdrawChangeDocument = new TypedDocumentString(`
    mutation WithdrawChange($id: ID!) {
  withdrawChange(id: $id) {
    ...ChangeSetFields
  }
}
    fragment ItemStateFields on ItemState {
  id
  kind
  type
  from
  to
  fromName
  toName
  name
  aliases
  text
  note
  validFrom
  validTo
  partnershipId
  partnershipName
  properties {
    key
    value
  }
}
fragment ChangeEvidenceFields on ChangeEvidence {
  basis
  source
  sourceTitle
  locator
  quote
  note
}
fragment ReviewFields on ChangeReview {
  reviewer
  decision
  reason
  at
}
fragment ChangeSetFields on ChangeSet {
  id
  partnershipId
  partnershipName
  author
  summary
  state
  createdAt
  evidence {
    ...ChangeEvidenceFields
  }
  changes {
    target
    id
    op
    baseVersion
    before {
      ...ItemStateFields
    }
    after {
      ...ItemStateFields
    }
  }
  review {
    ...ReviewFields
  }
  withdrawnAt
  overtaken {
    id
    changedBy {
      id
      summary
    }
  }
}`) as unknown as TypedDocumentString<WithdrawChangeMutation, WithdrawChangeMutationVariables>;
export const InterlocksDocument = new TypedDocumentString(`
    query Interlocks($asOf: String, $first: Int) {
  sharedStructures(asOf: $asOf, first: $first) {
    asOf
    interlocks {
      organisation {
        id
        name
        aliases
        type
      }
      bodyCount
      partnerships {
        id
        name
      }
      seats {
        body {
          ...NodeLabel
        }
        roles
        lines {
          id
        }
      }
    }
    spanning {
      node {
        ...NodeLabel
      }
      partnerships {
        id
        name
      }
      boroughs {
        id
        name
      }
      lines {
        id
      }
    }
  }
}
    fragment NodeLabel on Node {
  id
  kind
  name
  aliases
  partnership {
    id
    name
  }
}`) as unknown as TypedDocumentString<InterlocksQuery, InterlocksQueryVariables>;
export const LineEvidenceDocument = new TypedDocumentString(`
    query LineEvidence($id: ID!, $asOf: String) {
  node(id: $id) {
    id
    lines(asOf: $asOf) {
      ...LineEnds
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment EvidenceFields on Evidence {
  locator
  quote
  basis
  note
  source {
    id
    name
    ... on Source {
      title
      year
    }
  }
}
fragment LineEnds on Relationship {
  id
  type
  from {
    id
    name
  }
  to {
    id
    name
  }
}`) as unknown as TypedDocumentString<LineEvidenceQuery, LineEvidenceQueryVariables>;
export const NodeDetailsDocument = new TypedDocumentString(`
    query NodeDetails($id: ID!, $asOf: String) {
  node(id: $id) {
    id
    kind
    name
    aliases
    text
    note
    validFrom
    validTo
    partnership {
      id
      name
    }
    properties {
      key
      value
      values
    }
    evidence {
      ...EvidenceFields
    }
    lines(asOf: $asOf) {
      id
      type
      validFrom
      validTo
      note
      from {
        id
        kind
        name
        aliases
      }
      to {
        id
        kind
        name
        aliases
      }
      properties {
        key
        value
      }
      evidence {
        ...EvidenceFields
      }
    }
    ... on GovernanceBody {
      statusAtDate: status(asOf: $asOf)
      members(asOf: $asOf) {
        id
        onBehalfOf {
          id
          name
        }
      }
    }
    ... on Organisation {
      statusAtDate: status(asOf: $asOf)
    }
  }
}
    fragment EvidenceFields on Evidence {
  locator
  quote
  basis
  note
  source {
    id
    name
    ... on Source {
      title
      year
    }
  }
}`) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const OrganisationListDocument = new TypedDocumentString(`
    query OrganisationList($first: Int, $after: String) {
  organisations(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      aliases
      type
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationListQuery, OrganisationListQueryVariables>;
export const OrganisationProfileDocument = new TypedDocumentString(`
    query OrganisationProfile($id: ID!, $asOf: String, $includeParts: Boolean) {
  node(id: $id) {
    id
    kind
    name
    aliases
    text
    note
    evidence {
      ...EvidenceFields
    }
    ... on Organisation {
      type
      partOf(asOf: $asOf) {
        id
        name
      }
      parts(asOf: $asOf) {
        id
        name
      }
      memberships(asOf: $asOf, includeParts: $includeParts) {
        id
        role
        post
        member {
          id
          name
        }
        onBehalfOf {
          id
          name
        }
        body {
          ...OrgBody
        }
        evidence {
          ...EvidenceFields
        }
      }
      chairing: chairs(asOf: $asOf, includeParts: $includeParts) {
        id
        role
        post
        chair {
          id
          name
        }
        body {
          ...OrgBody
        }
        evidence {
          ...EvidenceFields
        }
      }
      leads(asOf: $asOf, includeParts: $includeParts) {
        ...OrgActionRole
      }
      delivers(asOf: $asOf, includeParts: $includeParts) {
        ...OrgActionRole
      }
    }
  }
}
    fragment EvidenceFields on Evidence {
  locator
  quote
  basis
  note
  source {
    id
    name
    ... on Source {
      title
      year
    }
  }
}
fragment OrgBody on GovernanceBody {
  id
  kind
  name
  partnership {
    id
    name
  }
}
fragment OrgActionRole on ActionRole {
  id
  type
  post
  actor {
    id
    name
  }
  action {
    id
    name
    number
    timescale
    status
    partnership {
      id
      name
    }
  }
  evidence {
    ...EvidenceFields
  }
}`) as unknown as TypedDocumentString<OrganisationProfileQuery, OrganisationProfileQueryVariables>;
export const VruMatrixDocument = new TypedDocumentString(`
    query VruMatrix($partnershipIds: [ID!]!) {
  vruAlignment(partnershipIds: $partnershipIds) {
    framework {
      id
      name
    }
    partnerships {
      id
      name
    }
    totals {
      ...VruTotals
    }
    themes {
      number
      theme {
        id
        name
      }
      totals {
        ...VruTotals
      }
      requirements {
        number
        requirement {
          id
          name
        }
        cells {
          flags
        }
      }
    }
  }
}
    fragment VruTotals on AlignmentTotals {
  partnership {
    id
  }
  requirements
  responded
  answered
  flags {
    flag
    count
  }
}`) as unknown as TypedDocumentString<VruMatrixQuery, VruMatrixQueryVariables>;
export const VruDetailDocument = new TypedDocumentString(`
    query VruDetail($partnershipId: ID!) {
  vruAlignment(partnershipIds: [$partnershipId]) {
    themes {
      requirements {
        number
        requirement {
          id
          name
          text
        }
        cells {
          gaps {
            flag
            detail
          }
          responses {
            action {
              id
              name
              text
            }
            leads {
              id
              post
              actor {
                id
                name
              }
              evidence {
                ...EvidenceFields
              }
            }
            leadAsWritten
            namedLead
            rag
            narratives {
              respondent {
                id
                name
              }
              narrative
              noSubstance
              missingProvision
              evidence {
                ...EvidenceFields
              }
            }
          }
        }
      }
    }
  }
}
    fragment EvidenceFields on Evidence {
  locator
  quote
  basis
  note
  source {
    id
    name
    ... on Source {
      title
      year
    }
  }
}`) as unknown as TypedDocumentString<VruDetailQuery, VruDetailQueryVariables>;
export const GovernanceFindingsDocument = new TypedDocumentString(`
    query GovernanceFindings($partnershipId: ID!, $asOf: String) {
  governanceFindings(partnershipId: $partnershipId, asOf: $asOf) {
    ruleId
    rule {
      id
      summary
    }
    severity
    message
    nodes {
      id
      kind
      name
      aliases
      partnership {
        id
      }
    }
    lines {
      ...LineEnds
    }
    evidence {
      ...EvidenceFields
    }
  }
}
    fragment EvidenceFields on Evidence {
  locator
  quote
  basis
  note
  source {
    id
    name
    ... on Source {
      title
      year
    }
  }
}
fragment LineEnds on Relationship {
  id
  type
  from {
    id
    name
  }
  to {
    id
    name
  }
}`) as unknown as TypedDocumentString<GovernanceFindingsQuery, GovernanceFindingsQueryVariables>;
export const StartPartnershipsDocument = new TypedDocumentString(`
    query StartPartnerships {
  partnerships(asOf: null) {
    id
    name
    aliases
    validFrom
    validTo
    partnership {
      id
      name
    }
    bodies {
      id
      kind
      validFrom
      validTo
    }
    strategies {
      id
      name
      validFrom
      validTo
    }
  }
}
    `) as unknown as TypedDocumentString<StartPartnershipsQuery, StartPartnershipsQueryVariables>;