// How text is cut into search's words (search-terms.ts): ASCII text is read by a quicker path than
// other text, and both must fold alike.
import { describe, expect, it } from 'vitest';
import { nameForms, searchTokens } from '../../server/store/text-fold.js';

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
