// Relay connections over the store's pages. Our cursors wrap the store's: { s: the store cursor a
// page started after, k: items of that page already seen }, so every edge has a cursor of its
// own while the store only hands out one per page.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { BODY_KINDS, isBodyKind, type GraphNode, type NodeKind, type RelType } from '../../domain/model.js';
import type { Direction, ListQuery, Page, PropFilter } from '../../store/contract.js';
import { asOfArg, pageSizeArg, periodArg } from '../args.js';
import type { Context } from '../context.js';
import { badInput, notFound } from '../errors.js';
import type { ActionFilter, BodyFilter, OrganisationFilter, RequirementFilter, StrategyFilter } from '../generated/graphql.js';

interface Cursor {
  s: string | null;
  k: number;
}

const encode = (c: Cursor): string => Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');

function decode(after: string): Cursor {
  let c: unknown;
  try {
    c = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    c = null;
  }
  const { s, k } = (c ?? {}) as Partial<Cursor>;
  if ((s !== null && typeof s !== 'string') || typeof k !== 'number' || !Number.isInteger(k) || k < 0 || k > 1000) {
    throw badInput(`after: "${after}" is not a cursor of this list (use a cursor or pageInfo.endCursor from the previous page)`, 'after');
  }
  return { s, k };
}

export interface ConnectionModel {
  edges: { cursor: string; node: GraphNode }[];
  nodes: GraphNode[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const EMPTY: ConnectionModel = {
  edges: [],
  nodes: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  totalCount: 0,
};

/** Whether the query selects `field` of this field's value (directly, or in a fragment). */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === field;
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return within(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((f) => within(f.selectionSet));
}

/**
 * One page; `q` null means the filter cannot match anything (e.g. a lead that leads nothing).
 * The store counts every match only when the query asks for totalCount.
 */
export async function connection(
  ctx: Context,
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  rawFirst: number | null | undefined,
  after: string | null | undefined,
  query: FilterQuery | null,
): Promise<ConnectionModel> {
  const first = pageSizeArg(rawFirst);
  const cursor = after ? decode(after) : { s: null, k: 0 };
  if (!query) return EMPTY;
  const { checks, ...q } = query;
  // the nodes the filter's checks name come with the page (ListQuery.named), then are checked; a
  // failed check wins over a failed page, as it says what is wrong with the filter
  const named = checks.map((c) => c.id);
  const checked = () => Promise.all(checks.map((c) => c.check()));
  let page: Page<GraphNode>;
  try {
    page = await ctx.store.listNodes({ ...q, first: Math.max(1, cursor.k + first), after: cursor.s ?? undefined, count: selects(info, 'totalCount'), ...(named.length ? { named } : {}) });
  } catch (err) {
    await checked();
    throw err;
  }
  await checked();
  const items = page.items.slice(cursor.k, cursor.k + first);
  const last = cursor.k + items.length >= page.items.length;
  const edges = items.map((node, i) => ({
    // the last edge of a store page resumes from the store's own cursor, so k stays small
    cursor: encode(i === items.length - 1 && last && page.endCursor ? { s: page.endCursor, k: 0 } : { s: cursor.s, k: cursor.k + i + 1 }),
    node,
  }));
  return {
    edges,
    nodes: items,
    pageInfo: {
      hasNextPage: !last || page.hasNextPage,
      hasPreviousPage: !!after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount ?? 0,
  };
}

/** The node an id filter names, which must exist (and be of `kinds` when given). */
async function named(ctx: Context, id: string, argument: string, kinds?: readonly NodeKind[]): Promise<GraphNode> {
  const node = await ctx.loaders.nodes.load(id);
  if (!node || (kinds && !kinds.includes(node.kind))) {
    throw notFound(`${argument}: no ${kinds ? kinds.join(' or ') : 'node'} has id "${id}"`, argument);
  }
  return node;
}

/** Ids at the far end of `type` lines of `id`. */
async function linked(ctx: Context, id: string, direction: Exclude<Direction, 'both'>, types: RelType[], asOf?: string): Promise<string[]> {
  const rels = await ctx.loaders.rels.load({ id, direction, types, asOf });
  return rels.map((r) => (direction === 'out' ? r.to : r.from));
}

/** Intersect id restrictions; null = unrestricted. */
function intersect(a: string[] | null, b: string[]): string[] {
  if (a === null) return [...new Set(b)];
  const keep = new Set(b);
  return a.filter((id) => keep.has(id));
}

/** A node a filter names, which must exist: checked once the page that reads it beside has come (connection). */
interface Check {
  id: string;
  check: () => Promise<unknown>;
}

/** A filter's ListQuery, with the checks of the nodes it names. */
export type FilterQuery = Omit<ListQuery, 'first' | 'after'> & { checks: Check[] };

/** The check of a filter's partnership, if it names one. */
const partnershipCheck = (ctx: Context, partnership: string | null | undefined): Check[] =>
  partnership ? [{ id: partnership, check: () => named(ctx, partnership, 'filter.partnership', ['Partnership']) }] : [];

/** The ListQuery of restrictions every filter has; null when the ids restriction is empty (once the checks pass). */
async function finish(q: Omit<ListQuery, 'first' | 'after' | 'ids'>, ids: string[] | null, props: PropFilter[], checks: Check[] = []): Promise<FilterQuery | null> {
  if (ids !== null && ids.length === 0) {
    await Promise.all(checks.map((c) => c.check()));
    return null;
  }
  return { ...q, ...(ids ? { ids } : {}), ...(props.length > 0 ? { props } : {}), checks };
}

const text = (t: string | null | undefined): { text?: string } => (t && t.trim() ? { text: t.trim() } : {});

export async function bodiesQuery(ctx: Context, f: BodyFilter = {}) {
  const asOf = asOfArg(f.asOf, 'filter.asOf');
  const kinds = f.kinds ?? [...BODY_KINDS];
  const notBody = kinds.find((k) => !isBodyKind(k));
  if (notBody) throw badInput(`filter.kinds: ${notBody} is not a governance body kind (${BODY_KINDS.join(', ')})`, 'filter.kinds');
  const checks = partnershipCheck(ctx, f.partnership);
  let ids: string[] | null = null;
  if (f.area) {
    await named(ctx, f.area, 'filter.area', ['Area']);
    ids = intersect(ids, await linked(ctx, f.area, 'in', ['COVERS'], asOf));
  }
  const props: PropFilter[] = f.tier != null ? [{ key: 'tier', op: 'eq', value: f.tier }] : [];
  return finish({ kinds, partnership: f.partnership ?? undefined, asOf, ...text(f.text) }, ids, props, checks);
}

export async function organisationsQuery(ctx: Context, f: OrganisationFilter = {}) {
  const asOf = asOfArg(f.asOf, 'filter.asOf');
  const checks = partnershipCheck(ctx, f.partnership);
  let ids: string[] | null = null;
  if (f.area) {
    await named(ctx, f.area, 'filter.area', ['Area']);
    ids = intersect(ids, await linked(ctx, f.area, 'in', ['COVERS'], asOf));
  }
  if (f.memberOf) {
    await named(ctx, f.memberOf, 'filter.memberOf', BODY_KINDS);
    ids = intersect(ids, await linked(ctx, f.memberOf, 'in', ['MEMBER_OF'], asOf));
  }
  const props: PropFilter[] = f.type ? [{ key: 'type', op: 'eq', value: f.type }] : [];
  return finish({ kinds: ['Organisation'], partnership: f.partnership ?? undefined, asOf, ...text(f.text) }, ids, props, checks);
}

export async function strategiesQuery(ctx: Context, f: StrategyFilter = {}) {
  const asOf = asOfArg(f.asOf, 'filter.asOf');
  const checks = partnershipCheck(ctx, f.partnership);
  const props: PropFilter[] = f.publisher ? [{ key: 'publisher', op: 'eq', value: f.publisher }] : [];
  return finish({ kinds: ['Strategy'], partnership: f.partnership ?? undefined, asOf, ...text(f.text) }, null, props, checks);
}

/** Start of a plan date with trailing "-01" parts dropped: compared as text, due >= it iff due begins on or after it. */
const startKey = (start: string): string => start.replace(/(-01)+$/, '');

export async function actionsQuery(ctx: Context, f: ActionFilter = {}) {
  const asOf = asOfArg(f.asOf, 'filter.asOf');
  const checks = partnershipCheck(ctx, f.partnership);
  let ids: string[] | null = null;
  if (f.priority) {
    await named(ctx, f.priority, 'filter.priority', ['Priority']);
    ids = intersect(ids, await linked(ctx, f.priority, 'out', ['HAS_ACTION'], asOf));
  }
  if (f.strategy) {
    await named(ctx, f.strategy, 'filter.strategy', ['Strategy']);
    const below = await ctx.loaders.rels.load({ id: f.strategy, direction: 'out', types: ['HAS_ACTION', 'HAS_PRIORITY'], asOf });
    const priorities = below.filter((r) => r.type === 'HAS_PRIORITY').map((r) => r.to);
    const viaPriorities = await ctx.loaders.rels.loadMany(priorities.map((id) => ({ id, direction: 'out' as const, types: ['HAS_ACTION' as const], asOf })));
    const actionIds = [
      ...below.filter((r) => r.type === 'HAS_ACTION').map((r) => r.to),
      ...viaPriorities.flatMap((list) => (list instanceof Error ? [] : list.map((r) => r.to))),
    ];
    ids = intersect(ids, actionIds);
  }
  if (f.lead) {
    await named(ctx, f.lead, 'filter.lead', ['Organisation', ...BODY_KINDS]);
    ids = intersect(ids, await linked(ctx, f.lead, 'out', ['LEADS'], asOf));
  }
  const props: PropFilter[] = [];
  if (f.status) props.push({ key: 'status', op: 'eq', value: f.status });
  // plan dates compare as text: "2018-03" < "2018-04-01"; see ActionFilter in schema.graphql
  if (f.dueBefore) props.push({ key: 'due', op: 'lt', value: startKey(periodArg(f.dueBefore, 'filter.dueBefore').start) });
  if (f.dueAfter) props.push({ key: 'due', op: 'gt', value: periodArg(f.dueAfter, 'filter.dueAfter').end });
  return finish({ kinds: ['Action'], partnership: f.partnership ?? undefined, asOf, ...text(f.text) }, ids, props, checks);
}

export async function requirementsQuery(ctx: Context, f: RequirementFilter = {}) {
  const asOf = asOfArg(f.asOf, 'filter.asOf');
  let ids: string[] | null = null;
  if (f.theme) {
    await named(ctx, f.theme, 'filter.theme');
    ids = intersect(ids, await linked(ctx, f.theme, 'in', ['PART_OF'], asOf));
  }
  const props: PropFilter[] = f.themeNumber != null ? [{ key: 'theme', op: 'eq', value: f.themeNumber }] : [];
  return finish({ kinds: ['Requirement'], asOf, ...text(f.text) }, ids, props);
}
