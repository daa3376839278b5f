// Rows <-> domain objects. Reads use raw rows (arrays, in the column order below) and bring each
// owner's evidence as one JSON list from a correlated subquery, so a node or relationship is one
// row and one round trip; expand turns thousands of rows at a time, so this path is kept lean.
import type { Evidence, EvidenceBasis, GraphNode, GraphRel, NodeKind, Props, RelType } from '../../domain/model.js';
import { validEnd, validStart } from '../../domain/period.js';
import { filterText } from '../text-fold.js';

const evidenceOf = (owner: 'node' | 'rel', seqColumn: string) =>
  `(SELECT json_group_array(json_array(e.source, e.locator, e.quote, e.basis, e.note) ORDER BY e.ord) FROM evidence e
    WHERE e.owner_kind = '${owner}' AND e.owner = ${seqColumn})`;

export const NODE_COLUMNS = `n.id, n.kind, n.name, n.aliases, n.text, n.partnership, n.valid_from, n.valid_to, n.note, n.props,
  ${evidenceOf('node', 'n.seq')}`;

export const REL_COLUMNS = `r.id, r.type, r.from_id, r.to_id, r.valid_from, r.valid_to, r.note, r.props,
  ${evidenceOf('rel', 'r.seq')}`;

/** A read of NODE_COLUMNS / REL_COLUMNS that reads no evidence (an empty list in its place). */
export const withoutEvidence = (sql: string): string => sql.replaceAll(evidenceOf('node', 'n.seq'), "'[]'").replaceAll(evidenceOf('rel', 'r.seq'), "'[]'");

export type NodeRow = [
  id: string,
  kind: string,
  name: string,
  aliases: string,
  text: string | null,
  partnership: string | null,
  validFrom: string | null,
  validTo: string | null,
  note: string | null,
  props: string,
  evidence: string,
  ...extra: unknown[],
];

export type RelRow = [
  id: string,
  type: string,
  from: string,
  to: string,
  validFrom: string | null,
  validTo: string | null,
  note: string | null,
  props: string,
  evidence: string,
  ...extra: unknown[],
];

const parseProps = (json: string): Props => (json === '{}' ? {} : (JSON.parse(json) as Props));

const parseEvidence = (json: string): Evidence[] =>
  (JSON.parse(json) as [string, string, string, EvidenceBasis, string | null][]).map(([source, locator, quote, basis, note]) =>
    note === null ? { source, locator, quote, basis } : { source, locator, quote, basis, note },
  );

export function toNode(row: NodeRow): GraphNode {
  const [id, kind, name, aliases, text, partnership, validFrom, validTo, note, props, evidence] = row;
  const node: GraphNode = {
    id,
    kind: kind as NodeKind,
    name,
    aliases: aliases === '[]' ? [] : (JSON.parse(aliases) as string[]),
    props: parseProps(props),
    evidence: parseEvidence(evidence),
  };
  if (text !== null) node.text = text;
  if (partnership !== null) node.partnership = partnership;
  if (validFrom !== null) node.validFrom = validFrom;
  if (validTo !== null) node.validTo = validTo;
  if (note !== null) node.note = note;
  return node;
}

export function toRel(row: RelRow): GraphRel {
  const [id, type, from, to, validFrom, validTo, note, props, evidence] = row;
  const rel: GraphRel = { id, type: type as RelType, from, to, props: parseProps(props), evidence: parseEvidence(evidence) };
  if (validFrom !== null) rel.validFrom = validFrom;
  if (validTo !== null) rel.validTo = validTo;
  if (note !== null) rel.note = note;
  return rel;
}

/** OR REPLACE with a row's existing seq updates it in place (upserts); plain INSERT is faster for new rows. */
export const nodeInsert = (upsert: boolean) => `INSERT${upsert ? ' OR REPLACE' : ''} INTO nodes
  (seq, id, kind, name, aliases, text, partnership, valid_from, valid_to, valid_start, valid_end, note, props, search_lc)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Values of nodeInsert(); seq null for a new node. */
export function nodeValues(seq: number | null, n: GraphNode) {
  return [
    seq,
    n.id,
    n.kind,
    n.name,
    JSON.stringify(n.aliases),
    n.text ?? null,
    n.partnership ?? null,
    n.validFrom ?? null,
    n.validTo ?? null,
    validStart(n.validFrom),
    validEnd(n.validTo),
    n.note ?? null,
    JSON.stringify(n.props),
    filterText([n.name, ...n.aliases, n.text]),
  ] as const;
}

export const relInsert = (upsert: boolean) => `INSERT${upsert ? ' OR REPLACE' : ''} INTO rels
  (seq, id, type, from_id, to_id, valid_from, valid_to, valid_start, valid_end, note, props)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Values of relInsert(); seq null for a new relationship. */
export function relValues(seq: number | null, r: GraphRel) {
  return [
    seq,
    r.id,
    r.type,
    r.from,
    r.to,
    r.validFrom ?? null,
    r.validTo ?? null,
    validStart(r.validFrom),
    validEnd(r.validTo),
    r.note ?? null,
    JSON.stringify(r.props),
  ] as const;
}
