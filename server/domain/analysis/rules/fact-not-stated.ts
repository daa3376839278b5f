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

export const factNotStated: GovernanceRule = {
  id: RULE,
  summary: "A body of the partnership, or a line of its bodies and actions, that no plan states: every quote behind it is inferred from the plan, or is the VRU template's own request.",
  check({ graph, bodies, actions, partnership }) {
    const ours = (n: GraphNode | undefined) => !!n && (n.id === partnership.id || n.partnership === partnership.id);
    const findings: Finding[] = [];
    for (const b of bodies) {
      const why = shortfall(b.evidence);
      if (why) findings.push({ ruleId: RULE, severity: 'low', message: `${b.name} ${why}.`, nodeIds: [b.id], relIds: [], evidence: b.evidence });
    }
    const lines = new Map<string, GraphRel>();
    for (const n of [...bodies, ...actions]) for (const r of [...graph.out(n.id), ...graph.in(n.id)]) lines.set(r.id, r);
    for (const r of [...lines.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      if (!ours(graph.node(r.from)) && !ours(graph.node(r.to))) continue;
      const why = shortfall(r.evidence);
      if (!why) continue;
      const verb = r.type.toLowerCase().replace(/_/g, ' ');
      findings.push({
        ruleId: RULE,
        severity: 'low',
        message: `"${graph.name(r.from)} ${verb} ${graph.name(r.to)}" ${why}.`,
        nodeIds: [r.from, r.to],
        relIds: [r.id],
        evidence: r.evidence,
      });
    }
    return findings;
  },
};
