// What Cytoscape is given to draw a laid-out chart: a definition for each node (its label, size,
// place and group) and each line (its route, turned into Cytoscape's terms by edge-routes.ts).
// Pure, apart from measuring group titles, which the layout is told of before (group-titles.ts).
import type cytoscape from 'cytoscape';
import type { EdgeDef, NodeDef } from './detail-window.js';
import { cyRoute } from './edge-routes.js';
import { titleShift, type TitleSize } from './group-titles.js';
import type { Positions } from './grouped-layout.js';
import type { ChartEdge, ChartNode } from './model.js';
import type { Point } from './routed-layout.js';

/** A routed line's Cytoscape data (edge-routes.ts), its route turned to run from source to target. */
export function routeData(
  e: Pick<ChartEdge, 'id' | 'source' | 'target'>,
  routes: ReadonlyMap<string, Point[]>,
  positions: ReadonlyMap<string, Point>,
): Record<string, string | boolean> {
  const route = routes.get(e.id);
  const [s, t] = [positions.get(e.source), positions.get(e.target)];
  if (!route || !s || !t || route.length < 2) return {};
  // routes run from the upper end down: the route starts at the source when it starts nearer it
  const near = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);
  const points = near(route[0]!, s) <= near(route[0]!, t) ? route : [...route].reverse();
  return { routed: true, route: JSON.stringify(points), ...cyRoute(points, s, t) };
}

export interface Drawn {
  nodes: readonly ChartNode[];
  edges: readonly ChartEdge[];
  /** the nodes drawn, for a node's parent */
  shown: ReadonlySet<string>;
  /** how many nodes are hidden below a collapsed one */
  below: ReadonlyMap<string, number>;
  collapsed: ReadonlySet<string>;
  positions: Positions;
  widths: ReadonlyMap<string, number>;
  routes: ReadonlyMap<string, Point[]>;
  /** groups' titles as measured for the layout */
  titles: ReadonlyMap<string, TitleSize>;
  /** groups' widths as laid out */
  groupWidths: ReadonlyMap<string, number>;
  /** drawn in a window (detail-window.ts): partnerships are boxes under their bodies, not compound parents */
  windowed: boolean;
}

export function nodeDefs(d: Drawn): NodeDef[] {
  return d.nodes
    .filter((n) => !(d.windowed && n.compound))
    .map((n) => {
      const more = d.below.get(n.id);
      const parent = n.parent && d.shown.has(n.parent) ? n.parent : null;
      const title = n.compound ? d.titles.get(n.id) : undefined;
      const groupWidth = d.groupWidths.get(n.id);
      return {
        group: 'nodes' as const,
        data: {
          id: n.id,
          text: title ? title.lines.join('\n') : more ? [...n.lines, `▸ ${more} hidden below`].join('\n') : n.lines.join('\n'),
          name: n.name,
          kind: n.kind,
          unlinked: n.unlinked || undefined,
          compound: n.compound || undefined,
          width: d.widths.get(n.id) ?? n.width,
          height: more ? n.height + 15 : n.height,
          // a group's title at its frame's left (group-titles.ts)
          ...(n.compound ? { titleShift: title && groupWidth ? titleShift(groupWidth, title) : 0, titleWidth: title?.width ?? 0 } : {}),
          // in a window a partnership is a box drawn under its bodies, not Cytoscape's compound parent
          ...(parent ? (d.windowed ? { group: parent } : { parent }) : {}),
        },
        classes: [n.classes, d.collapsed.has(n.id) ? 'collapsed' : ''].join(' ').trim(),
        ...(d.positions.has(n.id) ? { position: { ...d.positions.get(n.id)! } } : {}),
      };
    });
}

export function edgeDefs(d: Pick<Drawn, 'edges' | 'routes' | 'positions'>): EdgeDef[] {
  return d.edges.map((e) => ({
    group: 'edges' as const,
    data: { id: e.id, source: e.source, target: e.target, type: e.type, ...(e.label ? { label: e.label } : {}), ...routeData(e, d.routes, d.positions) },
    classes: e.classes,
  }));
}

/** The lines' routes worked out after the first paint: given to their definitions and to the lines drawn. */
export function applyRoutes(cy: cytoscape.Core, edges: readonly EdgeDef[], routes: ReadonlyMap<string, Point[]>, positions: Positions): void {
  cy.batch(() => {
    for (const def of edges) {
      const route = routeData(def.data, routes, positions);
      Object.assign(def.data, route);
      const drawn = cy.getElementById(def.data.id);
      if (drawn.nonempty()) drawn.data(route);
    }
  });
}
