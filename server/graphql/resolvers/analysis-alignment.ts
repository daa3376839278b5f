// The VRU alignment matrix (domain/analysis/vru-alignment.ts): rows of mandatory actions, one
// cell per partnership. Partnerships, respondents and actions named by id resolve through the
// node loader, which the root field primed with every node the analysis read.
import type { Resolvers } from '../generated/graphql.js';
import { optionalNode, requiredNode } from './node.js';

export const alignmentResolvers: Resolvers = {
  AlignmentRow: {
    cells: (row) => row.cells.map((cell) => ({ ...cell, requirement: row.requirement })),
  },
  AlignmentCell: {
    partnership: (cell, _, ctx) => requiredNode(ctx, cell.partnershipId, 'partnership'),
    responses: (cell) => cell.actions,
  },
  AlignmentResponse: {
    leads: (response) => response.leads.map((l) => l.rel),
  },
  AlignmentNarrative: {
    missingProvision: (n) => n.missingProvision.map((m) => m.text),
    response: (n) => n.rel,
    evidence: (n) => n.rel.evidence,
  },
  Gap: {
    action: (gap, _, ctx) => optionalNode(ctx, gap.actionId),
    respondent: (gap, _, ctx) => optionalNode(ctx, gap.respondentId),
  },
  AlignmentTotals: {
    partnership: (t, _, ctx) => requiredNode(ctx, t.partnershipId, 'partnership'),
    answered: (t) => t.responded > 0,
  },
};
