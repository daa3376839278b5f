// VRU alignment: how each partnership answers each mandatory action of the London VRU's action
// plan template, theme by theme, with the gaps a reviewer looks for, so boroughs compare side by side.
import type { GraphNode, GraphRel } from '../model.js';
import type { GraphStore } from '../../store/contract.js';
import { AnalysisInputError, expandSome, fetchMissing, GraphIndex, requireNodes, requirePartnerships, textProp } from './shared.js';
import type { VruColumnCache } from './vru-column-cache.js';
import { columnNodes, skeletonNodes } from './vru-column-cache.js';
import { assemble, columnsOf, skeletonOf } from './vru-matrix.js';
import type { MissingProvisionMatch } from './vru-narrative.js';

export const VRU_FRAMEWORK_ID = 'vru/action-plan-2023';

/** In the order a reviewer reads them: nothing answered, then who leads, then what the answer says. */
export const VRU_GAP_FLAGS = ['NO_RESPONSE', 'NO_LEAD', 'NO_NAMED_LEAD', 'NO_RAG', 'NO_SUBSTANCE', 'PROVISION_MISSING'] as const;
export type VruGapFlag = (typeof VRU_GAP_FLAGS)[number];

export interface VruGap {
  flag: VruGapFlag;
  /** what raised it, in words */
  detail: string;
  /** the responding Action, absent for NO_RESPONSE */
  actionId?: string;
  /** the organisation whose narrative raised it (NO_SUBSTANCE, PROVISION_MISSING) */
  respondentId?: string;
}

export interface VruLead {
  leadId: string;
  /** null when the graph does not hold the node */
  lead: GraphNode | null;
  /** the post, as written */
  post?: string;
  rel: GraphRel;
}

export interface VruNarrative {
  respondentId?: string;
  respondent: GraphNode | null;
  narrative: string;
  rel: GraphRel;
  noSubstance: boolean;
  missingProvision: MissingProvisionMatch[];
}

export interface VruActionResponse {
  action: GraphNode;
  leads: VruLead[];
  leadAsWritten?: string;
  namedLead?: string;
  rag?: string;
  narratives: VruNarrative[];
  gaps: VruGap[];
}

/** One partnership's answer to one mandatory action. */
export interface VruCell {
  partnershipId: string;
  partnership: GraphNode;
  /** the row's mandatory action, so a cell can be read alone */
  requirement: GraphNode;
  actions: VruActionResponse[];
  /** distinct, in VRU_GAP_FLAGS order */
  flags: VruGapFlag[];
  gaps: VruGap[];
}

export interface VruRequirementRow {
  requirement: GraphNode;
  /** "1.1" */
  number: string;
  /** one per partnership asked for, in the order asked */
  cells: VruCell[];
}

export interface VruFlagCount {
  flag: VruGapFlag;
  /** mandatory actions whose answer has the flag */
  count: number;
}

export interface VruTotals {
  partnershipId: string;
  partnership: GraphNode;
  requirements: number;
  /** mandatory actions with at least one responding action */
  responded: number;
  /** every flag, zero counts included, in VRU_GAP_FLAGS order */
  flags: VruFlagCount[];
}

export interface VruThemeReport {
  theme: GraphNode;
  number: string;
  requirements: VruRequirementRow[];
  /** one per partnership, in the order asked */
  totals: VruTotals[];
}

export interface VruAlignmentReport {
  framework: GraphNode;
  partnerships: GraphNode[];
  themes: VruThemeReport[];
  /** over every theme, one per partnership */
  totals: VruTotals[];
}

export async function vruAlignment(
  store: GraphStore,
  partnershipIds: readonly string[],
  frameworkId = VRU_FRAMEWORK_ID,
): Promise<VruAlignmentReport> {
  return (await readVruAlignment(store, partnershipIds, { frameworkId })).report;
}

export interface VruAlignmentRead {
  report: VruAlignmentReport;
  /** every node the report names: the framework, themes, mandatory actions, partnerships, answers, leads and respondents */
  nodes: GraphNode[];
}

export interface VruReadOptions {
  frameworkId?: string;
  /** columns kept from earlier reads, and the graph version (and view) this read sees */
  kept?: { columns: VruColumnCache; version: string };
}

/**
 * Eight calls at most, whatever the number of answers: framework and partnerships, themes,
 * requirements, the asked partnerships' answers (read from their side, so the cost follows them
 * and not the country), the answers' and framework's nodes, leads, and the leads' and respondents'
 * nodes. With `kept`, only what the cache lacks for that version is read: nothing at all when it
 * holds the framework and every asked partnership's column.
 */
export async function readVruAlignment(store: GraphStore, partnershipIds: readonly string[], opts: VruReadOptions = {}): Promise<VruAlignmentRead> {
  const frameworkId = opts.frameworkId ?? VRU_FRAMEWORK_ID;
  const asked = [...new Set(partnershipIds)];
  const kept = opts.kept?.columns.at(opts.kept.version, frameworkId);
  const keptColumns = new Map(asked.flatMap((id) => {
    const c = kept?.column(id);
    return c ? [[id, c] as const] : [];
  }));
  const missing = asked.filter((id) => !keptColumns.has(id));
  let skeleton = kept?.skeleton();

  const [framework, partnerships] = await Promise.all([
    skeleton ? skeleton.skeleton.framework : requireNodes(store, [frameworkId], 'framework').then(([f]) => f!),
    requirePartnerships(store, missing),
  ]);
  if (framework.kind !== 'Strategy') throw new AnalysisInputError(`framework: "${frameworkId}" is a ${framework.kind}, not a Strategy`);
  const nodes = new Map<string, GraphNode>([framework, ...partnerships].map((n) => [n.id, n]));
  const rels: GraphRel[] = [];
  let requirementIds = skeleton?.requirementIds ?? [];
  const skeletonIds: string[] = [];
  if (!skeleton) {
    const themeRels = await expandSome(store, { ids: [frameworkId], types: ['HAS_PRIORITY'], direction: 'out' });
    const requirementRels = await expandSome(store, { ids: themeRels.map((r) => r.to), types: ['PART_OF'], direction: 'in' });
    requirementIds = requirementRels.map((r) => r.from);
    skeletonIds.push(...themeRels.map((r) => r.to), ...requirementIds);
    rels.push(...themeRels, ...requirementRels);
  }
  const ours = missing.length === 0 ? [] : await expandSome(store, { ids: requirementIds, types: ['RESPONDS_TO'], direction: 'in', farPartnerships: partnerships.map((p) => p.id) });
  await fetchMissing(store, nodes, [...skeletonIds, ...ours.map((r) => r.from)]);
  const leadRels = await expandSome(store, { ids: ours.map((r) => r.from), types: ['LEADS'], direction: 'in' });
  await fetchMissing(store, nodes, [...leadRels.map((r) => r.from), ...ours.map((r) => textProp(r, 'respondent') ?? '')]);
  rels.push(...ours, ...leadRels);

  const g = new GraphIndex(nodes.values(), rels);
  skeleton ??= { skeleton: skeletonOf(g, framework), requirementIds };
  for (const column of columnsOf(g, skeleton.skeleton, partnerships)) keptColumns.set(column.partnership.id, column);
  kept?.keep(skeleton, partnerships.map((p) => keptColumns.get(p.id)!));

  const columns = asked.map((id) => keptColumns.get(id)!);
  return { report: assemble(skeleton.skeleton, columns), nodes: [...skeletonNodes(skeleton.skeleton), ...columns.flatMap(columnNodes)] };
}

/** What buildVruAlignment reads: the framework's themes and requirements, the responding actions, their leads and respondents. */
export interface VruAlignmentData {
  framework: GraphNode;
  partnerships: GraphNode[];
  nodes: GraphNode[];
  rels: GraphRel[];
}

/** The matrix from a slice of the graph (or the whole of it): the pure analysis. */
export function buildVruAlignment(data: VruAlignmentData): VruAlignmentReport {
  const g = new GraphIndex(data.nodes, data.rels);
  const skeleton = skeletonOf(g, data.framework);
  return assemble(skeleton, columnsOf(g, skeleton, data.partnerships));
}
