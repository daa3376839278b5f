// What loading an import would change in the graph: each mandatory action's answer in force for
// the partnership at the import's year, set beside the file's (added, changed, removed, unchanged).
import type { GraphBatch, GraphNode, GraphRel } from '../domain/model.js';
import type { GraphStore } from '../store/contract.js';
import { listAll } from '../store/list-all.js';

export type DiffStatus = 'added' | 'changed' | 'removed' | 'unchanged';

export interface AnswerDiff {
  requirementId: string;
  number: string;
  status: DiffStatus;
  /** what differs, in words: "leads", "RAG", "narrative of Metropolitan Police Service" */
  changes: string[];
  /** the answering actions in the graph now */
  current: string[];
}

export interface GraphAnswers {
  actions: GraphNode[];
  rels: GraphRel[];
}

interface Summary {
  number: string;
  actionIds: string[];
  leads: string[];
  narratives: Map<string, string>;
  namedLead: string;
  rag: string;
}

function summarise(actions: readonly GraphNode[], rels: readonly GraphRel[]): Map<string, Summary> {
  const byAction = new Map(actions.map((a) => [a.id, a]));
  const out = new Map<string, Summary>();
  for (const r of rels) {
    if (r.type !== 'RESPONDS_TO' || !byAction.has(r.from)) continue;
    const a = byAction.get(r.from)!;
    const s: Summary = out.get(r.to) ?? { number: String(a.props['number'] ?? ''), actionIds: [], leads: [], narratives: new Map(), namedLead: '', rag: '' };
    if (!s.actionIds.includes(a.id)) s.actionIds.push(a.id);
    s.narratives.set(String(r.props['respondent'] ?? ''), String(r.props['narrative'] ?? ''));
    s.namedLead ||= String(a.props['namedLead'] ?? '');
    s.rag ||= String(a.props['rag'] ?? '');
    out.set(r.to, s);
  }
  for (const r of rels) {
    if (r.type !== 'LEADS' || !byAction.has(r.to)) continue;
    for (const s of out.values()) if (s.actionIds.includes(r.to) && !s.leads.includes(r.from)) s.leads.push(r.from);
  }
  return out;
}

/** The partnership's answers in force at the year, with their RESPONDS_TO, LEADS and HAS_ACTION lines. */
export async function answersInGraph(store: GraphStore, partnershipId: string, year: string): Promise<GraphAnswers> {
  const actions = await listAll(store, { kinds: ['Action'], partnership: partnershipId, asOf: year });
  const ids = actions.map((a) => a.id);
  if (ids.length === 0) return { actions: [], rels: [] };
  const rels = await store.expand({ ids, types: ['RESPONDS_TO', 'LEADS', 'HAS_ACTION'], direction: 'both', asOf: year });
  const answering = new Set(rels.filter((r) => r.type === 'RESPONDS_TO').map((r) => r.from));
  return { actions: actions.filter((a) => answering.has(a.id)), rels: rels.filter((r) => answering.has(r.from) || answering.has(r.to)) };
}

export function diffAnswers(current: GraphAnswers, incoming: GraphBatch, names: ReadonlyMap<string, string>): AnswerDiff[] {
  const before = summarise(current.actions, current.rels);
  const after = summarise(
    incoming.nodes.filter((n) => n.kind === 'Action'),
    incoming.rels,
  );
  const out: AnswerDiff[] = [];
  for (const requirementId of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(requirementId);
    const a = after.get(requirementId);
    const number = (a ?? b)!.number;
    if (!b) {
      out.push({ requirementId, number, status: 'added', changes: [], current: [] });
      continue;
    }
    if (!a) {
      out.push({ requirementId, number, status: 'removed', changes: [], current: b.actionIds });
      continue;
    }
    const changes: string[] = [];
    if ([...a.leads].sort().join() !== [...b.leads].sort().join()) changes.push('leads');
    if (a.namedLead !== b.namedLead) changes.push('named lead');
    if (a.rag !== b.rag) changes.push('RAG');
    for (const who of new Set([...a.narratives.keys(), ...b.narratives.keys()])) {
      if (a.narratives.get(who) !== b.narratives.get(who)) changes.push(`narrative of ${names.get(who) ?? who}`);
    }
    out.push({ requirementId, number, status: changes.length ? 'changed' : 'unchanged', changes, current: b.actionIds });
  }
  return out.sort((x, y) => x.number.localeCompare(y.number, 'en', { numeric: true }));
}
