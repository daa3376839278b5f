// Facts of the model as the API gives them, each checked against its plan: how a fact is known,
// posts and the people who hold them, delivery by providers, continuity between plans, and the
// typed lines of a body.
import { describe, expect, it } from 'vitest';
import { expectQuotedFromSources, PLANS, planText } from './analysis-support.js';
import { collapse } from '../../server/seeds/quotes.js';
import { useSeededApi } from './support/api.js';

const ctx = useSeededApi();
const EVIDENCE = 'evidence { quote basis note source { id ... on Source { file } } }';

describe('how each fact is known', () => {
  it("Richmond CSP's 2024 co-ordination links rest on the VRU template's request and on inference, not on a statement", async () => {
    const template = 'Set out the local co-ordination arrangements between the Community Safety Partnership and sub groups;';
    expect(collapse(planText(PLANS.richmond2024))).toContain(template);
    const data = await ctx.api.data(`{ node(id: "richmond/csp") { ... on Partnership { linksWith(asOf: "2024") { node { id } ${EVIDENCE} } } } }`);
    const links = data.node.linksWith.filter((l: any) => ['richmond/cdp', 'richmond/krscp', 'richmond/safeguarding-adults-board'].includes(l.node.id));
    expect(links).toHaveLength(3);
    for (const l of links) {
      expect(l.evidence.map((e: any) => e.basis)).toEqual(['TEMPLATE', 'INFERRED']);
      expect(l.evidence[0].quote).toContain('Set out the local co-ordination arrangements');
      expect(l.evidence[1].note).toMatch(/states no arrangement/);
      expectQuotedFromSources(l.evidence);
    }
  });

  it('governanceFindings lists the facts that rest only on inference or the template, and proposes likely duplicates', async () => {
    const data = await ctx.api.data(`{ governanceFindings(partnershipId: "richmond/csp") { ruleId message nodes { id } } }`);
    const notStated = data.governanceFindings.filter((f: any) => f.ruleId === 'fact-not-stated').map((f: any) => f.message);
    expect(notStated).toContain(
      `"Richmond Community Safety Partnership links with Combatting Drugs Partnership" rests only on inference and the VRU template's request (Richmond describes the partnership in its answer to the co-ordination request (action 1.1); it states no arrangement between it and the CSP).`,
    );
    const dup = data.governanceFindings.filter((f: any) => f.ruleId === 'likely-duplicate');
    expect(dup.map((f: any) => f.nodes.map((n: any) => n.id))).toContainEqual(['org/positive-action-in-the-community', 'org/prevent-and-change-team']);
  });
});

describe('how each entry of a fact is known: headings, lists and names', () => {
  it("K&C's CSPB is part of the partnership only on inference: its quote shows the abbreviation as a lead", async () => {
    const data = await ctx.api.data(`{ node(id: "rbkc/community-safety-partnership-board") { aliases lines(types: [PART_OF], direction: OUT) { to { id } ${EVIDENCE} } } }`);
    expect(data.node.aliases).toContain('CSPB');
    expect(data.node.lines.map((l: any) => l.to.id)).toEqual(['rbkc/skcp']);
    for (const e of data.node.lines[0].evidence) expect(e.basis).toBe('INFERRED');
    expect(data.node.lines[0].evidence[0].quote).toContain('CSPB');
    expectQuotedFromSources(data.node.lines[0].evidence);
  });

  it("Havering's membership: the list's heading alone is inferred, the organisation's own item and the footnote state it", async () => {
    const data = await ctx.api.data(`{ node(id: "org/mps") { lines(types: [MEMBER_OF], direction: OUT) { to { id } ${EVIDENCE} } } }`);
    const line = data.node.lines.find((l: any) => l.to.id === 'havering/csp');
    expect(line.evidence.map((e: any) => [e.quote, e.basis])).toEqual([
      ['Responsible Authorities (those required to be involved by statute)', 'INFERRED'],
      ['Metropolitan Police', 'STATED'],
      ['London Borough of Havering, Clinical Commissioning Group, Metropolitan Police, London Fire & Emergency Planning Authority and National Probation Service/Community Rehabilitation Company.', 'STATED'],
    ]);
    expect(line.evidence[0].note).toMatch(/heading of the membership list/);
    expectQuotedFromSources(line.evidence);
  });

  it('an action listed under a priority\'s heading belongs to it by inference, though its quote says "VAWG"', async () => {
    const data = await ctx.api.data(`{ node(id: "richmond/2017-vawg-d6") { lines(types: [HAS_ACTION], direction: IN) { from { id } ${EVIDENCE} } } }`);
    expect(data.node.lines.map((l: any) => l.from.id)).toEqual(['richmond/2017-vawg']);
    const [e] = data.node.lines[0].evidence;
    expect(e.quote).toContain('Establish a Richmond Strategic VAWG Board');
    expect(e).toMatchObject({ basis: 'INFERRED', note: expect.stringMatching(/under the priority's heading/) });
    expectQuotedFromSources(data.node.lines[0].evidence);
  });
});

describe('facts found on reading the plans again', () => {
  it("Havering's local authority Multi-Agency Safeguarding Hub is the council's", async () => {
    const quote = 'currently more than a quarter of all cases received in the local authority Multi-Agency Safeguarding Hub involve domestic abuse';
    expect(collapse(planText(PLANS.havering2017))).toContain(quote);
    const data = await ctx.api.data(`{ node(id: "org/havering-mash") { aliases ... on Organisation { partOf { id } } ${EVIDENCE} } }`);
    expect(data.node.aliases).toEqual(['MASH']);
    expect(data.node.partOf.map((o: any) => o.id)).toEqual(['org/lb-havering']);
    expect(data.node.evidence.map((e: any) => [e.quote, e.basis])).toEqual([[quote, 'STATED']]);
  });

  it("Wandsworth's Strategic VAWG Board is 'to be set up' until its first meeting in October 2017", async () => {
    expect(collapse(planText(PLANS.wandsworth2017))).toContain('First board meeting to take place in October 2017');
    const data = await ctx.api.data(`{ node(id: "wandsworth/vawg-board") { ... on Board { sept: status(asOf: "2017-09") oct: status(asOf: "2017-10") nov: status(asOf: "2017-11") } } }`);
    expect(data.node).toEqual({ sept: 'to be set up', oct: 'to be set up', nov: null });
  });
});

describe('posts and personal data', () => {
  it("Wandsworth's chair is the Chief Executive's post; the holder's name is withheld by default, in the field and in the quote", async () => {
    expect(collapse(planText(PLANS.wandsworth2017))).toContain('Paul Martin Chief Executive Chair');
    const data = await ctx.api.data(`{ node(id: "wandsworth/csp") { ... on Partnership { chairs { role post holder organisation { id } note properties { key } ${EVIDENCE} } } } }`);
    const chair = data.node.chairs.find((c: any) => c.role === 'chair');
    expect(chair).toMatchObject({ post: 'Chief Executive', holder: null, organisation: { id: 'org/lb-wandsworth' } });
    expect(chair.evidence[0].quote).toBe('[name withheld] Chief Executive Chair');
    expect(chair.note).not.toMatch(/Paul Martin/);
    expect(chair.properties.map((p: any) => p.key)).not.toContain('holder');
    expectQuotedFromSources(chair.evidence);
  });

  it('shows the holder only when the server sets GOVGRAPH_PERSONAL_DATA=show', async () => {
    const query = `{ node(id: "wandsworth/csp") { ... on Partnership { chairs { role holder evidence { quote } } } } }`;
    process.env.GOVGRAPH_PERSONAL_DATA = 'show';
    try {
      const data = await ctx.api.data(query);
      expect(data.node.chairs.find((c: any) => c.role === 'chair')).toEqual({ role: 'chair', holder: 'Paul Martin', evidence: [{ quote: 'Paul Martin Chief Executive Chair' }] });
    } finally {
      delete process.env.GOVGRAPH_PERSONAL_DATA;
    }
  });

  it("K&C's delivery plan names officers as leads: their names are held as holders, not posts, and withheld", async () => {
    const data = await ctx.api.data(`{ node(id: "rbkc/syv-establish-gangs-exploitation-unit") { ... on Action { leadAsWritten leads { post holder actor { id } } } } }`);
    expect(data.node.leadAsWritten).toBe('[name withheld] / [name withheld]');
    expect(data.node.leads).toContainEqual({ post: null, holder: null, actor: { id: 'org/rbkc' } });
  });
});

describe('leads as the plans write them', () => {
  it('"Housing partners / Community Safety" is two leads of Richmond\'s answer to VRU 5.5', async () => {
    expect(collapse(planText(PLANS.richmond2024))).toContain('other violence-reduction partners. Housing partners / Community Safety');
    const data = await ctx.api.data(`{ node(id: "richmond/vsdp-2024/ma-5-5") { ... on Action { leadAsWritten leads { actor { id } } } } }`);
    expect(data.node.leadAsWritten).toBe('Housing partners / Community Safety');
    expect(data.node.leads.map((l: any) => l.actor.id).sort()).toEqual(['org/community-safety-service', 'org/richmond-housing-partners']);
  });

  it('a Havering officer leads on behalf of the partnership: the post, its organisation and whom it acts for', async () => {
    expect(collapse(planText(PLANS.havering2017))).toContain('LBH Community Safety & Development: Hate Crime and Prevent Co- ordinator leads on behalf of HCSP');
    const data = await ctx.api.data(`{ node(id: "havering/action-hate-crime-prevent") { ... on Action { leads { post actor { id } onBehalfOf { id } } } } }`);
    expect(data.node.leads).toEqual([{ post: 'Hate Crime and Prevent Co-ordinator', actor: { id: 'org/havering-community-safety-development' }, onBehalfOf: { id: 'havering/csp' } }]);
  });
});

describe('delivery by providers', () => {
  it("K&C's Angelou Partnership has its ten member providers as parts, and delivers the Integrated Support Service", async () => {
    const quote = 'Angelou Partnership (AP) which is made up of ten specialist service providers including:';
    expect(collapse(planText(PLANS.rbkc2019))).toContain(quote);
    const data = await ctx.api.data(`{
      node(id: "org/rbkc-angelou-partnership") { ... on Organisation { parts { id } lines(types: [DELIVERED_BY], direction: IN) { from { id } ${EVIDENCE} } } }
    }`);
    expect(data.node.parts).toHaveLength(10);
    expect(data.node.parts.map((p: any) => p.id)).not.toContain('org/rbkc-vawg-integrated-support-service');
    expect(data.node.lines.map((l: any) => l.from.id)).toEqual(['org/rbkc-vawg-integrated-support-service']);
    expect(data.node.lines[0].evidence[0].quote).toBe('The VAWG Integrated Support Service is delivered by the Angelou Partnership (AP)');
  });
});

describe('continuity between plans', () => {
  it("Richmond's 2024 VAWG strategic delivery group supersedes the 2017 Strategic VAWG Board, which is no longer 'to be set up' as at 2024", async () => {
    const data = await ctx.api.data(`{
      group: node(id: "richmond/vawg-strategic-delivery-group") { lines(types: [SUPERSEDES], direction: OUT) { to { id } ${EVIDENCE} } }
      board: node(id: "richmond/vawg-board") { ... on Board { in2017: status(asOf: "2017-09") in2024: status(asOf: "2024") always: status } }
      forum: node(id: "richmond/vawg-community-forum") { validFrom properties { key } }
      cctv: node(id: "org/richmond-wandsworth-careline-cctv") { ... on Organisation { in2017: status(asOf: "2017") in2024: status(asOf: "2024") } }
    }`);
    expect(data.group.lines.map((l: any) => l.to.id)).toEqual(['richmond/vawg-board']);
    expect(data.group.lines[0].evidence.map((e: any) => e.basis)).toEqual(['INFERRED', 'INFERRED']);
    expectQuotedFromSources(data.group.lines[0].evidence);
    expect(data.board).toEqual({ in2017: 'to be set up', in2024: null, always: 'to be set up' });
    // an organisation's status holds to its statusTo too: the 2017 plans' proposed shared control room
    expect(data.cctv).toEqual({ in2017: 'proposed', in2024: null });
    expect(collapse(planText(PLANS.richmond2024))).toContain('The VAWG Community Forum was set up in Autumn 2022');
    expect(data.forum.validFrom).toBe('2022-09');
    expect(data.forum.properties.map((p: any) => p.key)).not.toContain('established');
  });
});

describe('the typed lines of a body', () => {
  it("keep lines that end at an organisation: Richmond's Daily Risk Briefing feeds into the MASH", async () => {
    expect(collapse(planText(PLANS.richmond2024))).toContain("Ensuring that referrals and Merlin's have been received by MASH.");
    const data = await ctx.api.data(`{ node(id: "richmond/daily-risk-briefing") { ... on GovernanceBody { feedsInto { node { id kind } body { id } } } } }`);
    expect(data.node.feedsInto).toContainEqual({ node: { id: 'org/richmond-mash', kind: 'Organisation' }, body: null });
  });

  it('list a member whose seat both plans state once, with both quotes', async () => {
    const data = await ctx.api.data(`{ node(id: "richmond/csp") { ... on Partnership { members { organisation { id } validFrom validTo ${EVIDENCE} } } } }`);
    const met = data.node.members.filter((m: any) => m.organisation?.id === 'org/mps');
    expect(met).toHaveLength(1);
    expect(met[0]).toMatchObject({ validFrom: '2017', validTo: null });
    expect(new Set(met[0].evidence.map((e: any) => e.source.id))).toEqual(new Set(['source/richmond-csp-plan-2017', 'source/richmond-vsdp-2024']));
    const in2024 = await ctx.api.data(`{ node(id: "richmond/csp") { ... on Partnership { members(asOf: "2024") { organisation { id } validFrom } } } }`);
    expect(in2024.node.members.filter((m: any) => m.organisation?.id === 'org/mps')).toEqual([{ organisation: { id: 'org/mps' }, validFrom: '2024' }]);
  });
});
