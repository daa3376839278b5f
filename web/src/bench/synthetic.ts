// A synthetic structure chart of any size, in the API's own shape, for the layout bench: a
// reporting tree (four bodies under each), one in ten bodies with a second parent, and a few
// links between peers. Deterministic, so runs compare.
import type { ApiChart } from '../chart/model.js';
import type { NodeKind } from '../generated/graphql.js';

const KINDS: NodeKind[] = ['Board', 'SubGroup', 'Panel', 'Organisation'];
const BRANCHING = 4;

export function syntheticChart(n: number): ApiChart {
  const id = (i: number) => `synth/n${i}`;
  const nodes: ApiChart['nodes'] = Array.from({ length: n }, (_, i) => ({
    data: {
      id: id(i),
      label: `Synthetic body ${i} for ${['violence', 'exploitation', 'reoffending', 'safeguarding'][i % 4]}`,
      shortLabel: i % 3 === 0 ? `SB${i}` : null,
      kind: i === 0 ? 'Partnership' : KINDS[i % KINDS.length]!,
      parent: null,
      tier: null,
      partnership: 'synth/p',
      compound: false,
      depth: null,
      unlinked: false,
    },
    classes: 'body',
  }));
  const edges: ApiChart['edges'] = [];
  const edge = (from: number, type: 'REPORTS_TO' | 'LINKS_WITH', to: number) =>
    edges.push({
      data: { id: `${id(from)} ${type} ${id(to)}`, source: id(from), target: id(to), type, label: null, validFrom: null, validTo: null },
      classes: type.toLowerCase().replace(/_/g, '-'),
    });
  for (let i = 1; i < n; i++) {
    const parent = Math.floor((i - 1) / BRANCHING);
    edge(i, 'REPORTS_TO', parent);
    // a second parent: a neighbour of the first, one level up
    if (i % 10 === 0 && parent + 1 < i) edge(i, 'REPORTS_TO', parent + 1);
    if (i % 20 === 5 && i + 1 < n) edge(i, 'LINKS_WITH', i + 1);
  }
  return { nodes, edges };
}
