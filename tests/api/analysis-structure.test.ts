// cascade, compareStructure and sharedStructures on the seeded store, with answers checked
// against the plans.
import { beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE, PLANS, expectQuotedFromSources, occurrences } from './analysis-support.js';
import { useSeededApi } from './support/api.js';

const ctx = useSeededApi();

const CASCADE = `query($id: ID!, $asOf: String, $direction: CascadeDirection, $depth: Int) {
  cascade(id: $id, asOf: $asOf, direction: $direction, depth: $depth) {
    root { id } direction asOf truncated
    levels { depth entries { node { id kind name } role depth links { parent { id } line { id type from { id } to { id } ${EVIDENCE} } } } }
  } }`;

const level = (c: any, depth: number) => c.levels[depth].entries.map((e: any) => [e.node.id, e.role]);

describe('cascade', () => {
  it('down from the national Prevent strategy: the Richmond and Wandsworth priorities aligned with it, their actions and partners', async () => {
    const { cascade } = await ctx.api.data(CASCADE, { id: 'strategy/prevent' });
    expect(cascade).toMatchObject({ root: { id: 'strategy/prevent' }, direction: 'DOWN', asOf: null, truncated: false });
    expect(level(cascade, 1)).toEqual(
      expect.arrayContaining([
        ['richmond/2017-hate-crime-extremism', 'PRIORITY'],
        ['wandsworth/2017-hate-crime-extremism', 'PRIORITY'],
        ['org/home-office', 'OVERSEER'],
      ]),
    );
    for (const entry of cascade.levels[1].entries) {
      for (const { parent, line } of entry.links) {
        expect(parent.id).toBe('strategy/prevent');
        expectQuotedFromSources(line.evidence);
      }
    }
    // each action sits under a priority of level 1 by a HAS_ACTION line
    const priorities = new Set(cascade.levels[1].entries.filter((e: any) => e.role === 'PRIORITY').map((e: any) => e.node.id));
    const actions = cascade.levels[2].entries;
    expect(actions.length).toBeGreaterThan(5);
    for (const a of actions) {
      expect(a).toMatchObject({ role: 'ACTION', depth: 2, node: { kind: 'Action' } });
      for (const { parent, line } of a.links) {
        expect(priorities.has(parent.id)).toBe(true);
        expect(line).toMatchObject({ type: 'HAS_ACTION', from: { id: parent.id }, to: { id: a.node.id } });
      }
    }
    expect(cascade.levels[3].entries.every((e: any) => ['LEAD', 'PARTNER', 'OVERSEER'].includes(e.role))).toBe(true);
  });

  it('as at 2024 the 2017-2021 plans have ended: only the Home Office, overseeing, remains', async () => {
    const { cascade } = await ctx.api.data(CASCADE, { id: 'strategy/prevent', asOf: '2024' });
    expect(cascade.asOf).toBe('2024');
    expect(cascade.levels.map((l: any) => l.entries.map((e: any) => e.node.id))).toEqual([['strategy/prevent'], ['org/home-office']]);
  });

  it("up from Richmond's answer to VRU 1.6: its plan, the mandatory action, the theme and the VRU template", async () => {
    const { cascade } = await ctx.api.data(CASCADE, { id: 'richmond/vsdp-2024/ma-1-6' });
    expect(cascade.direction).toBe('UP');
    expect(level(cascade, 1)).toEqual([
      ['richmond/vsdp-2024', 'STRATEGY'],
      ['vru/ma-1-6', 'REQUIREMENT'],
    ]);
    expect(level(cascade, 2)).toEqual(
      expect.arrayContaining([
        ['vru/action-plan-2023', 'STRATEGY'],
        ['vru/theme-1', 'PRIORITY'],
      ]),
    );
  });

  it('down from that answer: Achieving for Children leads it (the plan writes "Children Services")', async () => {
    const { cascade } = await ctx.api.data(CASCADE, { id: 'richmond/vsdp-2024/ma-1-6', direction: 'DOWN' });
    const afc = cascade.levels[1].entries.find((e: any) => e.node.id === 'org/achieving-for-children');
    const leads = afc.links.filter((l: any) => l.line.type === 'LEADS');
    expect(leads.map((l: any) => [l.parent.id, l.line.to.id])).toEqual([['richmond/vsdp-2024/ma-1-6', 'richmond/vsdp-2024/ma-1-6']]);
    expectQuotedFromSources(leads[0].line.evidence);
  });

  it('stops at `depth` and says so', async () => {
    const { cascade } = await ctx.api.data(CASCADE, { id: 'vru/action-plan-2023', depth: 1 });
    expect(cascade.truncated).toBe(true);
    expect(cascade.levels).toHaveLength(2);
    expect(level(cascade, 1)).toEqual(expect.arrayContaining([['vru/theme-1', 'PRIORITY']]));
  });
});

const DIFF = `query($id: ID!, $from: String!, $to: String!) { compareStructure(partnershipId: $id, from: $from, to: $to) {
  partnership { id } from to
  bodies { added { id name kind } removed { id name kind } changed { before { id } after { id } matchedBy fields { field before after } } unchanged }
  lines { added { id type from { id } to { id } } removed { id type from { id } to { id } ${EVIDENCE} } changed { before { id } after { id } fields { field before after } } unchanged }
} }`;

describe('compareStructure', () => {
  let diff: any;
  beforeAll(async () => {
    diff = (await ctx.api.data(DIFF, { id: 'richmond/csp', from: '2017', to: '2024' })).compareStructure;
  });

  it('Richmond 2017 to 2024: the Violence Strategic Delivery Group and the safeguarding children partnership are new', () => {
    expect(occurrences(PLANS.richmond2017, 'Violence Strategic Delivery Group')).toBe(0);
    expect(occurrences(PLANS.richmond2024, 'Richmond Violence Strategic Delivery Group')).toBeGreaterThan(0);
    expect(occurrences(PLANS.richmond2024, 'Kingston and Richmond Safeguarding Children')).toBeGreaterThan(0);
    expect(diff).toMatchObject({ partnership: { id: 'richmond/csp' }, from: '2017', to: '2024' });
    const added = diff.bodies.added.map((b: any) => b.id);
    expect(added).toContain('richmond/violence-strategic-delivery-group');
    expect(added).toContain('richmond/krscp');
  });

  it('... and the Prevent steering group, the Channel panel and the Local Safeguarding Children Board are gone', () => {
    expect(occurrences(PLANS.richmond2017, 'Prevent steering group')).toBe(1);
    expect(occurrences(PLANS.richmond2017, "Safeguarding Children's Board")).toBe(1);
    expect(occurrences(PLANS.richmond2024, 'steering group')).toBe(0);
    expect(occurrences(PLANS.richmond2024, 'Channel')).toBe(0);
    expect(occurrences(PLANS.richmond2024, 'LSCB')).toBe(0);
    const removed = diff.bodies.removed.map((b: any) => b.id);
    expect(removed).toEqual(expect.arrayContaining(['richmond/prevent-steering-group', 'richmond/channel-panel', 'richmond/lscb']));
    expect(removed).not.toContain('richmond/csp');
  });

  it('... and the 2017 chair (the Chief Executive) and vice chair (the Chief Superintendent) are not restated', () => {
    expect(occurrences(PLANS.richmond2017, 'Chief Executive Chair')).toBe(1);
    expect(occurrences(PLANS.richmond2017, 'Chief Superintendent Vice Chair')).toBe(1);
    expect(occurrences(PLANS.richmond2024, 'Vice Chair')).toBe(0);
    const chairs = diff.lines.removed.filter((l: any) => l.type === 'CHAIRS' && l.to.id === 'richmond/csp');
    expect(chairs.map((l: any) => l.from.id).sort()).toEqual(['org/lb-richmond', 'org/mps']);
    for (const l of chairs) expectQuotedFromSources(l.evidence);
  });

  it('every added line joins bodies of 2024, every removed line bodies of 2017', async () => {
    const at = async (date: string) =>
      new Set((await ctx.api.data(`query($d: String) { bodies(first: 100, filter: { partnership: "richmond/csp", asOf: $d }) { nodes { id } } }`, { d: date }))
        .bodies.nodes.map((b: any) => b.id));
    const [in2017, in2024] = [await at('2017'), await at('2024')];
    in2017.add('richmond/csp');
    in2024.add('richmond/csp');
    for (const l of diff.lines.added) expect(in2024.has(l.from.id) || in2024.has(l.to.id), l.id).toBe(true);
    for (const l of diff.lines.removed) expect(in2017.has(l.from.id) || in2017.has(l.to.id), l.id).toBe(true);
  });

  it('read backwards, what was added is removed', async () => {
    const back = (await ctx.api.data(DIFF, { id: 'richmond/csp', from: '2024', to: '2017' })).compareStructure;
    const ids = (list: any[]) => list.map((x) => x.id).sort();
    expect(ids(back.bodies.added)).toEqual(ids(diff.bodies.removed));
    expect(ids(back.bodies.removed)).toEqual(ids(diff.bodies.added));
    expect(ids(back.lines.added)).toEqual(ids(diff.lines.removed));
    expect(ids(back.lines.removed)).toEqual(ids(diff.lines.added));
  });

  it('a date against itself changes nothing', async () => {
    const same = (await ctx.api.data(DIFF, { id: 'havering/csp', from: '2018', to: '2018' })).compareStructure;
    expect(same.bodies).toMatchObject({ added: [], removed: [], changed: [] });
    expect(same.lines).toMatchObject({ added: [], removed: [], changed: [] });
    expect(same.bodies.unchanged).toBeGreaterThan(5);
  });
});

const ACROSS = `query($id: ID!, $other: ID!, $from: String!, $to: String!) { compareStructure(partnershipId: $id, from: $from, to: $to, toPartnershipId: $other) {
  partnership { id } toPartnership { id } from to
  bodies { added { id name kind } removed { id name kind } changed { before { id name } after { id name } matchedBy fields { field before after } } unchanged
    matched { before { id name kind } after { id name kind } matchedBy } }
  lines { added { id type from { id } to { id } } removed { id type from { id } to { id } } changed { before { id } after { id } fields { field } } unchanged }
} }`;

// Richmond and Wandsworth wrote twin plans in 2017 (one Community Safety Service serves both), so
// most bodies have a counterpart of the same kind and name, less the borough's own name.
describe('compareStructure between two partnerships: Richmond 2017 with Wandsworth 2017', () => {
  let d: any;
  beforeAll(async () => {
    d = (await ctx.api.data(ACROSS, { id: 'richmond/csp', other: 'wandsworth/csp', from: '2017', to: '2017' })).compareStructure;
  });
  const pair = (before: string) => d.bodies.matched.find((p: any) => p.before.id === before);

  it('pairs the two partnerships, and bodies by kind and name or alias with the boroughs taken out', () => {
    expect(d).toMatchObject({ partnership: { id: 'richmond/csp' }, toPartnership: { id: 'wandsworth/csp' }, from: '2017', to: '2017' });
    expect(pair('richmond/csp')).toMatchObject({ after: { id: 'wandsworth/csp' }, matchedBy: 'PARTNERSHIP' });
    // both plans name a MARAC, a Strategic VAWG Board and an Adults Safeguarding Board
    expect(occurrences(PLANS.richmond2017, 'MARAC')).toBeGreaterThan(0);
    expect(occurrences(PLANS.wandsworth2017, 'MARAC')).toBeGreaterThan(0);
    expect(pair('richmond/marac')).toMatchObject({ after: { id: 'wandsworth/marac' }, matchedBy: 'NAME' });
    expect(pair('richmond/vawg-board')).toMatchObject({ after: { id: 'wandsworth/vawg-board', name: 'Wandsworth Strategic VAWG Board' }, matchedBy: 'NAME' });
    expect(pair('richmond/safeguarding-adults-board')).toMatchObject({ after: { id: 'wandsworth/safeguarding-adults-board' } });
    // "Stop Hate in Richmond" is also called the "Hate Crime forum"; Wandsworth's is the "Hate Crime Forum"
    expect(pair('richmond/hate-crime-forum')).toMatchObject({ after: { id: 'wandsworth/hate-crime-forum' } });
    for (const p of d.bodies.matched) expect(p.before.kind, p.before.id).toBe(p.after.kind);
    expect(d.bodies.unchanged + d.bodies.changed.length).toBe(d.bodies.matched.length);
  });

  it('lists what only one of them has, and what differs in a pair other than the borough`s name', () => {
    expect(occurrences(PLANS.richmond2017, 'Risk Management Panel')).toBeGreaterThan(0);
    expect(occurrences(PLANS.wandsworth2017, 'Risk Management Panel')).toBe(0);
    expect(d.bodies.removed.map((b: any) => b.id)).toContain('richmond/risk-management-panel');
    expect(occurrences(PLANS.wandsworth2017, 'Knife crime forum')).toBeGreaterThan(0);
    expect(d.bodies.added.map((b: any) => b.id)).toContain('wandsworth/knife-crime-forum');
    const ids = [...d.bodies.added, ...d.bodies.removed].map((b: any) => b.id);
    for (const p of d.bodies.matched) expect(ids).not.toContain(p.before.id);
    // ids always differ and aliases are what matched: neither is a change; a name differing only by the borough is none either
    const fields = d.bodies.changed.flatMap((c: any) => c.fields.map((f: any) => f.field));
    expect(fields).not.toContain('id');
    expect(fields).not.toContain('aliases');
    expect(d.bodies.changed.find((c: any) => c.before.id === 'richmond/safeguarding-adults-board')?.fields.map((f: any) => f.field) ?? []).not.toContain('name');
    expect(d.bodies.changed.find((c: any) => c.before.id === 'richmond/lscb').fields).toContainEqual({
      field: 'name',
      before: '"Richmond Local Safeguarding Children Board"',
      after: '"Wandsworth Children\'s Safeguarding Board"',
    });
  });

  it('reads lines through the pairs: a line both have is not added or removed', () => {
    const removed = d.lines.removed.map((r: any) => `${r.from.id} ${r.type} ${r.to.id}`);
    const added = d.lines.added.map((r: any) => `${r.from.id} ${r.type} ${r.to.id}`);
    expect(d.lines.unchanged).toBeGreaterThan(0);
    // the Met sits on both partnerships: the same line in each
    expect([...removed, ...added].filter((l) => l.startsWith('org/mps MEMBER_OF ') && l.endsWith('/csp'))).toEqual([]);
    expect(added).toContain('wandsworth/ward-panels LINKS_WITH wandsworth/safer-neighbourhood-board');
  });

  it('is the same comparison read the other way round', async () => {
    const back = (await ctx.api.data(ACROSS, { id: 'wandsworth/csp', other: 'richmond/csp', from: '2017', to: '2017' })).compareStructure;
    const ids = (list: any[]) => list.map((x) => x.id).sort();
    expect(ids(back.bodies.added)).toEqual(ids(d.bodies.removed));
    expect(ids(back.bodies.removed)).toEqual(ids(d.bodies.added));
    expect(back.bodies.matched.map((p: any) => `${p.after.id}=${p.before.id}`).sort()).toEqual(d.bodies.matched.map((p: any) => `${p.before.id}=${p.after.id}`).sort());
    expect(ids(back.lines.added)).toEqual(ids(d.lines.removed));
  });
});

const SHARED = `query($asOf: String, $first: Int) { sharedStructures(asOf: $asOf, first: $first) {
  asOf
  spanning { node { id kind } partnerships { id } boroughs { id kind } lines { id } }
  interlocks { organisation { id name } bodyCount partnerships { id } seats { body { id partnership { id } } roles lines { id type ${EVIDENCE} } } }
} }`;

describe('sharedStructures', () => {
  const CSPS = ['havering/csp', 'rbkc/skcp', 'richmond/csp', 'wandsworth/csp'];

  it('the Met sits on the most bodies, across all four partnerships, each seat quoted from a plan', async () => {
    for (const file of [PLANS.havering2017, PLANS.richmond2017, PLANS.wandsworth2017])
      expect(occurrences(file, 'Metropolitan Police'), file).toBeGreaterThan(0);
    expect(occurrences(PLANS.rbkc2019, 'MPS')).toBeGreaterThan(0);
    const { sharedStructures } = await ctx.api.data(SHARED, {});
    const [met] = sharedStructures.interlocks;
    expect(met.organisation).toEqual({ id: 'org/mps', name: 'Metropolitan Police Service' });
    expect(met.partnerships.map((p: any) => p.id)).toEqual(CSPS);
    expect(met.bodyCount).toBe(met.seats.length);
    for (const seat of met.seats) {
      expect(seat.roles.length).toBeGreaterThan(0);
      for (const line of seat.lines) expectQuotedFromSources(line.evidence);
    }
    // the Richmond Daily Risk Briefing is chaired by the police with the council's single point of access
    expect(met.seats.find((s: any) => s.body.id === 'richmond/daily-risk-briefing').roles).toEqual(['co-chair']);
    const counts = sharedStructures.interlocks.map((i: any) => i.bodyCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('lists the Met among the nodes spanning partnerships, and areas as boroughs', async () => {
    const { sharedStructures } = await ctx.api.data(SHARED, {});
    const met = sharedStructures.spanning.find((s: any) => s.node.id === 'org/mps');
    expect(met.partnerships.map((p: any) => p.id)).toEqual(CSPS);
    for (const s of sharedStructures.spanning) {
      expect(s.partnerships.length >= 2 || s.boroughs.length >= 2).toBe(true);
      for (const b of s.boroughs) expect(b.kind).toBe('Area');
    }
  });

  it('`first` limits the interlocks; as at 2024 only Richmond has a plan in force', async () => {
    const { sharedStructures } = await ctx.api.data(SHARED, { asOf: '2024', first: 2 });
    expect(sharedStructures.asOf).toBe('2024');
    expect(sharedStructures.interlocks).toHaveLength(2);
    expect(sharedStructures.interlocks[0].organisation.id).toBe('org/mps');
    for (const seat of sharedStructures.interlocks[0].seats) expect(seat.body.partnership.id).toBe('richmond/csp');
  });
});
