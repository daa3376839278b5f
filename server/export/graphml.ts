// The graph as GraphML, for Gephi and yEd: a node per node and an edge per line, each with its kind or
// type, dates, props and evidence as attributes (lists and maps as JSON text, which GraphML has no type for).
import type { GraphNode, GraphRel } from '../domain/model.js';
import type { GraphStore } from '../store/contract.js';
import type { ExportFormat } from './formats.js';
import { exportFileName } from './formats.js';
import { gatherSlice, type GraphSlice } from './graph-slice.js';
import { exportMeta } from './meta.js';
import { resolveScope } from './scope.js';

const escapeXml = (s: string): string =>
  // characters XML 1.0 cannot hold at all are dropped; the rest are escaped
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

interface Key {
  id: string;
  for: 'graph' | 'node' | 'edge';
}

const GRAPH_KEYS = ['asAt', 'partnerships', 'generatedOn', 'generator'];
const NODE_KEYS = ['label', 'kind', 'aliases', 'text', 'partnership', 'validFrom', 'validTo', 'note', 'props', 'evidence'];
const EDGE_KEYS = ['label', 'type', 'validFrom', 'validTo', 'note', 'props', 'evidence'];

const keys: Key[] = [
  ...GRAPH_KEYS.map((id) => ({ id, for: 'graph' as const })),
  ...NODE_KEYS.map((id) => ({ id: `n_${id}`, for: 'node' as const })),
  ...EDGE_KEYS.map((id) => ({ id: `e_${id}`, for: 'edge' as const })),
];
const attrName = (k: Key): string => k.id.replace(/^[ne]_/, '');

function data(prefix: string, values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `<data key="${prefix}${k}">${escapeXml(v!)}</data>`)
    .join('');
}

const json = (v: unknown[] | Record<string, unknown>): string | undefined =>
  (Array.isArray(v) ? v.length : Object.keys(v).length) ? JSON.stringify(v) : undefined;

const nodeXml = (n: GraphNode): string =>
  `    <node id="${escapeXml(n.id)}">${data('n_', {
    label: n.name,
    kind: n.kind,
    aliases: json(n.aliases),
    text: n.text,
    partnership: n.partnership,
    validFrom: n.validFrom,
    validTo: n.validTo,
    note: n.note,
    props: json(n.props),
    evidence: json(n.evidence),
  })}</node>`;

const edgeXml = (r: GraphRel): string =>
  `    <edge id="${escapeXml(r.id)}" source="${escapeXml(r.from)}" target="${escapeXml(r.to)}">${data('e_', {
    label: r.type,
    type: r.type,
    validFrom: r.validFrom,
    validTo: r.validTo,
    note: r.note,
    props: json(r.props),
    evidence: json(r.evidence),
  })}</edge>`;

export function toGraphml(slice: GraphSlice): string {
  const meta = exportMeta(slice.scope, 'graphml');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${attrName(k)}" attr.type="string"/>`),
    '  <graph id="govgraph" edgedefault="directed">',
    `    ${data('', {
      asAt: meta.asAt ?? 'whole record',
      partnerships: JSON.stringify(meta.partnerships),
      generatedOn: meta.generatedOn,
      generator: meta.generator,
    })}`,
    ...slice.nodes.map(nodeXml),
    ...slice.rels.map(edgeXml),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

export const graphmlFormat: ExportFormat = {
  name: 'graphml',
  summary: 'the graph as GraphML (Gephi, yEd): nodes and lines with kinds, dates, props and evidence',
  async produce(store: GraphStore, req) {
    const slice = await gatherSlice(store, await resolveScope(store, req));
    return [{ name: exportFileName(req.partnershipIds, req.asAt, 'graphml'), contentType: 'application/graphml+xml; charset=utf-8', body: toGraphml(slice) }];
  },
};
