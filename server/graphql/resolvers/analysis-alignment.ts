// The VRU alignment matrix (domain/analysis/vru-alignment.ts): rows of mandatory actions, one
// cell per partnership. A cell and a total carry their partnership (and a cell its mandatory action)
// as nodes, so the thousands of cells of a matrix resolve without a promise each; respondents and
// actions named by id resolve through the node loader, which the root field primed with every node the analysis read.
import { GraphQLError } from 'graphql';
import type { VruCell } from '../../domain/analysis/index.js';
import { ErrorCode } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import type { AlignmentCellModel } from '../mappers.js';
import { optionalNode } from './node.js';

export const alignmentResolvers: Resolvers = {
  AlignmentCell: {
    responses: (cell) => withAnswers(cell).actions,
    gaps: (cell) => withAnswers(cell).gaps,
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

/** The cell with its answers: the root field reads them whenever the query asks for a cell's gaps or responses. */
function withAnswers(cell: AlignmentCellModel): VruCell {
  if ('actions' in cell) return cell;
  throw new GraphQLError(`the matrix was read without the answers of ${cell.partnershipId}`, { extensions: { code: ErrorCode.INTERNAL } });
}
