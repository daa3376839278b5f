// How text is cut into search's words (search-terms.ts): ASCII text is read by a quicker path than
// other text, and both must fold alike.
import { describe, expect, it } from 'vitest';
import { loadSeedDir } from '../../server/seeds/load.js';
import { indexTerms, meets, queryClauses } from '../../server/store/search-terms.js';
import { nameForms, searchTokens } from '../../server/store/text-fold.js';
import { SEEDS_DIR } from '../api/support/store.js';

describe('searchTokens', () => {
  it('folds ASCII text: case, apostrophes, & as and, any other mark parts words', () => {
    expect(searchTokens("Children's & Young-People (SPA/MASH) 2024_v2`s")).toEqual(['childrens', 'and', 'young', 'people', 'spa', 'mash', '2024', 'v2s']);
    expect(searchTokens(' \t-- ')).toEqual([]);
  });

  it('folds other text alike, after NFKC: curly apostrophes, accents, full-width letters, other scripts', () => {
    expect(searchTokens('Children’s & Young‐People Café Ｆｕｌｌ Ⅻ Łódź')).toEqual(['childrens', 'and', 'young', 'people', 'café', 'full', 'xii', 'łódź']);
  });

  it('gives the same words whichever path reads a text: an ASCII text and the same text with one other character', () => {
    const ascii = "The MARAC (Multi-Agency Risk Assessment Conference) meets monthly; it's chaired by the police & reports to the CSP.";
    expect(searchTokens(`${ascii} é`)).toEqual([...searchTokens(ascii), 'é']);
  });
});

describe('nameForms', () => {
  it('a name without a hyphen has one form; a hyphenated one is also closed up', () => {
    expect(nameForms('Community Safety  Partnership')).toEqual(['community safety partnership']);
    expect(nameForms('Anti-Social Behaviour Panel')).toEqual(['anti social behaviour panel', 'antisocial behaviour panel']);
  });
});

describe('meets', () => {
  // what the indexes answer: a term of the fields' (indexTerms) equal to each clause's stem, or beginning with the last word
  const byTerms = (text: string, fields: (string | undefined)[]) => {
    const terms = [...indexTerms(...fields)];
    return queryClauses(text).every((c) => terms.includes(c.stem) || (c.prefix !== undefined && terms.some((t) => t.startsWith(c.prefix!))));
  };
  const QUERIES = ['MARAC', 'marac panel', 'risk', 'anti social', 'antisocial behav', 'operational group', "children's", 'safe & sound', 'domestic abuse board', 'p', 'havering csp 2024', 'zzz'];

  it('answers as the set of the fields\' terms does, word by word, for every node of the seeds and every query', async () => {
    const { batch } = await loadSeedDir(SEEDS_DIR);
    let met = 0;
    for (const text of QUERIES) {
      const clauses = queryClauses(text);
      for (const n of batch.nodes) {
        for (const fields of [[n.name], [n.name, ...n.aliases], [n.text, n.name, ...n.aliases]]) {
          const expected = byTerms(text, fields);
          expect(meets(clauses, ...fields), `${text} in ${n.id}`).toBe(expected);
          if (expected) met++;
        }
      }
    }
    // (the queries meet some fields and not others)
    expect(met).toBeGreaterThan(100);
  });

  it('reads hyphenated words closed up too, and meets no clause of no field', () => {
    expect(meets(queryClauses('antisocial'), 'Anti-Social Behaviour Panel')).toBe(true);
    expect(meets(queryClauses('anti social'), 'Antisocial Behaviour Panel')).toBe(false);
    expect(meets(queryClauses('marac'), undefined, '')).toBe(false);
  });
});
