// The server's ELK thread (server/http/layout-engine.ts), with the real ELK: a layout runs off the
// process's own thread, so the event loop keeps turning while it runs; one past its time limit is
// refused and its worker replaced; layouts past the waiting limit are refused at once.
import { describe, expect, it } from 'vitest';
import { LayoutBusyError, LayoutEngine } from '../../server/http/layout-engine.js';

const OPTIONS = { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.edgeRouting': 'POLYLINE' };

/** n boxes and m lines between pseudo-random pairs: dense random lines are ELK's costliest case. */
function randomGraph(n: number, m: number) {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const edges: { id: string; sources: string[]; targets: string[] }[] = [];
  const seen = new Set<string>();
  while (edges.length < m) {
    const [a, b] = [next(), next()];
    if (a === b || seen.has(`${a} ${b}`)) continue;
    seen.add(`${a} ${b}`);
    edges.push({ id: `e${edges.length}`, sources: [`n${a}`], targets: [`n${b}`] });
  }
  return { id: 'root', layoutOptions: OPTIONS, children: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, width: 150, height: 60 })), edges };
}

const small = { id: 'root', layoutOptions: OPTIONS, children: [{ id: 'a', width: 100, height: 40 }, { id: 'b', width: 100, height: 40 }], edges: [{ id: 'ab', sources: ['a'], targets: ['b'] }] };
type Out = { children: { id: string; y: number }[] };

describe('the server layout engine', () => {
  it('lays out on its own thread: the event loop turns while a costly layout runs', async () => {
    const engine = new LayoutEngine({ timeoutMs: 120_000, maxWaiting: 1 });
    let turns = 0;
    let done = false;
    const layout = engine.layout<Out>(randomGraph(300, 600)).finally(() => (done = true));
    while (!done) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      turns++;
    }
    const out = await layout;
    expect(out.children).toHaveLength(300);
    // ELK on this thread would have held it for the whole layout: not a single turn
    expect(turns).toBeGreaterThan(1);
  });

  it('ends a layout past its time limit with a LayoutBusyError, and lays out the next one on a new worker', async () => {
    const engine = new LayoutEngine({ timeoutMs: 50, maxWaiting: 2 });
    const costly = engine.layout(randomGraph(300, 1200));
    // waits behind it, then runs on the new worker (whose start, ELK parsed again, may itself pass 50 ms)
    const after = engine.layout<Out>(small).then(() => 'laid out', (e: Error) => e.message);
    await expect(costly).rejects.toThrow(LayoutBusyError);
    await expect(costly).rejects.toThrow(/longer than 0.05 s/);
    expect(await after).toMatch(/^laid out$|longer than 0.05 s/);
    const fresh = new LayoutEngine({ timeoutMs: 60_000, maxWaiting: 2 });
    const placed = await fresh.layout<Out>(small);
    expect(placed.children.find((c) => c.id === 'b')!.y).toBeGreaterThan(placed.children.find((c) => c.id === 'a')!.y);
  });

  it('refuses a layout at once when too many wait, and serves the ones it took', async () => {
    const engine = new LayoutEngine({ timeoutMs: 60_000, maxWaiting: 1 });
    const first = engine.layout<Out>(small);
    const second = engine.layout<Out>(small);
    await expect(engine.layout(small)).rejects.toThrow(/laying out 2 charts already/);
    expect((await first).children).toHaveLength(2);
    expect((await second).children).toHaveLength(2);
  });

  it('passes ELK\'s own refusal of a graph on, and keeps working', async () => {
    const engine = new LayoutEngine({ timeoutMs: 60_000, maxWaiting: 1 });
    await expect(engine.layout({ ...small, edges: [{ id: 'x', sources: ['a'], targets: ['nowhere'] }] })).rejects.toThrow(/nowhere|not found|Referenced/i);
    expect((await engine.layout<Out>(small)).children).toHaveLength(2);
  });
});
