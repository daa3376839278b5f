import { mergeEvidence } from '../shared.js';
import type { GovernanceRule } from './types.js';

/** Kinds that meet with a membership and a chair (a sub-group's make-up is often its parent's). */
export const SEATED_KINDS = ['Board', 'Panel'] as const;

export const bodyWithoutMembers: GovernanceRule = {
  id: 'body-without-members',
  summary: 'A board or panel with no MEMBER_OF or CHAIRS line: the plans do not say who sits on it.',
  check({ graph, bodies }) {
    return bodies
      .filter((b) => (SEATED_KINDS as readonly string[]).includes(b.kind) && graph.in(b.id, ['MEMBER_OF', 'CHAIRS']).length === 0)
      .map((b) => ({
        ruleId: 'body-without-members',
        severity: 'medium' as const,
        message: `${b.name} has no members recorded: the plans do not say who sits on it or who chairs it.`,
        nodeIds: [b.id],
        relIds: [],
        evidence: mergeEvidence(b),
      }));
  },
};
