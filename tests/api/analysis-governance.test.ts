// governanceFindings: the governance rules over a partnership, with findings checked against
// what the plans say (and do not say).
import { beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE, PLANS, expectQuotedFromSources, occurrences } from './analysis-support.js';
import { useSeededApi } from './support/api.js';

const FINDINGS = `query($id: ID!, $asOf: String) { governanceFindings(partnershipId: $id, asOf: $asOf) {
  ruleId severity message rule { id summary }
  nodes { id kind name }
  lines { id type from { id } to { id } }
  ${EVIDENCE}
} }`;

const ctx = useSeededApi();
const findings = async (id: string, asOf?: string): Promise<any[]> => (await ctx.api.data(FINDINGS, { id, asOf })).governanceFindings;

describe('Richmond as at 2024', () => {
  let all: any[];
  beforeAll(async () => {
    all = await findings('richmond/csp', '2024');
  });

  it('misses only the link to a Health and Wellbeing Board: the plan names one only where it quotes the VRU action', () => {
    // the 2024 plan's one mention of a Health and Wellbeing Board is VRU action 1.1 itself ("Set out the local
    // co-ordination arrangements between ... and the Health and Wellbeing Board"); Richmond's answer names the
    // safeguarding children partnership, the safeguarding adults board and the combatting drugs partnership
    expect(occurrences(PLANS.richmond2024, 'Health and Wellbeing Board')).toBe(1);
    expect(occurrences(PLANS.richmond2024, 'Local Drugs Partnership; and the Health and Wellbeing Board')).toBe(1);
    for (const named of ['Kingston and Richmond Safeguarding Children', 'Safeguarding Adults Board', 'Combatting Drugs Partnership'])
      expect(occurrences(PLANS.richmond2024, named), named).toBeGreaterThan(1);

    const links = all.filter((f) => f.ruleId === 'missing-coordination-link');
    expect(links).toHaveLength(1);
    const [f] = links;
    expect(f.severity).toBe('MEDIUM');
    expect(f.message).toContain('health and wellbeing board');
    expect(f.nodes.map((n: any) => [n.id, n.kind])).toEqual([
      ['richmond/csp', 'Partnership'],
      ['vru/ma-1-1', 'Requirement'],
    ]);
    // the lines are Richmond's answer to action 1.1, whose narrative is the evidence a reviewer reads
    expect(f.lines.length).toBeGreaterThan(0);
    for (const line of f.lines) expect(line).toMatchObject({ type: 'RESPONDS_TO', from: { id: 'richmond/vsdp-2024/ma-1-1' }, to: { id: 'vru/ma-1-1' } });
    expectQuotedFromSources(f.evidence);
  });

  it('lists the most severe first and says for each rule what it looks for', () => {
    const order = ['HIGH', 'MEDIUM', 'LOW'];
    const ranks = all.map((f) => order.indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(all.map((f) => f.severity))).toEqual(new Set(order));
    for (const f of all) {
      expect(f.rule.id).toBe(f.ruleId);
      expect(f.rule.summary.length).toBeGreaterThan(20);
      expect(f.nodes.length).toBeGreaterThan(0);
    }
  });

  it('names the bodies it is about, resolved to their kinds, with evidence quoted from the plans', () => {
    const noLine = all.filter((f) => f.ruleId === 'no-reporting-line');
    expect(noLine.length).toBeGreaterThan(0);
    for (const f of noLine) {
      expect(['Partnership', 'Board', 'SubGroup', 'Panel']).toContain(f.nodes[0].kind);
      expect(f.message).toContain(f.nodes[0].name);
    }
    for (const f of all) if (f.evidence.length > 0) expectQuotedFromSources(f.evidence);
  });
});

describe('Richmond over its whole record', () => {
  it('finds the Prevent steering group of the 2017 plan missing from the 2024 plan', async () => {
    expect(occurrences(PLANS.richmond2017, 'Prevent steering group')).toBe(1);
    expect(occurrences(PLANS.richmond2024, 'steering group')).toBe(0);
    const dropped = (await findings('richmond/csp')).filter((f) => f.ruleId === 'body-dropped-from-later-plan');
    const prevent = dropped.find((f) => f.nodes[0].id === 'richmond/prevent-steering-group');
    expect(prevent).toMatchObject({ severity: 'LOW', message: expect.stringMatching(/2017.*not in the later.*2024/) });
    expect(prevent.nodes.map((n: any) => n.kind)).toEqual(['SubGroup', 'Strategy', 'Strategy']);
    expectQuotedFromSources(prevent.evidence);
  });

  it('does not hold the 2017 plan to the VRU action of 2023', async () => {
    const in2017 = await findings('richmond/csp', '2017');
    expect(in2017.length).toBeGreaterThan(0);
    expect(in2017.filter((f) => f.ruleId === 'missing-coordination-link')).toEqual([]);
  });
});

describe('Havering (2017-2020 plan)', () => {
  it('has findings of its own, each naming Havering nodes', async () => {
    const havering = await findings('havering/csp', '2018');
    expect(havering.length).toBeGreaterThan(0);
    for (const f of havering) {
      const ids = f.nodes.map((n: any) => n.id);
      expect(ids.some((id: string) => id.startsWith('havering/')), f.message).toBe(true);
    }
  });
});
