import { isPlanDate } from '../../period.js';
import { actionLabel, mergeEvidence, periodOf, textProp } from '../shared.js';
import type { GovernanceRule } from './types.js';

export const overdueActionWithoutStatus: GovernanceRule = {
  id: 'overdue-action-without-status',
  summary:
    'An action whose due date (props.due) ended before the date asked for (today when none is), with no status recorded. ' +
    'A timescale that is not a date ("ongoing") is never overdue.',
  check({ graph, actions, partnership, at }) {
    const from = periodOf(at).start;
    return actions
      .filter((a) => {
        const due = textProp(a, 'due');
        return due !== undefined && isPlanDate(due) && periodOf(due).end < from && !textProp(a, 'status');
      })
      .map((a) => ({
        ruleId: 'overdue-action-without-status',
        severity: 'medium' as const,
        message: `${partnership.name}'s ${actionLabel(graph, a)} was due by ${textProp(a, 'due')}, and no status is recorded as at ${at}.`,
        nodeIds: [a.id],
        relIds: [],
        evidence: mergeEvidence(a),
      }));
  },
};
