// What an import found in a file, before anything is written: the answers, how their leads were
// matched, and every problem. The report and the seed file are both made from this.
import type { GraphNode } from '../domain/model.js';
import type { ImportFormat } from './table.js';
import type { OrgMatch } from './orgs.js';
import type { Response } from './respondents.js';

export interface CellQuote {
  /** "theme 1 (Governance), action 1, Lead Organisation/Service (line 21, cell 6)" */
  locator: string;
  quote: string;
}

export interface Answer {
  requirementId: string;
  number: string;
  theme: number;
  themeName: string;
  /** where the row is in the file */
  where: string;
  leadAsWritten?: string;
  leads: OrgMatch[];
  namedLead?: string;
  rag?: string;
  responses: Response[];
  /** the template columns this row leaves empty, named as the template names them */
  emptyColumns: string[];
  quotes: { action: CellQuote; lead?: CellQuote; namedLead?: CellQuote; rag?: CellQuote; narrative?: CellQuote };
  /** locator prefix for the narrative's responses */
  narrativeLocator: string;
}

export interface Problem {
  where: string;
  message: string;
}

export interface ProposedOrg {
  id: string;
  written: string;
  closest: { id: string; name: string }[];
  /** the answers whose lead names it */
  numbers: string[];
}

export interface ImportResult {
  file: string;
  format: ImportFormat;
  partnership: GraphNode;
  year: string;
  template: { frameworkId: string; name: string; matchedRows: number; meanScore: number };
  rowsRead: number;
  /** rows that are not table rows: headings, the front sheet, page headers */
  rowsSkipped: number;
  answers: Answer[];
  /** mandatory actions with a row but nothing filled in */
  unanswered: string[];
  proposed: ProposedOrg[];
  problems: Problem[];
  /** the document's text as kept for quote checks */
  text: string;
}
