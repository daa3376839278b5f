// GraphNode / GraphRel <-> Neo4j property maps (the layout is described in cypher.ts). Pure
// functions, tested without a database.
import type { Evidence, EvidenceBasis, GraphNode, GraphRel, NodeKind, PropValue, Props, RelType } from '../../domain/model.js';
import { validEnd, validStart } from '../../domain/period.js';
import { filterText } from '../text-fold.js';

const PROP = 'prop_';

type Stored = Record<string, unknown>;

// Evidence is one JSON string (the domain's Evidence list, as the GraphML export writes it): one
// property record instead of five parallel lists, each a chain of dynamic records, which made
// seeding and deleting a generation slow (docs/BENCHMARKS.md, seeding the national set).
// An empty list is left out rather than stored: reading treats a missing list as empty.
function evidenceProps(evidence: readonly Evidence[]): Stored {
  return evidence.length === 0 ? {} : { evidence: JSON.stringify(evidence) };
}

/** Also reads the parallel lists (evSource, evLocator, evQuote, evBasis, evNote) of graphs written before, until reseeded. */
function evidenceOf(p: Stored): Evidence[] {
  if (typeof p.evidence === 'string') return JSON.parse(p.evidence) as Evidence[];
  const [sources, locators, quotes, bases, notes] = [p.evSource, p.evLocator, p.evQuote, p.evBasis, p.evNote].map((v) =>
    Array.isArray(v) ? (v as string[]) : [],
  );
  return sources!.map((source, i) => {
    const ev: Evidence = { source, locator: locators![i] ?? '', quote: quotes![i] ?? '', basis: (bases![i] ?? 'STATED') as EvidenceBasis };
    if (notes![i]) ev.note = notes![i];
    return ev;
  });
}

const optional = (entries: Record<string, string | undefined>): Stored =>
  Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined && v !== null));

/** The props as prefixed properties, so they are filterable and cannot clash with the fixed ones. */
const propsToStored = (props: Props): Stored => Object.fromEntries(Object.entries(props).map(([k, v]) => [PROP + k, v]));

/** Props from [key, value] pairs of prefixed keys (a core read's: cypher-reads.ts). */
function propsOfPairs(pairs: unknown): Props {
  const props: Props = {};
  if (Array.isArray(pairs)) for (const [k, v] of pairs as [string, PropValue][]) props[k.slice(PROP.length)] = v;
  return props;
}

/** The props of a property map. */
function propsOf(p: Stored): Props {
  const props: Props = {};
  for (const [k, v] of Object.entries(p)) if (k.startsWith(PROP)) props[k.slice(PROP.length)] = v as PropValue;
  return props;
}

/** The property map of a node; `kind` travels beside it, to become a label. */
export function nodeRow(n: GraphNode): { id: string; kind: NodeKind; props: Stored } {
  return {
    id: n.id,
    kind: n.kind,
    props: {
      id: n.id,
      kind: n.kind,
      name: n.name,
      ...(n.aliases.length ? { aliases: n.aliases } : {}),
      searchLc: filterText([n.name, ...n.aliases, n.text]),
      validStart: validStart(n.validFrom),
      validEnd: validEnd(n.validTo),
      ...optional({ text: n.text, partnership: n.partnership, validFrom: n.validFrom, validTo: n.validTo, note: n.note }),
      ...evidenceProps(n.evidence),
      ...propsToStored(n.props),
    },
  };
}

export function relRow(r: GraphRel): { from: string; to: string; type: RelType; props: Stored } {
  return {
    from: r.from,
    to: r.to,
    type: r.type,
    props: {
      id: r.id,
      validStart: validStart(r.validFrom),
      validEnd: validEnd(r.validTo),
      ...optional({ validFrom: r.validFrom, validTo: r.validTo, note: r.note }),
      ...evidenceProps(r.evidence),
      ...propsToStored(r.props),
    },
  };
}

/**
 * A core read's node (cypher-reads.ts nodeMap): a list of these fields, in this order, props as
 * [key, value] pairs; it has no note or evidence, and a text only when the read asks it
 * (nodeWithText, search's).
 */
export const CORE_NODE = ['id', 'kind', 'name', 'aliases', 'partnership', 'validFrom', 'validTo', 'props', 'text'] as const;
/** A core read's relationship, as CORE_NODE. */
export const CORE_REL = ['id', 'validFrom', 'validTo', 'props'] as const;

/** A node or relationship as a read returns it: a property map, or a core read's list. */
export type ReadValue = Stored | readonly unknown[];

/** A node as a read returns it: a property map, or a core read's list (CORE_NODE). `evidence` false: read without it (cypher-reads.ts), so none, whatever the map holds. */
export function nodeFrom(p: ReadValue, evidence = true): GraphNode {
  if (Array.isArray(p)) {
    const [id, kind, name, aliases, partnership, validFrom, validTo, pairs, text] = p as unknown[];
    const node: GraphNode = { id: id as string, kind: kind as NodeKind, name: name as string, aliases: Array.isArray(aliases) ? (aliases as string[]) : [], props: propsOfPairs(pairs), evidence: [] };
    if (typeof text === 'string') node.text = text;
    if (typeof partnership === 'string') node.partnership = partnership;
    if (typeof validFrom === 'string') node.validFrom = validFrom;
    if (typeof validTo === 'string') node.validTo = validTo;
    return node;
  }
  const map = p as Stored;
  const node: GraphNode = {
    id: map.id as string,
    kind: map.kind as NodeKind,
    name: map.name as string,
    aliases: Array.isArray(map.aliases) ? (map.aliases as string[]) : [],
    props: propsOf(map),
    evidence: evidence ? evidenceOf(map) : [],
  };
  for (const k of ['text', 'partnership', 'validFrom', 'validTo', 'note'] as const) {
    if (typeof map[k] === 'string') node[k] = map[k];
  }
  return node;
}

/** A relationship as a read returns it: a property map, or a core read's list (CORE_REL). */
export function relFrom(p: ReadValue, type: string, from: string, to: string, evidence = true): GraphRel {
  if (Array.isArray(p)) {
    const [id, validFrom, validTo, pairs] = p as unknown[];
    const rel: GraphRel = { id: id as string, type: type as RelType, from, to, props: propsOfPairs(pairs), evidence: [] };
    if (typeof validFrom === 'string') rel.validFrom = validFrom;
    if (typeof validTo === 'string') rel.validTo = validTo;
    return rel;
  }
  const map = p as Stored;
  const rel: GraphRel = { id: map.id as string, type: type as RelType, from, to, props: propsOf(map), evidence: evidence ? evidenceOf(map) : [] };
  for (const k of ['validFrom', 'validTo', 'note'] as const) {
    if (typeof map[k] === 'string') rel[k] = map[k];
  }
  return rel;
}
