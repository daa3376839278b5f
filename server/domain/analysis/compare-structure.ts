// What changed in a partnership's structure between two dates: bodies and lines (reporting,
// information, co-ordination, chairs, members) added, removed and changed.
import { BODY_KINDS, type GraphNode, type GraphRel, type PropValue } from '../model.js';
import { holdsAt } from '../period.js';
import type { GraphStore } from '../../store/contract.js';
import { byName, checkDate, expandSome, fetchMissing, namesOf, naturalCompare, requirePartnerships, STRUCTURE_TYPES } from './shared.js';
import { listAll } from '../../store/list-all.js';

/** A partnership's bodies as at a date, and the structure lines of theirs that hold then. */
export interface StructureSnapshot {
  date: string;
  bodies: GraphNode[];
  lines: GraphRel[];
}

export interface FieldChange {
  /** "id", "name", "kind", "aliases", "text" (bodies), "note" (lines), "props.<key>" */
  field: string;
  /** JSON of the value, null when absent */
  before: string | null;
  after: string | null;
}

export interface BodyChange {
  before: GraphNode;
  after: GraphNode;
  /** why the two are taken as one body: "id", or "name" when a later record of it has a new id */
  matchedBy: 'id' | 'name';
  fields: FieldChange[];
}

export interface LineChange {
  before: GraphRel;
  after: GraphRel;
  fields: FieldChange[];
}

export interface StructureDiff {
  partnershipId: string;
  from: string;
  to: string;
  bodies: { added: GraphNode[]; removed: GraphNode[]; changed: BodyChange[]; unchanged: number };
  lines: { added: GraphRel[]; removed: GraphRel[]; changed: LineChange[]; unchanged: number };
}

export async function compareStructure(store: GraphStore, partnershipId: string, from: string, to: string): Promise<StructureDiff> {
  checkDate(from, 'from');
  checkDate(to, 'to');
  const [partnership] = await requirePartnerships(store, [partnershipId]);
  const [before, after] = await Promise.all([gatherStructure(store, partnership, from), gatherStructure(store, partnership, to)]);
  return diffStructure(partnershipId, before, after);
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
  return { date, bodies, lines: lines.filter((r) => holds(r.from) && holds(r.to)) };
}

// ---------------------------------------------------------------- the pure part

/**
 * Bodies pair by id, then, among those left, by a shared name or alias when exactly one body on
 * each side carries it (a plan's author may give a continuing body a new id). Lines pair by their
 * ends (read through the body pairs) and type; lines of the same ends and type pair by id, then
 * in order.
 */
export function diffStructure(partnershipId: string, before: StructureSnapshot, after: StructureSnapshot): StructureDiff {
  const pairs = pairBodies(before.bodies, after.bodies);
  const pairedBefore = new Set(pairs.map((p) => p.before.id));
  const pairedAfter = new Map(pairs.map((p) => [p.after.id, p.before.id]));
  const bodyChanges = pairs
    .map((p) => ({ ...p, fields: nodeFields(p.before, p.after) }))
    .filter((c) => c.fields.length > 0);

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
    from: before.date,
    to: after.date,
    bodies: {
      added: after.bodies.filter((b) => !pairedAfter.has(b.id)).sort(byName),
      removed: before.bodies.filter((b) => !pairedBefore.has(b.id)).sort(byName),
      changed: bodyChanges.sort((a, b) => byName(a.before, b.before)),
      unchanged: pairs.length - bodyChanges.length,
    },
    lines,
  };
}

type BodyPair = Omit<BodyChange, 'fields'>;

function pairBodies(before: GraphNode[], after: GraphNode[]): BodyPair[] {
  const afterById = new Map(after.map((b) => [b.id, b]));
  const pairs = before.flatMap((b): BodyPair[] => {
    const a = afterById.get(b.id);
    return a ? [{ before: b, after: a, matchedBy: 'id' }] : [];
  });
  const taken = new Set(pairs.map((p) => p.before.id));
  const leftBefore = before.filter((b) => !taken.has(b.id));
  const leftAfter = after.filter((a) => !before.some((b) => b.id === a.id));
  const carrying = (list: GraphNode[], name: string) => list.filter((n) => namesOf(n).includes(name));
  for (const b of leftBefore) {
    const candidates = new Set(namesOf(b).flatMap((name) => carrying(leftAfter, name)));
    if (candidates.size !== 1) continue;
    const [a] = candidates;
    // the pairing must be unambiguous from the other side too
    const back = new Set(namesOf(a!).flatMap((name) => carrying(leftBefore, name)));
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

function fieldsOf(pairs: [string, string | null, string | null][]): FieldChange[] {
  return pairs.filter(([, b, a]) => b !== a).map(([field, before, after]) => ({ field, before, after }));
}

/** What a reader of the structure sees change; validity, evidence and scope differ between plan years by nature. */
function nodeFields(b: GraphNode, a: GraphNode): FieldChange[] {
  return [
    ...fieldsOf([
      ['id', json(b.id), json(a.id)],
      ['name', json(b.name), json(a.name)],
      ['kind', json(b.kind), json(a.kind)],
      ['aliases', json([...b.aliases].sort()), json([...a.aliases].sort())],
      ['text', json(b.text), json(a.text)],
    ]),
    ...propFields(b.props, a.props),
  ];
}

function relFields(b: GraphRel, a: GraphRel): FieldChange[] {
  return [...fieldsOf([['note', json(b.note), json(a.note)]]), ...propFields(b.props, a.props)];
}
