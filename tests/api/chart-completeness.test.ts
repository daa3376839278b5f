// A partnership's structure chart holds every governance body its plans name that holds at the
// chart's date, with or without a line (server/domain/plan-bodies.ts). Expected sets come from
// the seed files: the bodies whose `partnership` is the chart's partnership.
import { describe, expect, it } from 'vitest';
import { BODY_KINDS } from '../../server/domain/model.js';
import { holdsAt } from '../../server/domain/period.js';
import { useSeededApi } from './support/api.js';

const ctx = useSeededApi();

const planBodies = (partnership: string, asOf?: string): string[] =>
  ctx.seeded.batch.nodes
    .filter((n) => (BODY_KINDS as readonly string[]).includes(n.kind) && (n.partnership ?? (n.kind === 'Partnership' ? n.id : null)) === partnership)
    .filter((n) => holdsAt(n, asOf))
    .map((n) => n.id)
    .sort();

const Q = `query($root: ID!, $asOf: String, $depth: Int) { structureChart(rootIds: [$root], asOf: $asOf, depth: $depth) {
  nodes { data { elementId kind tier unlinked } classes } edges { data { source target type } } sources { id title } } }`;

async function chart(root: string, asOf?: string, depth?: number) {
  return (await ctx.api.data(Q, { root, asOf: asOf ?? null, depth: depth ?? null })).structureChart;
}

describe('structureChart of a partnership: every body its plans name', () => {
  it.each([
    ['richmond/csp', '2017', 17],
    ['richmond/csp', '2024', 35],
    ['rbkc/skcp', '2020', 21],
    ['havering/csp', '2018', 20],
  ])('%s as at %s holds all %i bodies of its plans, each with a tier', async (root, asOf, count) => {
    const expected = planBodies(root, asOf);
    expect(expected).toHaveLength(count);
    for (const depth of [1, 3, 6]) {
      const c = await chart(root, asOf, depth);
      const drawn = new Set(c.nodes.map((n: any) => n.data.elementId));
      expect(expected.filter((id) => !drawn.has(id)), `missing at depth ${depth}`).toEqual([]);
      for (const n of c.nodes) if (expected.includes(n.data.elementId)) expect(n.data.tier, n.data.elementId).toBeGreaterThanOrEqual(1);
      for (const e of c.edges) expect(drawn.has(e.data.source) && drawn.has(e.data.target)).toBe(true);
    }
  });

  it('marks the bodies no line joins, and only those', async () => {
    const c = await chart('richmond/csp', '2024');
    const joined = new Set(c.edges.flatMap((e: any) => (e.data.source === e.data.target ? [] : [e.data.source, e.data.target])));
    const unlinked = c.nodes.filter((n: any) => n.data.unlinked).map((n: any) => n.data.elementId);
    expect(unlinked.length).toBeGreaterThan(0);
    for (const n of c.nodes) {
      const body = (BODY_KINDS as readonly string[]).includes(n.data.kind) && n.data.elementId !== 'richmond/csp';
      expect(n.data.unlinked, n.data.elementId).toBe(body && !joined.has(n.data.elementId));
      expect(n.classes.split(' ').includes('no-line'), n.data.elementId).toBe(n.data.unlinked);
    }
  });

  it('draws the flows JAG, Tasking and TTCG of Kensington and Chelsea with their feeds-into lines', async () => {
    const c = await chart('rbkc/skcp', '2020');
    const feeds = c.edges.filter((e: any) => e.data.type === 'FEEDS_INTO').map((e: any) => `${e.data.source} > ${e.data.target}`);
    const stated = ctx.seeded.batch.rels
      .filter((r) => r.type === 'FEEDS_INTO' && ['rbkc/jag', 'rbkc/partnership-tasking-meeting', 'rbkc/bcu-ttcg'].some((id) => r.from === id || r.to === id))
      .filter((r) => holdsAt(r, '2020'))
      .map((r) => `${r.from} > ${r.to}`);
    expect(stated.length).toBeGreaterThanOrEqual(2);
    expect(feeds).toEqual(expect.arrayContaining(stated));
  });

  it('names the sources its nodes and lines are evidenced by', async () => {
    const c = await chart('richmond/csp', '2024');
    expect(c.sources.map((s: any) => s.id)).toEqual(expect.arrayContaining(['source/richmond-csp-plan-2017', 'source/richmond-vsdp-2024']));
    for (const s of c.sources) expect(s.title.length).toBeGreaterThan(5);
  });
});
