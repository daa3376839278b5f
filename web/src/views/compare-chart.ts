// The compare view's chart: the two structures compared (one partnership at two dates, or two
// partnerships) drawn as one chart: the second chart, with what only the first one has merged in.
// A body of the first that the comparison matched with one of the second is drawn once, as the
// second's, and the first's lines are read through those pairs. Each body and line added, removed
// or changed is outlined in its own colour and line style (never colour alone), as the key says.
// It is the chart page's own drawing (CyChart, laid out by ELK), with the diff's classes laid on
// after the layout.
import { CyChart } from '../chart/cy-chart.js';
import { mergeChart, modelOf, type ApiChart } from '../chart/model.js';
import { DEFAULT_RELS } from '../chart/vocab.js';
import { request } from '../api/client.js';
import { StructureChartDocument } from '../generated/graphql.js';
import { h } from '../ui/dom.js';

export type DiffMark = 'added' | 'removed' | 'changed';

/** What the diff says of each body and line, by id. */
export type DiffMarks = ReadonlyMap<string, DiffMark>;

export interface MarkLabel {
  label: string;
  icon: string;
  hint: string;
}

export const MARK_LABEL: Record<DiffMark, MarkLabel> = {
  added: { label: 'Added', icon: '+', hint: 'solid green outline' },
  removed: { label: 'Removed', icon: '−', hint: 'dashed red outline' },
  changed: { label: 'Changed', icon: '~', hint: 'double amber outline' },
};

/** The marks named for two partnerships: what only the first has, only the second, and both with differences. */
export const acrossLabels = (first: string, second: string): Record<DiffMark, MarkLabel> => ({
  added: { ...MARK_LABEL.added, label: `Only in ${second}` },
  removed: { ...MARK_LABEL.removed, label: `Only in ${first}` },
  changed: { ...MARK_LABEL.changed, label: 'In both, different' },
});

/** One side of the comparison: a partnership as at a date. */
export interface Side {
  partnership: string;
  date: string;
}

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

/**
 * The first chart as the second reads it: a node matched with one of the second (`counterpart`,
 * first id to second id) is left out, as the second draws it; its lines are kept only when the
 * comparison found no counterpart for them (`unmatchedLines`), with their ends renamed.
 */
export function throughPairs(chart: ApiChart, counterpart: ReadonlyMap<string, string>, unmatchedLines: ReadonlySet<string>): ApiChart {
  const read = (id: string) => counterpart.get(id) ?? id;
  return {
    nodes: chart.nodes.filter((n) => !counterpart.has(n.data.elementId)),
    edges: chart.edges
      .filter((e) => unmatchedLines.has(e.data.elementId) || (!counterpart.has(e.data.source) && !counterpart.has(e.data.target)))
      .map((e) => ({ ...e, data: { ...e.data, source: read(e.data.source), target: read(e.data.target) } })),
  };
}

/** Draws the two structures as one into `box`, with the marks; `onPick` gets a tapped element's id. */
export async function compareChart(
  box: HTMLElement,
  sides: { first: Side; second: Side },
  pairs: { counterpart: ReadonlyMap<string, string>; unmatchedLines: ReadonlySet<string> },
  marks: DiffMarks,
  onPick: (id: string) => void,
): Promise<CompareChart> {
  const vars = { depth: DEPTH, relationships: [...DEFAULT_RELS], groupBy: 'NONE' as const };
  const chartOf = (s: Side) => request(StructureChartDocument, { ...vars, rootIds: [s.partnership], asOf: s.date });
  const [second, first] = await Promise.all([chartOf(sides.second), chartOf(sides.first)]);
  const model = modelOf(second.structureChart);
  mergeChart(model, throughPairs(first.structureChart, pairs.counterpart, pairs.unmatchedLines));
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
export function marksKey(labels: Record<DiffMark, MarkLabel> = MARK_LABEL): HTMLElement {
  return h(
    'ul',
    { class: 'compare-key', 'aria-label': 'Key of the changes' },
    (Object.keys(labels) as DiffMark[]).map((m) =>
      h('li', {}, h('span', { class: `compare-swatch diff-${m}`, 'aria-hidden': 'true' }, labels[m].icon), `${labels[m].label} (${labels[m].hint})`),
    ),
  );
}
