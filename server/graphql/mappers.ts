// The server-side values behind schema types (codegen.yml maps the schema types onto these),
// so resolvers receive store records and never re-shape them into schema objects up front.
import type { GraphRel } from '../domain/model.js';

export type { GraphNode as NodeModel, GraphRel as RelModel, Evidence as EvidenceModel } from '../domain/model.js';
export type { SearchHit as SearchHitModel } from '../store/contract.js';

/** A relationship seen from one of its ends: `far` is the id of the other end. */
export interface LineModel {
  rel: GraphRel;
  far: string;
}
