import { describe, expect, it } from 'vitest';
import { lineSections, type PanelLine } from '../../web/src/views/chart/sections.js';
import { applyFilters, filtersSearch, parseFilters } from '../../web/src/views/actions.js';

const end = (id: string, kind: PanelLine['from']['kind'] = 'SubGroup') => ({ id, name: `Name ${id}`, kind, aliases: [] });
const line = (from: string, type: PanelLine['type'], to: string, fromKind?: PanelLine['from']['kind']): PanelLine => ({
  id: `${from} ${type} ${to}`,
  type,
  from: end(from, fromKind),
  to: end(to),
});

describe('panel sections', () => {
  it('groups lines as seen from the node: chair and members first, then up and down', () => {
    const lines = [
      line('me', 'REPORTS_TO', 'board'),
      line('panel', 'REPORTS_TO', 'me'),
      line('org/mps', 'CHAIRS', 'me', 'Organisation'),
      line('org/lbh', 'MEMBER_OF', 'me', 'Organisation'),
      line('org/nhs', 'MEMBER_OF', 'me', 'Organisation'),
      line('peer', 'LINKS_WITH', 'me'),
      line('me', 'LINKS_WITH', 'other'),
    ];
    const s = lineSections('me', lines);
    expect(s.map((x) => [x.title, x.items.map((i) => i.other.id)])).toEqual([
      ['Chaired by', ['org/mps']],
      ['Members', ['org/lbh', 'org/nhs']],
      ['Reports to', ['board']],
      ['Reported to by', ['panel']],
      ['Links with', ['other', 'peer']],
    ]);
  });
});

type A = Parameters<typeof applyFilters>[0][number];
const action = (id: string, over: Partial<A> = {}): A => ({
  id,
  name: `Action ${id}`,
  number: null,
  text: null,
  timescale: null,
  due: null,
  status: null,
  leadAsWritten: null,
  partnership: { id: 'p1', name: 'Havering' },
  priorities: [],
  leads: [],
  ...over,
});

describe('actions table', () => {
  const actions = [
    action('a', { number: '10', timescale: 'March 2019', status: 'ongoing', leads: [{ id: 'l', actor: { id: 'org/mps', kind: 'Organisation', name: 'Met' } }] }),
    action('b', { number: '2', timescale: null, leadAsWritten: 'CSP manager' }),
    action('c', { number: '1', timescale: '2018', partnership: { id: 'p2', name: 'Richmond' } }),
  ];

  it('sorts numbers naturally and puts empty cells last either way', () => {
    expect(applyFilters(actions, { ...parseFilters(''), sort: 'number' }).map((a) => a.id)).toEqual(['c', 'b', 'a']);
    expect(applyFilters(actions, { ...parseFilters(''), sort: 'timescale' }).map((a) => a.id)).toEqual(['c', 'a', 'b']);
    expect(applyFilters(actions, { ...parseFilters(''), sort: 'timescale', dir: 'desc' }).map((a) => a.id)).toEqual(['a', 'c', 'b']);
  });

  it('filters by partnership, lead (named or as written), status, timescale and text', () => {
    const f = parseFilters('');
    expect(applyFilters(actions, { ...f, partnership: 'p2' }).map((a) => a.id)).toEqual(['c']);
    expect(applyFilters(actions, { ...f, lead: 'org/mps' }).map((a) => a.id)).toEqual(['a']);
    expect(applyFilters(actions, { ...f, lead: 'CSP manager' }).map((a) => a.id)).toEqual(['b']);
    expect(applyFilters(actions, { ...f, status: 'ongoing' }).map((a) => a.id)).toEqual(['a']);
    expect(applyFilters(actions, { ...f, timescale: '2019' }).map((a) => a.id)).toEqual(['a']);
    expect(applyFilters(actions, { ...f, q: 'action b' }).map((a) => a.id)).toEqual(['b']);
  });

  it('folds the text filter as the server\'s list filters and search do: hyphens, apostrophes, "&"', () => {
    const f = parseFilters('');
    const texts = [action('h', { text: 'Tackle anti-social behaviour in the parks' }), action('s', { text: 'Fund Children’s Safe & Sound' }), ...actions];
    for (const q of ['Anti-social', 'anti social', 'antisocial', 'ANTI\u2011SOCIAL behav']) expect(applyFilters(texts, { ...f, q }).map((a) => a.id), q).toEqual(['h']);
    for (const q of ["children's safe and sound", 'childrens safe &sound']) expect(applyFilters(texts, { ...f, q }).map((a) => a.id), q).toEqual(['s']);
    expect(applyFilters(texts, { ...f, q: ' -- ' })).toHaveLength(texts.length);
  });

  it('keeps the filters in the URL', () => {
    const f = { ...parseFilters(''), partnership: 'havering/csp', status: 'ongoing', sort: 'lead' as const, dir: 'desc' as const };
    expect(filtersSearch(f)).toBe('?p=havering/csp&status=ongoing&sort=lead&dir=desc');
    expect(parseFilters(filtersSearch(f))).toEqual(f);
  });
});
