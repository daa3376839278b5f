import { describe, expect, it } from 'vitest';
import { buildVruAlignment, VRU_FRAMEWORK_ID, type VruAlignmentData, type VruCell } from '../../server/domain/analysis/vru-alignment.js';
import { node, rel } from './fixtures.js';

const framework = node(VRU_FRAMEWORK_ID, 'Strategy', 'Violence and Vulnerability Reduction Action Plan 2023');
const richmond = node('richmond/csp', 'Partnership', 'Richmond Community Safety Partnership');
const havering = node('havering/csp', 'Partnership', 'Havering Community Safety Partnership');

const themes = [
  node('vru/theme-2', 'Priority', 'Analysis and enforcement', { props: { number: 2 } }),
  node('vru/theme-1', 'Priority', 'Governance', { props: { number: 1 } }),
];
const requirements = [
  node('vru/ma-1-1', 'Requirement', 'Set out the local co-ordination arrangements', { props: { number: '1.1', theme: 1 } }),
  node('vru/ma-1-10', 'Requirement', 'A tenth governance action', { props: { number: '1.10', theme: 1 } }),
  node('vru/ma-1-2', 'Requirement', 'CSP meeting agendas to include violence', { props: { number: '1.2', theme: 1 } }),
  node('vru/ma-2-1', 'Requirement', 'Analysis to support a public health approach', { props: { number: '2.1', theme: 2 } }),
];
const orgs = [
  node('org/community-safety-service', 'Organisation', 'Community Safety Service', { aliases: ['CSS'] }),
  node('org/achieving-for-children', 'Organisation', 'Achieving for Children', { aliases: ['AfC'] }),
  node('org/mps', 'Organisation', 'Metropolitan Police Service', { aliases: ['MPS'] }),
];
const act = (id: string, props: Record<string, string> = {}, partnership = 'richmond/csp') =>
  node(id, 'Action', `answer ${id}`, { partnership, props });

// 1.1: a full answer; 1.2: every gap; 1.10: a lead as written only; 2.1: Richmond silent, another borough answers
const actions = [
  act('richmond/vsdp-1-1', { namedLead: 'Head of Community Safety', rag: 'Green', leadAsWritten: 'Community Safety' }),
  act('richmond/vsdp-1-2'),
  act('richmond/vsdp-1-10', { leadAsWritten: 'Public Health', namedLead: 'Director', rag: 'Amber' }),
  act('wandsworth/vsdp-2-1', { namedLead: 'x', rag: 'Green' }, 'wandsworth/csp'),
];
const rels = [
  rel(VRU_FRAMEWORK_ID, 'HAS_PRIORITY', 'vru/theme-1'),
  rel(VRU_FRAMEWORK_ID, 'HAS_PRIORITY', 'vru/theme-2'),
  rel('vru/ma-1-1', 'PART_OF', 'vru/theme-1'),
  rel('vru/ma-1-2', 'PART_OF', 'vru/theme-1'),
  rel('vru/ma-1-10', 'PART_OF', 'vru/theme-1'),
  rel('vru/ma-2-1', 'PART_OF', 'vru/theme-2'),
  rel('org/community-safety-service', 'LEADS', 'richmond/vsdp-1-1', { props: { post: 'Community Safety' } }),
  rel('richmond/vsdp-1-1', 'RESPONDS_TO', 'vru/ma-1-1', {
    key: 'community-safety-service',
    props: { respondent: 'org/community-safety-service', narrative: '<p>CSS The CSP brings together agencies.</p>' },
  }),
  rel('richmond/vsdp-1-2', 'RESPONDS_TO', 'vru/ma-1-2', {
    key: 'achieving-for-children',
    props: { respondent: 'org/achieving-for-children', narrative: 'No Comment' },
  }),
  rel('richmond/vsdp-1-2', 'RESPONDS_TO', 'vru/ma-1-2', {
    key: 'mps',
    props: { respondent: 'org/mps', narrative: '<p>MPS We don\u2019t have a panel that specifically has a remit.</p>' },
  }),
  rel('richmond/vsdp-1-10', 'RESPONDS_TO', 'vru/ma-1-10', { props: { narrative: 'Public Health runs the programme.' } }),
  rel('wandsworth/vsdp-2-1', 'RESPONDS_TO', 'vru/ma-2-1', { props: { narrative: 'Done.' } }),
];

const data: VruAlignmentData = {
  framework,
  partnerships: [richmond, havering],
  nodes: [framework, richmond, havering, ...themes, ...requirements, ...orgs, ...actions],
  rels,
};

const report = buildVruAlignment(data);
const cell = (requirement: string, partnership: string): VruCell => {
  const row = report.themes.flatMap((t) => t.requirements).find((r) => r.requirement.id === requirement)!;
  return row.cells.find((c) => c.partnershipId === partnership)!;
};
const counts = (t: { flags: { flag: string; count: number }[] }) => Object.fromEntries(t.flags.map((f) => [f.flag, f.count]));

describe('buildVruAlignment', () => {
  it('lists themes and mandatory actions in number order ("1.2" before "1.10")', () => {
    expect(report.themes.map((t) => t.number)).toEqual(['1', '2']);
    expect(report.themes[0]!.requirements.map((r) => r.number)).toEqual(['1.1', '1.2', '1.10']);
  });

  it('gives one cell per partnership asked for, in the order asked', () => {
    for (const row of report.themes.flatMap((t) => t.requirements))
      expect(row.cells.map((c) => c.partnershipId)).toEqual(['richmond/csp', 'havering/csp']);
  });

  it('a full answer has its lead, named lead, RAG and narrative, and no gaps', () => {
    const c = cell('vru/ma-1-1', 'richmond/csp');
    expect(c.flags).toEqual([]);
    const [a] = c.actions;
    expect(a!.leads.map((l) => [l.leadId, l.post])).toEqual([['org/community-safety-service', 'Community Safety']]);
    expect(a!.namedLead).toBe('Head of Community Safety');
    expect(a!.rag).toBe('Green');
    expect(a!.narratives.map((n) => [n.respondent?.name, n.narrative])).toEqual([
      ['Community Safety Service', '<p>CSS The CSP brings together agencies.</p>'],
    ]);
  });

  it('an empty answer raises NO_LEAD, NO_NAMED_LEAD, NO_RAG, NO_SUBSTANCE and PROVISION_MISSING, naming who wrote what', () => {
    const c = cell('vru/ma-1-2', 'richmond/csp');
    expect(c.flags).toEqual(['NO_LEAD', 'NO_NAMED_LEAD', 'NO_RAG', 'NO_SUBSTANCE', 'PROVISION_MISSING']);
    expect(c.gaps.find((g) => g.flag === 'NO_SUBSTANCE')).toMatchObject({
      respondentId: 'org/achieving-for-children',
      actionId: 'richmond/vsdp-1-2',
      detail: 'Achieving for Children answers "No Comment"',
    });
    expect(c.gaps.find((g) => g.flag === 'PROVISION_MISSING')).toMatchObject({
      respondentId: 'org/mps',
      detail: `Metropolitan Police Service writes "don't have"`,
    });
  });

  it('a lead written in the plan without a LEADS line is a lead (no NO_LEAD)', () => {
    expect(cell('vru/ma-1-10', 'richmond/csp').flags).toEqual([]);
  });

  it('a mandatory action the partnership does not answer is NO_RESPONSE, whatever other boroughs answered', () => {
    const c = cell('vru/ma-2-1', 'richmond/csp');
    expect(c.actions).toEqual([]);
    expect(c.flags).toEqual(['NO_RESPONSE']);
  });

  it('a partnership with no VRU response at all is NO_RESPONSE everywhere', () => {
    const all = report.themes.flatMap((t) => t.requirements).map((r) => r.cells[1]!);
    expect(all.every((c) => c.flags.length === 1 && c.flags[0] === 'NO_RESPONSE')).toBe(true);
    expect(report.totals[1]).toMatchObject({ partnershipId: 'havering/csp', requirements: 4, responded: 0 });
    expect(counts(report.totals[1]!).NO_RESPONSE).toBe(4);
  });

  it('totals count mandatory actions per flag, per theme and per partnership', () => {
    const theme1 = report.themes[0]!.totals[0]!;
    expect(theme1).toMatchObject({ partnershipId: 'richmond/csp', requirements: 3, responded: 3 });
    expect(counts(theme1)).toEqual({ NO_RESPONSE: 0, NO_LEAD: 1, NO_NAMED_LEAD: 1, NO_RAG: 1, NO_SUBSTANCE: 1, PROVISION_MISSING: 1 });
    expect(counts(report.totals[0]!)).toEqual({ NO_RESPONSE: 1, NO_LEAD: 1, NO_NAMED_LEAD: 1, NO_RAG: 1, NO_SUBSTANCE: 1, PROVISION_MISSING: 1 });
    expect(report.totals[0]!.responded).toBe(3);
  });

  it('a response line with no narrative is NO_SUBSTANCE', () => {
    const bare = rel('richmond/vsdp-2-1', 'RESPONDS_TO', 'vru/ma-2-1');
    const r = buildVruAlignment({
      ...data,
      nodes: [...data.nodes, act('richmond/vsdp-2-1', { namedLead: 'x', rag: 'Red', leadAsWritten: 'MPS' })],
      rels: [...rels, bare],
    });
    const c = r.themes[1]!.requirements[0]!.cells[0]!;
    expect(c.flags).toEqual(['NO_SUBSTANCE']);
    expect(c.gaps[0]!.detail).toBe('the response gives no narrative');
  });
});
