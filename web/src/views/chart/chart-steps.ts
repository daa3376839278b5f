// The chart page's state steps, pure: what decides the data, and the state after a user's move
// (partnerships chosen, a body opened further, a search hit that is not drawn yet).
import type { ChartState } from '../../state/url.js';
import type { SearchHit } from '../../ui/search-box.js';

/** What decides the chart's data: a change here means asking the API again. */
export const dataKey = (s: ChartState): string => JSON.stringify([s.partnerships, s.expanded, s.depth, s.rels, s.asOf, s.groupBy]);

/** Other partnerships chosen: nothing collapsed, and nothing opened when none is chosen. */
export const withPartnerships = (s: ChartState, ids: string[]): ChartState => ({ ...s, partnerships: ids, collapsed: [], expanded: ids.length ? s.expanded : [] });

/** A body opened to show what is below it. */
export const withExpanded = (s: ChartState, id: string): ChartState => ({
  ...s,
  expanded: [...new Set([...s.expanded, id])],
  collapsed: s.collapsed.filter((c) => c !== id),
});

/** A search hit the chart does not hold, added (a partnership as one of the chosen ones) and selected. */
export const withHit = (s: ChartState, hit: SearchHit): ChartState => {
  const id = hit.node.id;
  const added = hit.node.kind === 'Partnership' ? { partnerships: [...s.partnerships, id] } : { expanded: [...new Set([...s.expanded, id])] };
  return { ...s, ...added, selected: id, chain: false };
};
