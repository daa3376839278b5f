// The chart page's state steps (web/src/views/chart/chart-steps.ts): what a user's move does to the state.
import { describe, expect, it } from 'vitest';
import { parseChartState } from '../../web/src/state/url.js';
import { dataKey, withExpanded, withHit, withPartnerships } from '../../web/src/views/chart/chart-steps.js';
import type { SearchHit } from '../../web/src/ui/search-box.js';

const base = { ...parseChartState('?p=havering/csp&at=2018'), expanded: ['a'], collapsed: ['b'], selected: 'x', chain: true };
const hit = (id: string, kind: string) => ({ node: { id, kind, name: id } }) as unknown as SearchHit;

describe('the chart page state steps', () => {
  it('asks the API again only when what decides the data changes', () => {
    expect(dataKey({ ...base, selected: 'y', mode: 'list' })).toBe(dataKey(base));
    expect(dataKey({ ...base, asOf: '2019' })).not.toBe(dataKey(base));
  });

  it('clears collapsed on other partnerships, and what was opened when none is chosen', () => {
    expect(withPartnerships(base, ['rbkc/skcp'])).toMatchObject({ partnerships: ['rbkc/skcp'], collapsed: [], expanded: ['a'] });
    expect(withPartnerships(base, [])).toMatchObject({ partnerships: [], expanded: [] });
  });

  it('opens a body once, and uncollapses it', () => {
    expect(withExpanded({ ...base, collapsed: ['a', 'b'] }, 'b')).toMatchObject({ expanded: ['a', 'b'], collapsed: ['a'] });
    expect(withExpanded(base, 'a').expanded).toEqual(['a']);
  });

  it('adds a search hit the chart lacks: a partnership as chosen, any other body as opened, and selects it', () => {
    expect(withHit(base, hit('rbkc/skcp', 'Partnership'))).toMatchObject({ partnerships: ['havering/csp', 'rbkc/skcp'], expanded: ['a'], selected: 'rbkc/skcp', chain: false });
    expect(withHit(base, hit('rbkc/jag', 'Panel'))).toMatchObject({ partnerships: ['havering/csp'], expanded: ['a', 'rbkc/jag'], selected: 'rbkc/jag', chain: false });
  });
});
