// The Cytoscape stylesheet, generated from the vocabulary tables (vocab.ts).
import type cytoscape from 'cytoscape';
import type { NodeKind, RelationshipType } from '../generated/graphql.js';
import { TITLE_FONT_SIZE, TITLE_LIFT, TITLE_MAX_WIDTH, TITLE_PADDING } from './group-titles.js';
import { LABEL_FONT_SIZE } from './labels.js';
import { KIND_STYLE, LINE_PATTERNS, NO_LINE_STYLE, REL_STYLE } from './vocab.js';

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
/** the highlight of a selection, a search hit and the line to the top: #000 outline on a yellow halo */
const HALO = '#ffd400';
/** no text is drawn smaller than this on screen: zoomed out further, the boxes show without it */
const MIN_RENDERED_FONT = 11;

type Block = { selector: string; style: Record<string, string | number | number[]> };

export function chartStyle(): cytoscape.StylesheetJson {
  const kinds: Block[] = (Object.entries(KIND_STYLE) as [NodeKind, (typeof KIND_STYLE)[NodeKind]][]).map(([kind, k]) => ({
    selector: `node[kind = "${kind}"]`,
    style: {
      shape: k.shape,
      'background-color': k.fill,
      'border-color': k.border,
      'border-width': k.borderWidth,
      'border-style': k.borderStyle,
    },
  }));
  const types: Block[] = (Object.entries(REL_STYLE) as [RelationshipType, (typeof REL_STYLE)[RelationshipType]][]).map(([type, r]) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      'line-color': r.colour,
      'target-arrow-color': r.colour,
      'target-arrow-shape': r.arrow,
      width: r.width,
      'line-style': r.line === 'solid' ? 'solid' : 'dashed',
      ...(r.line === 'solid' ? {} : { 'line-dash-pattern': [...LINE_PATTERNS[r.line]] }),
    },
  }));
  const blocks: Block[] = [
    {
      selector: 'node',
      style: {
        label: 'data(text)',
        width: 'data(width)',
        height: 'data(height)',
        'text-wrap': 'wrap',
        'text-max-width': '400px',
        'text-valign': 'center',
        'text-halign': 'center',
        'font-family': FONT,
        'font-size': LABEL_FONT_SIZE,
        'line-height': 1.25,
        color: '#111111',
        'min-zoomed-font-size': MIN_RENDERED_FONT,
      },
    },
    ...kinds,
    {
      selector: 'node.no-line',
      // Cytoscape's own 'dotted' dashes 1 px on, 1 px off: at this width it reads as a solid line, so
      // the dots are a dash pattern, the one the SVGs draw (svg-export.ts, swatches.ts)
      style: { 'border-color': NO_LINE_STYLE.border, 'border-width': NO_LINE_STYLE.borderWidth, 'border-style': 'dashed', 'border-dash-pattern': [...NO_LINE_STYLE.dash] },
    },
    {
      selector: 'node[?compound]',
      style: {
        shape: 'round-rectangle',
        'background-color': '#f6f7f9',
        'background-opacity': 1,
        'border-color': '#5a6270',
        'border-width': 1.5,
        'border-style': 'dashed',
        label: 'data(text)',
        // the title sits above the box, in the room the layout leaves (GROUP_PADDING.top), at its left (group-titles.ts)
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-x': 'data(titleShift)',
        'text-margin-y': -TITLE_LIFT,
        'text-max-width': `${TITLE_MAX_WIDTH}px`,
        'text-justification': 'left',
        'font-size': TITLE_FONT_SIZE,
        'font-weight': 'bold',
        color: '#1d2433',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': `${TITLE_PADDING}px`,
        padding: '16px',
      },
    },
    {
      // a partnership of a big chart while zoomed out (detail-window.ts): its name and size, large, drawn under everything
      selector: 'node.summary',
      style: {
        shape: 'round-rectangle',
        'background-color': '#eceff4',
        'border-color': '#5a6270',
        'border-width': 'data(borderWidth)',
        'border-style': 'solid',
        'font-size': 'data(summarySize)',
        'font-weight': 'bold',
        'text-max-width': 'data(textWidth)',
        'text-valign': 'top',
        'text-margin-y': 'data(titleDrop)',
        color: '#1d2433',
        'z-compound-depth': 'bottom',
      },
    },
    {
      // opened: the frame of its bodies, titled like a compound group
      selector: 'node.summary.open',
      style: {
        label: 'data(title)',
        'font-size': 14,
        'text-valign': 'top',
        'text-margin-y': 26,
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': '3px',
        'background-color': '#f6f7f9',
        'border-width': 1.5,
        'border-style': 'dashed',
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'arrow-scale': 1.2,
        'line-cap': 'round',
        'font-family': FONT,
        'font-size': 12,
        color: '#222222',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-rotation': 'autorotate',
        // roles on lines only once zoomed in enough to read them
        'min-zoomed-font-size': MIN_RENDERED_FONT,
      },
    },
    ...types,
    {
      // ELK's orthogonal route (edge-routes.ts), meeting each box where ELK placed its end
      selector: 'edge[?routed]',
      style: {
        'curve-style': 'segments',
        'edge-distances': 'node-position',
        'segment-weights': 'data(weights)',
        'segment-distances': 'data(distances)',
        'source-endpoint': 'data(sourceEndpoint)',
        'target-endpoint': 'data(targetEndpoint)',
        'line-cap': 'butt',
      },
    },
    { selector: 'edge[label]', style: { label: 'data(label)' } },
    // a line of a chart too big to route whole, away from the view: not drawn until routed (view-routes.ts)
    { selector: 'edge.unrouted', style: { display: 'none' } },
    {
      // the lines between two partnerships' summaries, as one, thicker for more
      selector: 'edge.between-groups',
      style: { 'curve-style': 'straight', width: 'data(weight)', 'line-color': '#5a6270', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#5a6270', opacity: 0.8 },
    },
    { selector: 'edge.between-groups.folded', style: { display: 'none' } },
    // peers: a circle at both ends, as neither is above the other
    { selector: 'edge[type = "LINKS_WITH"]', style: { 'source-arrow-shape': 'circle', 'source-arrow-color': REL_STYLE.LINKS_WITH.colour } },
    { selector: '.dimmed', style: { opacity: 0.28 } },
    {
      selector: 'node.chain',
      style: { 'underlay-color': HALO, 'underlay-opacity': 0.9, 'underlay-padding': 7, 'border-color': '#000000', 'border-width': 4 },
    },
    { selector: 'edge.chain', style: { width: 6, 'line-color': '#000000', 'target-arrow-color': '#000000', 'z-index': 20 } },
    {
      selector: 'node:selected',
      style: { 'border-color': '#000000', 'border-width': 5, 'border-style': 'solid', 'underlay-color': '#111111', 'underlay-opacity': 0.18, 'underlay-padding': 8 },
    },
    { selector: 'edge:selected', style: { width: 5, 'z-index': 30 } },
    // after :selected, so that a search hit's halo shows on the node it selects
    {
      selector: 'node.found',
      style: { 'underlay-color': HALO, 'underlay-opacity': 1, 'underlay-padding': 12, 'underlay-shape': 'ellipse' },
    },
    { selector: 'node.collapsed', style: { 'border-style': 'double', 'border-width': 6 } },
  ];
  // Cytoscape's typings list each property's literal values; the tables above are checked by tests instead
  return blocks as unknown as cytoscape.StylesheetJson;
}
