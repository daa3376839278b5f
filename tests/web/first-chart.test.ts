// The server-drawn first chart's pure parts: which charts the server draws, the row width a page
// adopts, and the markup it inlines, whose JSON must not end its script element early whatever
// a label says. The layouts are ELK's own (elkjs in process, as the server runs it).
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { describe, expect, it } from 'vitest';
import { firstChartMarkup, scriptJson } from '../../server/http/first-chart-markup.js';
import { adoptedRowWidth, firstChartGraphs, firstChartInput, FIRST_CHART_MAX_NODES, FIRST_CHART_ROW_WIDTHS, type FirstChartPayload } from '../../web/src/chart/first-chart.js';
import type { StructureChartQuery } from '../../web/src/generated/graphql.js';

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

async function payloadOf(data: StructureChartQuery): Promise<FirstChartPayload> {
  const input = firstChartInput(data)!;
  const layouts = await Promise.all(firstChartGraphs(input).map(async ({ rowWidth, graph }) => ({ rowWidth, graph, answer: (await elk.layout(structuredClone(graph))) as ElkNode })));
  return { search: '?p=p', data, layouts };
}

describe('the server-drawn first chart', () => {
  it('is drawn for an ungrouped chart of up to FIRST_CHART_MAX_NODES nodes, not beyond, nor for an empty one', () => {
    expect(firstChartInput(answer(FIRST_CHART_MAX_NODES))?.layoutNodes).toHaveLength(FIRST_CHART_MAX_NODES);
    expect(firstChartInput(answer(FIRST_CHART_MAX_NODES + 1))).toBeNull();
    expect(firstChartInput(answer(0))).toBeNull();
  });

  it("is taken by a page whose rows are at least as wide and of the same kind, else the page lays out its own", () => {
    expect(adoptedRowWidth(1200, FIRST_CHART_ROW_WIDTHS)).toBe(940);
    expect(adoptedRowWidth(940, FIRST_CHART_ROW_WIDTHS)).toBe(940);
    // a narrower desktop: its own rows, laid out by the page
    expect(adoptedRowWidth(700, FIRST_CHART_ROW_WIDTHS)).toBe(700);
    // a phone: the server's phone rows (one box a row)
    expect(adoptedRowWidth(327, FIRST_CHART_ROW_WIDTHS)).toBe(240);
    expect(adoptedRowWidth(1200, [])).toBe(1200);
  });

  it('inlines JSON that no label can end early: `<` is escaped, so `</script>` and `<!--` never appear in it', async () => {
    expect(scriptJson({ a: '</script><script>alert(1)</script>', b: '<!-- x', c: '\u2028' })).toBe(
      '{"a":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>","b":"\\u003c!-- x","c":"\\u2028"}',
    );
    const hostile = '</script><script>alert(1)</script> Board';
    const data = answer(3, (i) => (i === 1 ? hostile : `Body ${i}`));
    const payload = await payloadOf(data);
    const markup = firstChartMarkup(firstChartInput(data)!, payload, 'P');
    // one script element, the payload's own, ending where the markup ends
    expect(markup.match(/<\/script>/g)).toHaveLength(1);
    expect(markup.endsWith('</script>')).toBe(true);
    expect(markup.match(/<script/g)).toHaveLength(1);
    const json = markup.slice(markup.indexOf('>', markup.indexOf('<script')) + 1, -'</script>'.length);
    expect((JSON.parse(json) as FirstChartPayload).data.structureChart.nodes[1]!.data.label).toBe(hostile);
    // in the drawing the label is text, escaped
    expect(markup).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(');
    // both drawings, each with a name, their markers their own
    expect(markup.match(/<svg [^>]*role="img" aria-label="Structure chart of P: 3 nodes and 2 lines/g)).toHaveLength(2);
    expect(markup).toContain('id="first-940-arrow-reports-to"');
    expect(markup).toContain('id="first-240-arrow-reports-to"');
  });
});
