// The vocabulary of curation (issue 14): accounts and their roles, change sets with their evidence
// and review, and the append-only audit record. Shared by the curation stores, the service and GraphQL.
import type { GraphNode, GraphRel } from '../domain/model.js';

/** `admin`, or `editor:<partnership id>` / `reviewer:<partnership id>` */
export type Role = string;

export interface User {
  name: string;
  /** scrypt hash (auth/password.ts); absent for an account that signs in only through OpenID Connect */
  passwordHash?: string;
  roles: Role[];
  /** `${issuer} ${sub}` of the OpenID Connect identity this account signs in as */
  oidcSubject?: string;
  createdAt: string;
}

export type SessionKind = 'cookie' | 'token' | 'oidc-pending';

/** A signed-in session, an API token, or an OpenID Connect sign-in under way; kept by the hash of its secret only. */
export interface Session {
  /** sha256 of the secret the client holds, hex */
  hash: string;
  kind: SessionKind;
  /** the account, or '' for a pending OpenID Connect sign-in */
  user: string;
  label?: string;
  /** what a pending sign-in must remember (PKCE verifier, state, where to return) */
  data?: Record<string, string>;
  createdAt: string;
  expiresAt: string;
}

/** Text of a registered source (an uploaded plan or an editor's attestation), for verbatim quote checks and export. */
export interface SourceText {
  /** id of the Source node */
  id: string;
  /** file name written by the seed export (props.file of the Source node) */
  file: string;
  text: string;
  registeredBy: string;
  registeredAt: string;
  /** the Source node that enters the graph with the first approved change citing it */
  node: GraphNode;
}

/** WITHDRAWN: its author took it back before review (one an approved change overtook, say) */
export type ChangeState = 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

export type ChangeEvidence =
  | { kind: 'SOURCE'; source: string; locator: string; quote: string }
  /** no document says it: the editor attests it, and the note says how they know */
  | { kind: 'ATTESTED'; note: string };

export type Target = 'node' | 'rel';
export type ChangeOp = 'create' | 'edit' | 'end';

export interface Change {
  target: Target;
  id: string;
  op: ChangeOp;
  /** the version the editor saw; the change is refused with CONFLICT if the item has moved on */
  baseVersion: number;
  before: GraphNode | GraphRel | null;
  after: GraphNode | GraphRel;
}

export interface Review {
  reviewer: string;
  decision: 'APPROVED' | 'REJECTED';
  reason: string;
  at: string;
}

export interface ChangeSet {
  id: string;
  partnership: string;
  author: string;
  summary: string;
  evidence: ChangeEvidence;
  changes: Change[];
  state: ChangeState;
  createdAt: string;
  review?: Review;
  /** when its author withdrew it */
  withdrawnAt?: string;
  /** approved and written to the graph (an approved change set not yet applied is re-applied at start) */
  applied: boolean;
}

/** One applied change, as the append-only audit record keeps it. */
export interface AuditEntry {
  /** order of application, from 1 */
  seq: number;
  at: string;
  changeSet: string;
  partnership: string;
  author: string;
  summary: string;
  target: Target;
  targetId: string;
  op: ChangeOp;
  /** the item's version after this change */
  version: number;
  before: GraphNode | GraphRel | null;
  after: GraphNode | GraphRel;
  evidence: ChangeEvidence;
  review: Review;
}

/** The audit entries a change set's approval appends, in change order. */
export const auditEntriesOf = (cs: ChangeSet, review: Review, versions: number[], firstSeq: number): AuditEntry[] =>
  cs.changes.map((c, i) => ({
    seq: firstSeq + i,
    at: review.at,
    changeSet: cs.id,
    partnership: cs.partnership,
    author: cs.author,
    summary: cs.summary,
    target: c.target,
    targetId: c.id,
    op: c.op,
    version: versions[i]!,
    before: c.before,
    after: c.after,
    evidence: cs.evidence,
    review,
  }));
