// Shared structures: the bodies and organisations that span partnerships or boroughs, and the
// organisations that sit on the most bodies (interlocks), across the whole graph.
import { BODY_KINDS, type GraphNode, type GraphRel, type RelType } from '../model.js';
import type { GraphStore } from '../../store/contract.js';
import { AnalysisInputError, byName, checkDate, expandSome, fetchMissing, GraphIndex, isBody, naturalCompare, partnershipOf, textProp } from './shared.js';
import { listAll } from '../../store/list-all.js';

/** Lines that tie a node to a body. */
export const SPAN_TYPES = ['REPORTS_TO', 'FEEDS_INTO', 'LINKS_WITH', 'MEMBER_OF', 'CHAIRS', 'PART_OF'] as const satisfies readonly RelType[];
const SEAT_TYPES: readonly RelType[] = ['MEMBER_OF', 'CHAIRS'];

export const DEFAULT_INTERLOCKS = 20;

export interface SpanningNode {
  node: GraphNode;
  /** partnerships whose bodies it is tied to, and its own, when 2 or more */
  partnershipIds: string[];
  /** boroughs it covers, directly or as part of a wider area it covers, when 2 or more */
  boroughIds: string[];
  /** the lines that make it span: to bodies of other partnerships, and COVERS */
  rels: GraphRel[];
}

export interface Seat {
  body: GraphNode;
  /** props.role of each line, "chair" for a CHAIRS line without one, "member" for a MEMBER_OF line without one */
  roles: string[];
  rels: GraphRel[];
}

export interface Interlock {
  organisation: GraphNode;
  bodyCount: number;
  partnershipIds: string[];
  seats: Seat[];
}

export interface SharedStructuresReport {
  asOf?: string;
  /** the widest first */
  spanning: SpanningNode[];
  /** organisations on 2 or more bodies, the most first */
  interlocks: Interlock[];
}

export interface SharedStructuresData {
  asOf?: string;
  /** every body, every area, and the nodes at the far end of their lines */
  nodes: GraphNode[];
  /** every body's SPAN_TYPES lines, every COVERS line, every area-in-area PART_OF line */
  rels: GraphRel[];
}

export interface SharedStructuresOptions {
  asOf?: string;
  /** how many interlocks to return */
  limit?: number;
}

export async function sharedStructures(store: GraphStore, opts: SharedStructuresOptions = {}): Promise<SharedStructuresReport> {
  const limit = limitFor(opts.limit);
  return findSharedStructures(await gatherSharedStructures(store, opts.asOf), limit);
}

function limitFor(limit: number | undefined): number {
  const n = limit ?? DEFAULT_INTERLOCKS;
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new AnalysisInputError(`limit: ${n} is not a whole number from 1 to 500`);
  return n;
}

/** Five batched calls: bodies and areas (paged), their lines, and the nodes at the far ends. */
export async function gatherSharedStructures(store: GraphStore, asOf?: string): Promise<SharedStructuresData> {
  if (asOf !== undefined) checkDate(asOf, 'asOf');
  const [bodies, areas] = await Promise.all([listAll(store, { kinds: BODY_KINDS, asOf }), listAll(store, { kinds: ['Area'], asOf })]);
  const [lines, areaLines] = await Promise.all([
    expandSome(store, { ids: bodies.map((b) => b.id), types: SPAN_TYPES, direction: 'both', asOf }),
    expandSome(store, { ids: areas.map((a) => a.id), types: ['COVERS', 'PART_OF'], direction: 'in', asOf }),
  ]);
  const nodes = new Map([...bodies, ...areas].map((n) => [n.id, n]));
  await fetchMissing(store, nodes, [...lines, ...areaLines].flatMap((r) => [r.from, r.to]));
  return { asOf, nodes: [...nodes.values()], rels: [...lines, ...areaLines] };
}

// ---------------------------------------------------------------- the pure part

export function findSharedStructures(data: SharedStructuresData, limit = DEFAULT_INTERLOCKS): SharedStructuresReport {
  const g = new GraphIndex(data.nodes, data.rels).at(data.asOf);
  const boroughs = boroughsUnder(g);
  const all = [...g.nodes.values()];

  const spanning = all
    .filter((node) => node.kind === 'Organisation' || isBody(node))
    .flatMap((node): SpanningNode[] => {
      const own = partnershipOf(node);
      const ties = g.both(node.id, SPAN_TYPES).flatMap(({ rel, other }) => {
        const body = g.node(other);
        const pid = body && other !== node.id && isBody(body) ? partnershipOf(body) : undefined;
        return pid ? [{ rel, pid }] : [];
      });
      const partnershipIds = [...new Set([...(own ? [own] : []), ...ties.map((t) => t.pid)])].sort(naturalCompare);
      const covers = g.out(node.id, ['COVERS']);
      const boroughIds = [...new Set(covers.flatMap((r) => boroughs(r.to)))].sort(naturalCompare);
      const spansPartnerships = partnershipIds.length >= 2;
      const spansBoroughs = boroughIds.length >= 2;
      if (!spansPartnerships && !spansBoroughs) return [];
      return [
        {
          node,
          partnershipIds: spansPartnerships ? partnershipIds : [],
          boroughIds: spansBoroughs ? boroughIds : [],
          rels: [...(spansPartnerships ? ties.filter((t) => t.pid !== own).map((t) => t.rel) : []), ...(spansBoroughs ? covers : [])],
        },
      ];
    })
    .sort((a, b) => width(b) - width(a) || byName(a.node, b.node));

  const interlocks = all
    .filter((n) => n.kind === 'Organisation')
    .map((organisation): Interlock => {
      const byBody = new Map<string, GraphRel[]>();
      for (const r of g.out(organisation.id, SEAT_TYPES)) if (g.node(r.to) && isBody(g.node(r.to)!)) byBody.set(r.to, [...(byBody.get(r.to) ?? []), r]);
      const seats = [...byBody].map(([id, rels]) => ({ body: g.node(id)!, roles: [...new Set(rels.map(roleOf))].sort(), rels })).sort((a, b) => byName(a.body, b.body));
      const partnershipIds = [...new Set(seats.flatMap((s) => partnershipOf(s.body) ?? []))].sort(naturalCompare);
      return { organisation, bodyCount: seats.length, partnershipIds, seats };
    })
    .filter((i) => i.bodyCount >= 2)
    .sort((a, b) => b.bodyCount - a.bodyCount || b.partnershipIds.length - a.partnershipIds.length || byName(a.organisation, b.organisation))
    .slice(0, limit);

  return { asOf: data.asOf, spanning, interlocks };
}

const width = (s: SpanningNode): number => s.partnershipIds.length + s.boroughIds.length;
const roleOf = (r: GraphRel): string => textProp(r, 'role') ?? (r.type === 'CHAIRS' ? 'chair' : 'member');

/** The boroughs an area is, or holds through areas PART_OF it (London holds its BCUs and boroughs). */
function boroughsUnder(g: GraphIndex): (areaId: string) => string[] {
  const memo = new Map<string, string[]>();
  const under = (id: string, path: Set<string>): string[] => {
    const known = memo.get(id);
    if (known) return known;
    const area = g.node(id);
    if (area?.kind !== 'Area' || path.has(id)) return [];
    const inner = g.in(id, ['PART_OF']).flatMap((r) => under(r.from, new Set([...path, id])));
    const found = [...new Set([...(area.props.type === 'borough' ? [id] : []), ...inner])];
    memo.set(id, found);
    return found;
  };
  return (id) => under(id, new Set());
}
