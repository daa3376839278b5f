import type { Evidence, GraphNode, GraphRel } from '../../model.js';
import type { Finding, GovernanceRule } from './types.js';

const RULE = 'fact-not-stated';

/** How an entry's evidence falls short of a statement, or null when some entry states it. */
function shortfall(evidence: readonly Evidence[]): string | null {
  if (evidence.length === 0 || evidence.some((e) => e.basis === 'STATED')) return null;
  if (evidence.every((e) => e.basis === 'TEMPLATE')) return "rests only on the VRU template's request, not on the borough's answer";
  const how = evidence.find((e) => e.basis === 'INFERRED' && e.note)?.note;
  const template = evidence.some((e) => e.basis === 'TEMPLATE') ? " and the VRU template's request" : '';
  return `rests only on inference${template}${how ? ` (${how.replace(/\.$/, '')})` : ''}`;
}

const SHOWN = 5;
/** The first few names and how many more: the finding lists every line in relIds. */
const listed = (names: string[]) =>
  names.length <= SHOWN ? names.join('; ') : `${names.slice(0, SHOWN).join('; ')} and ${names.length - SHOWN} more`;

export const factNotStated: GovernanceRule = {
  id: RULE,
  summary: "A body of the partnership, or a line of its bodies and actions, that no plan states: every quote behind it is inferred from the plan, or is the VRU template's own request. Lines of one kind from one node that fall short for the same reason are one finding.",
  check({ graph, bodies, actions, partnership }) {
    const ours = (n: GraphNode | undefined) => !!n && (n.id === partnership.id || n.partnership === partnership.id);
    const findings: Finding[] = [];
    for (const b of bodies) {
      const why = shortfall(b.evidence);
      if (why) findings.push({ ruleId: RULE, severity: 'low', message: `${b.name} ${why}.`, nodeIds: [b.id], relIds: [], evidence: b.evidence });
    }
    const lines = new Map<string, GraphRel>();
    for (const n of [...bodies, ...actions]) for (const r of [...graph.out(n.id), ...graph.in(n.id)]) lines.set(r.id, r);
    // Lines of one kind from one node that fall short for the same reason (the actions a plan lists
    // under a priority's heading) are one finding: one thing for a reviewer to check, not thirty.
    const groups = new Map<string, { why: string; rels: GraphRel[] }>();
    for (const r of [...lines.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      if (!ours(graph.node(r.from)) && !ours(graph.node(r.to))) continue;
      const why = shortfall(r.evidence);
      if (!why) continue;
      const key = `${r.from}\n${r.type}\n${why}`;
      const group = groups.get(key) ?? groups.set(key, { why, rels: [] }).get(key)!;
      group.rels.push(r);
    }
    for (const { why, rels } of groups.values()) {
      const [first] = rels as [GraphRel];
      const verb = first.type.toLowerCase().replace(/_/g, ' ');
      const message =
        rels.length === 1
          ? `"${graph.name(first.from)} ${verb} ${graph.name(first.to)}" ${why}.`
          : `${rels.length} lines "${graph.name(first.from)} ${verb} …" ${why.replace(/^rests/, 'rest')}: ${listed(rels.map((r) => graph.name(r.to)))}.`;
      findings.push({
        ruleId: RULE,
        severity: 'low',
        message,
        nodeIds: [first.from, ...rels.map((r) => r.to)],
        relIds: rels.map((r) => r.id),
        evidence: rels.flatMap((r) => r.evidence),
      });
    }
    return findings;
  },
};
