// The analyses read the store in a few batched calls, and the nodes their results name resolve
// through the node loader (primed with what the analysis read): the number of store calls does
// not grow with the size of the answer. Counted on the real seeded SQLite store.
import { describe, expect, it } from 'vitest';
import { EVIDENCE } from './analysis-support.js';
import { useSeededApi } from './support/api.js';

const ctx = useSeededApi({ count: true });

/** Calls per store method while running the query. */
async function callsOf(query: string, variables: Record<string, unknown>): Promise<{ data: any; byMethod: Record<string, number> }> {
  ctx.calls.length = 0;
  const data = await ctx.api.data(query, variables);
  const byMethod: Record<string, number> = {};
  for (const c of ctx.calls) byMethod[c.method] = (byMethod[c.method] ?? 0) + 1;
  return { data, byMethod };
}

const MATRIX = `query($ids: [ID!]!) { vruAlignment(partnershipIds: $ids) {
  partnerships { name } totals { partnership { name } }
  themes { theme { name } requirements { requirement { name } cells {
    partnership { name } requirement { name } gaps { action { name } respondent { name } }
    responses { action { name } leads { actor { name } action { name } ${EVIDENCE} }
      narratives { respondent { name } response { respondent { name } requirement { name } } ${EVIDENCE} } }
  } } }
} }`;

const FINDINGS = `query($id: ID!) { governanceFindings(partnershipId: $id) {
  nodes { name partnership { name } } lines { from { name } to { name } } ${EVIDENCE}
} }`;

describe('batching', () => {
  it('vruAlignment costs the same store ctx.calls for one partnership as for four, and few', async () => {
    const one = await callsOf(MATRIX, { ids: ['richmond/csp'] });
    const four = await callsOf(MATRIX, { ids: ['richmond/csp', 'havering/csp', 'wandsworth/csp', 'rbkc/skcp'] });
    const narratives = one.data.vruAlignment.themes
      .flatMap((t: any) => t.requirements)
      .flatMap((r: any) => r.cells.flatMap((c: any) => c.responses.flatMap((x: any) => x.narratives)));
    expect(narratives.length).toBeGreaterThan(53);
    expect(four.byMethod).toEqual(one.byMethod);
    // the analysis: themes, requirements, answers, leads (4 expands); framework and partnerships, answers'
    // nodes, leads' nodes (4 getNodes); the resolvers: the partnership check and the evidence sources
    expect(one.byMethod).toEqual({ getNodes: 6, expand: 4 });
  });

  it('governanceFindings resolves every node of every finding without a call per finding', async () => {
    const richmond = await callsOf(FINDINGS, { id: 'richmond/csp' });
    const havering = await callsOf(FINDINGS, { id: 'havering/csp' });
    expect(richmond.data.governanceFindings.length).toBeGreaterThan(20);
    expect(richmond.byMethod).toEqual(havering.byMethod);
    expect(richmond.byMethod.expand).toBe(1);
    expect(richmond.byMethod.traverse).toBe(1);
    expect(richmond.byMethod.getNodes).toBeLessThanOrEqual(5);
  });

  it('sharedStructures and compareStructure resolve partnerships, boroughs and line ends in one call per level', async () => {
    const shared = await callsOf(
      `{ sharedStructures(first: 50) { spanning { node { name } partnerships { name } boroughs { name } lines { from { name } to { name } } }
         interlocks { organisation { name } partnerships { name } seats { body { name } lines { from { name } ${EVIDENCE} } } } } }`,
      {},
    );
    expect(shared.data.sharedStructures.spanning.length).toBeGreaterThan(10);
    expect(shared.byMethod.getNodes).toBeLessThanOrEqual(4);
    const diff = await callsOf(
      `{ compareStructure(partnershipId: "richmond/csp", from: "2017", to: "2024") {
         bodies { added { name members { member { name } } } } lines { added { from { name } to { name } ${EVIDENCE} } } } }`,
      {},
    );
    expect(diff.data.compareStructure.lines.added.length).toBeGreaterThan(20);
    expect(diff.byMethod.getNodes).toBeLessThanOrEqual(6);
  });
});
