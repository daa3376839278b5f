// Routed lines on the charts ELK does not route, in real headless Chromium against the real server:
// a chart of three partnerships grouped by partnership, a borough grouped by tier, and a synthetic
// national overview of 600 bodies (the quick layout, with lines between partnerships) each export
// an SVG whose lines bend, run only across and down, meet their two boxes on their borders at
// points of their own and pass through no other box; and Havering on a phone: the chart takes the
// stage's width (no overview column), its first view shows the board whole at a readable size,
// the page does not scroll sideways, and axe finds nothing serious.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe.js';
import { browserSession } from './harness/session.js';
import { crosses, onTopOrBottom, readSvg, type Pt } from './harness/svg-lines.js';

// not production: the synthetic overview is drawn on the layout bench page
const s = browserSession({ width: 1440, height: 900 }, { production: false });

async function exportedSvg(): Promise<string> {
  const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('button[data-export=svg]')]);
  return readFileSync((await download.path())!, 'utf8');
}

/**
 * A line's two ends from its id, "<from> <TYPE> <to>"; a synthetic partnership's own lines are
 * "<partnership> synth/<a> <TYPE> synth/<b>", between bodies <partnership>/<a> and <partnership>/<b>.
 */
const ends = (id: string): [string, string] => {
  const parts = id.split(' ');
  if (parts.length === 3) return [parts[0]!, parts[2]!];
  const last = (s: string) => s.split('/').at(-1)!;
  return [`${parts[0]}/${last(parts[1]!)}`, `${parts[0]}/${last(parts[3]!)}`];
};

/** The faults of the SVG's lines (none expected), and how many lines bend. */
function lineFaults(svg: string): {
  faults: string[];
  lines: number;
  bent: number;
  between: Map<string, Pt[]>;
} {
  const { boxes, lines } = readSvg(svg);
  const faults: string[] = [];
  let bent = 0;
  const endsAt = new Map<string, Pt[]>();
  for (const [id, pts] of lines) {
    const [from, to] = ends(id);
    const [a, b] = [boxes.get(from), boxes.get(to)];
    if (!a || !b) continue;
    if (pts.length > 2) bent++;
    const [first, last] = [pts[0]!, pts.at(-1)!];
    // the route runs from either end
    const [s0, s1] = onTopOrBottom(first, a) && onTopOrBottom(last, b) ? [from, to] : [to, from];
    if (!onTopOrBottom(first, boxes.get(s0)!) || !onTopOrBottom(last, boxes.get(s1)!)) faults.push(`${id} does not meet its boxes on their borders`);
    endsAt.set(s0, [...(endsAt.get(s0) ?? []), first]);
    endsAt.set(s1, [...(endsAt.get(s1) ?? []), last]);
    for (let i = 0; i + 1 < pts.length; i++) {
      const [p, q] = [pts[i]!, pts[i + 1]!];
      if (Math.abs(p[0] - q[0]) > 0.1 && Math.abs(p[1] - q[1]) > 0.1) faults.push(`${id} runs slantwise`);
      for (const [bid, box] of boxes) if (bid !== from && bid !== to && crosses(p, q, box)) faults.push(`${id} crosses ${bid}`);
    }
  }
  for (const [bid, ends] of endsAt)
    for (let i = 0; i < ends.length; i++)
      for (let j = i + 1; j < ends.length; j++)
        if (Math.hypot(ends[i]![0] - ends[j]![0], ends[i]![1] - ends[j]![1]) < 4) faults.push(`two lines meet ${bid} at one point`);
  const partnershipOf = (id: string) => id.split('/').slice(0, -1).join('/');
  const between = new Map([...lines].filter(([id]) => partnershipOf(ends(id)[0]) !== partnershipOf(ends(id)[1])));
  return { faults, lines: lines.size, bent, between };
}

describe('routed lines on grouped and big charts', () => {
  it.each([
    ['three partnerships grouped by partnership', 'p=richmond/csp,wandsworth/csp,havering/csp&group=partnership', 'lines-grouped-partnership'],
    ['a borough grouped by tier', 'p=havering/csp&at=2018&group=tier', 'lines-grouped-tier'],
  ])('%s: lines bend round the boxes and meet them on their borders, in the chart and its SVG', async (_, query, shot) => {
    await s.page.goto(`${s.server.url}/chart?${query}`);
    await s.chartReady();
    await s.shot(shot);
    const { faults, lines, bent } = lineFaults(await exportedSvg());
    expect(lines).toBeGreaterThan(10);
    expect(bent).toBeGreaterThan(lines / 3);
    expect(faults).toEqual([]);
  });

  it('a national overview of 600 bodies: lines within and between partnerships routed, and kept in the SVG', async () => {
    await s.page.goto(`${s.server.url}/layout-bench.html`);
    await s.page.waitForFunction(() => typeof window.govgraphNationalDraw === 'function');
    await s.page.evaluate(() => window.govgraphNationalDraw(600));
    await s.shot('lines-synthetic-national-600');
    const { faults, lines, bent, between } = lineFaults(await s.page.evaluate(() => window.govgraphChartSvg()));
    expect(lines).toBeGreaterThan(600);
    expect(bent).toBeGreaterThan(lines / 2);
    expect(between.size).toBeGreaterThan(20);
    // a line between partnerships leaves one and enters the other: it turns at least twice
    for (const [id, pts] of between) expect(pts.length, id).toBeGreaterThanOrEqual(4);
    expect(faults).toEqual([]);
  });

  it('Havering on a phone: the chart has the stage to itself and first shows the board whole, readable', async () => {
    await s.viewport(390, 844);
    await s.page.goto(`${s.server.url}/chart?p=havering/csp&at=2018`);
    await s.chartReady();
    await expect(s.page.locator('.chart-overview').isVisible()).resolves.toBe(false);
    const [cyBox, stage] = [(await s.page.locator('.cy').boundingBox())!, (await s.page.locator('.chart-stage').boundingBox())!];
    expect(cyBox.width).toBeGreaterThan(stage.width - 4);
    expect(Number(await s.page.getAttribute('.cy', 'data-label-px'))).toBeGreaterThanOrEqual(11);
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // the board, from the export (chart coordinates), lies whole within the part in view
    const board = readSvg(await exportedSvg()).boxes.get('havering/csp')!;
    const [x1, y1, x2, y2] = (await s.page.getAttribute('.cy', 'data-extent'))!.split(' ').map(Number) as [number, number, number, number];
    expect(board.x0).toBeGreaterThanOrEqual(x1);
    expect(board.x1).toBeLessThanOrEqual(x2);
    expect(board.y0).toBeGreaterThanOrEqual(y1);
    expect(board.y1).toBeLessThanOrEqual(y2);
    await s.page.locator('.chart-stage').scrollIntoViewIfNeeded();
    await s.shot('lines-havering-390');
    await expectAxeClean(s.page, 'Havering chart on a phone');
    await s.viewport(1440, 900);
  });
});
