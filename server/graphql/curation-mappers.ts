// Models behind the curation types of schema.graphql (codegen.yml maps them).
import type { GraphNode, GraphRel } from '../domain/model.js';
import type { AuditEntry, Change, ChangeEvidence, ChangeSet, Review, SourceText } from '../curation/model.js';
import type { RoleGrant, Viewer } from '../curation/viewer.js';

export type ViewerModel = Viewer;
export type RoleGrantModel = RoleGrant;
export type ChangeSetModel = ChangeSet;
export type ChangeModel = Change;
export type ChangeEvidenceModel = ChangeEvidence;
export type ChangeReviewModel = Review;
export type AuditEntryModel = AuditEntry;
export type ItemStateModel = GraphNode | GraphRel;
export type HistoryModel = { id: string; version: number; entries: AuditEntry[] };
export type RegisteredSourceModel = SourceText;
