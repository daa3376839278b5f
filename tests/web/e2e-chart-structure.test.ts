// A borough's structure chart as a user sees it, in real headless Chromium against the real server
// on the seeded store: every body of its plans drawn (checked against the seed files), the counts
// line and the key's entry for bodies with no stated line, labels at 11 CSS px or more at the first
// fit with an overview of the whole, lines routed around the boxes, a box's lines of one type
// leaving it as one trunk and every other end at a point of its own, spaced apart (from the SVG
// export, which keeps the routes), and the export sheet's
// title, date, key and sources.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_KINDS } from '../../server/domain/model.js';
import { holdsAt } from '../../server/domain/period.js';
import { loadSeedDir } from '../../server/seeds/load.js';
import type { GraphNode } from '../../server/domain/model.js';
import { REPO } from './harness/server.js';
import { crosses, readSvg } from './harness/svg-lines.js';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 1440, height: 900 });
let seedNodes: GraphNode[] = [];
beforeAll(async () => {
  seedNodes = (await loadSeedDir(path.join(REPO, 'seeds'))).batch.nodes;
});

/** The bodies a partnership's plans name that hold at the date, from the seed files. */
const planBodies = (partnership: string, asOf: string): string[] =>
  seedNodes
    .filter((n) => (BODY_KINDS as readonly string[]).includes(n.kind) && (n.partnership ?? (n.kind === 'Partnership' ? n.id : null)) === partnership && holdsAt(n, asOf))
    .map((n) => n.id)
    .sort();

async function open(p: string, at: string): Promise<void> {
  await s.page.goto(`${s.server.url}/chart?p=${p}&at=${at}`);
  await s.chartReady();
}

async function exportedSvg(): Promise<string> {
  const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('button[data-export=svg]')]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('a borough structure chart', () => {
  it.each([
    ['richmond/csp', '2017', 'richmond-2017'],
    ['richmond/csp', '2024', 'richmond-2024'],
    ['rbkc/skcp', '2020', 'rbkc-2020'],
    ['havering/csp', '2018', 'havering-2018'],
  ])('%s as at %s holds every body of its plans, counts those with no stated line, and keys them', async (p, at, name) => {
    const expected = planBodies(p, at);
    await open(p, at);
    const counts = await s.page.locator('.chart-counts').innerText();
    const [, bodies, unlinked] = counts.match(/^(\d+) bodies, (\d+) with no stated line$/)!;
    expect(Number(bodies)).toBeGreaterThanOrEqual(expected.length);
    if (Number(unlinked) > 0) await expect(s.page.locator('.legend .legend-no-line').innerText()).resolves.toMatch(/no stated line/);
    await s.shot(`structure-${name}`);
    // the drawn nodes, read from the same model as the list
    await s.page.locator('.chart-controls button', { hasText: 'List (text)' }).click();
    const listed = await s.page.locator('.chart-list-box [role=treeitem]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!));
    expect(expected.filter((id) => !listed.includes(id))).toEqual([]);
    const noLine = await s.page.locator('.chart-list-box [role=treeitem]', { hasText: 'no stated line' }).count();
    expect(noLine).toBeGreaterThanOrEqual(Number(unlinked));
  });

  it('draws the Kensington and Chelsea flows, JAG to Tasking to TTCG, with their feeds-into lines', async () => {
    await open('rbkc/skcp', '2020');
    const { lines } = readSvg(await exportedSvg());
    expect([...lines.keys()]).toEqual(expect.arrayContaining(['rbkc/jag FEEDS_INTO rbkc/partnership-tasking-meeting', 'rbkc/partnership-tasking-meeting FEEDS_INTO rbkc/bcu-ttcg']));
  });

  it('shows the largest borough with no label under 11 CSS px at its first fit, and an overview of the whole', async () => {
    // the largest borough by the bodies its plans name (from the seed files)
    const boroughs: [string, string][] = [['richmond/csp', '2024'], ['rbkc/skcp', '2020'], ['havering/csp', '2018'], ['wandsworth/csp', '2018']];
    const [p, at] = boroughs.sort((a, b) => planBodies(b[0], b[1]).length - planBodies(a[0], a[1]).length)[0]!;
    await open(p, at);
    const nodes = Number(await s.page.getAttribute('.cy', 'data-nodes'));
    expect(nodes).toBeGreaterThanOrEqual(planBodies(p, at).length);
    const px = Number(await s.page.getAttribute('.cy', 'data-label-px'));
    expect(px).toBeGreaterThanOrEqual(11);
    // the whole borough is in the overview: one box per node, and a frame round what is in view
    const overview = s.page.locator('.chart-overview');
    await expect(overview.isVisible()).resolves.toBe(true);
    expect(await overview.locator('rect:not(.chart-overview-frame)').count()).toBe(nodes);
    await s.shot('structure-readable-largest');
    // a press low on the overview brings the bottom of the chart into view at the same size
    const box = (await overview.boundingBox())!;
    await s.page.mouse.click(box.x + box.width / 2, box.y + box.height - 4);
    await s.page.waitForTimeout(200);
    expect(Number(await s.page.getAttribute('.cy', 'data-label-px'))).toBeCloseTo(px, 5);
    await s.shot('structure-overview-moved');
  });

  it.each([
    ['havering/csp', '2018', 12],
    ['richmond/csp', '2024', 0],
    ['rbkc/skcp', '2020', 0],
    ['wandsworth/csp', '2018', 0],
  ])('%s as at %s: lines routed around the boxes, a box\'s lines of one type leaving it as one trunk, every other end at its own point', async (p, at, toBoardAtLeast) => {
    await open(p, at);
    const svg = await exportedSvg();
    const { boxes, lines } = readSvg(svg);
    const routed = [...lines].filter(([id]) => !id.includes(' LINKS_WITH '));
    // Havering: the fifteen lines to its board, arriving at the board's bottom edge as one trunk
    const toBoard = routed.filter(([id]) => id.endsWith(` REPORTS_TO ${p}`));
    expect(toBoard.length).toBeGreaterThanOrEqual(toBoardAtLeast);
    const board = boxes.get(p)!;
    for (const [, pts] of toBoard) {
      const [x, y] = pts.at(-1)!;
      expect(x).toBeGreaterThanOrEqual(board.x0 - 1);
      expect(x).toBeLessThanOrEqual(board.x1 + 1);
      expect(Math.abs(y - board.y1)).toBeLessThanOrEqual(2);
    }
    expect(new Set(toBoard.map(([, pts]) => pts.at(-1)!.join())).size).toBe(Math.min(1, toBoard.length));
    // every box's line ends on its border, no two closer than 16 px (LINE_GAP is 20), but for the
    // lines of one type into one upper box (its trunk), which meet it at one point
    const endsAt = new Map<string, { p: [number, number]; trunk?: string }[]>();
    for (const [id, pts] of routed) {
      const [from, type, to] = id.split(' ');
      endsAt.set(from!, [...(endsAt.get(from!) ?? []), { p: pts[0]! }]);
      endsAt.set(to!, [...(endsAt.get(to!) ?? []), { p: pts.at(-1)!, trunk: type! }]);
    }
    for (const [bid, ends] of endsAt) {
      for (let i = 0; i < ends.length; i++)
        for (let j = i + 1; j < ends.length; j++) {
          const [e, f] = [ends[i]!, ends[j]!];
          if (e.trunk && e.trunk === f.trunk) continue;
          const gap = Math.hypot(e.p[0] - f.p[0], e.p[1] - f.p[1]);
          expect(gap, `two lines meet ${bid} ${gap.toFixed(1)} px apart`).toBeGreaterThanOrEqual(16);
        }
    }
    // no routed line passes through a box other than its own two ends
    for (const [id, pts] of routed) {
      const [from, , to] = id.split(' ');
      for (const [bid, b] of boxes) {
        if (bid === from || bid === to) continue;
        for (let i = 0; i + 1 < pts.length; i++) expect(crosses(pts[i]!, pts[i + 1]!, b), `${id} crosses ${bid}`).toBe(false);
      }
    }
    if (p !== 'havering/csp') return;
    // the sheet: title, partnership, date, counts, key, sources
    for (const text of ['Structure chart: Havering Community Safety Partnership as at 2018', 'As at 2018', 'Key', 'Reports to', 'Sources']) expect(svg).toContain(`>${text}`);
    expect(svg).toMatch(/>Havering Community Safety Partnership Plan [^<]+ \(source\/havering-csp-plan-2017\)</);
    expect(svg).toMatch(/>\d+ bodies, \d+ with no stated line</);
    expect(svg).not.toContain('…');
  });

  it('prints the sheet alone: the print stylesheet hides the page around it', async () => {
    await open('richmond/csp', '2017');
    await s.page.emulateMedia({ media: 'print' });
    await s.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(s.page.locator('.chart-print > svg').isVisible()).resolves.toBe(true);
    await expect(s.page.locator('.chart-page').isVisible()).resolves.toBe(false);
    await expect(s.page.locator('.chart-print').innerText()).resolves.toMatch(/As at 2017/);
    const pdf = await s.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await s.page.emulateMedia({ media: 'screen' });
  });
});
