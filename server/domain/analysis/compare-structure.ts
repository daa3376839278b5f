// What changed in a partnership's structure between two dates, or how two partnerships'
// structures differ: bodies and lines (reporting, information, co-ordination, chairs, members)
// added, removed and changed.
import { BODY_KINDS, type GraphNode, type GraphRel, type PropValue } from '../model.js';
import { holdsAt } from '../period.js';
import type { GraphStore } from '../../store/contract.js';
import { byName, checkDate, expandSome, fetchMissing, namesOf, naturalCompare, normName, requirePartnerships, STRUCTURE_TYPES } from './shared.js';
import { boroughNames, counterpartKeys, withoutBoroughs } from './counterparts.js';
import { listAll } from '../../store/list-all.js';

/** A partnership's bodies as at a date, and the structure lines of theirs that hold then. */
export interface StructureSnapshot {
  date: string;
  bodies: GraphNode[];
  lines: GraphRel[];
  /** the nodes at the lines' far ends that are not among `bodies` (organisations, other partnerships' bodies) */
  ends?: GraphNode[];
}

export interface FieldChange {
  /** "id", "name", "kind", "aliases", "text" (bodies), "note" (lines), "props.<key>" */
  field: string;
  /** JSON of the value, null when absent */
  before: string | null;
  after: string | null;
}

/**
 * Why two bodies are taken as one: "id"; "name" (between dates: a later record of it has a new id
 * and the same name or alias; between partnerships: the same kind and name or alias once the
 * boroughs' names are taken out); "partnership" (the two partnerships compared).
 */
export type BodyMatch = 'id' | 'name' | 'partnership';

export interface BodyPair {
  before: GraphNode;
  after: GraphNode;
  matchedBy: BodyMatch;
}

export interface BodyChange extends BodyPair {
  fields: FieldChange[];
}

export interface LineChange {
  before: GraphRel;
  after: GraphRel;
  fields: FieldChange[];
}

export interface StructureDiff {
  partnershipId: string;
  /** the partnership read at `to`: `partnershipId` unless two partnerships are compared */
  toPartnershipId: string;
  from: string;
  to: string;
  bodies: { added: GraphNode[]; removed: GraphNode[]; changed: BodyChange[]; unchanged: number; matched: BodyPair[] };
  lines: { added: GraphRel[]; removed: GraphRel[]; changed: LineChange[]; unchanged: number };
}

/** Comparing two partnerships: the second one, and the boroughs' names taken out of names to match on. */
export interface Across {
  toPartnershipId: string;
  boroughs: readonly string[];
}

/** `partnershipId` as at `from` against `toPartnershipId` (by default the same one) as at `to`. */
export async function compareStructure(store: GraphStore, partnershipId: string, from: string, to: string, toPartnershipId = partnershipId): Promise<StructureDiff> {
  checkDate(from, 'from');
  checkDate(to, 'to');
  const [first, second] = await requirePartnerships(store, [partnershipId, toPartnershipId]);
  const [before, after, boroughs] = await Promise.all([
    gatherStructure(store, first!, from),
    gatherStructure(store, second!, to),
    toPartnershipId === partnershipId ? [] : boroughNames(store, [partnershipId, toPartnershipId]),
  ]);
  return diffStructure(partnershipId, before, after, toPartnershipId === partnershipId ? undefined : { toPartnershipId, boroughs });
}

/** Three batched calls: the bodies as at the date (paged), their structure lines then, and the nodes at the far ends. */
export async function gatherStructure(store: GraphStore, partnership: GraphNode, date: string): Promise<StructureSnapshot> {
  const listed = await listAll(store, { partnership: partnership.id, kinds: BODY_KINDS, asOf: date });
  const bodies = [...(holdsAt(partnership, date) ? [partnership] : []), ...listed.filter((b) => b.id !== partnership.id)];
  const lines = await expandSome(store, { ids: bodies.map((b) => b.id), types: STRUCTURE_TYPES, direction: 'both', asOf: date });
  const ends = new Map(bodies.map((b) => [b.id, b]));
  await fetchMissing(store, ends, lines.flatMap((r) => [r.from, r.to]));
  // a line holds at a date only while both its ends do
  const holds = (id: string) => {
    const n = ends.get(id);
    return n !== undefined && holdsAt(n, date);
  };
  const held = lines.filter((r) => holds(r.from) && holds(r.to));
  const own = new Set(bodies.map((b) => b.id));
  const far = new Set(held.flatMap((r) => [r.from, r.to]).filter((id) => !own.has(id)));
  return { date, bodies, lines: held, ends: [...far].map((id) => ends.get(id)!) };
}

// ---------------------------------------------------------------- the pure part

/**
 * Bodies pair by id, then, among those left, by a shared name or alias when exactly one body on
 * each side carries it (a plan's author may give a continuing body a new id). Across two
 * partnerships the partnerships pair with each other, and bodies (and the organisations at the
 * lines' ends) by kind and name or alias with the boroughs' names taken out (counterparts.ts).
 * Lines pair by their ends (read through the pairs) and type; lines of the same ends and type
 * pair by id, then in order.
 */
export function diffStructure(partnershipId: string, before: StructureSnapshot, after: StructureSnapshot, across?: Across): StructureDiff {
  const keys = across ? (n: GraphNode) => counterpartKeys(n, across.boroughs) : namesOf;
  const roots: BodyPair[] = [];
  if (across) {
    const [b, a] = [before.bodies.find((n) => n.id === partnershipId), after.bodies.find((n) => n.id === across.toPartnershipId)];
    if (b && a) roots.push({ before: b, after: a, matchedBy: 'partnership' });
  }
  const pairs = pairBodies(before.bodies, after.bodies, keys, roots);
  const pairedBefore = new Set(pairs.map((p) => p.before.id));
  const pairedAfter = new Map(pairs.map((p) => [p.after.id, p.before.id]));
  const bodyChanges = pairs
    .map((p) => ({ ...p, fields: nodeFields(p.before, p.after, across) }))
    .filter((c) => c.fields.length > 0);
  // across partnerships, the organisations at the lines' ends pair by the same rule, for reading lines only
  const endPairs = across ? pairBodies(before.ends ?? [], after.ends ?? [], keys, []) : [];
  for (const p of endPairs) if (!pairedAfter.has(p.after.id)) pairedAfter.set(p.after.id, p.before.id);

  // an "after" line is read with its ends renamed to the "before" ids they pair with
  const canon = (id: string) => pairedAfter.get(id) ?? id;
  const groupsBefore = groupLines(before.lines, (id) => id);
  const groupsAfter = groupLines(after.lines, canon);
  const lines: StructureDiff['lines'] = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const key of new Set([...groupsBefore.keys(), ...groupsAfter.keys()])) {
    const was = [...(groupsBefore.get(key) ?? [])];
    const now = [...(groupsAfter.get(key) ?? [])];
    // pair same ids first, then what is left in order
    const matched: [GraphRel, GraphRel][] = [];
    for (const r of [...was]) {
      const i = now.findIndex((x) => x.id === r.id);
      if (i < 0) continue;
      matched.push([r, now.splice(i, 1)[0]!]);
      was.splice(was.indexOf(r), 1);
    }
    while (was.length > 0 && now.length > 0) matched.push([was.shift()!, now.shift()!]);
    lines.removed.push(...was);
    lines.added.push(...now);
    for (const [b, a] of matched) {
      const fields = relFields(b, a);
      if (fields.length > 0) lines.changed.push({ before: b, after: a, fields });
      else lines.unchanged++;
    }
  }
  const byId = (a: GraphRel, b: GraphRel) => naturalCompare(a.id, b.id);
  lines.added.sort(byId);
  lines.removed.sort(byId);
  lines.changed.sort((a, b) => byId(a.before, b.before));

  return {
    partnershipId,
    toPartnershipId: across?.toPartnershipId ?? partnershipId,
    from: before.date,
    to: after.date,
    bodies: {
      added: after.bodies.filter((b) => !pairedAfter.has(b.id)).sort(byName),
      removed: before.bodies.filter((b) => !pairedBefore.has(b.id)).sort(byName),
      changed: bodyChanges.sort((a, b) => byName(a.before, b.before)),
      unchanged: pairs.length - bodyChanges.length,
      matched: [...pairs].sort((a, b) => byName(a.before, b.before)),
    },
    lines,
  };
}

/** Pairs by id, then by a key (from `keys`) that exactly one node on each side carries; `first` are taken as paired already. */
function pairBodies(before: GraphNode[], after: GraphNode[], keys: (n: GraphNode) => string[], first: BodyPair[]): BodyPair[] {
  const afterById = new Map(after.map((b) => [b.id, b]));
  const pairs = [...first];
  const taken = new Set([...first.flatMap((p) => [p.before.id, p.after.id])]);
  for (const b of before) {
    const a = afterById.get(b.id);
    if (a && !taken.has(b.id)) pairs.push({ before: b, after: a, matchedBy: 'id' });
  }
  const pairedBefore = new Set(pairs.map((p) => p.before.id));
  const pairedAfter = new Set(pairs.map((p) => p.after.id));
  const leftBefore = before.filter((b) => !pairedBefore.has(b.id) && !afterById.has(b.id));
  const leftAfter = after.filter((a) => !pairedAfter.has(a.id) && !before.some((b) => b.id === a.id));
  const carrying = (list: GraphNode[], key: string) => list.filter((n) => keys(n).includes(key));
  for (const b of leftBefore) {
    const candidates = new Set(keys(b).flatMap((key) => carrying(leftAfter, key)));
    if (candidates.size !== 1) continue;
    const [a] = candidates;
    // the pairing must be unambiguous from the other side too
    const back = new Set(keys(a!).flatMap((key) => carrying(leftBefore, key)));
    if (back.size !== 1) continue;
    pairs.push({ before: b, after: a!, matchedBy: 'name' });
  }
  return pairs;
}

function groupLines(lines: GraphRel[], canon: (id: string) => string): Map<string, GraphRel[]> {
  const groups = new Map<string, GraphRel[]>();
  for (const r of [...new Map(lines.map((l) => [l.id, l])).values()].sort((a, b) => naturalCompare(a.id, b.id))) {
    const key = `${canon(r.from)} ${r.type} ${canon(r.to)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return groups;
}

const json = (v: PropValue | string[] | undefined): string | null => (v === undefined ? null : JSON.stringify(v));

function propFields(before: GraphNode['props'], after: GraphNode['props']): FieldChange[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .sort()
    .map((k) => ({ field: `props.${k}`, before: json(before[k]), after: json(after[k]) }))
    .filter((f) => f.before !== f.after);
}

function fieldsOf(pairs: readonly (readonly [string, string | null, string | null])[]): FieldChange[] {
  return pairs.filter(([, b, a]) => b !== a).map(([field, before, after]) => ({ field, before, after }));
}

/**
 * What a reader of the structure sees change; validity, evidence and scope differ between plan
 * years by nature. Across partnerships the ids always differ and the aliases are what matched
 * them, so neither is reported, and names are compared with the boroughs' names taken out.
 */
function nodeFields(b: GraphNode, a: GraphNode, across?: Across): FieldChange[] {
  const sameName = across ? withoutBoroughs(normName(b.name), across.boroughs) === withoutBoroughs(normName(a.name), across.boroughs) : b.name === a.name;
  return [
    ...fieldsOf([
      ...(across ? [] : ([['id', json(b.id), json(a.id)]] as const)),
      ['name', json(b.name), sameName ? json(b.name) : json(a.name)],
      ['kind', json(b.kind), json(a.kind)],
      ...(across ? [] : ([['aliases', json([...b.aliases].sort()), json([...a.aliases].sort())]] as const)),
      ['text', json(b.text), json(a.text)],
    ]),
    ...propFields(b.props, a.props),
  ];
}

function relFields(b: GraphRel, a: GraphRel): FieldChange[] {
  return [...fieldsOf([['note', json(b.note), json(a.note)]]), ...propFields(b.props, a.props)];
}
