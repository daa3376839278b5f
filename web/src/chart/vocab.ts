// How the chart shows the graph's vocabulary: one table for node kinds and one for relationship
// types, read by the Cytoscape style, the legend, the SVG export and the text alternative, so
// they cannot disagree. Colour never carries meaning alone: every kind has its own shape and a
// written kind label, and every type its own line pattern and arrow.
import type { NodeKind, RelationshipType } from '../generated/graphql.js';

export type Shape =
  | 'round-rectangle'
  | 'rectangle'
  | 'cut-rectangle'
  | 'hexagon'
  | 'ellipse'
  | 'tag'
  | 'rhomboid'
  | 'right-rhomboid'
  | 'bottom-round-rectangle'
  | 'concave-hexagon'
  | 'barrel'
  | 'octagon';

export interface KindStyle {
  label: string;
  shape: Shape;
  /** pale fill: node text (#111) on it has contrast above 12:1 */
  fill: string;
  /** dark border: at least 3:1 against the white canvas and the fill */
  border: string;
  borderStyle: 'solid' | 'double' | 'dashed';
  borderWidth: number;
  /** how much wider and taller than the label box the shape is, so slanted sides clear the text */
  grow: [number, number];
}

export const KIND_STYLE: Record<NodeKind, KindStyle> = {
  Partnership: { label: 'Partnership', shape: 'round-rectangle', fill: '#dbe4ff', border: '#1f3a93', borderStyle: 'double', borderWidth: 6, grow: [1.05, 1.1] },
  Board: { label: 'Board', shape: 'rectangle', fill: '#fde7c8', border: '#8a4b00', borderStyle: 'solid', borderWidth: 2, grow: [1, 1] },
  SubGroup: { label: 'Sub-group', shape: 'cut-rectangle', fill: '#dff3e3', border: '#2e6b30', borderStyle: 'solid', borderWidth: 2, grow: [1, 1] },
  Panel: { label: 'Panel', shape: 'hexagon', fill: '#f6dcef', border: '#7a1f5c', borderStyle: 'solid', borderWidth: 2, grow: [1.3, 1.05] },
  Organisation: { label: 'Organisation', shape: 'ellipse', fill: '#ececec', border: '#4d4d4d', borderStyle: 'solid', borderWidth: 2, grow: [1.3, 1.3] },
  Strategy: { label: 'Strategy', shape: 'tag', fill: '#fff4b8', border: '#6b5900', borderStyle: 'solid', borderWidth: 2, grow: [1.3, 1] },
  Priority: { label: 'Priority', shape: 'rhomboid', fill: '#dcf2f5', border: '#00606b', borderStyle: 'solid', borderWidth: 2, grow: [1.5, 1] },
  Action: { label: 'Action', shape: 'bottom-round-rectangle', fill: '#ffe0dc', border: '#9b2c1f', borderStyle: 'solid', borderWidth: 2, grow: [1, 1.05] },
  Requirement: { label: 'Requirement', shape: 'concave-hexagon', fill: '#ece3ff', border: '#4b2a99', borderStyle: 'solid', borderWidth: 2, grow: [1.2, 1] },
  Measure: { label: 'Measure', shape: 'barrel', fill: '#e8f0d8', border: '#46601a', borderStyle: 'solid', borderWidth: 2, grow: [1.1, 1.1] },
  Area: { label: 'Area', shape: 'octagon', fill: '#e3edf2', border: '#35566b', borderStyle: 'solid', borderWidth: 2, grow: [1.15, 1.2] },
  Source: { label: 'Source', shape: 'right-rhomboid', fill: '#f4f4f4', border: '#333333', borderStyle: 'dashed', borderWidth: 2, grow: [1.5, 1] },
};

export const NODE_KINDS = Object.keys(KIND_STYLE) as NodeKind[];

/**
 * A body of the partnership's plans that no line of the chart joins to anything: a dotted red
 * border over its kind's shape, and the note written in its label.
 */
export const NO_LINE_STYLE = { label: 'Body with no stated line', note: 'no stated line', border: '#b3261e', borderWidth: 3, dash: [2, 4] } as const;
export const BODY_KINDS: readonly NodeKind[] = ['Partnership', 'Board', 'SubGroup', 'Panel'];

export type Arrow = 'triangle' | 'vee' | 'none' | 'circle' | 'diamond' | 'square' | 'tee' | 'triangle-backcurve';

/** Line patterns as dash arrays (empty = solid), shared by Cytoscape and the SVG export. */
export const LINE_PATTERNS = {
  solid: [],
  dashed: [9, 5],
  dotted: [2, 5],
  'long-dash': [16, 5],
  'dash-dot': [12, 4, 2, 4],
} as const satisfies Record<string, readonly number[]>;
export type LinePattern = keyof typeof LINE_PATTERNS;

/**
 * `down` says how a line sits in a top-down chart: `reverse` when its `to` end is drawn above
 * its `from` end (a panel reports up to a board), `forward` when `from` is above, `peer` when
 * neither is (co-ordination between equals, left out of the layering).
 */
export interface RelStyle {
  label: string;
  /** the phrase in a sentence: "MARAC reports to ..." */
  verb: string;
  colour: string;
  line: LinePattern;
  width: number;
  arrow: Arrow;
  down: 'reverse' | 'forward' | 'peer';
}

export const REL_STYLE: Record<RelationshipType, RelStyle> = {
  REPORTS_TO: { label: 'Reports to', verb: 'reports to', colour: '#1f3a93', line: 'solid', width: 2.5, arrow: 'triangle', down: 'reverse' },
  FEEDS_INTO: { label: 'Feeds into', verb: 'feeds into', colour: '#8a4b00', line: 'dashed', width: 2, arrow: 'vee', down: 'reverse' },
  LINKS_WITH: { label: 'Links with', verb: 'links with', colour: '#2e6b30', line: 'dotted', width: 2.5, arrow: 'circle', down: 'peer' },
  MEMBER_OF: { label: 'Member of', verb: 'is a member of', colour: '#4d4d4d', line: 'long-dash', width: 1.5, arrow: 'tee', down: 'reverse' },
  CHAIRS: { label: 'Chairs', verb: 'chairs', colour: '#7a1f5c', line: 'dash-dot', width: 3, arrow: 'diamond', down: 'reverse' },
  PART_OF: { label: 'Part of', verb: 'is part of', colour: '#00606b', line: 'solid', width: 1.5, arrow: 'square', down: 'reverse' },
  COVERS: { label: 'Covers', verb: 'covers', colour: '#35566b', line: 'dashed', width: 1.5, arrow: 'square', down: 'forward' },
  HAS_PRIORITY: { label: 'Has priority', verb: 'has priority', colour: '#6b5900', line: 'solid', width: 1.5, arrow: 'vee', down: 'forward' },
  HAS_ACTION: { label: 'Has action', verb: 'has action', colour: '#9b2c1f', line: 'solid', width: 1.5, arrow: 'triangle-backcurve', down: 'forward' },
  LEADS: { label: 'Leads', verb: 'leads', colour: '#9b2c1f', line: 'dash-dot', width: 2.5, arrow: 'triangle-backcurve', down: 'forward' },
  DELIVERS: { label: 'Delivers', verb: 'delivers', colour: '#9b2c1f', line: 'dashed', width: 1.5, arrow: 'triangle-backcurve', down: 'forward' },
  OVERSEES: { label: 'Oversees', verb: 'oversees', colour: '#4b2a99', line: 'long-dash', width: 2, arrow: 'diamond', down: 'forward' },
  MEASURED_BY: { label: 'Measured by', verb: 'is measured by', colour: '#46601a', line: 'dotted', width: 2, arrow: 'triangle', down: 'forward' },
  RESPONDS_TO: { label: 'Responds to', verb: 'responds to', colour: '#4b2a99', line: 'solid', width: 1.5, arrow: 'tee', down: 'forward' },
  ALIGNS_WITH: { label: 'Aligns with', verb: 'aligns with', colour: '#6b5900', line: 'dotted', width: 2, arrow: 'vee', down: 'forward' },
  SUPERSEDES: { label: 'Supersedes', verb: 'supersedes', colour: '#333333', line: 'dashed', width: 1.5, arrow: 'tee', down: 'forward' },
  DELIVERED_BY: { label: 'Delivered by', verb: 'is delivered by', colour: '#8a4b00', line: 'dash-dot', width: 1.5, arrow: 'vee', down: 'reverse' },
  COMMISSIONS: { label: 'Commissions', verb: 'commissions', colour: '#00606b', line: 'dashed', width: 1.5, arrow: 'diamond', down: 'forward' },
};

export const REL_TYPES = Object.keys(REL_STYLE) as RelationshipType[];

/** The types the chart walks and shows by default (the API's default walk). */
export const DEFAULT_RELS: readonly RelationshipType[] = ['REPORTS_TO', 'FEEDS_INTO', 'LINKS_WITH', 'PART_OF'];

/** The types offered as toggles on the chart: the governance lines the issue names, then the rest that join bodies. */
export const CHART_RELS: readonly RelationshipType[] = [
  'REPORTS_TO',
  'FEEDS_INTO',
  'LINKS_WITH',
  'MEMBER_OF',
  'CHAIRS',
  'PART_OF',
  'OVERSEES',
  'LEADS',
];

/** Cytoscape edge class of a type, as the API writes it (REPORTS_TO -> reports-to). */
export const relClass = (t: RelationshipType): string => t.toLowerCase().replace(/_/g, '-');

export const isRelType = (s: string): s is RelationshipType => s in REL_STYLE;
