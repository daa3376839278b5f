// The VRU alignment matrix and the governance findings as tables (one header row, rows of text), the
// one shape the CSV and the xlsx exports are written from. Every row says its as-at date and its
// partnership, and carries the evidence of what it states; people's names are withheld unless the
// scope allows them.
import { governanceFindings, vruAlignment, VRU_GAP_FLAGS, type Finding, type VruActionResponse, type VruCell } from '../domain/analysis/index.js';
import { expandSome, mergeEvidence } from '../domain/analysis/shared.js';
import type { Evidence, GraphNode, GraphRel } from '../domain/model.js';
import type { GraphStore } from '../store/contract.js';
import { evidenceText } from './evidence-text.js';
import type { ExportScope } from './scope.js';
import { namesIn, withholder, type Withhold } from './withhold.js';

export interface Table {
  /** sheet name or file stem */
  name: string;
  /** a longer title, for a sheet's heading */
  title: string;
  columns: string[];
  rows: string[][];
}

export const VRU_COLUMNS = [
  'as_at',
  'partnership_id',
  'partnership',
  'theme_no',
  'theme',
  'requirement_no',
  'requirement',
  'responded',
  'action_id',
  'action',
  'leads',
  'lead_as_written',
  'named_lead',
  'rag',
  'narratives',
  ...VRU_GAP_FLAGS.map((f) => `gap_${f.toLowerCase()}`),
  'evidence',
];

export const FINDING_COLUMNS = ['as_at', 'partnership_id', 'partnership', 'rule', 'severity', 'message', 'node_ids', 'line_ids', 'evidence'];

const asAtText = (scope: ExportScope): string => scope.asAt ?? 'whole record';

/** One table per VRU theme: a row per partnership and responding action (one row, marked NO_RESPONSE, when none responds). */
export async function vruTables(store: GraphStore, scope: ExportScope): Promise<Table[]> {
  const report = await vruAlignment(store, scope.partnerships.map((p) => p.id));
  const names = new Map(report.partnerships.map((p) => [p.id, p.name]));
  const answers = report.themes.flatMap((t) => t.requirements.flatMap((r) => r.cells.flatMap((c) => c.actions)));
  const shown = withholder(namesIn(answers.flatMap((a) => [a.action, ...a.leads.map((l) => l.rel), ...a.narratives.map((n) => n.rel)])), scope.personalData);
  return report.themes.map((theme) => {
    const rows: string[][] = [];
    for (const row of theme.requirements) {
      for (const cell of row.cells) {
        const base = [asAtText(scope), cell.partnershipId, names.get(cell.partnershipId) ?? cell.partnershipId, theme.number, theme.theme.name, row.number, row.requirement.name];
        const answers: (VruActionResponse | null)[] = cell.actions.length ? cell.actions : [null];
        for (const answer of answers) rows.push([...base, ...answerCells(cell, answer, shown)]);
      }
    }
    return { name: `Theme ${theme.number}`, title: `VRU theme ${theme.number}: ${theme.theme.name}`, columns: VRU_COLUMNS, rows };
  });
}

function answerCells(cell: VruCell, a: VruActionResponse | null, shown: Withhold): string[] {
  // a gap without an action (NO_RESPONSE) belongs to the whole cell, the others to their action
  const gaps = cell.gaps.filter((g) => g.actionId === undefined || g.actionId === a?.action.id);
  const gapCells = VRU_GAP_FLAGS.map((flag) =>
    gaps
      .filter((g) => g.flag === flag)
      .map((g) => g.detail)
      .join('\n'),
  );
  if (!a) return ['no', '', '', '', '', '', '', '', ...gapCells, ''];
  const action = shown(a.action);
  const leads = a.leads.map((l) => `${l.lead?.name ?? l.leadId}${l.post ? ` (${l.post})` : ''}`);
  const narratives = a.narratives.map((n) => `${n.respondent?.name ?? n.respondentId ?? 'answer'}: ${shown(n.rel).props.narrative ?? n.narrative}`);
  const evidence = mergeEvidence(action, ...a.leads.map((l) => shown(l.rel)), ...a.narratives.map((n) => shown(n.rel)));
  return ['yes', action.id, action.name, leads.join('\n'), a.leadAsWritten ?? '', a.namedLead ?? '', a.rag ?? '', narratives.join('\n\n'), ...gapCells, evidenceText(evidence)];
}

/** The governance findings of each partnership, as at the scope's date, most severe first. */
export async function findingsTable(store: GraphStore, scope: ExportScope): Promise<Table> {
  // one partnership at a time: all at once held every partnership's slice of the graph together
  // (on 300 partnerships, over a gigabyte and most of the time in garbage collection)
  const rows: string[][] = [];
  for (const p of scope.partnerships) {
    const findings = await governanceFindings(store, p.id, scope.asAt ?? undefined);
    const shown = scope.personalData ? withholder([], true) : withholder(await namesNear(store, findings), false);
    for (const f of findings) rows.push(findingRow(scope, p, f, shown(evidenceCarrier(f.evidence)).evidence));
  }
  return { name: 'Findings', title: `Governance findings, ${scope.asAt ? `as at ${scope.asAt}` : 'over the whole record'}`, columns: FINDING_COLUMNS, rows };
}

/**
 * A finding's evidence is copied from the nodes and lines it is about: the names the lines of
 * those nodes hold are withheld from it, as they are from the lines themselves.
 */
async function namesNear(store: GraphStore, findings: readonly Finding[]): Promise<string[]> {
  const lines = await expandSome(store, { ids: findings.flatMap((f) => f.nodeIds), direction: 'both' });
  const named = (await store.getRels([...new Set(findings.flatMap((f) => f.relIds))])).filter((r): r is GraphRel => r !== null);
  return namesIn([...lines, ...named]);
}

/** Evidence on its own, in the shape the withholder takes. */
const evidenceCarrier = (evidence: Evidence[]): GraphRel => ({ id: '', type: 'LINKS_WITH', from: '', to: '', props: {}, evidence });

function findingRow(scope: ExportScope, p: GraphNode, f: Finding, evidence: Evidence[]): string[] {
  return [asAtText(scope), p.id, p.name, f.ruleId, f.severity, f.message, f.nodeIds.join('\n'), f.relIds.join('\n'), evidenceText(evidence)];
}
