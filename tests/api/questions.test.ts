// The users' questions (shared/DESIGN.md), asked the way the web client asks them, with answers
// read from the plans themselves (shared/sources). Each evidence quote the API returns is
// checked against the plan it names.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSourcesDir } from '../../server/seeds/quotes.js';
import { useSeededApi } from './support/api.js';
import { quotedIn } from './support/quotes.js';

const ctx = useSeededApi();

const EVIDENCE = 'evidence { locator quote source { id file } }';

/** Every quote is in the plan its source names (white space collapsed, as the seed check does; names withheld). */
function expectQuotedFromSources(evidence: { quote: string; source: { file: string } }[]) {
  expect(evidence.length).toBeGreaterThan(0);
  for (const e of evidence) {
    const text = readFileSync(path.join(defaultSourcesDir(), e.source.file), 'utf8');
    expect(quotedIn(text, e.quote), `quote not in ${e.source.file}: ${e.quote}`).toBe(true);
  }
}

describe('who does this panel report to, all the way up?', () => {
  it('Havering DV MARAC: to the Partnership Board, directly and through the "protecting vulnerable" priority delivery group', async () => {
    // Havering plan 5A: the third tier (operational sub-groups, among them the Domestic Violence MARAC under
    // "Protecting vulnerable individuals / victims") is "all accountable to the Havering Community Safety Partnership Board"
    const data = await ctx.api.data(`{
      reportingChain(id: "havering/dv-marac") { id name }
      node(id: "havering/dv-marac") { ... on Panel { reportsTo { body { id } ${EVIDENCE} } } }
      top: node(id: "havering/csp") { ... on Partnership { reportsTo { body { id } } } }
    }`);
    expect(data.reportingChain.map((chain: any[]) => chain.map((b) => b.name))).toEqual([
      ['Domestic Violence Multi-Agency Risk Assessment Conference', 'Havering Community Safety Partnership'],
      ['Domestic Violence Multi-Agency Risk Assessment Conference', 'Protecting vulnerable individuals / victims priority delivery group', 'Havering Community Safety Partnership'],
    ]);
    expect(data.top.reportsTo).toEqual([]);
    for (const line of data.node.reportsTo) expectQuotedFromSources(line.evidence);
  });

  it('holds for the life of the plan (2017/18 to 2019/20) and not after it', async () => {
    const q = `query($asOf: String) { reportingChain(id: "havering/dv-marac", asOf: $asOf) { id } }`;
    expect((await ctx.api.data(q, { asOf: '2018-06' })).reportingChain).toHaveLength(2);
    const after = (await ctx.api.data(q, { asOf: '2024' })).reportingChain;
    expect(after.every((chain: unknown[]) => chain.length <= 1)).toBe(true);
  });

  it('every panel of the Havering structure ends at the Partnership Board', async () => {
    const data = await ctx.api.data(`{ bodies(first: 100, filter: { partnership: "havering/csp", tier: 3 }) { nodes { id reportingChain { id } } } }`);
    const reporting = data.bodies.nodes.filter((b: any) => b.reportingChain.some((c: any[]) => c.length > 1));
    expect(reporting.length).toBeGreaterThan(5);
    for (const body of reporting) {
      for (const chain of body.reportingChain) expect(chain.at(-1).id).toBe('havering/csp');
    }
  });
});

describe('who chairs it, who sits on it, what does it oversee?', () => {
  const QUESTION = `query($id: ID!) { node(id: $id) { name ... on GovernanceBody {
    chairs { organisation { id name } role post ${EVIDENCE} }
    members { member { id name } organisation { id } role post onBehalfOf { id } ${EVIDENCE} }
    oversees { node { id kind name } }
  } } }`;

  it('the Havering CSP: chaired by the council Chief Executive, vice-chaired by the East BCU Borough Commander', async () => {
    // "Andrew Blake-Herbert Chief Executive London Borough of Havering Chair of the HCSP Jason Gwillim Borough
    // Commander East London BCU Vice Chair of the HCSP"
    const { node } = await ctx.api.data(QUESTION, { id: 'havering/csp' });
    expect(node.chairs.map((c: any) => [c.organisation.id, c.role, c.post])).toEqual([
      ['org/lb-havering', 'chair', 'Chief Executive London Borough of Havering'],
      ['org/mps-east-area-bcu', 'vice-chair', 'Borough Commander East London BCU'],
    ]);
    for (const c of node.chairs) expectQuotedFromSources(c.evidence);
  });

  it('the Havering CSP: the five responsible authorities of Appendix 4 and its fourteen other organisations', async () => {
    const { node } = await ctx.api.data(QUESTION, { id: 'havering/csp' });
    const byRole = (role: string) => node.members.filter((m: any) => m.role === role).map((m: any) => m.member.id).sort();
    // "London Borough of Havering (including Public Health); Clinical Commissioning Group; Metropolitan Police;
    // London Fire and Emergency Planning Authority; National Probation Service and Community Rehabilitation Company"
    expect(byRole('responsible-authority')).toEqual([
      'org/havering-ccg',
      'org/havering-public-health',
      'org/lb-havering',
      'org/london-crc',
      'org/london-fire-brigade',
      'org/mps',
      'org/national-probation-service',
    ]);
    expect(node.members.find((m: any) => m.member.id === 'org/havering-public-health').onBehalfOf).toEqual({ id: 'org/lb-havering' });
    // "Other Organisations": fourteen, one of them a body (the Safer Neighbourhood Board)
    expect(byRole('member')).toHaveLength(14);
    expect(node.members.find((m: any) => m.member.id === 'havering/safer-neighbourhood-board')).toMatchObject({ organisation: null, role: 'member' });
    for (const m of node.members) expectQuotedFromSources(m.evidence);
  });

  it('the Havering CSP oversees its plan', async () => {
    // "The partnership plan will be implemented and monitored by the Havering Community Safety Partnership."
    const { node } = await ctx.api.data(QUESTION, { id: 'havering/csp' });
    expect(node.oversees.map((o: any) => o.node.id)).toContain('havering/csp-plan-2017');
  });

  it("Richmond's Daily Risk Briefing (2024): co-chaired by the Police and the Social Care SPA", async () => {
    // "AFC -Daily Risk Briefing this meeting is chaired by Police and Social Care SPA"
    const { node } = await ctx.api.data(QUESTION, { id: 'richmond/daily-risk-briefing' });
    expect(node.chairs.map((c: any) => [c.organisation.id, c.role, c.post])).toEqual([
      ['org/mps', 'co-chair', 'Police'],
      ['org/richmond-spa', 'co-chair', 'Social Care SPA'],
    ]);
    for (const c of node.chairs) expectQuotedFromSources(c.evidence);
    // it started with the 2024 plan
    const in2018 = await ctx.api.data(`{ node(id: "richmond/daily-risk-briefing") { ... on Panel { chairs(asOf: "2018") { role } } } }`);
    expect(in2018.node.chairs).toEqual([]);
  });
});

describe('where does the Met sit across these partnerships?', () => {
  const QUESTION = `query($includeParts: Boolean) { node(id: "org/mps") { ... on Organisation {
    parts { id }
    memberships(includeParts: $includeParts) { member { id } body { id partnership { id } } role ${EVIDENCE} }
    chairs(includeParts: $includeParts) { chair { id } body { id } role post ${EVIDENCE} }
  } } }`;

  it('on every community safety partnership, and in the vice-chair of three of them', async () => {
    const { node } = await ctx.api.data(QUESTION, { includeParts: true });
    const partnerships = new Set(node.memberships.map((m: any) => m.body.partnership?.id));
    // every plan names the police as a member (a responsible authority) of its partnership
    expect([...partnerships]).toEqual(expect.arrayContaining(['havering/csp', 'rbkc/skcp', 'richmond/csp', 'wandsworth/csp']));
    // Havering: the East BCU's Borough Commander; Richmond: Chief Superintendent Parm Sandu;
    // Wandsworth: Acting Chief Superintendent Peter Laverick
    const viceChairs = node.chairs.filter((c: any) => c.role === 'vice-chair').map((c: any) => [c.body.id, c.chair.id, c.post]);
    expect(viceChairs).toEqual(
      expect.arrayContaining([
        ['havering/csp', 'org/mps-east-area-bcu', 'Borough Commander East London BCU'],
        ['richmond/csp', 'org/mps', 'Chief Superintendent'],
        ['wandsworth/csp', 'org/mps', 'Acting Chief Superintendent'],
      ]),
    );
    for (const line of [...node.memberships, ...node.chairs]) expectQuotedFromSources(line.evidence);
  });

  it('includeParts adds what its borough command units do', async () => {
    const own = (await ctx.api.data(QUESTION, { includeParts: false })).node;
    const all = (await ctx.api.data(QUESTION, { includeParts: true })).node;
    expect(own.parts.map((p: any) => p.id)).toEqual(expect.arrayContaining(['org/mps-east-area-bcu', 'org/mps-south-west-bcu']));
    expect(own.chairs.every((c: any) => c.chair.id === 'org/mps')).toBe(true);
    const byParts = all.chairs.filter((c: any) => c.chair.id !== 'org/mps');
    expect(byParts.length).toBeGreaterThan(0);
    expect(all.chairs).toHaveLength(own.chairs.length + byParts.length);
    // the seed files agree: the Met's own CHAIRS lines and those of the organisations PART_OF it
    const parts = ctx.seeded.batch.rels.filter((r) => r.type === 'PART_OF' && r.to === 'org/mps').map((r) => r.from);
    expect(all.chairs.map((c: any) => c.chair.id).sort()).toEqual(
      ctx.seeded.batch.rels.filter((r) => r.type === 'CHAIRS' && (r.from === 'org/mps' || parts.includes(r.from))).map((r) => r.from).sort(),
    );
  });

  it('the structure chart of all four partnerships shows the Met as one node linked to each', async () => {
    const data = await ctx.api.data(`{ structureChart(rootIds: ["havering/csp", "richmond/csp", "wandsworth/csp", "rbkc/skcp"], depth: 1, relationships: [MEMBER_OF], groupBy: PARTNERSHIP) {
      nodes { data { elementId parent } } edges { data { source target } } } }`);
    const met = data.structureChart.nodes.filter((n: any) => n.data.elementId === 'org/mps');
    expect(met).toHaveLength(1);
    // an organisation named by no one plan is drawn outside the partnership groups
    expect(met[0].data.parent).toBeNull();
    const targets = data.structureChart.edges.filter((e: any) => e.data.source === 'org/mps').map((e: any) => e.data.target);
    expect(new Set(targets)).toEqual(new Set(['havering/csp', 'richmond/csp', 'wandsworth/csp', 'rbkc/skcp']));
  });
});
