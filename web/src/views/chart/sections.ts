// A node's lines grouped as the panel lists them, seen from the node: "Chaired by", "Members",
// "Reports to" (lines up), "Reported to by" (lines down) ... Pure, so the grouping is tested.
import type { NodeKind, RelationshipType } from '../../generated/graphql.js';

export interface LineEnd {
  id: string;
  name: string;
  kind: NodeKind;
  aliases: string[];
}

export interface PanelLine {
  id: string;
  type: RelationshipType;
  from: LineEnd;
  to: LineEnd;
}

export interface Section<L extends PanelLine> {
  key: string;
  title: string;
  items: { line: L; other: LineEnd }[];
}

/** Section titles by type, for lines out of the node and into it, in the order the panel shows them. */
const ORDER: [RelationshipType, string, string][] = [
  ['CHAIRS', 'Chairs', 'Chaired by'],
  ['MEMBER_OF', 'Member of', 'Members'],
  ['REPORTS_TO', 'Reports to', 'Reported to by'],
  ['FEEDS_INTO', 'Feeds into', 'Fed by'],
  ['LINKS_WITH', 'Links with', 'Links with'],
  ['PART_OF', 'Part of', 'Parts'],
  ['LEADS', 'Leads', 'Led by'],
  ['DELIVERS', 'Delivers', 'Delivered by'],
  ['OVERSEES', 'Oversees', 'Overseen by'],
  ['HAS_PRIORITY', 'Priorities', 'Priority of'],
  ['HAS_ACTION', 'Actions', 'Action of'],
  ['MEASURED_BY', 'Measured by', 'Measures'],
  ['RESPONDS_TO', 'Responds to', 'Responses'],
  ['ALIGNS_WITH', 'Aligns with', 'Aligned with it'],
  ['SUPERSEDES', 'Supersedes', 'Superseded by'],
  ['DELIVERED_BY', 'Provided by', 'Provider of'],
  ['COMMISSIONS', 'Commissions', 'Commissioned by'],
  ['COVERS', 'Covers', 'Covered by'],
];

export function lineSections<L extends PanelLine>(nodeId: string, lines: readonly L[]): Section<L>[] {
  const sections = new Map<string, Section<L>>();
  for (const [type, out, into] of ORDER) {
    for (const dir of ['out', 'in'] as const) {
      // links with is one section whichever way the line was written
      const key = type === 'LINKS_WITH' ? type : `${type}:${dir}`;
      if (!sections.has(key)) sections.set(key, { key, title: dir === 'out' ? out : into, items: [] });
    }
  }
  for (const line of lines) {
    const out = line.from.id === nodeId;
    const key = line.type === 'LINKS_WITH' ? line.type : `${line.type}:${out ? 'out' : 'in'}`;
    sections.get(key)?.items.push({ line, other: out ? line.to : line.from });
  }
  for (const s of sections.values()) s.items.sort((a, b) => a.other.name.localeCompare(b.other.name));
  return [...sections.values()].filter((s) => s.items.length > 0);
}
