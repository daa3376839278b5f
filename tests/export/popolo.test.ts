import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../server/export/popolo-schema.json' with { type: 'json' };
import { toPopolo } from '../../server/export/popolo.js';
import { sliceOf, useSeededStore } from './support.js';

const ctx = useSeededStore();
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const errorsOf = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');

describe('Popolo JSON export', () => {
  it('validates against its schema, for the national set and for one borough as at a date', async () => {
    for (const req of [{ partnershipIds: [] }, { partnershipIds: ['havering/csp'], asAt: '2018' }]) {
      const doc = JSON.parse(JSON.stringify(toPopolo(await sliceOf(ctx.seeded, req))));
      expect(validate(doc), errorsOf()).toBe(true);
    }
  });

  it('holds every node and line of the slice once, each with its sources, and says what it is of', async () => {
    const slice = await sliceOf(ctx.seeded, { partnershipIds: ['richmond/csp'], asAt: '2024' });
    const doc = toPopolo(slice);
    expect(doc.meta).toMatchObject({ asAt: '2024', partnerships: [{ id: 'richmond/csp', name: 'Richmond Community Safety Partnership' }] });
    const nodeIds = [doc.organizations, doc.areas, doc.other_nodes, doc.documents].flat().map((o) => o.id);
    expect(nodeIds.sort()).toEqual(slice.nodes.map((n) => n.id).sort());
    const relIds = [...doc.memberships, ...doc.relationships].map((o) => o.id);
    expect(relIds.sort()).toEqual(slice.rels.map((r) => r.id).sort());
    const organizations = new Set(doc.organizations.map((o) => o.id));
    for (const m of doc.memberships) {
      expect(organizations.has(m.organization_id as string)).toBe(true);
      expect(organizations.has((m.member as { id: string }).id)).toBe(true);
    }
    const withEvidence = slice.rels.find((r) => r.type === 'CHAIRS' && r.evidence.length > 0)!;
    const membership = doc.memberships.find((m) => m.id === withEvidence.id)!;
    expect(membership.sources).toEqual(
      withEvidence.evidence.map((e) => expect.objectContaining({ source_id: e.source, locator: e.locator, quote: e.quote })),
    );
    expect(membership.role).toBe(withEvidence.props.role ?? 'chair');
  });

  it('turns a chair named by post into a Popolo post held on behalf of its organisation', async () => {
    const doc = toPopolo(await sliceOf(ctx.seeded, { partnershipIds: ['richmond/csp'] }));
    const post = doc.posts.find((p) => p.label === 'Social Care SPA')!;
    expect(post).toMatchObject({ role: 'co-chair', organization_id: 'richmond/daily-risk-briefing' });
    expect(doc.memberships.find((m) => m.post_id === post.id)).toMatchObject({
      member: { '@type': 'Organization', id: 'org/richmond-spa' },
      on_behalf_of_id: 'org/richmond-spa',
      role: 'co-chair',
    });
  });

  it('the schema rejects a membership without its organization and a date that is not a plan date', () => {
    const bad = { meta: { asAt: '2018', partnerships: [], generatedOn: '2026-01-01', generator: 'x' }, organizations: [], posts: [], areas: [], relationships: [], other_nodes: [], documents: [],
      memberships: [{ id: 'm', member: { '@type': 'Organization', id: 'o' }, role: 'chair', start_date: '18/04/2018', sources: [] }] };
    expect(validate(bad)).toBe(false);
    expect(errorsOf()).toContain("must have required property 'organization_id'");
    expect(errorsOf()).toContain('/memberships/0/start_date must match pattern');
  });
});
