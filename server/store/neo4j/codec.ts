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

/** The props of a property map, or of its `props` pairs when a read projected them (cypher-reads.ts, core). */
function propsOf(p: Stored): Props {
  const props: Props = {};
  if (Array.isArray(p.props)) {
    for (const [k, v] of p.props as [string, PropValue][]) props[k.slice(PROP.length)] = v;
    return props;
  }
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

/** `evidence` false: read without it (cypher-reads.ts), so none, whatever the map holds. */
export function nodeFrom(p: Stored, evidence = true): GraphNode {
  const node: GraphNode = {
    id: p.id as string,
    kind: p.kind as NodeKind,
    name: p.name as string,
    aliases: Array.isArray(p.aliases) ? (p.aliases as string[]) : [],
    props: propsOf(p),
    evidence: evidence ? evidenceOf(p) : [],
  };
  for (const k of ['text', 'partnership', 'validFrom', 'validTo', 'note'] as const) {
    if (typeof p[k] === 'string') node[k] = p[k];
  }
  return node;
}

export function relFrom(p: Stored, type: string, from: string, to: string, evidence = true): GraphRel {
  const rel: GraphRel = { id: p.id as string, type: type as RelType, from, to, props: propsOf(p), evidence: evidence ? evidenceOf(p) : [] };
  for (const k of ['validFrom', 'validTo', 'note'] as const) {
    if (typeof p[k] === 'string') rel[k] = p[k];
  }
  return rel;
}
