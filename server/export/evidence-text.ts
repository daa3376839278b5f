// A fact's evidence as one cell of text: each entry on a line, "source, locator: "quote" (basis)".
import type { Evidence } from '../domain/model.js';

export const evidenceLine = (e: Evidence): string =>
  `${e.source}, ${e.locator}: "${e.quote}"${e.basis === 'STATED' ? '' : ` (${e.basis.toLowerCase()}${e.note ? `: ${e.note}` : ''})`}`;

export const evidenceText = (evidence: readonly Evidence[]): string => evidence.map(evidenceLine).join('\n');
