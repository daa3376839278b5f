// expand with farPartnerships: each engine answers one direction at a time from the far
// partnerships' nodes; 'both' is the two directions merged, each line once, in id order.
import type { GraphRel } from '../domain/model.js';
import type { ExpandArgs } from './validate.js';

export type OneWay = ExpandArgs & { direction: 'in' | 'out'; farPartnerships: string[] };

export async function expandToFarEnds(a: ExpandArgs & { farPartnerships: string[] }, oneWay: (a: OneWay) => Promise<GraphRel[]>): Promise<GraphRel[]> {
  if (a.direction !== 'both') return oneWay({ ...a, direction: a.direction });
  const [out, inward] = await Promise.all([oneWay({ ...a, direction: 'out' }), oneWay({ ...a, direction: 'in' })]);
  const byId = new Map<string, GraphRel>();
  for (const r of [...out, ...inward]) byId.set(r.id, r);
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
