// What an export is of: which partnerships, and as at which date. Every format writes this out
// beside its data, so a file read later still says what it holds.
import type { GraphNode } from '../domain/model.js';
import { checkDate, requirePartnerships, todayIso } from '../domain/analysis/shared.js';
import { personalDataShown } from '../domain/personal-data.js';
import type { GraphStore } from '../store/contract.js';
import { listAll } from '../store/list-all.js';

export interface ExportRequest {
  /** partnerships to export; none means every partnership (the national set) */
  partnershipIds: readonly string[];
  /** plan date (yyyy, yyyy-mm or yyyy-mm-dd); absent: the whole record, each fact with its own dates */
  asAt?: string;
  /** whether people's names are written (domain/personal-data.ts); default GOVGRAPH_PERSONAL_DATA */
  personalData?: boolean;
}

export interface ExportScope {
  partnerships: GraphNode[];
  /** null: the whole record */
  asAt: string | null;
  /** whether partnerships were chosen (false: every partnership, and every node of the graph) */
  chosen: boolean;
  /** whether people's names are written */
  personalData: boolean;
  /** ISO day the export was made */
  generatedOn: string;
}

/** Resolves the request against the store; throws AnalysisInputError naming a bad date or an unknown partnership. */
export async function resolveScope(store: GraphStore, req: ExportRequest): Promise<ExportScope> {
  if (req.asAt !== undefined) checkDate(req.asAt, 'asAt');
  const chosen = req.partnershipIds.length > 0;
  const partnerships = chosen
    ? await requirePartnerships(store, [...new Set(req.partnershipIds)])
    : await listAll(store, { kinds: ['Partnership'] });
  return { partnerships, asAt: req.asAt ?? null, chosen, personalData: req.personalData ?? personalDataShown(), generatedOn: todayIso() };
}

/** One line naming the scope, for headers and file metadata. */
export const describeScope = (s: ExportScope): string =>
  `${s.chosen ? s.partnerships.map((p) => p.name).join('; ') : `all ${s.partnerships.length} partnerships`}, ${
    s.asAt ? `as at ${s.asAt}` : 'the whole record'
  }`;
