// The pure part of VRU alignment, in two halves so a column can be kept: the skeleton (the
// framework's themes and mandatory actions, in number order) and one column per partnership (its
// cell for each mandatory action). A column depends on its partnership's answers alone, never on
// the other partnerships asked with it, so the matrix is the skeleton with the asked columns side by side.
import type { GraphNode, GraphRel } from '../model.js';
import { type GraphIndex, naturalCompare, textProp } from './shared.js';
import { hasNoSubstance, missingProvision } from './vru-narrative.js';
import {
  VRU_GAP_FLAGS,
  type VruActionResponse,
  type VruAlignmentReport,
  type VruCell,
  type VruFlagCell,
  type VruGap,
  type VruNarrative,
  type VruRequirementRow,
  type VruThemeReport,
  type VruTotals,
} from './vru-alignment.js';

export interface VruSkeleton {
  framework: GraphNode;
  themes: { theme: GraphNode; number: string; requirements: { requirement: GraphNode; number: string }[] }[];
}

/** One partnership's cells, one per mandatory action in skeleton order (theme by theme), with its totals. */
export interface VruColumnOf<C extends VruFlagCell> {
  partnership: GraphNode;
  cells: C[];
  /** one per theme, in skeleton order */
  themeTotals: VruTotals[];
  totals: VruTotals;
}

export interface VruColumn extends VruColumnOf<VruCell> {
  /** the partnership and every node its cells name: the answering actions, their leads and the respondents */
  nodes: GraphNode[];
}

/** A column of flags and totals only: some KB, where a whole column is some hundreds (its answers' nodes, lines and evidence). */
export type VruFlagColumn = VruColumnOf<VruFlagCell>;

export const flagsOnly = (c: VruColumn): VruFlagColumn => ({
  partnership: c.partnership,
  cells: c.cells.map(({ partnershipId, partnership, requirement, flags }) => ({ partnershipId, partnership, requirement, flags })),
  themeTotals: c.themeTotals,
  totals: c.totals,
});

/** The framework's themes and their mandatory actions, each in number order. */
export function skeletonOf(g: GraphIndex, framework: GraphNode): VruSkeleton {
  const themes = g
    .out(framework.id, ['HAS_PRIORITY'])
    .map((r) => g.node(r.to))
    .filter((n): n is GraphNode => n?.kind === 'Priority')
    .map((theme) => ({ theme, number: themeNumber(theme) }))
    .sort((a, b) => naturalCompare(a.number, b.number))
    .map(({ theme, number }) => ({
      theme,
      number,
      requirements: g
        .in(theme.id, ['PART_OF'])
        .map((r) => g.node(r.from))
        .filter((n): n is GraphNode => n?.kind === 'Requirement')
        .map((requirement) => ({ requirement, number: requirementNumber(requirement) }))
        .sort((a, b) => naturalCompare(a.number, b.number)),
    }));
  return { framework, themes };
}

/** The columns of `partnerships`, from the answers `g` holds: each mandatory action's RESPONDS_TO lines are read once for all of them. */
export function columnsOf(g: GraphIndex, skeleton: VruSkeleton, partnerships: readonly GraphNode[]): VruColumn[] {
  const cells = partnerships.map((): VruCell[] => []);
  for (const { requirement } of skeleton.themes.flatMap((t) => t.requirements)) {
    const lines = responsesByPartnership(g, requirement);
    partnerships.forEach((p, i) => cells[i]!.push(cellFor(g, requirement, p, lines.get(p.id) ?? [])));
  }
  return partnerships.map((partnership, i): VruColumn => {
    const own = cells[i]!;
    let k = 0;
    const themeTotals = skeleton.themes.map((t) => totalsOf(partnership, own.slice(k, (k += t.requirements.length))));
    return { partnership, cells: own, themeTotals, totals: totalsOf(partnership, own), nodes: nodesNamed(partnership, own) };
  });
}

/** The matrix: the skeleton's rows with the columns in the order given, and the totals. */
export function assemble<C extends VruFlagCell>(skeleton: VruSkeleton, columns: readonly VruColumnOf<C>[]): VruAlignmentReport<C> {
  let k = 0;
  const themes = skeleton.themes.map(({ theme, number, requirements }, t): VruThemeReport<C> => {
    const rows = requirements.map(({ requirement, number }): VruRequirementRow<C> => {
      const at = k++;
      return { requirement, number, cells: columns.map((c) => c.cells[at]!) };
    });
    return { theme, number, requirements: rows, totals: columns.map((c) => c.themeTotals[t]!) };
  });
  return { framework: skeleton.framework, partnerships: columns.map((c) => c.partnership), themes, totals: columns.map((c) => c.totals) };
}

/** The framework, its themes and its mandatory actions. */
export const skeletonNodes = (s: VruSkeleton): GraphNode[] => [s.framework, ...s.themes.flatMap((t) => [t.theme, ...t.requirements.map((r) => r.requirement)])];

function nodesNamed(partnership: GraphNode, cells: readonly VruCell[]): GraphNode[] {
  const out = [partnership];
  for (const cell of cells)
    for (const a of cell.actions) {
      out.push(a.action);
      for (const l of a.leads) if (l.lead) out.push(l.lead);
      for (const n of a.narratives) if (n.respondent) out.push(n.respondent);
    }
  return out;
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
  return { partnershipId: partnership.id, partnership, requirement, actions, flags: VRU_GAP_FLAGS.filter((f) => gaps.some((x) => x.flag === f)), gaps };
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

function totalsOf(partnership: GraphNode, cells: readonly VruCell[]): VruTotals {
  return {
    partnershipId: partnership.id,
    partnership,
    requirements: cells.length,
    responded: cells.filter((c) => c.actions.length > 0).length,
    flags: VRU_GAP_FLAGS.map((flag) => ({ flag, count: cells.filter((c) => c.flags.includes(flag)).length })),
  };
}

/** props.number, else the number the id ends with ("vru/theme-3" is 3). */
const themeNumber = (n: GraphNode): string => textProp(n, 'number') ?? /(\d+)$/.exec(n.id)?.[1] ?? n.id;

/** props.number, else from the id ("vru/ma-2-4" is "2.4"). */
function requirementNumber(n: GraphNode): string {
  const m = /(\d+)-(\d+)$/.exec(n.id);
  return textProp(n, 'number') ?? (m ? `${m[1]}.${m[2]}` : n.id);
}
