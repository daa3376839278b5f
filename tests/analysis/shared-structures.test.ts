import { describe, expect, it } from 'vitest';
import { findSharedStructures, type SharedStructuresData } from '../../server/domain/analysis/shared-structures.js';
import { node, rel } from './fixtures.js';

const boards = ['r', 'w', 'h'].map((b) => node(`${b}/board`, 'Board', `${b.toUpperCase()} CSP Board`, { partnership: `${b}/csp` }));
const nodes = [
  ...boards,
  node('h/marac', 'Panel', 'H MARAC', { partnership: 'h/csp' }),
  node('r/vawg', 'Board', 'R VAWG Board', { partnership: 'r/csp' }),
  node('w/vawg', 'Board', 'W VAWG Board', { partnership: 'w/csp' }),
  node('org/mps', 'Organisation', 'Metropolitan Police Service'),
  node('org/css', 'Organisation', 'Community Safety Service'),
  node('org/local', 'Organisation', 'Richmond Mind', { partnership: 'r/csp' }),
  node('org/shared-vawg', 'Organisation', 'Shared VAWG Service'),
  node('org/single', 'Organisation', 'Richmond Only Service'),
  node('org/mopac', 'Organisation', 'MOPAC'),
  node('strategy/london', 'Strategy', 'A London strategy'),
  node('area/london', 'Area', 'London', { props: { type: 'region' } }),
  node('area/bcu-sw', 'Area', 'South West BCU', { props: { type: 'bcu' } }),
  node('area/richmond', 'Area', 'Richmond', { props: { type: 'borough' } }),
  node('area/wandsworth', 'Area', 'Wandsworth', { props: { type: 'borough' } }),
];
const rels = [
  rel('org/mps', 'MEMBER_OF', 'r/board'),
  rel('org/mps', 'MEMBER_OF', 'w/board', { props: { role: 'responsible-authority' } }),
  rel('org/mps', 'MEMBER_OF', 'h/board', { validFrom: '2017', validTo: '2020' }),
  rel('org/mps', 'CHAIRS', 'h/marac'),
  rel('org/css', 'MEMBER_OF', 'r/board'),
  rel('org/css', 'CHAIRS', 'w/board', { props: { role: 'co-chair' } }),
  rel('org/local', 'MEMBER_OF', 'r/board'),
  rel('h/marac', 'REPORTS_TO', 'h/board'),
  rel('r/vawg', 'LINKS_WITH', 'w/vawg'),
  rel('org/shared-vawg', 'COVERS', 'area/richmond'),
  rel('org/shared-vawg', 'COVERS', 'area/wandsworth'),
  rel('org/single', 'COVERS', 'area/richmond'),
  rel('org/mopac', 'COVERS', 'area/london'),
  rel('strategy/london', 'COVERS', 'area/london'),
  rel('area/richmond', 'PART_OF', 'area/bcu-sw'),
  rel('area/bcu-sw', 'PART_OF', 'area/london'),
  rel('area/wandsworth', 'PART_OF', 'area/london'),
];
const data: SharedStructuresData = { nodes, rels };

describe('findSharedStructures', () => {
  const report = findSharedStructures(data);
  const spanning = Object.fromEntries(report.spanning.map((s) => [s.node.id, s]));

  it('finds nodes tied to bodies of two or more partnerships, with the lines that make them span', () => {
    expect(spanning['org/mps']!.partnershipIds).toEqual(['h/csp', 'r/csp', 'w/csp']);
    expect(spanning['org/css']!.partnershipIds).toEqual(['r/csp', 'w/csp']);
    expect(spanning['r/vawg']!.partnershipIds).toEqual(['r/csp', 'w/csp']);
    expect(spanning['r/vawg']!.rels.map((r) => r.id)).toEqual(['r/vawg LINKS_WITH w/vawg']);
    expect(spanning['w/vawg']!.partnershipIds).toEqual(['r/csp', 'w/csp']);
  });

  it('finds nodes covering two or more boroughs, directly or through a wider area', () => {
    expect(spanning['org/shared-vawg']!.boroughIds).toEqual(['area/richmond', 'area/wandsworth']);
    expect(spanning['org/mopac']!.boroughIds).toEqual(['area/richmond', 'area/wandsworth']);
  });

  it('leaves out what stays inside one partnership or borough, and what is not a body or organisation', () => {
    for (const id of ['org/local', 'org/single', 'h/marac', 'h/board', 'area/london', 'strategy/london']) expect(spanning[id]).toBeUndefined();
  });

  it('puts the widest first', () => {
    expect(report.spanning[0]!.node.id).toBe('org/mps');
  });

  it('ranks organisations by the bodies they sit on, with their seats and roles', () => {
    expect(report.interlocks.map((i) => [i.organisation.id, i.bodyCount])).toEqual([
      ['org/mps', 4],
      ['org/css', 2],
    ]);
    const css = report.interlocks[1]!;
    expect(css.seats.map((s) => [s.body.id, s.roles])).toEqual([
      ['r/board', ['member']],
      ['w/board', ['co-chair']],
    ]);
    expect(css.partnershipIds).toEqual(['r/csp', 'w/csp']);
  });

  it('keeps only the top interlocks asked for', () => {
    expect(findSharedStructures(data, 1).interlocks.map((i) => i.organisation.id)).toEqual(['org/mps']);
  });

  it('reads the graph as at asOf', () => {
    const r = findSharedStructures({ ...data, asOf: '2024' });
    expect(r.interlocks[0]).toMatchObject({ bodyCount: 3 });
    expect(r.spanning.find((s) => s.node.id === 'org/mps')!.partnershipIds).toEqual(['h/csp', 'r/csp', 'w/csp']);
  });
});
