// ELK's answer from the server (POST /layout, server/http/layout-route.ts) for a chart small enough
// for it. The page's entry may ask before the drawing code has loaded (early-layout.ts): the draw
// then takes that answer when it asks for the very same graph, so the server's layout runs while
// Cytoscape downloads and starts, not after. Kept apart from layout.ts, which loads the ELK worker
// script, so the entry can hold it.
import type { ElkNode } from 'elkjs/lib/elk-api.js';

/** The most nodes the server lays out (SERVER_LAYOUT_MAX_NODES in server/http/layout-route.ts). */
export const SERVER_MAX_NODES = 300;
const LAYOUT_PATH = '/layout';

/** false once the server has refused or failed: the worker then takes every chart */
let serverLayouts = true;
/** the one answer asked for ahead of the draw, by the graph it was asked for */
let early: { body: string; answer: Promise<ElkNode | null> } | null = null;

async function ask(body: string): Promise<ElkNode | null> {
  try {
    const res = await fetch(LAYOUT_PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    if (res.ok) return (await res.json()) as ElkNode;
  } catch {
    // offline, or the server went away: the worker lays it out
  }
  serverLayouts = false;
  return null;
}

const servable = (graph: ElkNode): boolean => serverLayouts && (graph.children?.length ?? 0) <= SERVER_MAX_NODES;

/** layouts the server gave with the page (the server-drawn first chart), by the graph they are of */
const offered = new Map<string, ElkNode>();
/** the row widths of those layouts, until the first draw takes them */
let offeredWidths: number[] = [];

/** Layouts the page already holds: serverLayout() answers a graph among them without asking. */
export function offerLayouts(layouts: readonly { rowWidth: number; graph: ElkNode; answer: ElkNode }[]): void {
  for (const l of layouts) offered.set(JSON.stringify(l.graph), l.answer);
  offeredWidths = layouts.map((l) => l.rowWidth);
}

/** The row widths of the layouts offered, once: the first draw folds its rows to one of them when it fits (first-chart.ts). */
export function takeOfferedRowWidths(): number[] {
  const widths = offeredWidths;
  offeredWidths = [];
  return widths;
}

/** Asks the server for the layout of `graph` now, for a serverLayout() of the same graph to take. */
export function askLayoutEarly(graph: ElkNode): void {
  if (!servable(graph)) return;
  const body = JSON.stringify(graph);
  early = { body, answer: ask(body) };
}

/** ELK's answer from the server (the early one when it was for this graph), or null when the server did not give one. */
export function serverLayout(graph: ElkNode): Promise<ElkNode | null> {
  const body = JSON.stringify(graph);
  const asked = early;
  // taken once, whether or not it was for this graph: a later draw asks afresh
  early = null;
  if (asked?.body === body) return asked.answer;
  const given = offered.get(body);
  if (given) return Promise.resolve(given);
  return servable(graph) ? ask(body) : Promise.resolve(null);
}
