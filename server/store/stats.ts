// The graph's counts (GraphStats) from an engine's counts per kind and per type, alike for both
// engines: in the model's order of kinds and types, those with none left out.
import { NODE_KINDS, REL_TYPES, type NodeKind, type RelType } from '../domain/model.js';
import type { GraphStats } from './contract.js';

export function statsOf(kinds: ReadonlyMap<NodeKind, number>, types: ReadonlyMap<RelType, number>): GraphStats {
  const byKind = NODE_KINDS.filter((k) => kinds.has(k)).map((kind) => ({ kind, count: kinds.get(kind)! }));
  const byType = REL_TYPES.filter((t) => types.has(t)).map((type) => ({ type, count: types.get(type)! }));
  return {
    nodes: byKind.reduce((s, k) => s + k.count, 0),
    relationships: byType.reduce((s, t) => s + t.count, 0),
    byKind,
    byType,
  };
}
