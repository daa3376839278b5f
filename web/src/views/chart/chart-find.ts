// A link to the chart with a Find term (/chart?p=richmond/csp&find=MARAC): the body it finds is
// what the link means, so the chart opens on it as a link naming it (sel=) does. The term is
// searched as the Find box searches it, the chart's own partnership's bodies first.
import { request } from '../../api/client.js';
import { SearchDocument } from '../../generated/graphql.js';
import { preferring, type SearchHit } from '../../ui/search-box.js';

/** The Find term of a chart link, if it has one. */
export const findTerm = (url: URL): string | null => url.searchParams.get('find')?.trim() || null;

/** The body `term` finds first, preferring `partnerships`' first; null when it finds nothing. */
export async function firstHit(term: string, partnerships: readonly string[]): Promise<SearchHit | null> {
  const { search } = await request(SearchDocument, { text: term, kinds: null, first: 20 });
  const hits = partnerships[0] ? preferring(search, partnerships[0]) : search;
  return hits[0] ?? null;
}
