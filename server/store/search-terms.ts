// The words search matches, computed here once for both engines: each field is indexed under its
// words and their English (Porter) stems, and a query asks for each word's stem, the last word
// also as a prefix (search as you type). Both engines store these terms in search's index
// (search-index.ts) and only look them up (no tokenizer or analyzer of theirs is involved), so both
// find exactly the same nodes ("operational group" finds "Operations Group": both stem to "oper group").
//
// Text is folded (text-fold.ts) before it is cut into words, alike in what is indexed and in a query: case;
// apostrophes go ("Children's", "Children’s" and "Childrens" are one word, which stems as
// "children"); "&" is "and" ("Safe & Sound" = "Safe and Sound"); any other mark between words
// (hyphen, slash, brackets, dots) parts them ("anti-social" = "anti social", "SPA/MASH" =
// "spa mash"). A hyphenated word is also indexed closed up, and a name compared closed up too
// ("antisocial" finds "Anti-Social Behaviour Team" as "anti-social" does, in the same tier); a
// word written closed up is not split, so "anti social" does not find "Antisocial ...".
import { stemmer } from 'stemmer';
import { closedUp, normaliseName, searchTokens } from './text-fold.js';

/**
 * How text is folded into terms and keys, and into the lists' filter text (text-fold.ts). Search's
 * index and the filter text written under another version are made again when a store opens
 * (SQLite's schema version, Neo4j's blocks' `layout`). 3: the filter text folded as search's.
 */
export const TERMS_VERSION = 3;

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

/** The terms fields are indexed under: every word and its stem, a hyphenated word's closed up too. */
export function indexTerms(...fields: readonly (string | undefined)[]): Set<string> {
  const terms = new Set<string>();
  for (const field of fields) {
    if (!field) continue;
    for (const word of searchTokens(field)) terms.add(word).add(stem(word));
    const closed = closedUp(field);
    if (closed !== field) for (const word of searchTokens(closed)) terms.add(word).add(stem(word));
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

/**
 * Whether the terms of some fields (indexTerms) meet every clause: what the engines' indexes answer.
 * Read word by word until every clause is met, without the set of terms: checking a page's hits
 * reads their names and texts.
 */
export const meets = (clauses: readonly Clause[], ...fields: readonly (string | undefined)[]): boolean => metBy(clauses, fields) >= 0;

/**
 * The index of the field by whose end every clause is met, the fields read in order as meets reads
 * them, or -1 when they never are: whether a text alone meets a query, and else whether the text
 * with the names does, in one reading (search-tiers.ts).
 */
export function metBy(clauses: readonly Clause[], fields: readonly (string | undefined)[]): number {
  const met = clauses.map(() => false);
  let left = clauses.length;
  if (left === 0) return 0;
  const take = (term: string) => {
    clauses.forEach((c, i) => {
      if (!met[i] && (term === c.stem || (c.prefix !== undefined && term.startsWith(c.prefix)))) {
        met[i] = true;
        left--;
      }
    });
  };
  for (const [at, field] of fields.entries()) {
    if (!field) continue;
    const closed = closedUp(field);
    for (const form of closed === field ? [field] : [field, closed]) {
      for (const word of searchTokens(form)) {
        take(word);
        take(stem(word));
        if (left === 0) return at;
      }
    }
  }
  return -1;
}

/** Sort key of the candidates an engine returns first: the length of the node's shortest name (normalised). */
export const keyLength = (name: string, aliases: readonly string[]): number =>
  Math.min(...[name, ...aliases].map((n) => normaliseName(n).length));
