// The graph as a Cypher script that loads into an empty Neo4j 5, in the layout the app's own Neo4j
// engine reads (store/neo4j/codec.ts), so the loaded database can also be served by `npm start`.
// One statement per line, ending in ";": cypher-shell runs it as it is (`cypher-shell -f file`),
// and a driver can split it on line ends. Nodes and lines go in UNWIND batches, a label and a
// type at a time, since Cypher cannot take a label from a value without dynamic labels.
import type { GraphStore } from '../store/contract.js';
import { nodeRow, relRow } from '../store/neo4j/codec.js';
import { SCHEMA } from '../store/neo4j/cypher.js';
import type { ExportFormat } from './formats.js';
import { exportFileName } from './formats.js';
import { gatherSlice, type GraphSlice } from './graph-slice.js';
import { exportMeta } from './meta.js';
import { resolveScope } from './scope.js';

const BATCH = 200;

/** A Cypher literal of a stored value: strings single-quoted with every control character escaped, so a statement stays on one line. */
export function cypherLiteral(v: unknown): string {
  if (typeof v === 'string') {
    // control characters are escaped, so the pattern must name them
    // eslint-disable-next-line no-control-regex
    return `'${v.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => (c === '\\' || c === "'" ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}'`;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new RangeError(`a number Cypher cannot hold: ${v}`);
    // the driver writes a JS number as a Float, so the script does too
    return Number.isInteger(v) && Math.abs(v) < 1e21 ? `${v}.0` : String(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.entries(v)
      .map(([k, x]) => `\`${k.replace(/`/g, '``')}\`: ${cypherLiteral(x)}`)
      .join(', ')}}`;
  }
  throw new TypeError(`not a value Cypher can hold: ${String(v)}`);
}

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}

function groupBy<T, K extends string>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function toCypherScript(slice: GraphSlice): string {
  const meta = exportMeta(slice.scope, 'cypher');
  const lines = [
    `// govgraph graph export for an empty Neo4j 5 database (cypher-shell -f this-file)`,
    `// as at: ${meta.asAt ?? 'the whole record'}; made on ${meta.generatedOn}`,
    `// partnerships: ${meta.partnerships.map((p) => `${p.id} (${p.name})`).join('; ').replace(/[\r\n]/g, ' ')}`,
    `// ${slice.nodes.length} nodes, ${slice.rels.length} relationships; evidence is on each as evidence, a JSON list`,
    ...SCHEMA.map((s) => `${s.text.replace(/\s+/g, ' ')};`),
  ];
  // kinds and types come from the allowlists of domain/model.ts (checked when written to the store), so they are safe as labels
  for (const [kind, nodes] of groupBy(slice.nodes, (n) => n.kind)) {
    for (const batch of batches(nodes)) {
      lines.push(`UNWIND ${cypherLiteral(batch.map((n) => nodeRow(n).props))} AS row CREATE (n:Node:${kind}) SET n = row;`);
    }
  }
  for (const [type, rels] of groupBy(slice.rels, (r) => r.type)) {
    for (const batch of batches(rels)) {
      const rows = batch.map((r) => {
        const row = relRow(r);
        return { from: row.from, to: row.to, props: row.props };
      });
      lines.push(
        `UNWIND ${cypherLiteral(rows)} AS row MATCH (a:Node {id: row.from}), (b:Node {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props;`,
      );
    }
  }
  lines.push('CALL db.awaitIndexes(300);', '');
  return lines.join('\n');
}

export const cypherFormat: ExportFormat = {
  name: 'cypher',
  summary: 'the graph as a Cypher script that loads into an empty Neo4j 5 (the layout the app reads)',
  async produce(store: GraphStore, req) {
    const slice = await gatherSlice(store, await resolveScope(store, req));
    return [{ name: exportFileName(req.partnershipIds, req.asAt, 'cypher'), contentType: 'text/plain; charset=utf-8', body: toCypherScript(slice) }];
  },
};
