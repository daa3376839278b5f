import type { GraphNode } from '../../model.js';
import { isBody, mergeEvidence, namesOf, type GraphIndex } from '../shared.js';
import { COORDINATION_PARTNERS } from './missing-coordination-link.js';
import type { Finding, GovernanceRule } from './types.js';

/**
 * Bodies that need no reporting line: the Partnership node, any other Partnership (a statutory
 * partnership answers to its own members, not to the CSP), a body the plan puts in tier 1, a body
 * that is the partnership under another name ("Havering Community Safety Partnership Board"), and
 * the statutory boards VRU action 1.1 names (safeguarding children and adults, drugs, health and
 * wellbeing), which the CSP co-ordinates with as peers.
 */
export function needsNoReportingLine(body: GraphNode, partnership: GraphNode): boolean {
  if (body.kind === 'Partnership' || body.id === partnership.id || body.props.tier === 1) return true;
  if (body.kind === 'Board' && COORDINATION_PARTNERS.some(({ pattern }) => [body.name, ...body.aliases].some((s) => pattern.test(s)))) return true;
  const own = new Set(namesOf(partnership));
  return namesOf(body).some((n) => own.has(n) || own.has(n.replace(/ (?:board|executive|executive board)$/, '')));
}

function isOtherBody(graph: GraphIndex, id: string, other: string): boolean {
  const n = graph.node(other);
  return other !== id && n !== undefined && isBody(n);
}

/** Lines that tie a body to other bodies without making it accountable to one. */
function sideLines(graph: GraphIndex, id: string) {
  return [
    ...graph.in(id, ['REPORTS_TO', 'FEEDS_INTO', 'PART_OF']).map((rel) => ({ rel, other: rel.from })),
    ...graph.both(id, ['LINKS_WITH']),
  ].filter(({ other }) => isOtherBody(graph, id, other));
}

export const noReportingLine: GovernanceRule = {
  id: 'no-reporting-line',
  summary:
    'A body below the top of the partnership with no REPORTS_TO line: nobody it is accountable to is recorded. ' +
    'High when no line joins it to any other body; medium when other bodies report, feed into or link with it; ' +
    'low when it feeds into, or is part of, another body.',
  check({ graph, bodies, partnership }) {
    return bodies
      .filter((b) => !needsNoReportingLine(b, partnership) && graph.out(b.id, ['REPORTS_TO']).length === 0)
      .map((b): Finding => {
        const base = { ruleId: 'no-reporting-line', nodeIds: [b.id], relIds: [] as string[], evidence: mergeEvidence(b) };
        const upward = graph.out(b.id, ['FEEDS_INTO', 'PART_OF']).filter((r) => isOtherBody(graph, b.id, r.to));
        if (upward.length > 0) {
          const how = upward.map((r) => `${r.type === 'PART_OF' ? 'is part of' : 'feeds into'} ${graph.name(r.to)}`).join(' and ');
          return {
            ...base,
            severity: 'low',
            message: `${b.name} ${how}, but the plans do not say whom it is accountable to.`,
            nodeIds: [b.id, ...upward.map((r) => r.to)],
            relIds: upward.map((r) => r.id),
            evidence: mergeEvidence(b, ...upward),
          };
        }
        const side = sideLines(graph, b.id);
        if (side.length > 0) {
          const others = [...new Set(side.map(({ other }) => graph.name(other)))];
          return {
            ...base,
            severity: 'medium',
            message: `${b.name} has no reporting line: it is joined to ${others.join(', ')}, but the plans do not say whom it reports to.`,
            nodeIds: [b.id, ...new Set(side.map(({ other }) => other))],
            relIds: side.map(({ rel }) => rel.id),
            evidence: mergeEvidence(b, ...side.map(({ rel }) => rel)),
          };
        }
        return {
          ...base,
          severity: 'high',
          message: `${b.name} has no reporting line and no line to any other body: the plans leave it outside the partnership's structure.`,
        };
      });
  },
};
