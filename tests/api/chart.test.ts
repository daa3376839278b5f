// server/domain/chart.ts: Cytoscape elements from a walk, with compound grouping.
import { describe, expect, it } from 'vitest';
import { buildChart, declaredTier, groupId, shortestAlias } from '../../server/domain/chart.js';
import type { GraphNode, GraphRel, NodeKind } from '../../server/domain/model.js';
import type { WalkResult } from '../../server/domain/walk.js';

const node = (id: string, kind: NodeKind, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  kind,
  name: id,
  aliases: [],
  props: {},
  evidence: [],
  ...extra,
});

const csp = node('h/csp', 'Partnership', { name: 'Havering CSP', props: { tier: 1 } });
const marac = node('h/marac', 'Panel', { partnership: 'h/csp', aliases: ['MARAC'], props: { tier: 3 } });
const pdg = node('h/pdg', 'SubGroup', { partnership: 'h/csp' });
const met = node('org/mps', 'Organisation');
const shared = node('r/panel', 'Panel', { partnership: 'r/csp' });
const rels: GraphRel[] = [
  { id: 'h/marac REPORTS_TO h/csp', type: 'REPORTS_TO', from: 'h/marac', to: 'h/csp', props: {}, evidence: [] },
  { id: 'h/marac REPORTS_TO h/pdg', type: 'REPORTS_TO', from: 'h/marac', to: 'h/pdg', props: {}, evidence: [], validTo: '2020-03' },
  { id: 'org/mps MEMBER_OF h/csp', type: 'MEMBER_OF', from: 'org/mps', to: 'h/csp', props: { role: 'responsible-authority' }, evidence: [] },
];
const result: WalkResult = {
  nodes: new Map([
    [csp.id, { node: csp, depth: 0 }],
    [pdg.id, { node: pdg, depth: 1 }],
    [met.id, { node: met, depth: 1 }],
    [marac.id, { node: marac, depth: 2 }],
    [shared.id, { node: shared, depth: 2 }],
  ]),
  rels,
};

describe('buildChart', () => {
  it('gives Cytoscape data and classes, roots first, both lines of a body with two parents', () => {
    const chart = buildChart(result, ['h/csp'], 'NONE', (id) => id);
    expect(chart.nodes.map((n) => n.data.elementId)).toEqual(['h/csp', 'h/pdg', 'org/mps', 'h/marac', 'r/panel']);
    expect(chart.nodes[0]).toEqual({
      data: { elementId: 'h/csp', label: 'Havering CSP', shortLabel: null, kind: 'Partnership', parent: null, tier: 1, partnership: 'h/csp', compound: false, depth: 0, unlinked: false },
      classes: 'partnership body root tier-1',
    });
    expect(chart.nodes.find((n) => n.data.elementId === 'h/marac')).toMatchObject({ data: { shortLabel: 'MARAC', tier: 3 }, classes: 'panel body tier-3' });
    // no declared tier: a body's tier is its depth + 1, an organisation has none
    expect(chart.nodes.find((n) => n.data.elementId === 'h/pdg')?.data.tier).toBe(2);
    expect(chart.nodes.find((n) => n.data.elementId === 'org/mps')).toMatchObject({ data: { tier: null }, classes: 'organisation' });
    expect(chart.edges.filter((e) => e.data.source === 'h/marac').map((e) => e.data.target)).toEqual(['h/csp', 'h/pdg']);
    expect(chart.edges[1]).toEqual({
      data: { elementId: 'h/marac REPORTS_TO h/pdg', source: 'h/marac', target: 'h/pdg', type: 'REPORTS_TO', label: null, validFrom: null, validTo: '2020-03' },
      classes: 'reports-to dated',
    });
    expect(chart.edges[2].data.label).toBe('responsible-authority');
    expect(chart.edges[2].classes).toBe('member-of');
  });

  it('groups by partnership into compound nodes, labelled with names it was given for partnerships not reached', () => {
    const chart = buildChart(result, ['h/csp'], 'PARTNERSHIP', (id) => (id === 'r/csp' ? 'Richmond CSP' : id));
    const groups = chart.nodes.filter((n) => n.data.compound);
    expect(groups.map((g) => [g.data.elementId, g.data.label, g.classes])).toEqual([
      [groupId('PARTNERSHIP', 'h/csp'), 'Havering CSP', 'group group-partnership'],
      [groupId('PARTNERSHIP', 'r/csp'), 'Richmond CSP', 'group group-partnership'],
    ]);
    const parentOf = Object.fromEntries(chart.nodes.map((n) => [n.data.elementId, n.data.parent]));
    expect(parentOf['h/csp']).toBe('group:partnership:h/csp');
    expect(parentOf['h/marac']).toBe('group:partnership:h/csp');
    expect(parentOf['r/panel']).toBe('group:partnership:r/csp');
    expect(parentOf['org/mps']).toBeNull();
    // compound parents come before the nodes they hold
    expect(chart.nodes.findIndex((n) => n.data.elementId === 'group:partnership:r/csp')).toBeLessThan(chart.nodes.findIndex((n) => n.data.elementId === 'r/panel'));
  });

  it('groups by tier', () => {
    const chart = buildChart(result, ['h/csp'], 'TIER', (id) => id);
    expect(chart.nodes.filter((n) => n.data.compound).map((g) => g.data.label)).toEqual(['Tier 1', 'Tier 2', 'Tier 3']);
    const parentOf = Object.fromEntries(chart.nodes.map((n) => [n.data.elementId, n.data.parent]));
    expect(parentOf).toMatchObject({ 'h/csp': 'group:tier:1', 'h/pdg': 'group:tier:2', 'h/marac': 'group:tier:3', 'r/panel': 'group:tier:3', 'org/mps': null });
  });
});

describe('declaredTier', () => {
  it('reads whole numbers and numeric strings only', () => {
    expect(declaredTier(node('a', 'Board', { props: { tier: 2 } }))).toBe(2);
    expect(declaredTier(node('a', 'Board', { props: { tier: '3' } }))).toBe(3);
    expect(declaredTier(node('a', 'Board', { props: { tier: 'top' } }))).toBeNull();
    expect(declaredTier(node('a', 'Board', { props: { tier: 1.5 } }))).toBeNull();
    expect(declaredTier(node('a', 'Board'))).toBeNull();
  });
});

describe('shortestAlias', () => {
  it('picks the shortest alias as the short label, or none', () => {
    expect(shortestAlias(['Domestic Violence MARAC', 'DV MARAC', 'MARAC'])).toBe('MARAC');
    expect(shortestAlias([])).toBeNull();
  });
});
