// VRU alignment: how each partnership answers each mandatory action of the London VRU's action
// plan template, theme by theme, with the gaps a reviewer looks for, so boroughs compare side by side.
import type { GraphNode, GraphRel } from '../model.js';
import type { GraphStore } from '../../store/contract.js';
import { AnalysisInputError, expandSome, fetchMissing, GraphIndex, requireNodes, requirePartnerships, textProp } from './shared.js';
import type { KeptSkeleton, VruColumnCache } from './vru-column-cache.js';
import { assemble, columnsOf, flagsOnly, skeletonNodes, skeletonOf, type VruColumn } from './vru-matrix.js';
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

/** One partnership's flags against one mandatory action: what a matrix of many partnerships draws. */
export interface VruFlagCell {
  partnershipId: string;
  partnership: GraphNode;
  /** the row's mandatory action, so a cell can be read alone */
  requirement: GraphNode;
  /** distinct, in VRU_GAP_FLAGS order */
  flags: readonly VruGapFlag[];
}

/** One partnership's answer to one mandatory action, with everything behind its flags. */
export interface VruCell extends VruFlagCell {
  actions: VruActionResponse[];
  gaps: VruGap[];
}

export interface VruRequirementRow<C extends VruFlagCell = VruCell> {
  requirement: GraphNode;
  /** "1.1" */
  number: string;
  /** one per partnership asked for, in the order asked */
  cells: C[];
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

export interface VruThemeReport<C extends VruFlagCell = VruCell> {
  theme: GraphNode;
  number: string;
  requirements: VruRequirementRow<C>[];
  /** one per partnership, in the order asked */
  totals: VruTotals[];
}

export interface VruAlignmentReport<C extends VruFlagCell = VruCell> {
  framework: GraphNode;
  partnerships: GraphNode[];
  themes: VruThemeReport<C>[];
  /** over every theme, one per partnership */
  totals: VruTotals[];
}

export async function vruAlignment(
  store: GraphStore,
  partnershipIds: readonly string[],
  frameworkId = VRU_FRAMEWORK_ID,
): Promise<VruAlignmentReport> {
  return (await readVruAlignment(store, partnershipIds, frameworkId)).report;
}

export interface VruAlignmentRead {
  report: VruAlignmentReport;
  /** every node the report names: the framework, themes, mandatory actions, partnerships, answers, leads and respondents */
  nodes: GraphNode[];
}

/** The whole matrix, every cell with its answers, leads, narratives and gaps: see gatherColumns for the store calls. */
export async function readVruAlignment(store: GraphStore, partnershipIds: readonly string[], frameworkId = VRU_FRAMEWORK_ID): Promise<VruAlignmentRead> {
  const asked = [...new Set(partnershipIds)];
  const { skeleton, columns } = await gatherColumns(store, frameworkId, asked);
  return { report: assemble(skeleton.skeleton, columns), nodes: [...skeletonNodes(skeleton.skeleton), ...columns.flatMap((c) => c.nodes)] };
}

/**
 * The matrix of flags and totals, from the columns `kept` holds for the graph version this read
 * sees (`version`, from GraphStore.graphVersion of the same view); only the partnerships it lacks
 * are read, and their columns kept. Nothing is read when it holds every one asked.
 */
export async function readVruMatrix(
  store: GraphStore,
  partnershipIds: readonly string[],
  kept: { columns: VruColumnCache; version: string },
  frameworkId = VRU_FRAMEWORK_ID,
): Promise<VruAlignmentReport<VruFlagCell>> {
  const asked = [...new Set(partnershipIds)];
  const at = kept.columns.at(kept.version, frameworkId);
  const found = new Map(asked.flatMap((id) => {
    const c = at.column(id);
    return c ? [[id, c] as const] : [];
  }));
  let skeleton = at.skeleton();
  const missing = asked.filter((id) => !found.has(id));
  if (missing.length > 0 || !skeleton) {
    const read = await gatherColumns(store, frameworkId, missing, skeleton);
    skeleton = read.skeleton;
    const light = read.columns.map(flagsOnly);
    for (const c of light) found.set(c.partnership.id, c);
    at.keep(skeleton, light);
  }
  return assemble(skeleton.skeleton, asked.map((id) => found.get(id)!));
}

/**
 * Eight calls at most, whatever the number of answers: framework and partnerships, themes,
 * requirements, the partnerships' answers (read from their side, so the cost follows them and not
 * the country), the answers' and framework's nodes, leads, and the leads' and respondents' nodes.
 * With a skeleton already read, its three parts are skipped.
 */
async function gatherColumns(store: GraphStore, frameworkId: string, pids: string[], known?: KeptSkeleton): Promise<{ skeleton: KeptSkeleton; columns: VruColumn[] }> {
  const [framework, partnerships] = await Promise.all([
    known ? known.skeleton.framework : requireNodes(store, [frameworkId], 'framework').then(([f]) => f!),
    requirePartnerships(store, pids),
  ]);
  if (framework.kind !== 'Strategy') throw new AnalysisInputError(`framework: "${frameworkId}" is a ${framework.kind}, not a Strategy`);
  const nodes = new Map<string, GraphNode>([framework, ...partnerships].map((n) => [n.id, n]));
  const rels: GraphRel[] = [];
  let requirementIds = known?.requirementIds ?? [];
  const skeletonIds: string[] = [];
  if (!known) {
    const themeRels = await expandSome(store, { ids: [frameworkId], types: ['HAS_PRIORITY'], direction: 'out' });
    const requirementRels = await expandSome(store, { ids: themeRels.map((r) => r.to), types: ['PART_OF'], direction: 'in' });
    requirementIds = requirementRels.map((r) => r.from);
    skeletonIds.push(...themeRels.map((r) => r.to), ...requirementIds);
    rels.push(...themeRels, ...requirementRels);
  }
  const ours = pids.length === 0 ? [] : await expandSome(store, { ids: requirementIds, types: ['RESPONDS_TO'], direction: 'in', farPartnerships: pids });
  await fetchMissing(store, nodes, [...skeletonIds, ...ours.map((r) => r.from)]);
  const leadRels = await expandSome(store, { ids: ours.map((r) => r.from), types: ['LEADS'], direction: 'in' });
  await fetchMissing(store, nodes, [...leadRels.map((r) => r.from), ...ours.map((r) => textProp(r, 'respondent') ?? '')]);
  rels.push(...ours, ...leadRels);

  const g = new GraphIndex(nodes.values(), rels);
  const skeleton = known ?? { skeleton: skeletonOf(g, framework), requirementIds };
  return { skeleton, columns: columnsOf(g, skeleton.skeleton, partnerships) };
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
