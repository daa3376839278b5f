import { describe, expect, it } from 'vitest';
import { diffStructure, type StructureSnapshot } from '../../server/domain/analysis/compare-structure.js';
import { withoutBoroughs } from '../../server/domain/analysis/counterparts.js';
import { node, rel } from './fixtures.js';

const P = 'p/csp';
const partnership = node(P, 'Partnership', 'Testham CSP', { partnership: P });
const marac = node('p/marac', 'Panel', 'Multi-Agency Risk Assessment Conference', { partnership: P, aliases: ['MARAC'] });
const prevent = node('p/prevent', 'SubGroup', 'Prevent Steering Group', { partnership: P });
const vawg = node('p/vawg', 'Board', 'VAWG Board', { partnership: P, props: { status: 'to be set up' } });
const vawg2024 = node('p/vawg-2024', 'Board', 'VAWG Strategic Board', { partnership: P, aliases: ['VAWG Board'] });
const svdg = node('p/svdg', 'SubGroup', 'Violence Strategic Delivery Group', { partnership: P });

const before: StructureSnapshot = {
  date: '2017',
  bodies: [partnership, marac, prevent, vawg],
  lines: [
    rel('p/marac', 'REPORTS_TO', P),
    rel('p/prevent', 'REPORTS_TO', P),
    rel('p/vawg', 'REPORTS_TO', P),
    rel('org/mps', 'CHAIRS', 'p/marac', { props: { role: 'chair' } }),
    rel('org/nps', 'MEMBER_OF', 'p/marac'),
  ],
};
const after: StructureSnapshot = {
  date: '2024',
  bodies: [partnership, { ...marac, props: { frequency: 'monthly' } }, vawg2024, svdg],
  lines: [
    rel('p/marac', 'REPORTS_TO', 'p/svdg'),
    rel('p/svdg', 'REPORTS_TO', P),
    rel('p/vawg-2024', 'REPORTS_TO', P),
    rel('org/mps', 'CHAIRS', 'p/marac', { key: 'y2024', props: { role: 'co-chair' } }),
    rel('org/probation', 'MEMBER_OF', 'p/marac'),
  ],
};

describe('diffStructure', () => {
  const diff = diffStructure(P, before, after);

  it('lists bodies added and removed', () => {
    expect(diff.bodies.added.map((b) => b.id)).toEqual(['p/svdg']);
    expect(diff.bodies.removed.map((b) => b.id)).toEqual(['p/prevent']);
  });

  it('reports a body whose record changed under the same id', () => {
    const m = diff.bodies.changed.find((c) => c.before.id === 'p/marac')!;
    expect(m.matchedBy).toBe('id');
    expect(m.fields).toEqual([{ field: 'props.frequency', before: null, after: '"monthly"' }]);
  });

  it('pairs a body recorded under a new id by a shared name or alias, and reports what differs', () => {
    const v = diff.bodies.changed.find((c) => c.before.id === 'p/vawg')!;
    expect(v.after.id).toBe('p/vawg-2024');
    expect(v.matchedBy).toBe('name');
    expect(v.fields.map((f) => f.field)).toEqual(['id', 'name', 'aliases', 'props.status']);
    expect(diff.bodies.unchanged).toBe(1);
  });

  it('lists lines added and removed, reading ends through paired bodies', () => {
    expect(diff.lines.added.map((r) => r.id)).toEqual(['org/probation MEMBER_OF p/marac', 'p/marac REPORTS_TO p/svdg', 'p/svdg REPORTS_TO p/csp']);
    expect(diff.lines.removed.map((r) => r.id)).toEqual(['org/nps MEMBER_OF p/marac', 'p/marac REPORTS_TO p/csp', 'p/prevent REPORTS_TO p/csp']);
    // p/vawg REPORTS_TO p/csp continues as p/vawg-2024 REPORTS_TO p/csp
    expect(diff.lines.unchanged).toBe(1);
  });

  it('reports a line between the same ends whose properties changed', () => {
    expect(diff.lines.changed).toHaveLength(1);
    expect(diff.lines.changed[0]!.fields).toEqual([{ field: 'props.role', before: '"chair"', after: '"co-chair"' }]);
  });

  it('finds nothing between a snapshot and itself', () => {
    const same = diffStructure(P, before, { ...before, date: '2018' });
    expect([same.bodies.added, same.bodies.removed, same.bodies.changed, same.lines.added, same.lines.removed, same.lines.changed]).toEqual([[], [], [], [], [], []]);
    expect(same.bodies.unchanged).toBe(4);
    expect(same.lines.unchanged).toBe(5);
  });

  it('does not pair by a name two bodies on one side share', () => {
    const twin = node('p/vawg-ops', 'SubGroup', 'VAWG operational group', { partnership: P, aliases: ['VAWG Board'] });
    const d = diffStructure(P, before, { ...after, bodies: [...after.bodies, twin] });
    expect(d.bodies.removed.map((b) => b.id)).toContain('p/vawg');
  });
});

describe('diffStructure between two partnerships', () => {
  const A = 'a/csp';
  const B = 'b/csp';
  const boroughs = ['london borough of ashby', 'ashby', 'bexton'];
  const a = {
    csp: node(A, 'Partnership', 'Ashby Community Safety Partnership', { partnership: A }),
    vawg: node('a/vawg', 'Board', 'Ashby Strategic VAWG Board', { partnership: A, aliases: ['VAWG Board'] }),
    hate: node('a/hate', 'SubGroup', 'Stop Hate in Ashby', { partnership: A, aliases: ['Hate Crime forum'] }),
    panel: node('a/panel', 'Panel', 'Risk Panel', { partnership: A }),
    csu: node('org/a-csu', 'Organisation', 'Ashby Community Safety Unit'),
  };
  const b = {
    csp: node(B, 'Partnership', 'Bexton Safer Partnership', { partnership: B }),
    vawg: node('b/vawg', 'Board', 'Bexton Strategic VAWG Board', { partnership: B, text: 'Meets quarterly.' }),
    hate: node('b/hate', 'SubGroup', 'Hate Crime Forum', { partnership: B }),
    // the same name as Ashby's panel, but a sub-group: not its counterpart
    panel: node('b/panel', 'SubGroup', 'Risk Panel', { partnership: B }),
    csu: node('org/b-csu', 'Organisation', 'Community Safety Unit', { aliases: ['Bexton CSU'] }),
  };
  const first: StructureSnapshot = {
    date: '2017',
    bodies: [a.csp, a.vawg, a.hate, a.panel],
    lines: [rel('a/vawg', 'REPORTS_TO', A), rel('a/panel', 'REPORTS_TO', A), rel('org/a-csu', 'MEMBER_OF', A), rel('org/mps', 'MEMBER_OF', A)],
    ends: [a.csu, node('org/mps', 'Organisation', 'Metropolitan Police Service')],
  };
  const second: StructureSnapshot = {
    date: '2019',
    bodies: [b.csp, b.vawg, b.hate, b.panel],
    lines: [rel('b/vawg', 'REPORTS_TO', B), rel('b/hate', 'FEEDS_INTO', 'b/vawg'), rel('org/b-csu', 'MEMBER_OF', B), rel('org/mps', 'MEMBER_OF', B)],
    ends: [b.csu, node('org/mps', 'Organisation', 'Metropolitan Police Service')],
  };
  const d = diffStructure(A, first, second, { toPartnershipId: B, boroughs });
  const matched = (id: string) => d.bodies.matched.find((p) => p.before.id === id);

  it('takes the boroughs` names out of names, and the words they leave dangling', () => {
    expect(withoutBoroughs('stop hate in ashby', boroughs)).toBe('stop hate');
    expect(withoutBoroughs('ashby s adult s safeguarding partnership', boroughs)).toBe('adult s safeguarding partnership');
    expect(withoutBoroughs('london borough of ashby council', boroughs)).toBe('council');
    expect(withoutBoroughs('ashbyford panel', boroughs)).toBe('ashbyford panel');
  });

  it('pairs the partnerships, and bodies of one kind by name or alias less the borough', () => {
    expect(d.toPartnershipId).toBe(B);
    expect(matched(A)).toMatchObject({ after: { id: B }, matchedBy: 'partnership' });
    expect(matched('a/vawg')).toMatchObject({ after: { id: 'b/vawg' }, matchedBy: 'name' });
    expect(matched('a/hate')).toMatchObject({ after: { id: 'b/hate' }, matchedBy: 'name' });
    expect(matched('a/panel')).toBeUndefined();
    expect(d.bodies.removed.map((n) => n.id)).toEqual(['a/panel']);
    expect(d.bodies.added.map((n) => n.id)).toEqual(['b/panel']);
  });

  it('reports neither ids nor aliases, nor a name that differs only by the borough', () => {
    const vawg = d.bodies.changed.find((c) => c.before.id === 'a/vawg')!;
    expect(vawg.fields).toEqual([{ field: 'text', before: null, after: '"Meets quarterly."' }]);
    const hate = d.bodies.changed.find((c) => c.before.id === 'a/hate')!;
    expect(hate.fields.map((f) => f.field)).toEqual(['name']);
  });

  it('reads lines through the pairs, organisations at the ends included', () => {
    expect(d.lines.removed.map((r) => r.id)).toEqual(['a/panel REPORTS_TO a/csp']);
    expect(d.lines.added.map((r) => r.id)).toEqual(['b/hate FEEDS_INTO b/vawg']);
    // the VAWG boards' lines, the CSUs' memberships and the Met's
    expect(d.lines.unchanged).toBe(3);
  });
});
