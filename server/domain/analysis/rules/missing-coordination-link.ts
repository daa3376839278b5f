import type { GraphNode, RelType } from '../../model.js';
import { holdsAt } from '../../period.js';
import { isBody, mergeEvidence } from '../shared.js';
import type { Finding, GovernanceRule } from './types.js';

/** The VRU governance action that asks each borough to set out these links (theme 1, action 1). */
export const GOVERNANCE_REQUIREMENT_ID = 'vru/ma-1-1';

/** The bodies VRU action 1.1 names, found by the name or an alias of a body. */
export const COORDINATION_PARTNERS: readonly { key: string; label: string; pattern: RegExp }[] = [
  { key: 'safeguarding-children', label: 'the local safeguarding children partnership', pattern: /safeguarding children/i },
  { key: 'safeguarding-adults', label: 'the safeguarding adults board', pattern: /safeguarding adults/i },
  { key: 'drugs', label: 'the local drugs partnership', pattern: /(?:combat(?:t)?ing )?drugs/i },
  { key: 'health-and-wellbeing', label: 'the health and wellbeing board', pattern: /health\s*(?:and|&)\s*well-?\s*being/i },
];

/** Lines that count as a co-ordination link, either way round. */
export const COORDINATION_TYPES: readonly RelType[] = ['LINKS_WITH', 'REPORTS_TO', 'FEEDS_INTO'];

const named = (n: GraphNode, pattern: RegExp): boolean => [n.name, ...n.aliases].some((s) => pattern.test(s));

export const missingCoordinationLink: GovernanceRule = {
  id: 'missing-coordination-link',
  summary:
    'No LINKS_WITH, REPORTS_TO or FEEDS_INTO line (either way) between any body of the partnership and a safeguarding ' +
    "children partnership, a safeguarding adults board, a drugs partnership or a health and wellbeing board, as the VRU's " +
    'governance action 1.1 asks.',
  check({ graph, record, bodies, partnership, asOf }) {
    const requirement = record.node(GOVERNANCE_REQUIREMENT_ID);
    // a plan dated before the VRU asked for the links is not held to them
    if (requirement && asOf && !holdsAt(requirement, asOf)) return [];
    // the partnership's own answer to action 1.1 is the evidence a reviewer reads next to the finding
    const answers = record
      .in(GOVERNANCE_REQUIREMENT_ID, ['RESPONDS_TO'])
      .filter((r) => record.node(r.from)?.partnership === partnership.id);
    const evidence =
      requirement || answers.length > 0 ? mergeEvidence(...(requirement ? [requirement] : []), ...answers) : mergeEvidence(partnership);
    const findings: Finding[] = [];
    for (const { label, pattern } of COORDINATION_PARTNERS) {
      if (named(partnership, pattern)) continue;
      const linked = bodies.some((b) =>
        graph.both(b.id, COORDINATION_TYPES).some(({ other }) => {
          const n = graph.node(other);
          return other !== b.id && n !== undefined && isBody(n) && named(n, pattern);
        }),
      );
      if (linked) continue;
      // a plan can name the board without saying how the partnership works with it
      const unlinked = bodies.filter((b) => b.id !== partnership.id && named(b, pattern));
      const namedBut =
        unlinked.length > 0 ? ` (the plans name ${unlinked.map((b) => b.name).join(' and ')}, but no line joins it to the partnership)` : '';
      findings.push({
        ruleId: 'missing-coordination-link',
        severity: 'medium',
        message:
          `No co-ordination link is recorded between ${partnership.name} (or any of its bodies) and ${label}${namedBut}; ` +
          "the VRU's governance action 1.1 asks every borough to set one out.",
        nodeIds: [partnership.id, ...unlinked.map((b) => b.id), ...(requirement ? [requirement.id] : [])],
        relIds: answers.map((r) => r.id),
        evidence,
      });
    }
    return findings;
  },
};
