// What the API may show of a node or line: without personal data unless the setting allows it
// (domain/personal-data.ts). Worked out once per record: several fields of one record ask.
import type { GraphNode, GraphRel } from '../../domain/model.js';
import { withoutPersonalData } from '../../domain/personal-data.js';

const cache = new WeakMap<GraphNode | GraphRel, GraphNode | GraphRel>();

export function shown<T extends GraphNode | GraphRel>(item: T): T {
  let out = cache.get(item) as T | undefined;
  if (!out) {
    out = withoutPersonalData(item);
    cache.set(item, out);
  }
  return out;
}
