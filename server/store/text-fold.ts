// How text is folded before it is compared, alike by search (search-terms.ts) and by the lists'
// text filters (ListQuery.text), on both engines and in the web app's own list filters: case;
// apostrophes go ("Children's", "Children’s" and "Childrens" are one word); "&" is "and"; any other
// mark between words (hyphen, slash, brackets, dots) parts them ("anti-social" = "anti social"); a
// hyphenated word is also read closed up ("antisocial" finds "Anti-Social"). Pure and without
// dependencies: the web app imports it.

const APOSTROPHES = /['\u2018\u2019\u02bc`]/g;
// (one native scan: four times the speed of a loop over the characters on a plan's text)
const NON_ASCII = /[\u0080-\uffff]/;
/**
 * Words of a query or field: runs of letters and digits, folded (above). Most text is ASCII, which
 * is its own NFKC form and whose letters and digits are [a-z0-9] once lower-cased: read so at half
 * the cost (checking a search's hits reads their texts).
 */
export function searchTokens(s: string): string[] {
  const ascii = !NON_ASCII.test(s);
  const folded = (ascii ? s : s.normalize('NFKC')).toLowerCase().replace(APOSTROPHES, '').replace(/&/g, ' and ');
  return folded.match(ascii ? /[a-z0-9]+/g : /[\p{L}\p{N}]+/gu) ?? [];
}

/** A name, alias or query as compared for exact and prefix matches: its words, by single spaces. */
export const normaliseName = (s: string): string => searchTokens(s).join(' ');

// a hyphen (or the Unicode hyphens) between two letters or digits
const HYPHEN = /(?<=[\p{L}\p{N}])[-\u2010\u2011](?=[\p{L}\p{N}])/gu;
const HYPHENS = /[-\u2010\u2011]/;
// (the test first: most fields have no hyphen, and the look-behind costs on a long text)
export const closedUp = (s: string): string => (HYPHENS.test(s) ? s.replace(HYPHEN, '') : s);

/** The forms of a name or alias compared whole (normaliseName): as written, and with its hyphenated words closed up when it has any. */
export function nameForms(s: string): string[] {
  const spaced = normaliseName(s);
  const unhyphenated = closedUp(s);
  // (most names have no hyphen to close up: then the one form, without folding the name again)
  const closed = unhyphenated === s ? spaced : normaliseName(unhyphenated);
  return closed === spaced ? [spaced] : [spaced, closed];
}

/**
 * The text a list's filter looks in, for a node's name, aliases and text: each folded to its words
 * by single spaces (and closed up too when hyphenated, as nameForms), one a line, so a filter never
 * matches across two of them. Stored by both engines (SQLite's search_lc, Neo4j's searchLc).
 */
export const filterText = (fields: readonly (string | null | undefined)[]): string => fields.flatMap((f) => (f ? nameForms(f) : [])).join('\n');

/** A filter's text as it is looked for in filterText: its words by single spaces; '' when it has none. */
export const filterQuery = (text: string): string => normaliseName(text);

/** Whether a filter (filterQuery) matches fields as the engines match them; an empty filter matches all. */
export const filterMatches = (query: string, fields: readonly (string | null | undefined)[]): boolean => query === '' || filterText(fields).includes(query);
