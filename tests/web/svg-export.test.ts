import { describe, expect, it } from 'vitest';
import { exitPoint, shapeOutline } from '../../web/src/chart/shapes.js';
import { chartDrawing, chartSvg, drawingDocument, type SvgNode } from '../../web/src/chart/svg-export.js';
import { escapeXml } from '../../web/src/ui/markup.js';

const n = (id: string, x: number, y: number, kind: SvgNode['kind'] = 'Panel', parent: string | null = null): SvgNode => ({
  id,
  kind,
  compound: kind === null,
  parent,
  x,
  y,
  width: 180,
  height: 60,
  lines: [`<${id}> & co`, '[Panel]'],
});

describe('SVG export', () => {
  it('draws each node, line and group with escaped text in a view box around them all', () => {
    const svg = drawingDocument(
      chartDrawing([n('g', 0, 0, null), n('a', 100, 50, 'Board', 'g'), n('b', 100, 250, 'Panel', 'g')], [{ id: 'e', type: 'REPORTS_TO', source: 'b', target: 'a', label: 'chair' }]),
      'Chart <test>',
    );
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<title id="chart-title">Chart &lt;test&gt;</title>');
    expect(svg.match(/<g class="node" data-id="[ab]">/g)).toHaveLength(2);
    expect(svg.match(/<g class="group" data-id="[^"]+">/g)).toHaveLength(1);
    expect(svg).toContain('&lt;a&gt; &amp; co');
    expect(svg).toContain('marker-end="url(#arrow-reports-to)"');
    expect(svg).toContain('<marker id="arrow-reports-to"');
    expect(svg).not.toMatch(/<[ab]> &/);
    const [vx, vy, vw, vh] = svg.match(/viewBox="([^"]+)"/)![1]!.split(' ').map(Number);
    expect(vx).toBeLessThanOrEqual(100 - 90 - 16);
    expect(vy! + vh!).toBeGreaterThanOrEqual(250 + 30);
    expect(vw).toBeGreaterThan(180);
  });

  it('ends lines on the shapes, not at their centres', () => {
    const box = shapeOutline('rectangle', 180, 60);
    expect(exitPoint(box, 0, 200)).toEqual([0, 30]);
    const [x, y] = exitPoint(shapeOutline('ellipse', 180, 60), 100, 0);
    expect(x).toBeCloseTo(90, 0);
    expect(y).toBeCloseTo(0, 5);
  });

  it('keeps ELK\'s route of a line, and sets the chart on a sheet with title, partnerships, date, counts, key and sources', () => {
    const route = [
      { x: 100, y: 220 },
      { x: 100, y: 150 },
      { x: 40, y: 150 },
      { x: 40, y: 80 },
    ];
    const svg = chartSvg(
      [n('a', 40, 50, 'Board'), { ...n('b', 100, 250, 'Panel'), unlinked: false }, { ...n('c', 400, 250, 'Panel'), unlinked: true }],
      [{ id: 'e', type: 'REPORTS_TO', source: 'b', target: 'a', label: null, route }],
      { title: 'Structure chart: Richmond', partnerships: ['Richmond CSP'], asOf: '2024', counts: '3 bodies, 1 with no stated line', sources: [{ id: 'source/x', title: 'Plan X' }] },
    );
    expect(svg).toContain('points="100.0,220.0 100.0,150.0 40.0,150.0 40.0,80.0"');
    for (const text of ['Structure chart: Richmond', 'Partnerships: Richmond CSP', 'As at 2024', '3 bodies, 1 with no stated line', 'Key', 'Board', 'Panel', 'Body with no stated line', 'Reports to', 'Sources', 'Plan X (source/x)']) {
      expect(svg).toContain(`>${text}<`);
    }
    expect(svg.match(/stroke-dasharray="2 4"/g)).toHaveLength(2); // the unlinked body and its key entry
  });

  it('escapes the five XML specials it writes', () => {
    expect(escapeXml(`a<b>&"c"`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });
});
