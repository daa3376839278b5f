// vruAlignment: the VRU matrix as a reviewer reads it, with answers checked against the plans.
// Richmond's 2024 Violence Strategic Delivery Plan is the only plan written on the VRU template;
// the 2017 and 2019 plans of Havering, Wandsworth and Kensington and Chelsea predate it.
import { beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE, PLANS, expectQuotedFromSources, occurrences, planText } from './analysis-support.js';
import { useSeededApi } from './support/api.js';

const MATRIX = `query($ids: [ID!]!) { vruAlignment(partnershipIds: $ids) {
  framework { id name }
  partnerships { id name }
  totals { partnership { id } requirements responded answered flags { flag count } }
  themes {
    number theme { id name }
    totals { partnership { id } requirements responded flags { flag count } }
    requirements {
      number requirement { id number text }
      cells {
        partnership { id } requirement { id } flags
        gaps { flag detail action { id } respondent { id } }
        responses {
          action { id } leadAsWritten namedLead rag
          leads { actor { id name } ${EVIDENCE} }
          narratives { respondent { id name } narrative noSubstance missingProvision response { id } ${EVIDENCE} }
        }
      }
    }
  }
} }`;

const CSPS = ['richmond/csp', 'havering/csp', 'wandsworth/csp', 'rbkc/skcp'];

const ctx = useSeededApi();
let report: any;
beforeAll(async () => {
  report = (await ctx.api.data(MATRIX, { ids: CSPS })).vruAlignment;
});

const rows = () => report.themes.flatMap((t: any) => t.requirements);
const row = (number: string) => rows().find((r: any) => r.number === number);
/** The cell of a mandatory action in the column of a partnership. */
const cell = (number: string, partnership: string) => row(number).cells[CSPS.indexOf(partnership)];
const count = (totals: any, flag: string) => totals.flags.find((f: any) => f.flag === flag).count;
const totalsOf = (partnership: string) => report.totals.find((t: any) => t.partnership.id === partnership);

/** Table rows of the Richmond 2024 plan (tab-separated cells), from its header row on. */
function richmondTableRows(): string[][] {
  const lines = planText(PLANS.richmond2024).split('\n');
  const header = lines.findIndex((l) => l.startsWith('Ref\t'));
  expect(lines[header]).toContain('Named Lead and Role');
  expect(lines[header]).toContain('RAG');
  return lines.slice(header).map((l) => l.split('\t').map((c) => c.trim())).filter((cells) => cells.length >= 4);
}

describe('the matrix', () => {
  it('has the 8 themes and 53 mandatory actions of the VRU template as rows, and the partnerships asked for as columns', () => {
    expect(report.framework.id).toBe('vru/action-plan-2023');
    expect(report.partnerships.map((p: any) => p.id)).toEqual(CSPS);
    expect(report.themes.map((t: any) => t.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(report.themes[0].theme.name).toBe('Governance');
    expect(rows()).toHaveLength(53);
    // the plan states theme 1 action 1 as the VRU writes it
    expect(planText(PLANS.richmond2024)).toContain(row('1.1').requirement.text.slice(0, 60));
  });

  it('gives each row one cell per column, naming its partnership and requirement', () => {
    for (const r of rows()) {
      expect(r.cells.map((c: any) => c.partnership.id)).toEqual(CSPS);
      for (const c of r.cells) expect(c.requirement.id).toBe(r.requirement.id);
    }
  });

  it('adds up: theme totals sum to the report totals, and each count is the number of cells with that flag', () => {
    for (const [i, id] of CSPS.entries()) {
      const total = totalsOf(id);
      expect(total.requirements).toBe(53);
      expect(report.themes.reduce((n: number, t: any) => n + t.totals[i].responded, 0)).toBe(total.responded);
      for (const { flag, count: n } of total.flags) {
        expect(rows().filter((r: any) => r.cells[i].flags.includes(flag))).toHaveLength(n);
        expect(report.themes.reduce((sum: number, t: any) => sum + count(t.totals[i], flag), 0)).toBe(n);
      }
    }
  });
});

describe("Richmond's answers (2024)", () => {
  it('answers all 53, each with a narrative quoted from the plan', () => {
    expect(totalsOf('richmond/csp')).toMatchObject({ responded: 53, answered: true });
    for (const r of rows()) {
      const c = cell(r.number, 'richmond/csp');
      expect(c.responses.length, r.number).toBeGreaterThan(0);
      for (const resp of c.responses) for (const n of resp.narratives) expectQuotedFromSources(n.evidence);
    }
  });

  it('1.6 reads "No Comment", led by Children Services: NO_SUBSTANCE', () => {
    const line = planText(PLANS.richmond2024).split('\n').find((l) => l.includes('A trauma-informed and responsive approach.'))!;
    expect(line.split('\t').map((c) => c.trim()).slice(-2)).toEqual(['Children Services', 'No Comment']);

    const c = cell('1.6', 'richmond/csp');
    expect(c.flags).toContain('NO_SUBSTANCE');
    const [response] = c.responses;
    expect(response.leadAsWritten).toBe('Children Services');
    expect(response.narratives.map((n: any) => [n.narrative, n.noSubstance])).toEqual([['No Comment', true]]);
    const gap = c.gaps.find((g: any) => g.flag === 'NO_SUBSTANCE');
    expect(gap.detail).toContain('"No Comment"');
    expect(gap.action.id).toBe(response.action.id);
    expect(gap.respondent.id).toBe(response.narratives[0].respondent.id);
  });

  it('5.3 (stop and search) reads "No comment received.", from the MPS: NO_SUBSTANCE; no other action is empty', () => {
    const line = planText(PLANS.richmond2024).split('\n').find((l) => l.includes('Facilitate community involvement in Stop & Search'))!;
    expect(line.split('\t').map((c) => c.trim()).slice(-2)).toEqual(['MPS', 'No comment received.']);
    const c = cell('5.3', 'richmond/csp');
    expect(c.flags).toContain('NO_SUBSTANCE');
    expect(c.responses[0].narratives[0]).toMatchObject({ narrative: 'No comment received.', respondent: { id: 'org/mps' } });
    expect(rows().filter((r: any) => cell(r.number, 'richmond/csp').flags.includes('NO_SUBSTANCE')).map((r: any) => r.number)).toEqual([
      '1.6',
      '5.3',
    ]);
  });

  it('fills in no Named Lead and no RAG anywhere: NO_NAMED_LEAD and NO_RAG on all 53', () => {
    const all = rows().flatMap((r: any) => cell(r.number, 'richmond/csp').responses);
    // the plan: no cell rates red, amber or green, and every short cell of the table is a header,
    // a theme title, a number, a lead organisation as written, or one of the two empty answers: no
    // cell names a person and role
    expect(planText(PLANS.richmond2024)).not.toMatch(/\b(red|amber|green)\b/i);
    const known = new Set([
      ...all.map((r: any) => r.leadAsWritten),
      ...all.flatMap((r: any) => r.narratives.filter((n: any) => n.noSubstance).map((n: any) => n.narrative)),
      'Ref', 'RAG', 'Theme', 'Action No', 'VRU Mandatory Action', 'Named Lead and Role', 'Lead Organisation/Service',
      'Narrative of Current Provision/Delivery',
    ]);
    const stray = richmondTableRows()
      .flat()
      .filter((c) => c !== '' && c.length <= 40 && !/^\d+$/.test(c) && !/^\d\. [A-Z &]+$/.test(c) && !known.has(c));
    expect(stray).toEqual([]);

    expect(all.map((r: any) => [r.namedLead, r.rag])).toEqual(all.map(() => [null, null]));
    expect(count(totalsOf('richmond/csp'), 'NO_NAMED_LEAD')).toBe(53);
    expect(count(totalsOf('richmond/csp'), 'NO_RAG')).toBe(53);
    expect(count(totalsOf('richmond/csp'), 'NO_RESPONSE')).toBe(0);
  });

  it('records a lead for every answer: 1.1 is led by Community Safety, with the lead line quoted from the plan', () => {
    expect(count(totalsOf('richmond/csp'), 'NO_LEAD')).toBe(0);
    const [response] = cell('1.1', 'richmond/csp').responses;
    expect(response.leadAsWritten).toBe('Community Safety');
    expect(response.leads.map((l: any) => l.actor.id)).toEqual(['org/community-safety-service']);
    expectQuotedFromSources(response.leads[0].evidence);
    const line = planText(PLANS.richmond2024).split('\n').find((l) => l.startsWith('1. GOVERNANCE\t1\t'))!;
    expect(line.split('\t').map((c) => c.trim())).toContain('Community Safety');
  });

  it('2.4: AfC writes it does not have a panel for those at risk of violence: PROVISION_MISSING with the words', () => {
    expect(planText(PLANS.richmond2024)).toContain("AFC We don't have a panel that specifically has a remit to respond to those at risk");
    const c = cell('2.4', 'richmond/csp');
    const gaps = c.gaps.filter((g: any) => g.flag === 'PROVISION_MISSING');
    expect(gaps).toEqual([expect.objectContaining({ respondent: { id: 'org/achieving-for-children' } })]);
    expect(gaps[0].detail).toContain("don't have");
    const narrative = c.responses[0].narratives.find((n: any) => n.respondent?.id === 'org/achieving-for-children');
    expect(narrative.missingProvision).toEqual(["don't have"]);
  });

  it('each narrative is one RESPONDS_TO line of the responding action', () => {
    for (const r of rows())
      for (const resp of cell(r.number, 'richmond/csp').responses)
        for (const n of resp.narratives) expect(n.response.id.startsWith(`${resp.action.id} RESPONDS_TO ${r.requirement.id}`)).toBe(true);
  });
});

describe('partnerships without a VRU plan', () => {
  it.each([
    ['havering/csp', PLANS.havering2017],
    ['wandsworth/csp', PLANS.wandsworth2017],
    ['rbkc/skcp', PLANS.rbkc2019],
  ])('%s: its plan predates the VRU template, so all 53 are NO_RESPONSE and nothing else', (id, file) => {
    expect(occurrences(file, 'VRU Mandatory Action')).toBe(0);
    expect(totalsOf(id)).toMatchObject({ responded: 0, answered: false });
    expect(totalsOf(id).flags.filter((f: any) => f.count > 0)).toEqual([{ flag: 'NO_RESPONSE', count: 53 }]);
    for (const r of rows()) {
      const c = cell(r.number, id);
      expect(c.responses).toEqual([]);
      expect(c.flags).toEqual(['NO_RESPONSE']);
      expect(c.gaps).toEqual([{ flag: 'NO_RESPONSE', detail: expect.stringContaining(r.number), action: null, respondent: null }]);
    }
  });
});

describe('asking', () => {
  it('keeps the order asked and asks for each partnership once', async () => {
    const { vruAlignment } = await ctx.api.data(`{ vruAlignment(partnershipIds: ["rbkc/skcp", "richmond/csp", "rbkc/skcp"]) {
      partnerships { id } totals { partnership { id } responded } } }`);
    expect(vruAlignment.partnerships.map((p: any) => p.id)).toEqual(['rbkc/skcp', 'richmond/csp']);
    expect(vruAlignment.totals.map((t: any) => [t.partnership.id, t.responded])).toEqual([
      ['rbkc/skcp', 0],
      ['richmond/csp', 53],
    ]);
  });
});
