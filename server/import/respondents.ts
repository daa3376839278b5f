// Who says what in a narrative cell. Boroughs mark each organisation's part by starting its
// paragraph with the organisation's name or abbreviation ("AFC -", "CSS:", "KRSCP"); a paragraph
// with no such label continues the one before, and an unlabelled start is the lead's. Only the
// file's lead organisations, and partner bodies by their abbreviation, are taken as labels: a
// paragraph opening with a provider's or a body's name ("Project X ...", "Combatting Drugs
// Partnership The ...") describes it, it does not answer for it.
import { plainText } from '../domain/analysis/vru-narrative.js';
import { collapse } from '../seeds/quotes.js';
import { normaliseName, type OrgMatcher } from './orgs.js';

export const MAX_QUOTE = 300;

export interface Response {
  respondentId: string;
  /** the respondent's paragraphs as plain text, as written */
  narrative: string;
  /** verbatim words of the cell that open the respondent's part */
  quote: string;
}

/** The longest verbatim run of a cell fragment with no markup in it, cut at a word within MAX_QUOTE. */
export function verbatimQuote(fragment: string): string {
  const run = collapse(fragment.replace(/^(?:\s*<[^>]*>)+/, '').split('<')[0] ?? '');
  if (run.length <= MAX_QUOTE) return run;
  const cut = run.slice(0, MAX_QUOTE + 1);
  return cut.slice(0, cut.lastIndexOf(' ')).trim();
}

const paragraphsOf = (cell: string): string[] =>
  (/<(?:p|li|br)\b/i.test(cell) ? cell.split(/<p\b[^>]*>/i) : cell.split(/\n/)).filter((p) => collapse(plainText(p)) !== '');

const LABEL_WORDS = 6;

export interface Labels {
  matcher: OrgMatcher;
  /** the organisations the file names as leads */
  leads: ReadonlySet<string>;
  /** leads the graph does not know, by normalised name, to the id proposed for them */
  proposed: ReadonlyMap<string, string>;
}

const ABBREVIATION = /^[A-Z][A-Z0-9&]{1,9}$/;

/** The responding organisation a paragraph opens with, if any. */
function labelOf(paragraph: string, labels: Labels): string | undefined {
  const words = collapse(plainText(paragraph)).split(' ');
  for (let k = Math.min(LABEL_WORDS, words.length); k >= 1; k--) {
    const candidate = words.slice(0, k).join(' ').replace(/[\s:\-\u2013]+$/, '');
    const proposed = labels.proposed.get(normaliseName(candidate));
    if (proposed) return proposed;
    const node = candidate ? labels.matcher.exactly(candidate) : undefined;
    if (!node) continue;
    if (labels.leads.has(node.id) || (node.kind === 'Partnership' && ABBREVIATION.test(candidate))) return node.id;
  }
  return undefined;
}

export function splitNarrative(cell: string, labels: Labels, defaultRespondent: string): Response[] {
  const parts: { respondentId: string; paragraphs: string[] }[] = [];
  for (const p of paragraphsOf(cell)) {
    const label = labelOf(p, labels);
    const last = parts.at(-1);
    if (!label && last) last.paragraphs.push(p);
    else parts.push({ respondentId: label ?? defaultRespondent, paragraphs: [p] });
  }
  const byRespondent = new Map<string, Response>();
  for (const part of parts) {
    const narrative = part.paragraphs.map((p) => collapse(plainText(p))).join(' ');
    const had = byRespondent.get(part.respondentId);
    if (had) had.narrative = `${had.narrative} ${narrative}`;
    else byRespondent.set(part.respondentId, { respondentId: part.respondentId, narrative, quote: verbatimQuote(part.paragraphs[0]!) });
  }
  return [...byRespondent.values()];
}
