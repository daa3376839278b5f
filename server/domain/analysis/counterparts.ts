// How a body (or an organisation at a line's end) of one partnership is matched with its
// counterpart in another, for comparing two partnerships' structures. Ids are borough-scoped
// (richmond/marac, wandsworth/marac), so the rule a reviewer can check by reading the two plans
// is by name: the same kind of node, with the same name or alias once the boroughs' own names are
// taken out ("Richmond Strategic VAWG Board" and "Wandsworth Strategic VAWG Board" are both
// "strategic vawg board"; "MARAC" is "marac" in both), carried by exactly one node on each side.
import type { GraphNode } from '../model.js';
import type { GraphStore } from '../../store/contract.js';
import { expandSome, fetchMissing, namesOf } from './shared.js';

/** Words left at either end of a name once a borough's name is taken out ("Stop Hate in Richmond"). */
const DANGLING = new Set(['the', 'of', 'in', 'for', 'and', 's']);

/**
 * The names, reduced by normName, of the boroughs the partnerships cover (their COVERS lines to
 * Areas: "richmond upon thames", "richmond", "london borough of wandsworth" ...), longest first so
 * the longest phrase is taken out whole.
 */
export async function boroughNames(store: GraphStore, partnershipIds: readonly string[]): Promise<string[]> {
  const covers = await expandSome(store, { ids: [...partnershipIds], types: ['COVERS'], direction: 'out' });
  const areas = new Map<string, GraphNode>();
  await fetchMissing(store, areas, covers.map((r) => r.to));
  const names = [...areas.values()].flatMap(namesOf);
  return [...new Set(names)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** A reduced name with every borough name taken out as whole words, and the words left dangling at its ends. */
export function withoutBoroughs(name: string, boroughs: readonly string[]): string {
  let words = ` ${name} `;
  for (const b of boroughs) words = words.split(` ${b} `).join(' ');
  const list = words.trim().split(/\s+/).filter(Boolean);
  while (list.length > 0 && DANGLING.has(list[0]!)) list.shift();
  while (list.length > 0 && DANGLING.has(list.at(-1)!)) list.pop();
  return list.join(' ');
}

/** The keys a node is matched on across partnerships: its kind with each name and alias, boroughs taken out. */
export function counterpartKeys(n: GraphNode, boroughs: readonly string[]): string[] {
  const names = namesOf(n).map((name) => withoutBoroughs(name, boroughs)).filter(Boolean);
  return [...new Set(names)].map((name) => `${n.kind}:${name}`);
}
