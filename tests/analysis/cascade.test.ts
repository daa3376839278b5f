import { describe, expect, it } from 'vitest';
import { buildCascade, type CascadeData, type CascadeResult } from '../../server/domain/analysis/cascade.js';
import type { GraphNode } from '../../server/domain/model.js';
import { node, rel } from './fixtures.js';

const nodes: GraphNode[] = [
  node('n/svs', 'Strategy', 'Serious Violence Strategy'),
  node('h/plan', 'Strategy', 'Havering CSP Plan'),
  node('w/plan', 'Strategy', 'Wandsworth CSP Plan'),
  node('h/p1', 'Priority', 'Violence'),
  node('r/p2', 'Priority', 'Keeping neighbourhoods safe'),
  node('w/p3', 'Priority', 'Youth violence'),
  node('h/a1', 'Action', 'Knife crime week'),
  node('h/a2', 'Action', 'Joint weapons sweeps'),
  node('w/a3', 'Action', 'Mentoring'),
  node('org/mps', 'Organisation', 'Metropolitan Police Service'),
  node('org/css', 'Organisation', 'Community Safety Service'),
  node('h/board', 'Board', 'Havering CSP Board'),
  node('vru/ap', 'Strategy', 'VRU Action Plan'),
  node('vru/theme-1', 'Priority', 'Governance'),
  node('vru/ma-1-1', 'Requirement', 'Co-ordination arrangements'),
  node('r/resp-1-1', 'Action', 'Richmond answer to 1.1'),
];
const rels = [
  rel('h/p1', 'ALIGNS_WITH', 'n/svs'),
  rel('r/p2', 'ALIGNS_WITH', 'n/svs'),
  rel('w/plan', 'ALIGNS_WITH', 'n/svs'),
  rel('h/plan', 'HAS_PRIORITY', 'h/p1'),
  rel('w/plan', 'HAS_PRIORITY', 'w/p3'),
  rel('h/p1', 'HAS_ACTION', 'h/a1'),
  rel('h/p1', 'HAS_ACTION', 'h/a2'),
  rel('r/p2', 'HAS_ACTION', 'h/a2'),
  rel('w/p3', 'HAS_ACTION', 'w/a3'),
  rel('org/mps', 'LEADS', 'h/a1'),
  rel('org/css', 'DELIVERS', 'h/a2'),
  rel('h/board', 'OVERSEES', 'h/a1'),
  rel('org/mps', 'MEMBER_OF', 'h/board'),
  rel('vru/ap', 'HAS_PRIORITY', 'vru/theme-1'),
  rel('vru/ma-1-1', 'PART_OF', 'vru/theme-1'),
  rel('r/resp-1-1', 'RESPONDS_TO', 'vru/ma-1-1'),
  rel('org/css', 'LEADS', 'r/resp-1-1'),
];
const root = (id: string) => nodes.find((n) => n.id === id)!;
const data = (id: string, direction: CascadeData['direction'], extra: Partial<CascadeData> = {}): CascadeData => ({
  root: root(id),
  direction,
  maxDepth: 8,
  nodes,
  rels,
  ...extra,
});
const levels = (r: CascadeResult) => r.levels.map((l) => l.entries.map((e) => `${e.role}:${e.node.id}`));

describe('buildCascade down', () => {
  it('goes from a strategy to the priorities and strategies aligned with it, their actions, leads, partners and overseers', () => {
    const r = buildCascade(data('n/svs', 'down'));
    expect(levels(r)).toEqual([
      ['strategy:n/svs'],
      ['strategy:w/plan', 'priority:r/p2', 'priority:h/p1'],
      ['priority:w/p3', 'action:h/a2', 'action:h/a1'],
      ['action:w/a3', 'lead:org/mps', 'partner:org/css', 'overseer:h/board'],
    ]);
    expect(r.truncated).toBe(false);
  });

  it('records every parent of an action that serves two priorities', () => {
    const a2 = buildCascade(data('n/svs', 'down')).levels[2]!.entries.find((e) => e.node.id === 'h/a2')!;
    expect(a2.links.map((l) => [l.parentId, l.rel.type]).sort()).toEqual([
      ['h/p1', 'HAS_ACTION'],
      ['r/p2', 'HAS_ACTION'],
    ]);
  });

  it('goes from the VRU framework through its themes and mandatory actions to the boroughs answering them', () => {
    expect(levels(buildCascade(data('vru/ap', 'down')))).toEqual([
      ['strategy:vru/ap'],
      ['priority:vru/theme-1'],
      ['requirement:vru/ma-1-1'],
      ['action:r/resp-1-1'],
      ['lead:org/css'],
    ]);
  });

  it('stops at maxDepth and says so', () => {
    const r = buildCascade(data('n/svs', 'down', { maxDepth: 1 }));
    expect(r.levels).toHaveLength(2);
    expect(r.truncated).toBe(true);
  });

  it('follows only lines that hold as at asOf', () => {
    const dated = rels.map((x) => (x.from === 'w/plan' && x.type === 'ALIGNS_WITH' ? { ...x, validFrom: '2017', validTo: '2020' } : x));
    const r = buildCascade(data('n/svs', 'down', { rels: dated, asOf: '2024' }));
    expect(r.levels[1]!.entries.map((e) => e.node.id)).toEqual(['r/p2', 'h/p1']);
  });
});

describe('buildCascade up', () => {
  it('goes from an action to the priorities, plans and strategies it serves', () => {
    expect(levels(buildCascade(data('h/a2', 'up')))).toEqual([
      ['action:h/a2'],
      ['priority:r/p2', 'priority:h/p1'],
      ['strategy:h/plan', 'strategy:n/svs'],
    ]);
  });

  it('goes from an answer to a VRU mandatory action up to the framework', () => {
    expect(levels(buildCascade(data('r/resp-1-1', 'up')))).toEqual([
      ['action:r/resp-1-1'],
      ['requirement:vru/ma-1-1'],
      ['priority:vru/theme-1'],
      ['strategy:vru/ap'],
    ]);
  });
});
