// POST /layout over real HTTP: the server lays out the ELK graph the web app would give its worker
// and answers what ELK answers in process; a graph repeated is answered the same from the cache;
// what is not a small ELK graph is refused with what and where.
import ELK from 'elkjs/lib/elk.bundled.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { SERVER_LAYOUT_MAX_NODES } from '../../server/http/layout-route.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { elkGraph, type LayoutEdge, type LayoutNode } from '../../web/src/chart/elk-graph.js';
import { readRoutes, routedGraph } from '../../web/src/chart/routed-layout.js';
import { seededStore, type TestStore } from './support/store.js';

let seeded: TestStore;
let server: RunningServer;

beforeAll(async () => {
  seeded = await seededStore();
  server = await startServer({ store: seeded.store, port: 0, host: '127.0.0.1', production: true, webDist: '/nonexistent', logger: { info: () => {}, error: () => {} } });
});
afterAll(async () => {
  await server?.close();
  await seeded?.dispose();
});

const post = (body: unknown) =>
  fetch(`${server.url}/layout`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** A reporting tree of n bodies of varied widths, two per parent, with a second parent now and then. */
function tree(n: number): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `b${i}`, width: 120 + (i % 3) * 40, height: 40 + (i % 2) * 15, parent: null }));
  const edges = nodes.slice(1).flatMap((_, k) => {
    const i = k + 1;
    const up = Math.floor((i - 1) / 2);
    return [{ id: `e${i}`, upper: `b${up}`, lower: `b${i}` }, ...(i % 5 === 0 && up > 0 ? [{ id: `f${i}`, upper: `b${up - 1}`, lower: `b${i}` }] : [])];
  });
  return { nodes, edges };
}

describe('POST /layout', () => {
  it('lays out a routed chart (rows placed beforehand) and answers the routes ELK gives in process', async () => {
    const { nodes, edges } = tree(25);
    const graph = routedGraph(nodes, edges, { maxRowWidth: 900, gapX: 28, gapY: 40 });
    const res = await post(graph);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as ElkNode;
    const local = await new ELK.default().layout(structuredClone(graph));
    expect(readRoutes(answer)).toEqual(readRoutes(local));
    expect(readRoutes(answer).routes.size).toBe(edges.length);
  });

  it("answers the positions ELK gives in process, the same again from its cache", async () => {
    const { nodes, edges } = tree(25);
    const graph = elkGraph(nodes, edges);
    const expected = await new ELK.default().layout(structuredClone(graph));
    const first = await post(graph);
    expect(first.status).toBe(200);
    const placed = (await first.json()) as { children: { id: string; x: number; y: number }[] };
    expect(placed.children).toHaveLength(25);
    for (const c of placed.children) {
      const e = expected.children!.find((x) => x.id === c.id)!;
      expect([c.x, c.y], c.id).toEqual([e.x, e.y]);
    }
    // top-down: every line's upper end is above its lower end
    const y = new Map(placed.children.map((c) => [c.id, c.y]));
    for (const e of edges) expect(y.get(e.upper)!).toBeLessThan(y.get(e.lower)!);
    const again = await post(graph);
    expect(await again.json()).toEqual(placed);
  });

  it('refuses what is not a small ELK graph, saying what and where', async () => {
    const { nodes, edges } = tree(3);
    const graph = elkGraph(nodes, edges);
    const refused = async (body: unknown) => {
      const res = await post(body);
      expect(res.status).toBe(400);
      return ((await res.json()) as { error: string }).error;
    };
    expect(await refused('{ not json')).toMatch(/^body: /);
    expect(await refused({ ...graph, children: [{ id: 'a', width: 'wide', height: 10 }] })).toMatch(/^children\.0\.width: /);
    expect(await refused({ ...graph, layoutOptions: { 'elk.layered.thoroughness': '1000' } })).toMatch(/thoroughness at most/);
    expect(await refused({ ...graph, layoutOptions: { 'org.eclipse.elk.x': 'y' } })).toMatch(/^layoutOptions\./);
    // ELK's other algorithms and their knobs ran one request for over ten minutes on the server's one thread
    expect(await refused({ ...graph, layoutOptions: { 'elk.algorithm': 'force' } })).toBe('layoutOptions.elk.algorithm: "force" is not a value the server lays out with');
    expect(await refused({ ...graph, layoutOptions: { 'elk.force.iterations': '100000000' } })).toMatch(/^layoutOptions\.elk\.force\.iterations: not an option the server lays out with/);
    expect(await refused({ ...graph, layoutOptions: { 'elk.spacing.nodeNode': '-1e308' } })).toMatch(/^layoutOptions\.elk\.spacing\.nodeNode: "-1e308" is not a value/);
    expect(await refused({ ...graph, edges: [{ id: 'x', sources: ['b0'], targets: ['nowhere'] }] })).toBe('edges: "x" joins a node the graph does not hold');
    expect(await refused({ ...graph, edges: [{ id: 'x', sources: ['b0'], targets: ['b0'] }] })).toBe('edges: "x" joins a node to itself');
    expect(await refused({ ...graph, children: [...graph.children!, graph.children![0]] })).toBe('children: two nodes have the same id');
    const big = tree(SERVER_LAYOUT_MAX_NODES + 1);
    expect(await refused(elkGraph(big.nodes, big.edges))).toMatch(/^children: /);
  });
});
