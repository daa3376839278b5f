import { describe, expect, it } from 'vitest';
import { holdsAt } from '../../server/domain/period.js';
import { resolveScope } from '../../server/export/scope.js';
import { sliceOf, useSeededStore } from './support.js';

const ctx = useSeededStore();

describe('the graph slice an export holds', () => {
  it('with no partnership is the whole graph', async () => {
    const slice = await sliceOf(ctx.seeded, { partnershipIds: [] });
    const stats = await ctx.seeded.store.stats();
    expect(slice.nodes.length).toBe(stats.nodes);
    expect(slice.rels.length).toBe(stats.relationships);
    expect(slice.scope.partnerships.length).toBe(ctx.seeded.batch.nodes.filter((n) => n.kind === 'Partnership').length);
  });

  it("for one partnership as at a date: its nodes that hold then, their lines' far ends, and every cited source", async () => {
    const slice = await sliceOf(ctx.seeded, { partnershipIds: ['havering/csp'], asAt: '2018' });
    const ids = new Set(slice.nodes.map((n) => n.id));
    const own = ctx.seeded.batch.nodes.filter((n) => n.partnership === 'havering/csp' && holdsAt(n, '2018'));
    expect(own.length).toBeGreaterThan(20);
    for (const n of own) expect(ids.has(n.id), n.id).toBe(true);
    expect(slice.nodes.every((n) => holdsAt(n, '2018'))).toBe(true);
    expect(slice.rels.every((r) => holdsAt(r, '2018') && ids.has(r.from) && ids.has(r.to))).toBe(true);
    for (const e of [...slice.nodes, ...slice.rels].flatMap((x) => x.evidence)) expect(ids.has(e.source), e.source).toBe(true);
    // nothing of another borough but what a line reaches
    expect(slice.nodes.filter((n) => n.partnership === 'richmond/csp')).toEqual([]);
  });

  it('names a bad date or an unknown partnership', async () => {
    await expect(resolveScope(ctx.seeded.store, { partnershipIds: [], asAt: '2018-13' })).rejects.toThrow('asAt: "2018-13" is not a date');
    await expect(resolveScope(ctx.seeded.store, { partnershipIds: ['havering/csp', 'nowhere/csp'] })).rejects.toThrow('unknown partnership: "nowhere/csp"');
    await expect(resolveScope(ctx.seeded.store, { partnershipIds: ['org/mps'] })).rejects.toThrow('not a partnership: "org/mps" is a Organisation');
  });
});
