// The compare view's chart: the partnership's structure at both dates drawn as one chart (the
// later chart with what only the earlier one has merged in), each body and line that was added,
// removed or changed outlined in its own colour and line style (never colour alone), as the
// key says. It is the chart page's own drawing (CyChart, laid out by ELK), with the diff's
// classes laid on after the layout.
import { CyChart } from '../chart/cy-chart.js';
import { mergeChart, modelOf } from '../chart/model.js';
import { DEFAULT_RELS } from '../chart/vocab.js';
import { request } from '../api/client.js';
import { StructureChartDocument } from '../generated/graphql.js';
import { h } from '../ui/dom.js';

export type DiffMark = 'added' | 'removed' | 'changed';

/** What the diff says of each body and line, by id. */
export type DiffMarks = ReadonlyMap<string, DiffMark>;

export const MARK_LABEL: Record<DiffMark, { label: string; icon: string; hint: string }> = {
  added: { label: 'Added', icon: '+', hint: 'solid green outline' },
  removed: { label: 'Removed', icon: '−', hint: 'dashed red outline' },
  changed: { label: 'Changed', icon: '~', hint: 'double amber outline' },
};

const DEPTH = 6;

/** Cytoscape rules for the marks, added to the chart's own style. */
function markStyle(chart: CyChart): void {
  chart.cy
    .style()
    .selector('node.diff-added')
    .style({ 'border-color': '#1b7a3a', 'border-width': 4, 'border-style': 'solid' })
    .selector('node.diff-removed')
    .style({ 'border-color': '#b3261e', 'border-width': 4, 'border-style': 'dashed', 'background-color': '#fbeceb' })
    .selector('node.diff-changed')
    .style({ 'border-color': '#9a5b00', 'border-width': 6, 'border-style': 'double' })
    .selector('edge.diff-added')
    .style({ 'line-color': '#1b7a3a', 'target-arrow-color': '#1b7a3a', width: 3 })
    .selector('edge.diff-removed')
    .style({ 'line-color': '#b3261e', 'target-arrow-color': '#b3261e', 'line-style': 'dashed', width: 3 })
    .selector('edge.diff-changed')
    .style({ 'line-color': '#9a5b00', 'target-arrow-color': '#9a5b00', width: 3 })
    .update();
}

export interface CompareChart {
  chart: CyChart;
  /** ids of the marked items that are drawn */
  drawn: Set<string>;
}

/** Draws the union of the two dates' charts into `box`, with the marks; `onPick` gets a tapped node's id. */
export async function compareChart(box: HTMLElement, partnershipId: string, from: string, to: string, marks: DiffMarks, onPick: (id: string) => void): Promise<CompareChart> {
  const vars = { rootIds: [partnershipId], depth: DEPTH, relationships: [...DEFAULT_RELS], groupBy: 'NONE' as const };
  const [later, earlier] = await Promise.all([request(StructureChartDocument, { ...vars, asOf: to }), request(StructureChartDocument, { ...vars, asOf: from })]);
  const model = modelOf(later.structureChart);
  mergeChart(model, earlier.structureChart);
  const chart = new CyChart(box, {
    select: (id) => {
      if (id) onPick(id);
    },
    selectLine: (edgeId) => onPick(edgeId),
  });
  markStyle(chart);
  await chart.draw(model, new Set(), new Set());
  const drawn = new Set<string>();
  chart.cy.batch(() => {
    for (const [id, mark] of marks) {
      const el = chart.cy.getElementById(id);
      if (el.empty()) continue;
      el.addClass(`diff-${mark}`);
      drawn.add(id);
    }
  });
  return { chart, drawn };
}

/** The key of the marks, in words and outline styles. */
export function marksKey(): HTMLElement {
  return h(
    'ul',
    { class: 'compare-key', 'aria-label': 'Key of the changes' },
    (Object.keys(MARK_LABEL) as DiffMark[]).map((m) =>
      h('li', {}, h('span', { class: `compare-swatch diff-${m}`, 'aria-hidden': 'true' }, MARK_LABEL[m].icon), `${MARK_LABEL[m].label} (${MARK_LABEL[m].hint})`),
    ),
  );
}
