// VRU alignment: how each partnership answers each mandatory action of the London VRU's action
// plan template, theme by theme, with the gaps a reviewer looks for, so boroughs compare side by side.
import type { GraphNode, GraphRel } from '../model.js';
import type { GraphStore } from '../../store/contract.js';
import { AnalysisInputError, expandSome, fetchMissing, GraphIndex, naturalCompare, requireNodes, requirePartnerships, textProp } from './shared.js';
import { hasNoSubstance, missingProvision, type MissingProvisionMatch } from './vru-narrative.js';

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

/** What buildVruAlignment reads: the framework's themes and requirements, the responding actions, their leads and respondents. */
export interface VruAlignmentData {
  framework: GraphNode;
  partnerships: GraphNode[];
  nodes: GraphNode[];
  rels: GraphRel[];
}

export async function vruAlignment(
  store: GraphStore,
  partnershipIds: readonly string[],
  frameworkId = VRU_FRAMEWORK_ID,
): Promise<VruAlignmentReport> {
  return buildVruAlignment(await gatherVruAlignment(store, partnershipIds, frameworkId));
}

/**
 * Seven calls, whatever the number of answers: framework and partnerships, themes, requirements,
 * the asked partnerships' answers (read from their side, so the cost follows them and not the
 * country), the answers' and framework's nodes, leads, and the leads' and respondents' nodes.
 */
export async function gatherVruAlignment(
  store: GraphStore,
  partnershipIds: readonly string[],
  frameworkId = VRU_FRAMEWORK_ID,
): Promise<VruAlignmentData> {
  const [[framework], partnerships] = await Promise.all([
    requireNodes(store, [frameworkId], 'framework'),
    requirePartnerships(store, [...new Set(partnershipIds)]),
  ]);
  if (framework.kind !== 'Strategy') throw new AnalysisInputError(`framework: "${frameworkId}" is a ${framework.kind}, not a Strategy`);

  const themeRels = await expandSome(store, { ids: [frameworkId], types: ['HAS_PRIORITY'], direction: 'out' });
  const themeIds = themeRels.map((r) => r.to);
  const requirementRels = await expandSome(store, { ids: themeIds, types: ['PART_OF'], direction: 'in' });
  const requirementIds = requirementRels.map((r) => r.from);
  const asked = partnerships.map((p) => p.id);
  const ours = await expandSome(store, { ids: requirementIds, types: ['RESPONDS_TO'], direction: 'in', farPartnerships: asked });

  const nodes = new Map<string, GraphNode>([framework, ...partnerships].map((n) => [n.id, n]));
  await fetchMissing(store, nodes, [...themeIds, ...requirementIds, ...ours.map((r) => r.from)]);
  const leadRels = await expandSome(store, { ids: ours.map((r) => r.from), types: ['LEADS'], direction: 'in' });
  await fetchMissing(store, nodes, [...leadRels.map((r) => r.from), ...ours.map((r) => textProp(r, 'respondent') ?? '')]);

  return {
    framework,
    partnerships,
    nodes: [...nodes.values()],
    rels: [...themeRels, ...requirementRels, ...ours, ...leadRels],
  };
}

// ---------------------------------------------------------------- the pure part

export function buildVruAlignment(data: VruAlignmentData): VruAlignmentReport {
  const g = new GraphIndex(data.nodes, data.rels);
  const pids = data.partnerships.map((p) => p.id);

  const themes = g
    .out(data.framework.id, ['HAS_PRIORITY'])
    .map((r) => g.node(r.to))
    .filter((n): n is GraphNode => n?.kind === 'Priority')
    .map((theme) => ({ theme, number: themeNumber(theme) }))
    .sort((a, b) => naturalCompare(a.number, b.number))
    .map(({ theme, number }): VruThemeReport => {
      const requirements = g
        .in(theme.id, ['PART_OF'])
        .map((r) => g.node(r.from))
        .filter((n): n is GraphNode => n?.kind === 'Requirement')
        .map((requirement) => ({ requirement, number: requirementNumber(requirement) }))
        .sort((a, b) => naturalCompare(a.number, b.number))
        .map(({ requirement, number }) => {
          const lines = responsesByPartnership(g, requirement);
          return { requirement, number, cells: data.partnerships.map((p) => cellFor(g, requirement, p, lines.get(p.id) ?? [])) };
        });
      return { theme, number, requirements, totals: totalsOf(pids, requirements) };
    });

  return {
    framework: data.framework,
    partnerships: data.partnerships,
    themes,
    totals: totalsOf(
      pids,
      themes.flatMap((t) => t.requirements),
    ),
  };
}

/** The RESPONDS_TO lines into a requirement, grouped by the partnership of the answering action: read once per row, not once per cell. */
function responsesByPartnership(g: GraphIndex, requirement: GraphNode): Map<string, GraphRel[]> {
  const byPartnership = new Map<string, GraphRel[]>();
  for (const r of g.in(requirement.id, ['RESPONDS_TO'])) {
    const action = g.node(r.from);
    if (action?.kind !== 'Action' || !action.partnership) continue;
    const list = byPartnership.get(action.partnership);
    if (list) list.push(r);
    else byPartnership.set(action.partnership, [r]);
  }
  return byPartnership;
}

/** One partnership's cell of a row, from that partnership's lines into the requirement. */
function cellFor(g: GraphIndex, requirement: GraphNode, partnership: GraphNode, lines: readonly GraphRel[]): VruCell {
  const linesByAction = new Map<string, GraphRel[]>();
  for (const r of lines) {
    const list = linesByAction.get(r.from);
    if (list) list.push(r);
    else linesByAction.set(r.from, [r]);
  }
  const actions = [...linesByAction].map(([id, lines]) => actionResponse(g, g.node(id)!, lines)).sort((a, b) => naturalCompare(a.action.id, b.action.id));
  const gaps: VruGap[] =
    actions.length === 0
      ? [{ flag: 'NO_RESPONSE', detail: `${partnership.name} records no response to mandatory action ${requirementNumber(requirement)}` }]
      : actions.flatMap((a) => a.gaps);
  return { partnershipId: partnership.id, actions, flags: VRU_GAP_FLAGS.filter((f) => gaps.some((x) => x.flag === f)), gaps };
}

function actionResponse(g: GraphIndex, action: GraphNode, lines: GraphRel[]): VruActionResponse {
  const leads = g.in(action.id, ['LEADS']).map((rel) => ({ leadId: rel.from, lead: g.node(rel.from) ?? null, post: textProp(rel, 'post'), rel }));
  const leadAsWritten = textProp(action, 'leadAsWritten');
  const namedLead = textProp(action, 'namedLead');
  const rag = textProp(action, 'rag');
  const narratives = lines.map((rel): VruNarrative => {
    const respondentId = textProp(rel, 'respondent');
    const narrative = textProp(rel, 'narrative') ?? '';
    const noSubstance = hasNoSubstance(narrative);
    return {
      respondentId,
      respondent: respondentId ? g.node(respondentId) ?? null : null,
      narrative,
      rel,
      noSubstance,
      missingProvision: noSubstance ? [] : missingProvision(narrative),
    };
  });

  const gaps: VruGap[] = [];
  const at = { actionId: action.id };
  if (leads.length === 0 && !leadAsWritten) gaps.push({ flag: 'NO_LEAD', detail: 'no lead organisation is recorded', ...at });
  if (!namedLead) gaps.push({ flag: 'NO_NAMED_LEAD', detail: 'the named lead and role are left empty', ...at });
  if (!rag) gaps.push({ flag: 'NO_RAG', detail: 'no RAG status is recorded', ...at });
  for (const n of narratives) {
    const who = n.respondent?.name ?? n.respondentId ?? 'the response';
    const byWhom = n.respondentId ? { respondentId: n.respondentId } : {};
    if (n.noSubstance)
      gaps.push({ flag: 'NO_SUBSTANCE', detail: n.narrative ? `${who} answers "${n.narrative}"` : `${who} gives no narrative`, ...at, ...byWhom });
    for (const m of n.missingProvision)
      gaps.push({ flag: 'PROVISION_MISSING', detail: `${who} writes "${m.text}"`, ...at, ...byWhom });
  }
  return { action, leads, leadAsWritten, namedLead, rag, narratives, gaps };
}

function totalsOf(pids: string[], rows: VruRequirementRow[]): VruTotals[] {
  return pids.map((partnershipId, i) => {
    const cells = rows.map((r) => r.cells[i]);
    return {
      partnershipId,
      requirements: rows.length,
      responded: cells.filter((c) => c.actions.length > 0).length,
      flags: VRU_GAP_FLAGS.map((flag) => ({ flag, count: cells.filter((c) => c.flags.includes(flag)).length })),
    };
  });
}

/** props.number, else the number the id ends with ("vru/theme-3" is 3). */
const themeNumber = (n: GraphNode): string => textProp(n, 'number') ?? /(\d+)$/.exec(n.id)?.[1] ?? n.id;

/** props.number, else from the id ("vru/ma-2-4" is "2.4"). */
function requirementNumber(n: GraphNode): string {
  const m = /(\d+)-(\d+)$/.exec(n.id);
  return textProp(n, 'number') ?? (m ? `${m[1]}.${m[2]}` : n.id);
}
