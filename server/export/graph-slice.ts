// The part of the graph an export holds: the chosen partnerships' nodes, every line of theirs, the
// nodes at the far ends of those lines, and the Source documents their evidence cites. With no
// partnership chosen it is the whole graph. As at a date, only what holds then (a line only while
// both its ends do). People's names are withheld unless the scope allows them (withhold.ts).
import type { GraphNode, GraphRel } from '../domain/model.js';
import { holdsAt } from '../domain/period.js';
import { endsOf, expandSome, fetchMissing } from '../domain/analysis/shared.js';
import type { GraphStore } from '../store/contract.js';
import { listAll } from '../store/list-all.js';
import type { ExportScope } from './scope.js';
import { namesIn, withholder } from './withhold.js';

export interface GraphSlice {
  scope: ExportScope;
  /** ordered by id */
  nodes: GraphNode[];
  /** ordered by id */
  rels: GraphRel[];
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Batched reads: the nodes (paged), their lines, the far ends and cited sources, then the sources the far ends cite. */
export async function gatherSlice(store: GraphStore, scope: ExportScope): Promise<GraphSlice> {
  const asOf = scope.asAt ?? undefined;
  const listed = scope.chosen
    ? (await Promise.all(scope.partnerships.map((p) => listAll(store, { partnership: p.id, asOf })))).flat()
    : await listAll(store, { asOf });
  const nodes = new Map<string, GraphNode>();
  for (const n of [...scope.partnerships.filter((p) => holdsAt(p, asOf)), ...listed]) nodes.set(n.id, n);
  const rels = await expandSome(store, { ids: [...nodes.keys()], direction: 'both', asOf });
  const cited = () => [...nodes.values(), ...rels].flatMap((x) => x.evidence.map((e) => e.source));
  await fetchMissing(store, nodes, [...endsOf(rels), ...cited()]);
  // the far ends' own evidence may cite a source nothing else here does
  await fetchMissing(store, nodes, cited());
  const kept = new Map([...nodes].filter(([, n]) => holdsAt(n, asOf)));
  const keptRels = rels.filter((r) => kept.has(r.from) && kept.has(r.to)).sort(byId);
  const shown = withholder(namesIn([...kept.values(), ...keptRels]), scope.personalData);
  return { scope, nodes: [...kept.values()].sort(byId).map(shown), rels: keptRels.map(shown) };
}
