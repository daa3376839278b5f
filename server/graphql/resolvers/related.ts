// What resolvers of relationship fields share: load a node's lines through the DataLoaders,
// keep those that hold at asOf (the line and the node at its far end), and order them.
import type { GraphNode, GraphRel, NodeKind, PropValue, RelType } from '../../domain/model.js';
import { holdsAt } from '../../domain/period.js';
import type { Direction } from '../../store/contract.js';
import { asOfArg } from '../args.js';
import type { Context } from '../context.js';
import type { LineModel } from '../mappers.js';

export interface Related extends LineModel {
  node: GraphNode;
}

const byName = (a: Related, b: Related): number =>
  a.node.name.localeCompare(b.node.name) || (a.rel.id < b.rel.id ? -1 : a.rel.id > b.rel.id ? 1 : 0);

/** Nodes that did load and hold at asOf. */
export async function loadNodes(ctx: Context, ids: readonly string[], asOf?: string): Promise<GraphNode[]> {
  const found = await ctx.loaders.nodes.loadMany(ids);
  return found.filter((n): n is GraphNode => !!n && !(n instanceof Error) && holdsAt(n, asOf));
}

/**
 * The lines of `ids` (one node, or several for an organisation with its parts), with the node
 * at the far end; `kinds` keeps those whose far end is of one of those kinds. `asOf` is the
 * raw argument: a malformed date is a BAD_USER_INPUT error. `levels`: how many levels of the
 * same field the query asks for from here (lookahead.ts), fetched together.
 */
export async function related(
  ctx: Context,
  ids: string | readonly string[],
  direction: Direction,
  types: readonly RelType[],
  rawAsOf?: string | null,
  kinds?: readonly NodeKind[],
  levels = 1,
): Promise<Related[]> {
  const asOf = asOfArg(rawAsOf);
  const own = new Set(typeof ids === 'string' ? [ids] : ids);
  // the levels below that the query asks for come with this one (loaders.levels)
  if (levels > 1) await ctx.loaders.levels.loadMany([...own].map((id) => ({ id, direction, types, asOf, levels })));
  const lists = await ctx.loaders.rels.loadMany([...own].map((id) => ({ id, direction, types, asOf })));
  // charged before any work on them: the lists of one level all resume at once when their batch
  // arrives, so charging only what they return would let every one of them work first
  if (!ctx.budget.charge(lists.reduce((n, list) => n + (list instanceof Error ? 0 : list.length), 0))) return [];
  const rels = new Map<string, GraphRel>();
  for (const list of lists) {
    if (list instanceof Error) throw list;
    for (const r of list) rels.set(r.id, r);
  }
  const lines = [...rels.values()].map((rel) => ({ rel, far: own.has(rel.from) && direction !== 'in' ? rel.to : rel.from }));
  const nodes = await ctx.loaders.nodes.loadMany(lines.map((l) => l.far));
  const out: Related[] = [];
  lines.forEach((l, i) => {
    const node = nodes[i];
    if (!node || node instanceof Error || !holdsAt(node, asOf)) return;
    if (kinds && !kinds.includes(node.kind)) return;
    out.push({ ...l, node });
  });
  return out.sort(byName);
}

export const farNodes = async (...args: Parameters<typeof related>): Promise<GraphNode[]> =>
  (await related(...args)).map((r) => r.node);

export const rels = async (...args: Parameters<typeof related>): Promise<GraphRel[]> =>
  (await related(...args)).map((r) => r.rel);

/** A property as text (null when absent or a list). */
export function propText(value: PropValue | undefined): string | null {
  if (value === undefined || Array.isArray(value)) return null;
  return String(value);
}

/** A status ("to be set up") as at a date: it holds from the node's start to props.statusTo, not for ever after. */
export function statusAt(n: GraphNode, rawAsOf?: string | null): string | null {
  const asOf = asOfArg(rawAsOf);
  const to = propText(n.props.statusTo) ?? undefined;
  return asOf && !holdsAt({ validFrom: n.validFrom, validTo: to }, asOf) ? null : propText(n.props.status);
}

export function propNumber(value: PropValue | undefined): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
}

export function propInt(value: PropValue | undefined): number | null {
  const n = propNumber(value);
  return n !== null && Number.isInteger(n) ? n : null;
}

export function propList(value: PropValue | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** Every property, sorted by key, for the `properties` field. */
export const properties = (props: Record<string, PropValue>) =>
  Object.keys(props)
    .sort()
    .map((key) => ({ key, value: propText(props[key]), values: propList(props[key]) }));
