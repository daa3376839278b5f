// Routed lines on the charts ELK does not route, in real headless Chromium against the real server:
// a chart of three partnerships grouped by partnership, a borough grouped by tier, and a synthetic
// national overview of 600 bodies (the quick layout, with lines between partnerships) each export
// an SVG whose lines bend, run only across and down, meet their two boxes on their borders at
// points of their own (the lines of one bundle, one upper box and one type, share theirs: one trunk)
// and pass through no other box; Havering by tier at 1440 and 390 px: no line crosses a tier's title
// and the fifteen lines to its board reach it as one trunk; a chart grouped by partnership on a
// phone shows each group's title whole; and Havering on a phone: the chart takes the
// stage's width (no overview column), its first view shows the board whole at a readable size, its
// lines meet their boxes on their borders, cross none, and reach the board as one trunk,
// the page does not scroll sideways, and axe finds nothing serious.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe.js';
import { browserSession } from './harness/session.js';
import { boxesNear, crosses, onTopOrBottom, readSvg, rejoins, titleBoxes, type Pt } from './harness/svg-lines.js';

// not production: the synthetic overview is drawn on the layout bench page
const s = browserSession({ width: 1440, height: 900 }, { production: false });

/** The layout bench page with an ungrouped synthetic chart of 2,500 bodies drawn. */
async function drawBenchChart(): Promise<void> {
  await s.page.goto(`${s.server.url}/layout-bench.html`);
  await s.page.waitForFunction(() => typeof window.govgraphLayoutBench === 'function');
  await s.page.evaluate(() => window.govgraphLayoutBench(2_500));
}

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

/** A line's type, from its id "<from> <TYPE> <to>" (a synthetic partnership's own: the third part). */
const typeOf = (id: string): string => id.split(' ').at(-2)!;

/** The faults of the SVG's lines (none expected), and how many lines bend. */
function lineFaults(svg: string): {
  faults: string[];
  lines: number;
  bent: number;
  between: Map<string, Pt[]>;
} {
  const { boxes, lines } = readSvg(svg);
  const near = boxesNear(boxes);
  const faults: string[] = [];
  let bent = 0;
  const endsAt = new Map<string, { p: Pt; type: string }[]>();
  for (const [id, pts] of lines) {
    const [from, to] = ends(id);
    const [a, b] = [boxes.get(from), boxes.get(to)];
    if (!a || !b) continue;
    if (pts.length > 2) bent++;
    const [first, last] = [pts[0]!, pts.at(-1)!];
    // the route runs from either end
    const [s0, s1] = onTopOrBottom(first, a) && onTopOrBottom(last, b) ? [from, to] : [to, from];
    if (!onTopOrBottom(first, boxes.get(s0)!) || !onTopOrBottom(last, boxes.get(s1)!)) faults.push(`${id} does not meet its boxes on their borders`);
    endsAt.set(s0, [...(endsAt.get(s0) ?? []), { p: first, type: typeOf(id) }]);
    endsAt.set(s1, [...(endsAt.get(s1) ?? []), { p: last, type: typeOf(id) }]);
    for (let i = 0; i + 1 < pts.length; i++) {
      const [p, q] = [pts[i]!, pts[i + 1]!];
      if (Math.abs(p[0] - q[0]) > 0.1 && Math.abs(p[1] - q[1]) > 0.1) faults.push(`${id} runs slantwise`);
      for (const [bid, box] of near(p, q)) if (bid !== from && bid !== to && crosses(p, q, box)) faults.push(`${id} crosses ${bid}`);
    }
  }
  for (const [bid, ends] of endsAt)
    for (let i = 0; i < ends.length; i++)
      for (let j = i + 1; j < ends.length; j++) {
        const [e, f] = [ends[i]!, ends[j]!];
        // one bundle: lines of one type leaving the bottom of their upper box as one trunk
        const trunk = e.type === f.type && Math.abs(e.p[1] - boxes.get(bid)!.y1) <= 2;
        if (!trunk && Math.hypot(e.p[0] - f.p[0], e.p[1] - f.p[1]) < 4) faults.push(`two lines meet ${bid} at one point`);
      }
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

  it.each([
    [1440, 900],
    [390, 844],
  ])('Havering by tier at %i px: no line crosses a tier title, the lines to the board reach it as one trunk, axe clean', async (width, height) => {
    await s.viewport(width, height);
    await s.page.goto(`${s.server.url}/chart?p=havering/csp&group=tier`);
    await s.chartReady();
    await s.page.locator('.chart-stage').scrollIntoViewIfNeeded();
    await s.shot(`lines-tier-titles-${width}`);
    const svg = await exportedSvg();
    const { boxes, lines } = readSvg(svg);
    const titles = titleBoxes(svg);
    expect([...titles.keys()].length).toBeGreaterThanOrEqual(3);
    for (const [id, pts] of lines)
      for (let i = 0; i + 1 < pts.length; i++)
        for (const [group, t] of titles) expect(crosses(pts[i]!, pts[i + 1]!, t), `${id} crosses the title of ${group}`).toBe(false);
    expect(lineFaults(svg).faults).toEqual([]);
    // the board's lines: fifteen or more, meeting it at no more points than they have types
    const board = boxes.get('havering/csp')!;
    const toBoard = [...lines].filter(([id]) => ends(id).includes('havering/csp'));
    expect(toBoard.length).toBeGreaterThanOrEqual(15);
    const meets = new Set(toBoard.map(([, pts]) => [pts[0]!, pts.at(-1)!].find((p) => onTopOrBottom(p, board))!.map((v) => v.toFixed(0)).join()));
    expect(meets.size).toBeLessThanOrEqual(new Set(toBoard.map(([id]) => typeOf(id))).size);
    // each trunk is a tree: two of its lines, once parted, do not meet again (one looped round the Channel Panel)
    const trunks = new Map<string, Pt[][]>();
    for (const [id, pts] of lines) if (!id.includes(' LINKS_WITH ')) trunks.set(`${ends(id)[1]} ${typeOf(id)}`, [...(trunks.get(`${ends(id)[1]} ${typeOf(id)}`) ?? []), [...pts].reverse()]);
    const loops = [...trunks].flatMap(([t, ls]) => ls.flatMap((a, i) => ls.slice(i + 1).filter((b) => rejoins(a, b)).map(() => t)));
    expect(loops).toEqual([]);
    expect(Number(await s.page.getAttribute('.cy', 'data-label-px'))).toBeGreaterThanOrEqual(11);
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAxeClean(s.page, `Havering by tier at ${width}`);
    await s.viewport(1440, 900);
  });

  it('a chart grouped by partnership on a phone: the title of each group in view is whole on screen, at 11 px or more', async () => {
    await s.viewport(390, 844);
    await s.page.goto(`${s.server.url}/chart?p=richmond/csp,wandsworth/csp,havering/csp&group=partnership`);
    await s.chartReady();
    await s.page.locator('.chart-stage').scrollIntoViewIfNeeded();
    await s.shot('lines-group-title-390');
    const titles = titleBoxes(await exportedSvg());
    const [x1, y1, x2, y2] = (await s.page.getAttribute('.cy', 'data-extent'))!.split(' ').map(Number) as [number, number, number, number];
    const zoom = (await s.page.locator('.cy').boundingBox())!.width / (x2 - x1);
    // the titles whose start is in view: the first view's group, at least
    const inView = [...titles].filter(([, t]) => t.x0 >= x1 && t.x0 < x2 && t.y0 >= y1 && t.y0 < y2);
    expect(inView.length).toBeGreaterThanOrEqual(1);
    for (const [group, t] of inView) expect(t.x1, `the title of ${group} ends within the view`).toBeLessThanOrEqual(x2);
    expect(14 * zoom).toBeGreaterThanOrEqual(11);
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAxeClean(s.page, 'grouped chart on a phone');
    await s.viewport(1440, 900);
  });

  it.each([
    [1440, 900],
    [390, 844],
  ])('an export of a chart of 2,500 bodies at %i px says how many of its lines are routed as it goes, and tells a screen reader a few times only', async (width, height) => {
    await s.viewport(width, height);
    await drawBenchChart();
    await s.page.locator('.chart-export-status').waitFor({ state: 'attached' });
    // every text the status line and the live region show, as they show it
    await s.page.evaluate(() => {
      const seen: { status: string[]; announced: string[] } = { status: [], announced: [] };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      const status = document.querySelector('.chart-export-status')!;
      const announcer = document.getElementById('announcer')!;
      new MutationObserver(() => seen.status.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
      new MutationObserver(() => announcer.textContent && seen.announced.push(announcer.textContent)).observe(announcer, { childList: true, characterData: true, subtree: true });
    });
    const [download] = await Promise.all([s.page.waitForEvent('download', { timeout: 60_000 }), s.page.evaluate(() => window.govgraphExport('svg').then(() => undefined))]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    // the download is announced a moment after it (ui/dom.ts announce)
    await expect.poll(() => s.page.evaluate(() => (window as unknown as { __seen: { announced: string[] } }).__seen.announced.at(-1))).toBe('SVG image downloaded.');
    const seen = await s.page.evaluate(() => (window as unknown as { __seen: { status: string[]; announced: string[] } }).__seen);
    const PROGRESS = /^Routing the chart's ([\d,]+) lines for the export: ([\d,]+) of \1 routed \((\d+)%\)…$/;
    const steps = seen.status.filter((t) => t !== '').map((t) => {
      const m = t.match(PROGRESS);
      expect(m, t).not.toBeNull();
      return { done: Number(m![2]!.replace(/,/g, '')), total: Number(m![1]!.replace(/,/g, '')), pct: Number(m![3]) };
    });
    // from none to most of them, a step at a time, then the line is cleared
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps[0]!.done).toBe(0);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.done).toBeGreaterThan(steps[i - 1]!.done);
    expect(steps.at(-1)!.pct).toBeGreaterThanOrEqual(75);
    expect(seen.status.at(-1)).toBe('');
    // a screen reader hears the start and the quarters, not every step
    const told = seen.announced.filter((t) => PROGRESS.test(t));
    expect(told.length).toBeGreaterThanOrEqual(2);
    expect(told.length).toBeLessThanOrEqual(4);
    expect(told.length).toBeLessThan(steps.length);
    expect(seen.announced.at(-1)).toBe('SVG image downloaded.');
  }, 120_000);

  it.each([
    [1440, 900],
    [390, 844],
  ])('an export of a chart of 2,500 bodies at %i px shows its progress in the status line (screenshot)', async (width, height) => {
    await s.viewport(width, height);
    await drawBenchChart();
    const done = s.page.waitForEvent('download', { timeout: 60_000 });
    await s.page.evaluate(() => void window.govgraphExport('svg'));
    const status = s.page.locator('.chart-export-status');
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).toMatch(/: [1-9][\d,]* of [\d,]+ routed \(\d+%\)/);
    await s.shot(`export-progress-${width}`);
    await done;
  }, 120_000);

  it.each([
    [1440, 900],
    [390, 844],
  ])('an ungrouped chart of 2,500 bodies at %i px: the lines near the view are drawn orthogonal, meet their boxes on their borders and pass through none in view; a pan routes the next ones', async (width, height) => {
    await s.viewport(width, height);
    await drawBenchChart();
    const check = async (label: string) => {
      await s.page.waitForSelector('#chart[data-lines-routed]', { timeout: 30_000 });
      const { lines, boxes, view } = await s.page.evaluate(() => window.govgraphDrawnLines());
      expect(lines.length, label).toBeGreaterThan(10);
      const box = (id: string) => {
        const [x0, y0, x1, y1] = boxes[id]!;
        return { x0, y0, x1, y1 };
      };
      const inView = Object.keys(boxes).filter((id) => {
        const b = box(id);
        return b.x1 > view[0] && b.x0 < view[2] && b.y1 > view[1] && b.y0 < view[3];
      });
      const faults: string[] = [];
      for (const l of lines) {
        const [first, last] = [l.points[0]!, l.points.at(-1)!];
        // Cytoscape ends a line where its arrowhead (or a peer's circle) begins: a few px off the border
        if (!onTopOrBottom(first, box(l.source), 8) || !onTopOrBottom(last, box(l.target), 8)) faults.push(`${l.id} does not meet its boxes on their borders`);
        if (l.points.length < 3 && first[0] !== last[0]) faults.push(`${l.id} is straight`);
        for (let i = 0; i + 1 < l.points.length; i++) {
          const [p, q] = [l.points[i]!, l.points[i + 1]!];
          if (Math.abs(p[0] - q[0]) > 0.5 && Math.abs(p[1] - q[1]) > 0.5) faults.push(`${l.id} runs slantwise`);
          for (const id of inView) if (id !== l.source && id !== l.target && crosses(p, q, box(id))) faults.push(`${l.id} crosses ${id}`);
        }
      }
      expect(faults.slice(0, 10), label).toEqual([]);
      return lines.map((l) => l.id);
    };
    const first = await check('first view');
    await s.shot(`lines-ungrouped-2500-${width}`);
    // a pan to the bodies halfway down: the lines there are routed once the view settles
    await s.page.evaluate(() => document.getElementById('chart')!.removeAttribute('data-lines-routed'));
    await s.page.evaluate(() => window.govgraphPanTo(0.5));
    const panned = await check('after a pan');
    expect(panned.filter((id) => !first.includes(id)).length).toBeGreaterThan(10);
    await s.shot(`lines-ungrouped-2500-panned-${width}`);
    await s.viewport(1440, 900);
  }, 120_000);

  it('the SVG export of an ungrouped chart of 2,500 bodies draws every line routed round the boxes, not only those near the view', async () => {
    await drawBenchChart();
    await s.page.waitForSelector('#chart[data-lines-routed]', { timeout: 30_000 });
    const nearView = Number(await s.page.getAttribute('#chart', 'data-lines-routed'));
    const svg = await s.page.evaluate(() => window.govgraphChartSvg());
    const { faults, lines, bent } = lineFaults(svg);
    // every line of the chart (a tree's 2,499, a second parent for one in ten, a peer link for one in twenty), each routed
    expect(lines).toBeGreaterThan(2_700);
    expect(nearView).toBeLessThan(lines / 2);
    expect(readSvg(svg).lines.size).toBe(lines);
    expect(bent).toBeGreaterThan(lines / 2);
    expect(faults.slice(0, 10)).toEqual([]);
  }, 180_000);

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
    const svg = await exportedSvg();
    const board = readSvg(svg).boxes.get('havering/csp')!;
    const [x1, y1, x2, y2] = (await s.page.getAttribute('.cy', 'data-extent'))!.split(' ').map(Number) as [number, number, number, number];
    expect(board.x0).toBeGreaterThanOrEqual(x1);
    expect(board.x1).toBeLessThanOrEqual(x2);
    expect(board.y0).toBeGreaterThanOrEqual(y1);
    expect(board.y1).toBeLessThanOrEqual(y2);
    // its one column of boxes: every line on their borders, through none, and the lines to the
    // board one trunk (they ran as fifteen parallel lines down both sides of the column)
    expect(lineFaults(svg).faults).toEqual([]);
    const toBoard = [...readSvg(svg).lines].filter(([id]) => ends(id)[1] === 'havering/csp');
    expect(toBoard.length).toBeGreaterThanOrEqual(12);
    expect(new Set(toBoard.map(([, pts]) => pts.at(-1)!.join())).size).toBe(new Set(toBoard.map(([id]) => typeOf(id))).size);
    await s.page.locator('.chart-stage').scrollIntoViewIfNeeded();
    await s.shot('lines-havering-390');
    await expectAxeClean(s.page, 'Havering chart on a phone');
    await s.viewport(1440, 900);
  });
});
