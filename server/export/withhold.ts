// People's names in an export (domain/personal-data.ts): unless allowed, every name that any record
// of the export holds as a post holder is withheld from every record of it, so a quote on one body
// does not give away the name a line beside it withholds.
import type { GraphNode, GraphRel } from '../domain/model.js';
import { PERSONAL_PROPS, withoutPersonalData } from '../domain/personal-data.js';

export type Withhold = <T extends GraphNode | GraphRel>(item: T) => T;

export function namesIn(items: Iterable<GraphNode | GraphRel>): string[] {
  const names = new Set<string>();
  for (const item of items)
    for (const k of PERSONAL_PROPS)
      for (const v of [item.props[k] ?? []].flat()) if (String(v).trim() !== '') names.add(String(v));
  return [...names];
}

/** What to apply to each record: the identity when names may be shown. */
export function withholder(names: readonly string[], show: boolean): Withhold {
  if (show) return (item) => item;
  if (names.length === 0) return (item) => withoutPersonalData(item, false);
  // the record carries every name as its own holder for a moment, so personal-data.ts withholds them all and drops the prop
  return (item) => withoutPersonalData({ ...item, props: { ...item.props, [PERSONAL_PROPS[0]!]: [...names] } }, false);
}
