// What the bench asks about in a dataset, chosen from the data so the same code serves the real
// seeds and the national set: the body with the longest reporting chain (and its partnership for
// the structure chart), every partnership (for VRU alignment), and a panel name many plans share.
import type { GraphBatch } from '../../server/domain/model.js';
import { isBodyKind } from '../../server/domain/model.js';

export interface Targets {
  /** the community safety partnerships: Partnership nodes not scoped inside another partnership */
  partnershipIds: string[];
  /** the partnership whose structure chart is drawn */
  partnership: string;
  /** the body with the longest REPORTS_TO chain */
  deepBody: string;
  /** bodies on that chain, the body included */
  chainLength: number;
  searchText: string;
  asOf: string;
}

export function pickTargets(batch: GraphBatch): Targets {
  const nodes = new Map(batch.nodes.map((n) => [n.id, n]));
  const up = new Map<string, string[]>();
  for (const r of batch.rels) if (r.type === 'REPORTS_TO') up.set(r.from, [...(up.get(r.from) ?? []), r.to]);
  // the seed validator rejects REPORTS_TO cycles, so the memoised longest path terminates
  const depth = new Map<string, number>();
  const longest = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const d = 1 + Math.max(0, ...(up.get(id) ?? []).map(longest));
    depth.set(id, d);
    return d;
  };
  const bodies = batch.nodes.filter((n) => isBodyKind(n.kind) && n.partnership).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (bodies.length === 0) throw new Error('the dataset has no governance bodies inside a partnership');
  let deep = bodies[0]!;
  for (const b of bodies) if (longest(b.id) > longest(deep.id)) deep = b;
  // a partnership inside another's plan (a safeguarding children partnership the CSP links with) is not asked about
  const partnershipIds = batch.nodes
    .filter((n) => n.kind === 'Partnership' && (n.partnership === undefined || n.partnership === n.id))
    .map((n) => n.id)
    .sort();
  const partnership = deep.partnership!;
  if (nodes.get(partnership)?.kind !== 'Partnership') throw new Error(`${deep.id}'s partnership ${partnership} is not a Partnership node`);
  return { partnershipIds, partnership, deepBody: deep.id, chainLength: longest(deep.id), searchText: 'MARAC', asOf: '2025' };
}
