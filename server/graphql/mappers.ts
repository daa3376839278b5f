// The server-side values behind schema types (codegen.yml maps the schema types onto these),
// so resolvers receive store records and never re-shape them into schema objects up front.
import type { Finding, StructureDiff, VruAlignmentReport, VruCell, VruFlagCell, VruRequirementRow, VruThemeReport } from '../domain/analysis/index.js';
import type { GraphRel } from '../domain/model.js';

export type { GraphNode as NodeModel, GraphRel as RelModel, Evidence as EvidenceModel } from '../domain/model.js';
export type { SearchHit as SearchHitModel } from '../store/contract.js';

/** A relationship seen from one of its ends: `far` is the id of the other end. */
export interface LineModel {
  rel: GraphRel;
  far: string;
}

// The analyses' results (server/domain/analysis) behind the analysis types.
export type {
  VruActionResponse as AlignmentResponseModel,
  VruNarrative as AlignmentNarrativeModel,
  VruGap as GapModel,
  VruTotals as AlignmentTotalsModel,
  CascadeResult as CascadeModel,
  CascadeLevel as CascadeLevelModel,
  CascadeEntry as CascadeEntryModel,
  CascadeLink as CascadeLinkModel,
  StructureDiff as StructureDiffModel,
  BodyChange as BodyChangeModel,
  BodyPair as BodyPairModel,
  LineChange as LineChangeModel,
  SharedStructuresReport as SharedStructuresModel,
  SpanningNode as SpanningNodeModel,
  Interlock as InterlockModel,
  Seat as SeatModel,
} from '../domain/analysis/index.js';

/**
 * A cell knows its partnership and its row's requirement, so a client can draw it alone. A matrix
 * read for its flags alone (no cell's gaps or responses asked: resolvers/analysis.ts) has cells of flags.
 */
export type AlignmentCellModel = VruCell | VruFlagCell;
export type AlignmentRowModel = VruRequirementRow<AlignmentCellModel>;
export type AlignmentThemeModel = VruThemeReport<AlignmentCellModel>;
export type AlignmentReportModel = VruAlignmentReport<AlignmentCellModel>;

/** A finding with the lines its relIds name. */
export interface FindingModel extends Finding {
  lines: GraphRel[];
}

export type BodyDiffModel = StructureDiff['bodies'];
export type LineDiffModel = StructureDiff['lines'];
