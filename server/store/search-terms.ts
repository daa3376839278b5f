// The words search matches, computed here once for both engines: each field is indexed under its
// words and their English (Porter) stems, and a query asks for each word's stem, the last word
// also as a prefix (search as you type). SQLite's FTS5 and Neo4j's full-text index only look the
// precomputed terms up, so both find exactly the same nodes ("operational group" finds
// "Operations Group": both stem to "oper group").
import { stemmer } from 'stemmer';

/** Words of a query or field: runs of letters and digits, lower-cased. */
export const searchTokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A name or alias as compared for exact and prefix matches. */
export const normaliseName = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

// Stemming is most of the CPU of indexing and of checking hits, and the same few thousand words
// come back again and again: each word is stemmed once (the memo is emptied when it grows large).
const stems = new Map<string, string>();
const STEMS_KEPT = 100_000;
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= STEMS_KEPT) stems.clear();
    stems.set(word, (s = stemmer(word)));
  }
  return s;
}

/** The terms fields are indexed under: every word and its stem. */
export function indexTerms(...fields: readonly (string | undefined)[]): Set<string> {
  const terms = new Set<string>();
  for (const field of fields) {
    for (const word of searchTokens(field ?? '')) terms.add(word).add(stem(word));
  }
  return terms;
}

/** One clause per query word: a term equal to `stem`, or (last word only) a term starting with `prefix`. */
export interface Clause {
  stem: string;
  prefix?: string;
}

/** Every clause must be met; empty when the text has no words. */
export function queryClauses(text: string): Clause[] {
  const words = searchTokens(text);
  return words.map((w, i) => (i === words.length - 1 ? { stem: stem(w), prefix: w } : { stem: stem(w) }));
}

const some = (terms: ReadonlySet<string>, test: (t: string) => boolean): boolean => {
  for (const t of terms) if (test(t)) return true;
  return false;
};

/** Whether indexed terms meet every clause: what the engines' indexes answer, for one field. */
export function meets(terms: ReadonlySet<string>, clauses: readonly Clause[]): boolean {
  return clauses.every((c) => terms.has(c.stem) || (c.prefix !== undefined && some(terms, (t) => t.startsWith(c.prefix!))));
}

/** Sort key of the candidates an engine returns first: the length of the node's shortest name. */
export const keyLength = (name: string, aliases: readonly string[]): number =>
  Math.min(...[name, ...aliases].map((n) => normaliseName(n).length));
