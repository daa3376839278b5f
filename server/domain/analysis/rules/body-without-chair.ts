import { mergeEvidence } from '../shared.js';
import { SEATED_KINDS } from './body-without-members.js';
import type { GovernanceRule } from './types.js';

export const bodyWithoutChair: GovernanceRule = {
  id: 'body-without-chair',
  summary:
    'A board or panel whose members are recorded but no CHAIRS line: nobody is recorded as chairing it ' +
    '(one with no members at all is body-without-members).',
  check({ graph, bodies }) {
    return bodies
      .filter(
        (b) =>
          (SEATED_KINDS as readonly string[]).includes(b.kind) &&
          graph.in(b.id, ['CHAIRS']).length === 0 &&
          graph.in(b.id, ['MEMBER_OF']).length > 0,
      )
      .map((b) => {
        const members = graph.in(b.id, ['MEMBER_OF']);
        return {
          ruleId: 'body-without-chair',
          severity: 'low' as const,
          message: `${b.name} has ${members.length} member${members.length === 1 ? '' : 's'} recorded but no chair.`,
          nodeIds: [b.id],
          relIds: [],
          evidence: mergeEvidence(b),
        };
      });
  },
};
