// What every analysis shares: reading the store in a few batched calls, indexing the slice of
// the graph it read, and the small date, name and evidence helpers the analyses and rules use.
import { isBodyKind, type Evidence, type GraphNode, type GraphRel, type RelType } from '../model.js';
import { holdsAt, isPlanDate, parsePeriod } from '../period.js';
import { type ExpandQuery, type GraphStore } from '../../store/contract.js';

/** Lines of governance between bodies, and of organisations onto bodies. */
export const STRUCTURE_TYPES = ['REPORTS_TO', 'FEEDS_INTO', 'LINKS_WITH', 'CHAIRS', 'MEMBER_OF'] as const satisfies readonly RelType[];

export const isBody = (n: GraphNode): boolean => isBodyKind(n.kind);

/** The partnership a body belongs to: its scope, or itself when it is a Partnership. */
export const partnershipOf = (n: GraphNode): string | undefined => n.partnership ?? (n.kind === 'Partnership' ? n.id : undefined);

// ---------------------------------------------------------------- input checks

/** A caller's mistake (unknown id, bad date, wrong kind of node): the message says what and where. */
export class AnalysisInputError extends RangeError {
  override name = 'AnalysisInputError';
}

/** Throws naming the argument when `value` is not a plan date. */
export function checkDate(value: string, argument: string): string {
  if (!isPlanDate(value)) throw new AnalysisInputError(`${argument}: "${value}" is not a date (use yyyy, yyyy-mm or yyyy-mm-dd)`);
  return value;
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** First and last day of a plan date's period (the date must be valid: see checkDate). */
export function periodOf(date: string): { start: string; end: string } {
  const p = parsePeriod(date);
  if (!p) throw new RangeError(`not a date: "${date}"`);
  return p;
}

// ---------------------------------------------------------------- store reading, batched

/** Adds to `known` the nodes of `ids` it lacks, in one getNodes call; unknown ids are skipped. */
export async function fetchMissing(store: GraphStore, known: Map<string, GraphNode>, ids: Iterable<string>): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  if (missing.length === 0) return;
  for (const n of await store.getNodes(missing)) if (n) known.set(n.id, n);
}

/** The nodes of `ids`, in order; throws naming every id the store does not hold. */
export async function requireNodes(store: GraphStore, ids: readonly string[], what: string): Promise<GraphNode[]> {
  if (ids.length === 0) return [];
  const found = await store.getNodes(ids);
  const unknown = ids.filter((_, i) => found[i] === null);
  if (unknown.length > 0) throw new AnalysisInputError(`unknown ${what}: ${unknown.map((id) => `"${id}"`).join(', ')}`);
  return found as GraphNode[];
}

/** The Partnership nodes of `ids`, in order; throws naming every id that is unknown or not a Partnership. */
export async function requirePartnerships(store: GraphStore, ids: readonly string[]): Promise<GraphNode[]> {
  const found = await requireNodes(store, ids, 'partnership');
  const others = found.filter((n) => n.kind !== 'Partnership');
  if (others.length > 0) throw new AnalysisInputError(`not a partnership: ${others.map((n) => `"${n.id}" is a ${n.kind}`).join(', ')}`);
  return found;
}

/** store.expand, without a call when there is nothing to expand. */
export async function expandSome(store: GraphStore, q: ExpandQuery): Promise<GraphRel[]> {
  return q.ids.length === 0 ? [] : store.expand({ ...q, ids: [...new Set(q.ids)] });
}

/** Both ends of every line, for fetching the nodes on the far side. */
export const endsOf = (rels: Iterable<GraphRel>): string[] => [...rels].flatMap((r) => [r.from, r.to]);

// ---------------------------------------------------------------- an index over a slice of the graph

export class GraphIndex {
  readonly nodes = new Map<string, GraphNode>();
  readonly rels: GraphRel[] = [];
  private readonly outgoing = new Map<string, GraphRel[]>();
  private readonly incoming = new Map<string, GraphRel[]>();

  /** Lines are kept in id order, so what is built from them does not depend on the order a store returned them in. */
  constructor(nodes: Iterable<GraphNode>, rels: Iterable<GraphRel>) {
    for (const n of nodes) this.nodes.set(n.id, n);
    const seen = new Set<string>();
    for (const r of [...rels].sort((a, b) => binary(a.id, b.id))) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      this.rels.push(r);
      push(this.outgoing, r.from, r);
      push(this.incoming, r.to, r);
    }
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  /** The node's name, or its id when the slice does not hold it. */
  name(id: string): string {
    return this.nodes.get(id)?.name ?? id;
  }

  out(id: string, types?: readonly RelType[]): GraphRel[] {
    return ofTypes(this.outgoing.get(id), types);
  }

  in(id: string, types?: readonly RelType[]): GraphRel[] {
    return ofTypes(this.incoming.get(id), types);
  }

  /** Lines either way, each paired with the node id at its other end. */
  both(id: string, types?: readonly RelType[]): { rel: GraphRel; other: string }[] {
    return [
      ...this.out(id, types).map((rel) => ({ rel, other: rel.to })),
      ...this.in(id, types).map((rel) => ({ rel, other: rel.from })),
    ];
  }

  /** The slice as at a date: nodes that hold then, and the lines that hold then between them. */
  at(asOf: string | undefined): GraphIndex {
    if (!asOf) return this;
    const nodes = [...this.nodes.values()].filter((n) => holdsAt(n, asOf));
    const kept = new Set(nodes.map((n) => n.id));
    // a line to a node outside the slice is kept: the slice cannot say whether that node held
    const endHolds = (id: string) => kept.has(id) || !this.nodes.has(id);
    return new GraphIndex(
      nodes,
      this.rels.filter((r) => holdsAt(r, asOf) && endHolds(r.from) && endHolds(r.to)),
    );
  }
}

const binary = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

const ofTypes = (rels: GraphRel[] | undefined, types?: readonly RelType[]): GraphRel[] =>
  !rels ? [] : types ? rels.filter((r) => types.includes(r.type)) : [...rels];

// ---------------------------------------------------------------- text, order, evidence

/** A name reduced for comparison: lower case, "&" as "and", punctuation as spaces. */
export const normName = (s: string): string =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The name and every alias, reduced by normName. */
export const namesOf = (n: GraphNode): string[] => [...new Set([n.name, ...n.aliases].map(normName).filter(Boolean))];

// localeCompare with options builds a collator on every call: the analyses sort thousands of names and ids
const natural = new Intl.Collator('en', { numeric: true });

/** "1.2" before "1.10", "theme-2" before "theme-10" (as a.localeCompare(b, 'en', { numeric: true })). */
export const naturalCompare = (a: string, b: string): number => natural.compare(a, b);

/** A string prop with something in it, or undefined. */
export function textProp(n: { props: GraphNode['props'] }, key: string): string | undefined {
  const v = n.props[key];
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** The evidence of many facts, each entry once, in order of first appearance. */
export function mergeEvidence(...items: { evidence: Evidence[] }[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const item of items)
    for (const e of item.evidence) {
      const key = `${e.source}\u0000${e.locator}\u0000${e.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
  return out;
}

export const byName = (a: GraphNode, b: GraphNode): number => naturalCompare(a.name, b.name) || naturalCompare(a.id, b.id);

/** Long names (an action's text) cut to a readable length at a word break. */
export function short(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}...`;
}

/** An action as a manager reads it: its number and words, and the priority or plan it sits under. */
export function actionLabel(g: GraphIndex, action: GraphNode): string {
  const number = textProp(action, 'number');
  const under = g.in(action.id, ['HAS_ACTION']).map((r) => g.name(r.from));
  return `action ${number ? `${number} ` : ''}"${short(action.name)}"${under.length > 0 ? ` (under ${under.join(' and ')})` : ''}`;
}
