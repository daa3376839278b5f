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
      elementId: id(i),
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
      data: { elementId: `${id(from)} ${type} ${id(to)}`, source: id(from), target: id(to), type, label: null, validFrom: null, validTo: null },
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

const GROUP_SIZE = 50;

/**
 * A synthetic national overview of about n bodies: partnerships of 50 bodies (each a chart as
 * above), grouped as the API groups them by partnership, over which a tree of partnerships runs:
 * three bodies of each partnership report to a body of the partnership above it too (a second
 * parent in another partnership, as a borough's panels report to a regional board). The upper
 * partnership has the later id, so the order by id alone does not put it above.
 */
export function syntheticNational(n: number): ApiChart {
  const groups = Math.max(1, Math.round(n / GROUP_SIZE));
  const gid = (g: number) => `synth/p${String(groups - 1 - g).padStart(4, '0')}`;
  const nodes: ApiChart['nodes'] = [];
  const edges: ApiChart['edges'] = [];
  for (let g = 0; g < groups; g++) {
    nodes.push({
      data: { elementId: `group:${gid(g)}`, label: `Synthetic partnership ${g}`, shortLabel: null, kind: null, parent: null, tier: null, partnership: null, compound: true, depth: null, unlinked: false },
      classes: 'group group-partnership',
    });
    const one = syntheticChart(GROUP_SIZE);
    const rename = (id: string) => `${gid(g)}/${id.slice('synth/'.length)}`;
    for (const node of one.nodes)
      nodes.push({ ...node, data: { ...node.data, elementId: rename(node.data.elementId), parent: `group:${gid(g)}`, partnership: gid(g) } });
    for (const e of one.edges)
      edges.push({ ...e, data: { ...e.data, elementId: `${gid(g)} ${e.data.elementId}`, source: rename(e.data.source), target: rename(e.data.target) } });
    if (g === 0) continue;
    const above = Math.floor((g - 1) / 4);
    for (const i of [7, 23, 41]) {
      const [source, target] = [`${gid(g)}/n${i}`, `${gid(above)}/n${1 + (i % 4)}`];
      edges.push({
        data: { elementId: `${source} REPORTS_TO ${target}`, source, target, type: 'REPORTS_TO', label: null, validFrom: null, validTo: null },
        classes: 'reports-to',
      });
    }
  }
  return { nodes, edges };
}
