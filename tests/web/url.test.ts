import { describe, expect, it } from 'vitest';
import { chartLink, chartSearch, defaultChartState, movedHref, parseChartState, viewOfPath } from '../../web/src/state/url.js';

describe('chart state in the URL', () => {
  it('round-trips every field', () => {
    const s = {
      ...defaultChartState(),
      partnerships: ['havering/csp', 'richmond/csp'],
      asOf: '2019-04',
      selected: 'havering/dv-marac',
      rels: ['REPORTS_TO', 'MEMBER_OF'] as const,
      groupBy: 'TIER' as const,
      depth: 5,
      collapsed: ['havering/pdg-safer-locations'],
      expanded: ['org/mps'],
      mode: 'list' as const,
      chain: true,
    };
    const search = chartSearch({ ...s, rels: [...s.rels] });
    expect(search).toBe(
      '?p=havering/csp,richmond/csp&at=2019-04&sel=havering/dv-marac&rels=REPORTS_TO,MEMBER_OF&group=tier&depth=5&collapsed=havering/pdg-safer-locations&expanded=org/mps&show=list&chain=1',
    );
    expect(parseChartState(search)).toEqual({ ...s, rels: [...s.rels] });
  });

  it('leaves defaults out, so a plain link stays short', () => {
    expect(chartSearch(defaultChartState())).toBe('');
    expect(chartSearch({ ...defaultChartState(), partnerships: ['havering/csp'] })).toBe('?p=havering/csp');
  });

  it('falls back to defaults for hand-edited nonsense', () => {
    const s = parseChartState('?at=2019-13&group=sideways&depth=99&rels=REPORTS_TO,NOT_A_TYPE&show=map&chain=yes');
    expect(s.asOf).toBeNull();
    expect(s.groupBy).toBe('NONE');
    expect(s.depth).toBe(defaultChartState().depth);
    expect(s.rels).toEqual(['REPORTS_TO']);
    expect(s.mode).toBe('chart');
    expect(s.chain).toBe(false);
  });

  it('keeps the chain only with a selection', () => {
    expect(chartSearch({ ...defaultChartState(), chain: true })).toBe('');
  });

  it('names views by path and links review views to the chart', () => {
    expect(viewOfPath('/')).toBe('start');
    expect(viewOfPath('/chart')).toBe('chart');
    expect(viewOfPath('/actions')).toBe('actions');
    expect(viewOfPath('/nowhere')).toBeNull();
    expect(viewOfPath('/start')).toBeNull();
    expect(viewOfPath('/actions/extra')).toBeNull();
    expect(chartLink('rbkc/skcp', 'rbkc/marac', '2019')).toBe('/chart?p=rbkc/skcp&at=2019&sel=rbkc/marac');
  });

  it('moves old chart links at / to /chart, keeping their state', () => {
    expect(movedHref(new URL('http://x/?p=havering/csp&at=2020'))).toBe('/chart?p=havering/csp&at=2020');
    expect(movedHref(new URL('http://x/'))).toBeNull();
    expect(movedHref(new URL('http://x/chart?p=a'))).toBeNull();
  });
});
