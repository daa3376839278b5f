// The graph an import maps against: the VRU frameworks and the organisations and partnerships
// leads are matched to, read from the seed files or from the store.
import type { GraphNode, GraphRel } from '../domain/model.js';
import type { GraphStore } from '../store/contract.js';
import { listAll } from '../store/list-all.js';
import { frameworksFrom } from './framework.js';
import type { KnownGraph } from './map-template.js';

export function knownFrom(nodes: readonly GraphNode[], rels: readonly GraphRel[]): KnownGraph {
  return {
    frameworks: frameworksFrom(nodes, rels),
    nodes: nodes.filter((n) => n.kind === 'Organisation' || n.kind === 'Partnership'),
  };
}

/** From the requirements up, so a national graph's thousands of local strategies are never read. */
export async function knownFromStore(store: GraphStore): Promise<KnownGraph> {
  const [orgs, requirements] = await Promise.all([
    listAll(store, { kinds: ['Organisation', 'Partnership'] }),
    listAll(store, { kinds: ['Requirement'] }),
  ]);
  const reqRels = await store.expand({ ids: requirements.map((n) => n.id), types: ['PART_OF'], direction: 'out' });
  const themeIds = [...new Set(reqRels.map((r) => r.to))];
  const themeRels = await store.expand({ ids: themeIds, types: ['HAS_PRIORITY'], direction: 'in' });
  const parts = await store.getNodes([...themeIds, ...new Set(themeRels.map((r) => r.from))]);
  const nodes = [...requirements, ...parts.filter((n): n is GraphNode => n !== null)];
  return { frameworks: frameworksFrom(nodes, [...reqRels, ...themeRels]), nodes: orgs };
}
