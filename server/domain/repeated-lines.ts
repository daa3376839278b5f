// One seat, one entry: a body whose lines come from two plans (Richmond's 2017 plan and its 2024
// plan both put the Met on the CSP) has two MEMBER_OF lines from one organisation. Listed as
// members, they are one member whose seat is stated by both plans.
import { validEnd, validStart } from './period.js';
import type { GraphRel } from './model.js';

/** Props that make two seats different seats (a chair and a vice-chair of one body are two). */
const SEAT_PROPS = ['role', 'post', 'onBehalfOf', 'holder'] as const;

const seatKey = (r: GraphRel): string => JSON.stringify([r.type, r.from, r.to, ...SEAT_PROPS.map((k) => r.props[k] ?? null)]);

/**
 * Lines of one type between the same two nodes in the same seat, merged into the first: its
 * evidence is every line's evidence, its period runs from the earliest start to the latest end
 * (open when any is open), its notes are joined. Read at one date, the lines are filtered before
 * this, so a gap between two plans never shows as held.
 */
export function mergeRepeatedLines(rels: readonly GraphRel[]): GraphRel[] {
  const groups = new Map<string, GraphRel[]>();
  for (const r of rels) {
    const k = seatKey(r);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const [first] = group as [GraphRel, ...GraphRel[]];
    const starts = group.map((r) => r.validFrom);
    const ends = group.map((r) => r.validTo);
    const validFrom = starts.includes(undefined) ? undefined : starts.reduce((a, b) => (validStart(b) < validStart(a) ? b : a));
    const validTo = ends.includes(undefined) ? undefined : ends.reduce((a, b) => (validEnd(b) > validEnd(a) ? b : a));
    const notes = [...new Set(group.map((r) => r.note).filter((n): n is string => !!n))];
    const merged: GraphRel = { ...first, evidence: group.flatMap((r) => r.evidence) };
    delete merged.validFrom;
    delete merged.validTo;
    delete merged.note;
    if (validFrom) merged.validFrom = validFrom;
    if (validTo) merged.validTo = validTo;
    if (notes.length) merged.note = notes.join(' ');
    return merged;
  });
}
