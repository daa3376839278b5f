// The server-drawn first chart's pure parts: which charts the server draws, the row width a page
// adopts, and the markup it inlines, whose JSON must not end its script element early whatever
// a label says. The layouts are ELK's own (elkjs in process, as the server runs it).
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { describe, expect, it } from 'vitest';
import { firstChartMarkup, scriptJson } from '../../server/http/first-chart-markup.js';
import { adoptedRowWidth, firstChartInput, firstChartLayouts, FIRST_CHART_MAX_NODES, FIRST_CHART_ROW_WIDTHS, stageWidths, type FirstChartPayload } from '../../web/src/chart/first-chart.js';
import { rowWidthFor } from '../../web/src/chart/layout-input.js';
import type { StructureChartQuery } from '../../web/src/generated/graphql.js';
import { parseChartState } from '../../web/src/state/url.js';

type Answer = StructureChartQuery['structureChart'];

function answer(n: number, label = (i: number) => `Body ${i}`): StructureChartQuery {
  const nodes: Answer['nodes'] = Array.from({ length: n }, (_, i) => ({
    data: { elementId: `b${i}`, label: label(i), shortLabel: null, kind: i === 0 ? 'Partnership' : 'Board', parent: null, tier: null, partnership: 'p', compound: false, depth: i === 0 ? 0 : 1, unlinked: false },
    classes: '',
  }));
  const edges: Answer['edges'] = Array.from({ length: n - 1 }, (_, i) => ({
    data: { elementId: `e${i}`, source: `b${i + 1}`, target: 'b0', type: 'REPORTS_TO', label: null, validFrom: null, validTo: null },
    classes: '',
  }));
  return { structureChart: { __typename: 'StructureChart', nodes, edges, sources: [] } as unknown as Answer };
}

const elk = new ELK.default();

/** The markup of `data`'s chart, laid out by ELK in process as the server lays it out. */
async function markupOf(data: StructureChartQuery): Promise<string> {
  const input = firstChartInput(data)!;
  const laid = await firstChartLayouts(input, async (graph) => (await elk.layout(structuredClone(graph))) as ElkNode);
  return firstChartMarkup(input, { search: '?p=p', data, layouts: laid.map((l) => l.layout) }, laid.map((l) => l.laidOut), parseChartState('?p=p'), ['P']);
}

describe('the server-drawn first chart', () => {
  it('is drawn for an ungrouped chart of up to FIRST_CHART_MAX_NODES nodes, not beyond, nor for an empty one', () => {
    expect(firstChartInput(answer(FIRST_CHART_MAX_NODES))?.layoutNodes).toHaveLength(FIRST_CHART_MAX_NODES);
    expect(firstChartInput(answer(FIRST_CHART_MAX_NODES + 1))).toBeNull();
    expect(firstChartInput(answer(0))).toBeNull();
  });

  it("is taken by a page whose rows are at least as wide and of the same kind, else the page lays out its own", () => {
    expect(FIRST_CHART_ROW_WIDTHS).toEqual([660, 480, 240]);
    expect(adoptedRowWidth(1381, FIRST_CHART_ROW_WIDTHS)).toBe(660);
    expect(adoptedRowWidth(660, FIRST_CHART_ROW_WIDTHS)).toBe(660);
    // a narrower window, and a tablet's wide rows
    expect(adoptedRowWidth(659, FIRST_CHART_ROW_WIDTHS)).toBe(480);
    // narrow rows (their lines run closer): a phone's, one box a row
    expect(adoptedRowWidth(479, FIRST_CHART_ROW_WIDTHS)).toBe(240);
    expect(adoptedRowWidth(327, FIRST_CHART_ROW_WIDTHS)).toBe(240);
    // nothing offered of its kind: its own rows, laid out by the page
    expect(adoptedRowWidth(700, [240])).toBe(700);
    expect(adoptedRowWidth(1200, [])).toBe(1200);
  });

  it("picks its drawing by the chart box's width as the page picks its rows (stageWidths, index.html's script)", () => {
    const picked = (box: number) => {
      const fits = FIRST_CHART_ROW_WIDTHS.filter((w) => box >= stageWidths(w).min && box < stageWidths(w).max);
      return fits.sort((a, b) => stageWidths(b).min - stageWidths(a).min)[0];
    };
    for (const box of [1, 200, 296, 500, 539, 540, 541, 664, 665, 1000, 1326, 2000]) expect(picked(box), `${box}`).toBe(adoptedRowWidth(rowWidthFor(box), FIRST_CHART_ROW_WIDTHS));
  });

  it('inlines JSON that no label can end early: `<` is escaped, so `</script>` and `<!--` never appear in it', async () => {
    expect(scriptJson({ a: '</script><script>alert(1)</script>', b: '<!-- x', c: '\u2028' })).toBe(
      '{"a":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>","b":"\\u003c!-- x","c":"\\u2028"}',
    );
    const hostile = '</script><script>alert(1)</script> Board';
    const data = answer(3, (i) => (i === 1 ? hostile : `Body ${i}`));
    const markup = await markupOf(data);
    // one script element, the payload's own, ending where the markup ends
    expect(markup.match(/<\/script>/g)).toHaveLength(1);
    expect(markup.endsWith('</script>')).toBe(true);
    expect(markup.match(/<script/g)).toHaveLength(1);
    const json = markup.slice(markup.indexOf('>', markup.indexOf('<script')) + 1, -'</script>'.length);
    expect((JSON.parse(json) as FirstChartPayload).data.structureChart.nodes[1]!.data.label).toBe(hostile);
    // in the drawing the label is text, escaped
    expect(markup).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(');
    // both drawings, each with a name, their markers their own
    expect(markup.match(/<svg [^>]*role="img" aria-label="Structure chart of P: 3 nodes and 2 lines/g)).toHaveLength(3);
    for (const w of FIRST_CHART_ROW_WIDTHS) expect(markup).toContain(`id="first-${w}-arrow-reports-to"`);
  });
});
