import { describe, expect, it } from 'vitest';
import { diffStructure, type StructureSnapshot } from '../../server/domain/analysis/compare-structure.js';
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
