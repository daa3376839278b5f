import { actionLabel, mergeEvidence, textProp } from '../shared.js';
import type { GovernanceRule } from './types.js';

export const actionWithoutLead: GovernanceRule = {
  id: 'action-without-lead',
  summary: 'An action of the partnership with no LEADS line and no lead written in the plan: nobody is answerable for it.',
  check({ graph, actions, partnership }) {
    return actions
      .filter((a) => graph.in(a.id, ['LEADS']).length === 0 && !textProp(a, 'leadAsWritten'))
      .map((a) => ({
        ruleId: 'action-without-lead',
        severity: 'medium' as const,
        message: `${partnership.name}'s ${actionLabel(graph, a)} has no lead: the plan names nobody to deliver it.`,
        nodeIds: [a.id],
        relIds: [],
        evidence: mergeEvidence(a),
      }));
  },
};
