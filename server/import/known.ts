// The graph an import maps against: the VRU frameworks and the organisations and partnerships
// leads are matched to, read from the seed files or from the store.
import type { GraphNode, GraphRel } from '../domain/model.js';
import type { GraphStore } from '../store/contract.js';
import { listAll } from '../store/list-all.js';
import { formatProblem } from '../seeds/parse.js';
import { loadSeedDir, type SeedLoadResult } from '../seeds/load.js';
import { ImportError } from './errors.js';
import { planIds } from './seed-file.js';
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

export interface SeedsForImport {
  seeds: SeedLoadResult;
  known: KnownGraph;
  /** every node's name by id, for locators */
  names: Map<string, string>;
}

/**
 * The seeds an import of one partnership's year maps against: all of them but that year's own
 * earlier import, whose proposed organisations must be proposed again rather than found.
 */
export async function seedsForImport(file: string, seedsDir: string, partnershipId: string, year: string): Promise<SeedsForImport> {
  const seeds = await loadSeedDir(seedsDir);
  if (seeds.problems.length > 0) {
    for (const p of seeds.problems.slice(0, 20)) console.error(formatProblem(p));
    throw new ImportError(file, '', `the seeds in ${seedsDir} have ${seeds.problems.length} problem(s); mend them before importing`);
  }
  const own = `${planIds(partnershipId, year).name}.yaml`;
  const nodes = seeds.origins.nodes.filter((n) => !n.file.endsWith(`plans/${own}`)).map((n) => n.item);
  return { seeds, known: knownFrom(nodes, seeds.batch.rels), names: new Map(seeds.batch.nodes.map((n) => [n.id, n.name])) };
}
