// Search's tiers, the order users expect of hits (rank.ts reads them best first): a name or alias
// that is the query, then one that begins with it, then one name or alias holding every word of the
// query ("Risk Management Panel" for "risk panel"), then the names and aliases holding them between
// them ("... MARAC Panel", alias "... Risk Assessment Conference"), then the text too. Within a
// tier: the shortest name first, then name, then id (rankKey, search-index.ts). The last word
// counts whole or begun alike (search as you type: "safety partner" is on its way to
// "partnership", so a whole "partners" is no better a hit). A tier is decided from a node here,
// and the named tiers from the index's postings alone (postingsTier).
import type { GraphNode } from '../domain/model.js';
import type { ClauseCursor } from './search-streams.js';
import { meets, metBy, type Clause } from './search-terms.js';
import { nameForms } from './text-fold.js';

export const EXACT = 4;
export const PREFIX = 3;
/** one name or alias holds every word */
export const ONE_NAME = 2;
/** the names and aliases hold every word between them */
export const SPREAD = 1;
export const TEXT = 0;

/** Best first, as families read from the same keys: exact, prefix, named (one name, then spread), text. */
export const FAMILIES: readonly (readonly number[])[] = [[EXACT], [PREFIX], [ONE_NAME, SPREAD], [TEXT]];

const EXCERPT = 160;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A node's place among the hits: its tier, the name, alias or passage it is shown with, and its sort key (keyLength). */
export interface Judged {
  tier: number;
  matched: string;
  /** the length of its shortest name or alias, normalised (search-terms.ts keyLength) */
  keyLength: number;
}

/**
 * A node's tier, with what it is shown with, or null when it does not meet the query at all: each
 * name's forms made once and the text read once for all three (a page's hits are judged on every search).
 */
export function judge(q: string, clauses: readonly Clause[], n: GraphNode): Judged | null {
  const names = [n.name, ...n.aliases];
  const forms = names.map(nameForms);
  // (a name's first form is the name normalised: keyLength's)
  const keyLength = Math.min(...forms.map((f) => f[0]!.length));
  const hit = (tier: number, matched: string): Judged => ({ tier, matched, keyLength });
  let i = forms.findIndex((f) => f.includes(q));
  if (i >= 0) return hit(EXACT, names[i]!);
  i = forms.findIndex((f) => f.some((form) => form.startsWith(q)));
  if (i >= 0) return hit(PREFIX, names[i]!);
  i = names.findIndex((name) => meets(clauses, name));
  if (i >= 0) return hit(ONE_NAME, names[i]!);
  // the words spread over the names, or the text's: shown with the passage when the text alone holds them all
  if (meets(clauses, ...names)) return hit(SPREAD, n.name);
  const by = metBy(clauses, [n.text, ...names]);
  if (by < 0) return null;
  return hit(TEXT, by === 0 && n.text ? excerpt(n.text, q, clauses) : n.name);
}

/**
 * The named tier of a candidate from the postings in hand of the clauses joined (the names each
 * holds its word in): SPREAD when no name holds them all; ONE_NAME when one does and every clause
 * is joined; null when the postings do not say (a clause not joined, whose word that name may
 * lack, or an index written before postings carried their names): the node decides.
 */
export function postingsTier(cursors: readonly ClauseCursor[], rank: string, complete: boolean): number | null {
  const fields = cursors.map((c) => c.fields(rank));
  if (fields.some((f) => f === null)) return null;
  const [first, ...others] = fields as number[][];
  const one = first!.some((x) => others.every((f) => f.includes(x)));
  return !one ? SPREAD : complete ? ONE_NAME : null;
}

/**
 * Where most of the query's first words stand together in a text, whatever parts them there
 * (spaces, hyphens, apostrophes): the first index of their letters and digits run together, for
 * the longest run of its first words found, or -1. So "anti social behaviour", "anti-social
 * behaviour" and "antisocial behaviour" show the same passage.
 */
function phraseAt(lower: string, q: string): number {
  const at: number[] = [];
  let squeezed = '';
  for (let i = 0; i < lower.length; ) {
    const c = lower.codePointAt(i)!;
    const char = String.fromCodePoint(c);
    // an ASCII letter or digit without a regular expression: most of a text is ASCII
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : LETTER_OR_DIGIT.test(char)) {
      squeezed += char;
      for (let k = 0; k < char.length; k++) at.push(i);
    }
    i += char.length;
  }
  const words = q.split(' ');
  for (let n = words.length; n > 0; n--) {
    const i = squeezed.indexOf(words.slice(0, n).join(''));
    if (i >= 0) return at[i]!;
  }
  return -1;
}

function excerpt(text: string, q: string, clauses: readonly Clause[]): string {
  if (text.length <= EXCERPT) return text;
  const lower = text.toLowerCase();
  const phrase = phraseAt(lower, q);
  const found = phrase >= 0 ? [phrase] : clauses.map((c) => lower.indexOf(c.prefix ?? c.stem)).filter((i) => i >= 0);
  const at = Math.min(...found, text.length);
  const start = Math.max(0, Math.min(at - EXCERPT / 4, text.length - EXCERPT));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + EXCERPT).trim()}${start + EXCERPT < text.length ? '…' : ''}`;
}
