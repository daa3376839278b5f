// The words search matches, computed here once for both engines: each field is indexed under its
// words and their English (Porter) stems, and a query asks for each word's stem, the last word
// also as a prefix (search as you type). Both engines store these terms in search's index
// (search-index.ts) and only look them up (no tokenizer or analyzer of theirs is involved), so both
// find exactly the same nodes ("operational group" finds "Operations Group": both stem to "oper group").
//
// Text is folded before it is cut into words, alike in what is indexed and in a query: case;
// apostrophes go ("Children's", "Children’s" and "Childrens" are one word, which stems as
// "children"); "&" is "and" ("Safe & Sound" = "Safe and Sound"); any other mark between words
// (hyphen, slash, brackets, dots) parts them ("anti-social" = "anti social", "SPA/MASH" =
// "spa mash"). A hyphenated word is also indexed closed up, and a name compared closed up too
// ("antisocial" finds "Anti-Social Behaviour Team" as "anti-social" does, in the same tier); a
// word written closed up is not split, so "anti social" does not find "Antisocial ...".
import { stemmer } from 'stemmer';

/**
 * How text is folded into terms and keys. Search's index written under another version is made
 * again when a store opens (SQLite's schema version, Neo4j's blocks' `layout`).
 */
export const TERMS_VERSION = 2;

const APOSTROPHES = /['\u2018\u2019\u02bc`]/g;
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
/**
 * Words of a query or field: runs of letters and digits, folded (above). Most text is ASCII, which
 * is its own NFKC form and whose letters and digits are [a-z0-9] once lower-cased: read so at half
 * the cost (checking a search's hits reads their texts).
 */
export function searchTokens(s: string): string[] {
  const ascii = isAscii(s);
  const folded = (ascii ? s : s.normalize('NFKC')).toLowerCase().replace(APOSTROPHES, '').replace(/&/g, ' and ');
  return folded.match(ascii ? /[a-z0-9]+/g : /[\p{L}\p{N}]+/gu) ?? [];
}

/** A name, alias or query as compared for exact and prefix matches: its words, by single spaces. */
export const normaliseName = (s: string): string => searchTokens(s).join(' ');

// a hyphen (or the Unicode hyphens) between two letters or digits
const HYPHEN = /(?<=[\p{L}\p{N}])[-\u2010\u2011](?=[\p{L}\p{N}])/gu;
const HYPHENS = /[-\u2010\u2011]/;
// (the test first: most fields have no hyphen, and the look-behind costs on a long text)
const closedUp = (s: string): string => (HYPHENS.test(s) ? s.replace(HYPHEN, '') : s);

/** The forms of a name or alias compared whole (normaliseName): as written, and with its hyphenated words closed up when it has any. */
export function nameForms(s: string): string[] {
  const spaced = normaliseName(s);
  const unhyphenated = closedUp(s);
  // (most names have no hyphen to close up: then the one form, without folding the name again)
  const closed = unhyphenated === s ? spaced : normaliseName(unhyphenated);
  return closed === spaced ? [spaced] : [spaced, closed];
}

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
export function meets(clauses: readonly Clause[], ...fields: readonly (string | undefined)[]): boolean {
  const met = clauses.map(() => false);
  let left = clauses.length;
  const take = (term: string) => {
    clauses.forEach((c, i) => {
      if (!met[i] && (term === c.stem || (c.prefix !== undefined && term.startsWith(c.prefix)))) {
        met[i] = true;
        left--;
      }
    });
  };
  for (const field of fields) {
    if (!field) continue;
    const closed = closedUp(field);
    for (const form of closed === field ? [field] : [field, closed]) {
      for (const word of searchTokens(form)) {
        take(word);
        take(stem(word));
        if (left === 0) return true;
      }
    }
  }
  return left === 0;
}

/** Sort key of the candidates an engine returns first: the length of the node's shortest name (normalised). */
export const keyLength = (name: string, aliases: readonly string[]): number =>
  Math.min(...[name, ...aliases].map((n) => normaliseName(n).length));
