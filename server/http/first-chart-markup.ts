// The markup of a server-drawn first chart (first-chart-page.ts): the page's settings and view
// controls as the page builds them (chart-toolbar-markup.ts), so nothing moves down when it mounts;
// the chart as a static SVG for each
// row width it was laid out for (index.html's script shows the one the page will draw, by the chart
// box's width; without scripts the style sheet shows a desktop's, or a phone's below 481 px), its key as the page writes it, and the payload the page then draws Cytoscape from
// (the query's answer and ELK's layouts) as JSON in a script element of type application/json,
// which the browser never runs and the content security policy therefore allows.
import type { LayoutInput } from '../../web/src/chart/layout-input.js';
import { firstChartDrawing, shownSize, stageWidths, type FirstChartPayload } from '../../web/src/chart/first-chart.js';
import { modelOf } from '../../web/src/chart/model.js';
import type { RoutedLayout } from '../../web/src/chart/routed-layout.js';
import { SVG_FONT } from '../../web/src/chart/svg-export.js';
import { escapeXml } from '../../web/src/ui/markup.js';
import { kindSwatch, lineSwatch, noLineSwatch } from '../../web/src/chart/swatches.js';
import type { ChartState } from '../../web/src/state/url.js';
import { chosenSummary, shortPartnershipName } from '../../web/src/ui/multi-choice.js';
import { chartControlsMarkup, chartSettingsMarkup } from '../../web/src/views/chart/chart-toolbar-markup.js';
import { FIRST_CHART_DATA_ID, FIRST_CHART_ID } from '../../web/src/views/chart/first-chart-page.js';
import { countsText } from '../../web/src/views/chart/legend.js';
import { KIND_STYLE, NO_LINE_STYLE, NODE_KINDS, REL_STYLE, REL_TYPES } from '../../web/src/chart/vocab.js';

/**
 * JSON that may sit inside a <script> element: no `<` (so no `</script>` or `<!--` ends it early),
 * nor the line separators some parsers of script text stop at.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** One drawing as an inline <svg>: its marker ids made its own, so two drawings in one page do not share them. */
function svgOf(payloadIndex: number, input: LayoutInput, payload: FirstChartPayload, laidOut: RoutedLayout, label: string): string {
  const layout = payload.layouts[payloadIndex]!;
  const drawing = firstChartDrawing(input, laidOut);
  const prefix = `first-${layout.rowWidth}-`;
  const own = (markup: string) => markup.replace(/id="arrow-/g, `id="${prefix}arrow-`).replace(/url\(#arrow-/g, `url(#${prefix}arrow-`);
  const { x, y, width, height } = drawing.bounds;
  const size = shownSize(drawing, input, laidOut);
  // without the page's script: the first (a desktop's) shown, the last on a phone (styles.css)
  const kind = payloadIndex === 0 ? ' first-chart-wide' : payloadIndex === payload.layouts.length - 1 ? ' first-chart-narrow' : '';
  const stage = stageWidths(layout.rowWidth);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="first-chart-svg${kind}" data-stage-min="${stage.min.toFixed(1)}" data-stage-max="${stage.max}" data-top-centre="${size.topCentre.toFixed(1)}"`,
    ` viewBox="${x.toFixed(1)} ${y.toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}"`,
    ` width="${size.width}" height="${size.height}" font-family="${SVG_FONT}" role="img" aria-label="${escapeXml(label)}">`,
    `<defs>${own(drawing.defs)}</defs>${own(drawing.body)}</svg>`,
  ].join('');
}

/** The key of the chart as the page writes it (legend.ts): the kinds of node drawn and the lines shown, each with its picture. */
function keyOf(input: LayoutInput): string {
  const kinds = NODE_KINDS.filter((k) => input.nodes.some((n) => n.kind === k));
  const types = REL_TYPES.filter((t) => input.edges.some((e) => e.type === t));
  const item = (swatch: string, label: string) => `<li><span class="swatch-box">${swatch}</span>${escapeXml(label)}</li>`;
  return [
    `<section class="legend" aria-labelledby="first-legend-title"><h2 id="first-legend-title" class="legend-title">Key</h2>`,
    `<ul class="legend-kinds" aria-label="Kinds of node">`,
    ...kinds.map((k) => item(kindSwatch(k), KIND_STYLE[k].label)),
    input.nodes.some((n) => n.unlinked) ? item(noLineSwatch(), `${NO_LINE_STYLE.label} (placed in its stated tier, else below the partnership)`) : '',
    `</ul><ul class="legend-kinds" aria-label="Lines">`,
    ...types.map((t) => item(lineSwatch(t), REL_STYLE[t].label)),
    `</ul></section>`,
  ].join('');
}

/**
 * The first chart's markup: the page's settings and view controls for `state` (inert until the page
 * takes them), its counts, a drawing for each layout (`laidOut`, in the payload's order), the key,
 * and the payload. `names` are the partnerships drawn, in the state's order.
 */
export function firstChartMarkup(input: LayoutInput, payload: FirstChartPayload, laidOut: readonly RoutedLayout[], state: ChartState, names: readonly string[]): string {
  const label = `Structure chart of ${names.join(', ')}: ${input.nodes.length} nodes and ${input.edges.length} lines (a picture until the interactive chart is drawn)`;
  return [
    `<div id="${FIRST_CHART_ID}" class="first-chart">`,
    chartSettingsMarkup(state, chosenSummary(names.map(shortPartnershipName)), true),
    `<div class="first-chart-area">`,
    chartControlsMarkup(state, true),
    `<p class="chart-counts">${escapeXml(countsText(modelOf(payload.data.structureChart)))}</p>`,
    `<div class="first-chart-stage">${payload.layouts.map((_, i) => svgOf(i, input, payload, laidOut[i]!, label)).join('')}</div>`,
    keyOf(input),
    `</div></div>`,
    `<script type="application/json" id="${FIRST_CHART_DATA_ID}">${scriptJson(payload)}</script>`,
  ].join('');
}
