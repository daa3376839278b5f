// The VRU alignment matrix (domain/analysis/vru-alignment.ts): rows of mandatory actions, one
// cell per partnership. A cell and a total carry their partnership (and a cell its mandatory action)
// as nodes, so the thousands of cells of a matrix resolve without a promise each; respondents and
// actions named by id resolve through the node loader, which the root field primed with every node the analysis read.
import type { Resolvers } from '../generated/graphql.js';
import { optionalNode } from './node.js';

export const alignmentResolvers: Resolvers = {
  AlignmentCell: {
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
    answered: (t) => t.responded > 0,
  },
};
