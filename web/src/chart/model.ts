// The chart as data, apart from Cytoscape: the nodes and lines the API returned (merged as the
// user expands), which way is "down" for each line, what a collapse hides, and the tree the text
// alternative reads. Pure, so it is tested without a browser.
import type { NodeKind, RelationshipType, StructureChartQuery } from '../generated/graphql.js';
import { nodeLabel } from './labels.js';
import { BODY_KINDS, KIND_STYLE, NO_LINE_STYLE, REL_STYLE } from './vocab.js';

/** the nodes and lines of an answer (its sources are the page's) */
export type ApiChart = Pick<StructureChartQuery['structureChart'], 'nodes' | 'edges'>;

export interface ChartNode {
  id: string;
  name: string;
  shortLabel: string | null;
  kind: NodeKind | null;
  /** compound group node (group by partnership or tier) */
  compound: boolean;
  parent: string | null;
  tier: number | null;
  partnership: string | null;
  /** a body of a chosen partnership that no line of the chart joins to another node */
  unlinked: boolean;
  classes: string;
  lines: string[];
  width: number;
  height: number;
}

export interface ChartEdge {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
  label: string | null;
  validFrom: string | null;
  validTo: string | null;
  classes: string;
}

export interface ChartModel {
  nodes: Map<string, ChartNode>;
  edges: Map<string, ChartEdge>;
}

export const emptyModel = (): ChartModel => ({ nodes: new Map(), edges: new Map() });

function toNode(n: ApiChart['nodes'][number]): ChartNode {
  const d = n.data;
  const style = d.kind ? KIND_STYLE[d.kind] : null;
  const box = nodeLabel(d.label, d.shortLabel, style?.label ?? null, d.unlinked ? NO_LINE_STYLE.note : undefined);
  // a compound node takes its size from what it holds
  const label = d.compound
    ? { lines: [d.label], width: 0, height: 0 }
    : { lines: box.lines, width: Math.round(box.width * (style?.grow[0] ?? 1)), height: Math.round(box.height * (style?.grow[1] ?? 1)) };
  return {
    id: d.elementId,
    name: d.label,
    shortLabel: d.shortLabel,
    kind: d.kind,
    compound: d.compound,
    parent: d.parent,
    tier: d.tier,
    partnership: d.partnership,
    unlinked: d.unlinked,
    classes: n.classes,
    ...label,
  };
}

/** Adds the API's elements to the model (new ids only: an expansion never rewrites what is drawn). */
export function mergeChart(model: ChartModel, chart: ApiChart): { added: number } {
  let added = 0;
  for (const n of chart.nodes) {
    if (model.nodes.has(n.data.elementId)) continue;
    model.nodes.set(n.data.elementId, toNode(n));
    added++;
  }
  for (const e of chart.edges) {
    if (model.edges.has(e.data.elementId)) continue;
    const { elementId, ...data } = e.data;
    model.edges.set(elementId, { id: elementId, ...data, classes: e.classes });
    added++;
  }
  return { added };
}

export function modelOf(chart: ApiChart): ChartModel {
  const model = emptyModel();
  mergeChart(model, chart);
  return model;
}

/** How many governance bodies the chart holds, and how many of them no line joins. */
export function bodyCounts(model: ChartModel): { bodies: number; unlinked: number } {
  const bodies = [...model.nodes.values()].filter((n) => !n.compound && n.kind !== null && BODY_KINDS.includes(n.kind));
  return { bodies: bodies.length, unlinked: bodies.filter((n) => n.unlinked).length };
}

/** The upper and lower end of a line in a top-down chart; null for a line between peers. */
export function verticalEnds(e: ChartEdge): { upper: string; lower: string } | null {
  const down = REL_STYLE[e.type].down;
  if (down === 'peer') return null;
  return down === 'reverse' ? { upper: e.target, lower: e.source } : { upper: e.source, lower: e.target };
}

export interface DownGraph {
  children: Map<string, { id: string; edge: ChartEdge }[]>;
  parents: Map<string, { id: string; edge: ChartEdge }[]>;
}

/** Which node sits above which, over the non-peer lines among (non-compound) nodes. */
export function downGraph(model: ChartModel, edges: Iterable<ChartEdge> = model.edges.values()): DownGraph {
  const children = new Map<string, { id: string; edge: ChartEdge }[]>();
  const parents = new Map<string, { id: string; edge: ChartEdge }[]>();
  for (const e of edges) {
    const ends = verticalEnds(e);
    if (!ends || ends.upper === ends.lower || !model.nodes.has(ends.upper) || !model.nodes.has(ends.lower)) continue;
    const c = children.get(ends.upper) ?? [];
    c.push({ id: ends.lower, edge: e });
    children.set(ends.upper, c);
    const p = parents.get(ends.lower) ?? [];
    p.push({ id: ends.upper, edge: e });
    parents.set(ends.lower, p);
  }
  return { children, parents };
}

/** Every node below `id` (not itself), however deep, cycle-safe. */
export function descendants(g: DownGraph, id: string): Set<string> {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const cur = stack.pop()!;
    for (const c of g.children.get(cur) ?? []) {
      if (c.id === id || seen.has(c.id)) continue;
      seen.add(c.id);
      stack.push(c.id);
    }
  }
  return seen;
}

/**
 * The nodes a set of collapsed nodes hides: those below a collapsed node that no path from a
 * drawn node reaches without passing through a collapsed node (a body with a second, open
 * parent stays).
 */
export function hiddenBy(model: ChartModel, collapsed: ReadonlySet<string>): Set<string> {
  const g = downGraph(model);
  const below = new Set<string>();
  for (const id of collapsed) if (model.nodes.has(id)) for (const d of descendants(g, id)) below.add(d);
  if (!below.size) return below;
  // every node not below a collapsed one is drawn; walk down from those, stopping at collapsed nodes
  const open = new Set<string>();
  const stack = [...model.nodes.values()].filter((n) => !n.compound && !below.has(n.id)).map((n) => n.id);
  while (stack.length) {
    const cur = stack.pop()!;
    if (open.has(cur)) continue;
    open.add(cur);
    if (collapsed.has(cur)) continue;
    for (const c of g.children.get(cur) ?? []) if (!open.has(c.id)) stack.push(c.id);
  }
  return new Set([...below].filter((id) => !open.has(id)));
}

/** For each collapsed node, how many nodes below it the collapse hides. */
export function hiddenBelow(model: ChartModel, hidden: ReadonlySet<string>, collapsed: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  if (!hidden.size) return out;
  const g = downGraph(model);
  for (const id of collapsed) {
    const n = [...descendants(g, id)].filter((d) => hidden.has(d)).length;
    if (n) out.set(id, n);
  }
  return out;
}

/** Compound group nodes left with no visible member. */
export function emptyGroups(model: ChartModel, hidden: ReadonlySet<string>): Set<string> {
  const live = new Set<string>();
  for (const n of model.nodes.values()) if (!n.compound && !hidden.has(n.id) && n.parent) live.add(n.parent);
  return new Set([...model.nodes.values()].filter((n) => n.compound && !live.has(n.id)).map((n) => n.id));
}

export interface TreeItem {
  id: string;
  /** the line from the parent item (null at the top) */
  via: ChartEdge | null;
  /** already listed elsewhere in the tree: its children are listed there */
  repeat: boolean;
  children: TreeItem[];
}

/**
 * The text alternative's tree: from the top nodes down the non-peer lines. A node with two
 * parents is listed under both; the second time as a repeat without its children, so the tree
 * stays finite and says as much as the chart does.
 */
export function chartTree(model: ChartModel, hidden: ReadonlySet<string> = new Set()): TreeItem[] {
  const visibleEdges = [...model.edges.values()].filter((e) => !hidden.has(e.source) && !hidden.has(e.target));
  const g = downGraph(model, visibleEdges);
  const listed = new Set<string>();
  const byName = (a: string, b: string) => (model.nodes.get(a)?.name ?? a).localeCompare(model.nodes.get(b)?.name ?? b);
  const build = (id: string, via: ChartEdge | null): TreeItem => {
    if (listed.has(id)) return { id, via, repeat: true, children: [] };
    listed.add(id);
    const kids = (g.children.get(id) ?? []).filter((c) => !hidden.has(c.id)).sort((a, b) => byName(a.id, b.id));
    return { id, via, repeat: false, children: kids.map((c) => build(c.id, c.edge)) };
  };
  const visible = [...model.nodes.values()].filter((n) => !n.compound && !hidden.has(n.id)).map((n) => n.id);
  const roots = visible.filter((id) => !g.parents.has(id)).sort(byName);
  const items = roots.map((id) => build(id, null));
  // nodes only on a cycle have no top: start from the first unlisted one, by name
  for (const id of [...visible].sort(byName)) if (!listed.has(id)) items.push(build(id, null));
  return items;
}

/** Lines between peers (links with), which the tree cannot place: listed beside it. */
export const peerLines = (model: ChartModel, hidden: ReadonlySet<string> = new Set()): ChartEdge[] =>
  [...model.edges.values()].filter((e) => REL_STYLE[e.type].down === 'peer' && !hidden.has(e.source) && !hidden.has(e.target));
