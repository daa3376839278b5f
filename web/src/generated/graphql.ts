/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
  | 'REJECTED';

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


export type ViewerQuery = { viewer: { name: string, roles: Array<string>, admin: boolean, editorOf: Array<string>, reviewerOf: Array<string> } | null };

export type ItemStateFieldsFragment = { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> };

export type ChangeEvidenceFieldsFragment = { basis: EvidenceBasis, source: string | null, locator: string | null, quote: string | null, note: string | null };

export type ReviewFieldsFragment = { reviewer: string, decision: ReviewDecision, reason: string, at: string };

export type ChangeSetFieldsFragment = { id: string, partnershipId: string, author: string, summary: string, state: ChangeState, createdAt: string, evidence: { basis: EvidenceBasis, source: string | null, locator: string | null, quote: string | null, note: string | null }, changes: Array<{ target: ChangeTarget, id: string, op: ChangeOp, baseVersion: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> } }>, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } | null };

export type AuditEntryFieldsFragment = { seq: number, at: string, changeSetId: string, partnershipId: string, author: string, summary: string, target: ChangeTarget, targetId: string, op: ChangeOp, version: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> }, evidence: { basis: EvidenceBasis, source: string | null, locator: string | null, quote: string | null, note: string | null }, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } };

export type ChangeSetsQueryVariables = Exact<{
  partnershipId?: string | number | null | undefined;
  state?: ChangeState | null | undefined;
  mine?: boolean | null | undefined;
  before?: string | number | null | undefined;
}>;


export type ChangeSetsQuery = { changeSets: Array<{ id: string, partnershipId: string, author: string, summary: string, state: ChangeState, createdAt: string, evidence: { basis: EvidenceBasis, source: string | null, locator: string | null, quote: string | null, note: string | null }, changes: Array<{ target: ChangeTarget, id: string, op: ChangeOp, baseVersion: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> } }>, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } | null }> };

export type ItemHistoryQueryVariables = Exact<{
  id: string | number;
  withLines?: boolean | null | undefined;
}>;


export type ItemHistoryQuery = { history: { id: string, version: number, entries: Array<{ seq: number, at: string, changeSetId: string, partnershipId: string, author: string, summary: string, target: ChangeTarget, targetId: string, op: ChangeOp, version: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> }, evidence: { basis: EvidenceBasis, source: string | null, locator: string | null, quote: string | null, note: string | null }, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } }> } };

export type ChangedSinceQueryVariables = Exact<{
  partnershipId: string | number;
  since: string;
  first?: number | null | undefined;
}>;


export type ChangedSinceQuery = { changedSince: Array<{ seq: number, at: string, changeSetId: string, partnershipId: string, author: string, summary: string, target: ChangeTarget, targetId: string, op: ChangeOp, version: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> }, evidence: { basis: EvidenceBasis, source: string | null, locator: string | null, quote: string | null, note: string | null }, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } }> };

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


export type ProposeChangeMutation = { proposeChange: { id: string, partnershipId: string, author: string, summary: string, state: ChangeState, createdAt: string, evidence: { basis: EvidenceBasis, source: string | null, locator: string | null, quote: string | null, note: string | null }, changes: Array<{ target: ChangeTarget, id: string, op: ChangeOp, baseVersion: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> } }>, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } | null } };

export type ReviewChangeMutationVariables = Exact<{
  id: string | number;
  decision: ReviewDecision;
  reason: string;
}>;


export type ReviewChangeMutation = { reviewChange: { id: string, partnershipId: string, author: string, summary: string, state: ChangeState, createdAt: string, evidence: { basis: EvidenceBasis, source: string | null, locator: string | null, quote: string | null, note: string | null }, changes: Array<{ target: ChangeTarget, id: string, op: ChangeOp, baseVersion: number, before: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> } | null, after: { id: string, kind: NodeKind | null, type: RelationshipType | null, from: string | null, to: string | null, name: string | null, aliases: Array<string>, text: string | null, note: string | null, validFrom: string | null, validTo: string | null, partnershipId: string | null, properties: Array<{ key: string, value: string | null }> } }>, review: { reviewer: string, decision: ReviewDecision, reason: string, at: string } | null } };

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


export type StartPartnershipsQuery = { partnerships: Array<{ id: string, name: string, aliases: Array<string>, validFrom: string | null, validTo: string | null, bodies: Array<
      | { id: string, kind: NodeKind, validFrom: string | null, validTo: string | null }
      | { id: string, kind: NodeKind, validFrom: string | null, validTo: string | null }
      | { id: string, kind: NodeKind, validFrom: string | null, validTo: string | null }
      | { id: string, kind: NodeKind, validFrom: string | null, validTo: string | null }
    >, strategies: Array<{ id: string, name: string, validFrom: string | null, validTo: string | null }> }> };

export const ChangeEvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<ChangeEvidenceFieldsFragment, unknown>;
export const ItemStateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ItemStateFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<ReviewFieldsFragment, unknown>;
export const ChangeSetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<ChangeSetFieldsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"changeSetId"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<AuditEntryFieldsFragment, unknown>;
export const RegisteredSourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisteredSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisteredSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]} as unknown as DocumentNode<RegisteredSourceFieldsFragment, unknown>;
export const NodeLabelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NodeLabelFragment, unknown>;
export const OrgBodyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgBody"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GovernanceBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrgBodyFragment, unknown>;
export const EvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceFieldsFragment, unknown>;
export const OrgActionRoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgActionRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionRole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"timescale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<OrgActionRoleFragment, unknown>;
export const ReportBodyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportBody"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GovernanceBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<ReportBodyFragment, unknown>;
export const LineEndsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineEnds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LineEndsFragment, unknown>;
export const ReportLineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineEnds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineEnds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<ReportLineFragment, unknown>;
export const VruTotalsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VruTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlignmentTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<VruTotalsFragment, unknown>;
export const ActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Actions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"timescale"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadAsWritten"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionsQuery, ActionsQueryVariables>;
export const PartnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partnerships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PartnershipsQuery, PartnershipsQueryVariables>;
export const StructureChartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StructureChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationships"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChartGrouping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"structureChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rootIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationships"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationships"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"shortLabel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"}},{"kind":"Field","name":{"kind":"Name","value":"compound"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"unlinked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<StructureChartQuery, StructureChartQueryVariables>;
export const ReportingChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]} as unknown as DocumentNode<ReportingChainQuery, ReportingChainQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabel"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const CompareStructuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareStructures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toPartnershipId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareStructure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"toPartnershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toPartnershipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toPartnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"matched"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineEnds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportBody"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GovernanceBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineEnds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<CompareStructuresQuery, CompareStructuresQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"admin"}},{"kind":"Field","name":{"kind":"Name","value":"editorOf"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerOf"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ChangeSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeSets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}}]} as unknown as DocumentNode<ChangeSetsQuery, ChangeSetsQueryVariables>;
export const ItemHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withLines"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"withLines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withLines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"changeSetId"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}}]} as unknown as DocumentNode<ItemHistoryQuery, ItemHistoryQueryVariables>;
export const ChangedSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangedSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedSince"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"changeSetId"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}}]} as unknown as DocumentNode<ChangedSinceQuery, ChangedSinceQueryVariables>;
export const RegisteredSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisteredSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registeredSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisteredSourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisteredSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisteredSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]} as unknown as DocumentNode<RegisteredSourcesQuery, RegisteredSourcesQueryVariables>;
export const RegisterSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisteredSourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisteredSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisteredSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]} as unknown as DocumentNode<RegisterSourceMutation, RegisterSourceMutationVariables>;
export const ProposeChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}}]} as unknown as DocumentNode<ProposeChangeMutation, ProposeChangeMutationVariables>;
export const ReviewChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemStateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}}]} as unknown as DocumentNode<ReviewChangeMutation, ReviewChangeMutationVariables>;
export const InterlocksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Interlocks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedStructures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"interlocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bodyCount"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spanning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boroughs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InterlocksQuery, InterlocksQueryVariables>;
export const LineEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LineEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineEnds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineEnds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<LineEvidenceQuery, LineEvidenceQueryVariables>;
export const NodeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GovernanceBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"statusAtDate"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"statusAtDate"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const OrganisationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationListQuery, OrganisationListQueryVariables>;
export const OrganisationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"chairing"},"name":{"kind":"Name","value":"chairs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"chair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgActionRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgActionRole"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgBody"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GovernanceBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgActionRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionRole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"timescale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<OrganisationProfileQuery, OrganisationProfileQueryVariables>;
export const VruMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VruMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnershipIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vruAlignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnershipIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnershipIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VruTotals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VruTotals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VruTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlignmentTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<VruMatrixQuery, VruMatrixQueryVariables>;
export const VruDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VruDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vruAlignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnershipIds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadAsWritten"}},{"kind":"Field","name":{"kind":"Name","value":"namedLead"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"narratives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"noSubstance"}},{"kind":"Field","name":{"kind":"Name","value":"missingProvision"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<VruDetailQuery, VruDetailQueryVariables>;
export const GovernanceFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineEnds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineEnds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceFindingsQuery, GovernanceFindingsQueryVariables>;
export const StartPartnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartPartnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"NullValue"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"bodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<StartPartnershipsQuery, StartPartnershipsQueryVariables>;