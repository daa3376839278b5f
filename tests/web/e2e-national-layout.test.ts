// The national overview's ordering in real Chromium: a synthetic chart of partnerships grouped as the
// API groups them, laid out and drawn by the app's own code (web/layout-bench.html), puts the upper end
// of nearly every line between partnerships above its lower end (a second parent in another
// partnership above its child), in a chart about the shape of a screen.
import { describe, expect, it } from 'vitest';
import { browserSession } from './harness/session.js';

// not production: a production server does not serve the layout bench page
const s = browserSession({ width: 1280, height: 800 }, { production: false });

describe('the national overview', () => {
  it('draws second parents in other partnerships above their child', async () => {
    await s.page.goto(`${s.server.url}/layout-bench.html`);
    await s.page.waitForFunction(() => typeof window.govgraphNationalBench === 'function');
    const r = await s.page.evaluate(() => window.govgraphNationalBench(600));
    expect(r.nodes).toBeGreaterThan(600);
    expect(r.crossLines).toBeGreaterThan(20);
    expect(r.crossAbove / r.crossLines).toBeGreaterThanOrEqual(0.95);
    expect(r.width / r.height).toBeGreaterThan(0.5);
    expect(r.width / r.height).toBeLessThan(4);
  });
});
