// The state of a view lives in the URL, so that a view can be shared and reloaded: the path
// names the view, the query string holds its choices. Parsing is forgiving (an unknown value
// falls back to the default) because links get hand-edited; the server checks what matters.
import type { ChartGrouping, RelationshipType } from '../generated/graphql.js';
import { DEFAULT_RELS, isRelType } from '../chart/vocab.js';

/** Every view, by the first part of its path; `start` is the home page at `/`. Add a view here and in web/src/routes.ts. */
export const VIEWS = ['start', 'chart', 'vru', 'findings', 'organisations', 'interlocks', 'compare', 'actions', 'report', 'import', 'changes', 'sign-in'] as const;
export type View = (typeof VIEWS)[number];

/** The view a path names, or null for a path that names none (the not-found page). */
export const viewOfPath = (pathname: string): View | null => {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return 'start';
  return parts.length === 1 && (VIEWS as readonly string[]).includes(parts[0]!) && parts[0] !== 'start' ? (parts[0] as View) : null;
};

export const pathOfView = (view: View): string => (view === 'start' ? '/' : `/${view}`);

/**
 * Links made before the start page existed open a chart at `/?p=...`: the address they mean now,
 * or null when the URL needs no change.
 */
export const movedHref = (url: URL): string | null =>
  url.pathname === '/' && (url.searchParams.has('p') || url.searchParams.has('expanded')) ? `${pathOfView('chart')}${url.search}` : null;

/** Plan dates as the API takes them: yyyy, yyyy-mm or yyyy-mm-dd. */
export const PLAN_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export interface ChartState {
  partnerships: string[];
  asOf: string | null;
  selected: string | null;
  rels: RelationshipType[];
  groupBy: ChartGrouping;
  depth: number;
  collapsed: string[];
  /** nodes whose lower levels were fetched beyond the chart's depth */
  expanded: string[];
  /** the chart, or its text alternative */
  mode: 'chart' | 'list';
  /** the selected node's line to the top is highlighted */
  chain: boolean;
}

export const DEPTHS = [1, 2, 3, 4, 5, 6] as const;
export const DEFAULT_DEPTH = 3;

export const defaultChartState = (): ChartState => ({
  partnerships: [],
  asOf: null,
  selected: null,
  rels: [...DEFAULT_RELS],
  groupBy: 'NONE',
  depth: DEFAULT_DEPTH,
  collapsed: [],
  expanded: [],
  mode: 'chart',
  chain: false,
});

const list = (v: string | null): string[] => (v ? [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))] : []);

export function parseChartState(search: string): ChartState {
  const q = new URLSearchParams(search);
  const d = defaultChartState();
  const rels = q.has('rels') ? list(q.get('rels')).filter(isRelType) : d.rels;
  const group = q.get('group')?.toUpperCase();
  const depth = Number(q.get('depth'));
  const at = q.get('at');
  return {
    partnerships: list(q.get('p')),
    asOf: at && PLAN_DATE.test(at) ? at : null,
    selected: q.get('sel') || null,
    rels,
    groupBy: group === 'PARTNERSHIP' || group === 'TIER' ? group : 'NONE',
    depth: (DEPTHS as readonly number[]).includes(depth) ? depth : d.depth,
    collapsed: list(q.get('collapsed')),
    expanded: list(q.get('expanded')),
    mode: q.get('show') === 'list' ? 'list' : 'chart',
    chain: q.get('chain') === '1',
  };
}

/** The query string of a state, leaving out what is at its default (short, readable links). */
export function chartSearch(s: ChartState): string {
  const d = defaultChartState();
  const q = new URLSearchParams();
  if (s.partnerships.length) q.set('p', s.partnerships.join(','));
  if (s.asOf) q.set('at', s.asOf);
  if (s.selected) q.set('sel', s.selected);
  if (s.rels.join(',') !== d.rels.join(',')) q.set('rels', s.rels.join(','));
  if (s.groupBy !== 'NONE') q.set('group', s.groupBy.toLowerCase());
  if (s.depth !== d.depth) q.set('depth', String(s.depth));
  if (s.collapsed.length) q.set('collapsed', s.collapsed.join(','));
  if (s.expanded.length) q.set('expanded', s.expanded.join(','));
  if (s.mode === 'list') q.set('show', 'list');
  if (s.chain && s.selected) q.set('chain', '1');
  const out = q.toString().replace(/%2F/gi, '/').replace(/%2C/gi, ',');
  return out ? `?${out}` : '';
}

/** A link to the chart of one partnership with a node selected, for the review views. */
export const chartLink = (partnership: string | null | undefined, selected?: string, asOf?: string | null): string =>
  pathOfView('chart') +
  chartSearch({ ...defaultChartState(), partnerships: partnership ? [partnership] : [], selected: selected ?? null, asOf: asOf ?? null });
