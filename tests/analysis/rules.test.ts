import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRel } from '../../server/domain/model.js';
import { actionWithoutLead } from '../../server/domain/analysis/rules/action-without-lead.js';
import { bodyDroppedFromLaterPlan } from '../../server/domain/analysis/rules/body-dropped-from-later-plan.js';
import { bodyWithoutChair } from '../../server/domain/analysis/rules/body-without-chair.js';
import { bodyWithoutMembers } from '../../server/domain/analysis/rules/body-without-members.js';
import { ruleContext } from '../../server/domain/analysis/rules/context.js';
import { missingCoordinationLink } from '../../server/domain/analysis/rules/missing-coordination-link.js';
import { noReportingLine } from '../../server/domain/analysis/rules/no-reporting-line.js';
import { overdueActionWithoutStatus } from '../../server/domain/analysis/rules/overdue-action-without-status.js';
import { reportingCycle } from '../../server/domain/analysis/rules/reporting-cycle.js';
import type { GovernanceRule } from '../../server/domain/analysis/rules/types.js';
import { node, rel } from './fixtures.js';

const P = 'p/csp';
const partnership = node(P, 'Partnership', 'Testham Community Safety Partnership', { partnership: P, aliases: ['Testham CSP'] });
const body = (id: string, kind: GraphNode['kind'], name: string, extra: Partial<GraphNode> = {}) =>
  node(id, kind, name, { partnership: P, ...extra });

function run(rule: GovernanceRule, nodes: GraphNode[], rels: GraphRel[], when: { asOf?: string; today?: string } = {}) {
  return rule.check(ruleContext({ partnership, nodes, rels }, { asOf: when.asOf, today: when.today ?? '2024-06-01' }));
}

describe('no-reporting-line', () => {
  const board = body('p/board', 'Board', 'Testham Executive');
  const tasking = body('p/tasking', 'SubGroup', 'Tasking Group');
  const up = rel('p/tasking', 'REPORTS_TO', 'p/board');
  const boardUp = rel('p/board', 'REPORTS_TO', P);

  it('fires (high) on a body no line joins to any other body', () => {
    const marac = body('p/marac', 'Panel', 'MARAC');
    const member = rel('org/police', 'MEMBER_OF', 'p/marac');
    const [f, ...rest] = run(noReportingLine, [board, marac], [boardUp, member]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'no-reporting-line', severity: 'high', nodeIds: ['p/marac'], relIds: [] });
    expect(f!.message).toBe("MARAC has no reporting line and no line to any other body: the plans leave it outside the partnership's structure.");
    expect(f!.evidence).toEqual(marac.evidence);
  });

  it('fires (medium) on a body others report to or link with, but which reports to nobody', () => {
    const vawg = body('p/vawg', 'Board', 'VAWG Board');
    const ops = body('p/ops', 'SubGroup', 'VAWG Operations Group');
    const lines = [rel('p/ops', 'REPORTS_TO', 'p/vawg'), rel('p/board', 'LINKS_WITH', 'p/vawg')];
    const [f] = run(noReportingLine, [board, vawg, ops], [boardUp, ...lines]);
    expect(f).toMatchObject({ severity: 'medium', nodeIds: ['p/vawg', 'p/ops', 'p/board'], relIds: lines.map((l) => l.id) });
    expect(f!.message).toBe('VAWG Board has no reporting line: it is joined to VAWG Operations Group, Testham Executive, but the plans do not say whom it reports to.');
  });

  it('fires (low) on a body that only feeds into another', () => {
    const jag = body('p/jag', 'Panel', 'Joint Action Group');
    const feeds = rel('p/jag', 'FEEDS_INTO', 'p/tasking');
    const [f] = run(noReportingLine, [board, tasking, jag], [boardUp, up, feeds]);
    expect(f).toMatchObject({ severity: 'low', nodeIds: ['p/jag', 'p/tasking'], relIds: [feeds.id] });
    expect(f!.message).toBe('Joint Action Group feeds into Tasking Group, but the plans do not say whom it is accountable to.');
  });

  it('stays quiet on bodies that report, on the top of the partnership, and on the statutory boards it co-ordinates with', () => {
    const lscp = body('p/lscp', 'Partnership', 'Local Safeguarding Children Partnership');
    const tier1 = body('p/exec', 'Board', 'Strategy Board', { props: { tier: 1 } });
    const itself = body('p/csp-board', 'Board', 'Testham Community Safety Partnership Board');
    const alias = body('p/csp-b', 'Board', 'The board', { aliases: ['Testham CSP'] });
    const hwb = body('p/hwb', 'Board', 'Health and Wellbeing Board');
    const sab = body('p/sab', 'Board', 'Testham Adults Board', { aliases: ['Safeguarding Adults Board'] });
    expect(run(noReportingLine, [board, tasking, lscp, tier1, itself, alias, hwb, sab], [boardUp, up])).toEqual([]);
  });

  it('still asks a sub-group named like a statutory board for its line', () => {
    const drugs = body('p/drugs', 'SubGroup', 'Drugs and Alcohol Sub-group');
    expect(run(noReportingLine, [drugs], []).map((f) => f.nodeIds[0])).toEqual(['p/drugs']);
  });

  it('reads the lines as at asOf', () => {
    const old = rel('p/tasking', 'REPORTS_TO', 'p/board', { validFrom: '2017', validTo: '2020' });
    expect(run(noReportingLine, [board, tasking], [boardUp, old], { asOf: '2018' })).toEqual([]);
    expect(run(noReportingLine, [board, tasking], [boardUp, old], { asOf: '2024' }).map((f) => f.nodeIds[0])).toEqual(['p/tasking']);
  });
});

describe('reporting-cycle', () => {
  const [a, b, c] = ['A', 'B', 'C'].map((x) => body(`p/${x.toLowerCase()}`, 'SubGroup', `Group ${x}`));
  const ab = rel('p/a', 'REPORTS_TO', 'p/b');
  const bc = rel('p/b', 'REPORTS_TO', 'p/c');
  const ca = rel('p/c', 'REPORTS_TO', 'p/a');

  it('fires on reporting lines that go round in a circle, naming the bodies and lines', () => {
    const [f, ...rest] = run(reportingCycle, [a!, b!, c!], [ab, bc, ca]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'reporting-cycle', severity: 'high' });
    expect([...f!.nodeIds].sort()).toEqual(['p/a', 'p/b', 'p/c']);
    expect([...f!.relIds].sort()).toEqual([ab.id, bc.id, ca.id].sort());
    expect(f!.message).toBe(
      'Group A, Group B and Group C report to one another in a circle ' +
        '(Group A reports to Group B; Group B reports to Group C; Group C reports to Group A), so no line of accountability leads out of it.',
    );
    // the same whatever order the lines come in
    expect(run(reportingCycle, [a!, b!, c!], [ca, bc, ab])[0]!.message).toBe(f!.message);
    expect(f!.evidence).toHaveLength(3);
  });

  it('fires on a body that reports to itself', () => {
    const [f] = run(reportingCycle, [a!], [rel('p/a', 'REPORTS_TO', 'p/a')]);
    expect(f!.message).toMatch(/^Group A reports to itself/);
  });

  it('fires on a circle through another partnership', () => {
    const other = node('q/board', 'Board', 'Other Board', { partnership: 'q/csp' });
    const [f] = run(reportingCycle, [a!, other], [rel('p/a', 'REPORTS_TO', 'q/board'), rel('q/board', 'REPORTS_TO', 'p/a')]);
    expect([...f!.nodeIds].sort()).toEqual(['p/a', 'q/board']);
  });

  it('stays quiet on a chain, on a circle of lines from different years, and on a circle of other bodies only', () => {
    expect(run(reportingCycle, [a!, b!, c!], [ab, bc])).toEqual([]);
    const early = rel('p/a', 'REPORTS_TO', 'p/b', { validFrom: '2017', validTo: '2019' });
    const late = rel('p/b', 'REPORTS_TO', 'p/a', { validFrom: '2021', validTo: '2024' });
    expect(run(reportingCycle, [a!, b!], [early, late])).toEqual([]);
    const x = node('q/x', 'Board', 'X', { partnership: 'q/csp' });
    const y = node('q/y', 'Board', 'Y', { partnership: 'q/csp' });
    expect(run(reportingCycle, [a!, x, y], [rel('p/a', 'REPORTS_TO', 'q/x'), rel('q/x', 'REPORTS_TO', 'q/y'), rel('q/y', 'REPORTS_TO', 'q/x')])).toEqual([]);
  });
});

describe('missing-coordination-link', () => {
  const board = body('p/board', 'Board', 'Testham CSP Board');
  const lscp = node('k/lscp', 'Partnership', 'Kingston and Testham Safeguarding Children Partnership', { partnership: 'k/lscp' });
  const sab = node('p/sab', 'Board', 'Safeguarding Adults Board', { partnership: P });
  const cdp = node('x/cdp', 'Board', 'Combatting Drugs Partnership Board');
  const hwb = node('x/hwb', 'Board', 'Health & Wellbeing Board', { aliases: ['HWB'] });
  const requirement = node('vru/ma-1-1', 'Requirement', 'Set out the local co-ordination arrangements', { validFrom: '2023' });
  const answer = node('p/vsdp-1-1', 'Action', 'Answer to 1.1', { partnership: P });
  const answers = rel('p/vsdp-1-1', 'RESPONDS_TO', 'vru/ma-1-1', { props: { narrative: 'The CSP ...' } });
  const links = [
    rel('p/board', 'LINKS_WITH', 'k/lscp'),
    rel('x/cdp', 'FEEDS_INTO', 'p/board'),
    rel(P, 'REPORTS_TO', 'x/hwb'),
  ];
  const nodes = [board, lscp, sab, cdp, hwb, requirement, answer];

  it('fires for each body named by VRU action 1.1 that no line reaches, with the VRU ask and the answer as evidence', () => {
    const found = run(missingCoordinationLink, nodes, [...links, answers]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'medium', nodeIds: [P, 'p/sab', 'vru/ma-1-1'], relIds: [answers.id] });
    expect(found[0]!.message).toBe(
      'No co-ordination link is recorded between Testham Community Safety Partnership (or any of its bodies) and the safeguarding adults board ' +
        "(the plans name Safeguarding Adults Board, but no line joins it to the partnership); the VRU's governance action 1.1 asks every borough to set one out.",
    );
    expect(found[0]!.evidence).toEqual([...requirement.evidence, ...answers.evidence]);
  });

  it('stays quiet when every one is linked, either way round', () => {
    expect(run(missingCoordinationLink, nodes, [...links, rel('p/sab', 'LINKS_WITH', 'p/board')])).toEqual([]);
  });

  it('does not count an organisation of a matching name, or a line of another kind', () => {
    const drugsOrg = node('org/drugs-service', 'Organisation', 'Drugs Service');
    const found = run(missingCoordinationLink, [board, drugsOrg, sab], [rel('org/drugs-service', 'LINKS_WITH', 'p/board'), rel('p/sab', 'MEMBER_OF', 'p/board')]);
    expect(found.map((f) => f.message.match(/and (the [a-z ]+?)(?: \(|;)/)![1])).toEqual([
      'the local safeguarding children partnership',
      'the safeguarding adults board',
      'the local drugs partnership',
      'the health and wellbeing board',
    ]);
  });

  it('names a matching body of the partnership that no line joins to the rest', () => {
    const hwbOwn = body('p/hwb', 'Board', 'Health and Wellbeing Board');
    const found = run(missingCoordinationLink, [board, lscp, sab, cdp, hwbOwn], [...links.slice(0, 2), rel('p/sab', 'LINKS_WITH', 'p/board')]);
    expect(found).toHaveLength(1);
    expect(found[0]!.nodeIds).toEqual([P, 'p/hwb']);
    expect(found[0]!.message).toContain('and the health and wellbeing board (the plans name Health and Wellbeing Board, but no line joins it to the partnership);');
  });

  it('does not ask a partnership for a link with itself', () => {
    const cdpItself = node(P, 'Partnership', 'Testham Combatting Drugs Partnership');
    const found = missingCoordinationLink.check(ruleContext({ partnership: cdpItself, nodes: [], rels: [] }, { today: '2024-06-01' }));
    expect(found.map((f) => f.message)).not.toContainEqual(expect.stringContaining('drugs'));
    expect(found).toHaveLength(3);
  });

  it('does not hold a plan dated before the VRU asked to it', () => {
    expect(run(missingCoordinationLink, nodes, [], { asOf: '2018' })).toEqual([]);
    expect(run(missingCoordinationLink, nodes, [], { asOf: '2024' })).toHaveLength(4);
  });
});

describe('action-without-lead', () => {
  const priority = node('p/priority-1', 'Priority', 'Reducing violence', { partnership: P });
  const action = body('p/action-1', 'Action', 'Run a knife crime awareness week', { props: { number: '1.3' } });
  const has = rel('p/priority-1', 'HAS_ACTION', 'p/action-1');

  it('fires on an action nobody leads', () => {
    const [f] = run(actionWithoutLead, [priority, action], [has]);
    expect(f).toMatchObject({ severity: 'medium', nodeIds: ['p/action-1'] });
    expect(f!.message).toBe(
      'Testham Community Safety Partnership\'s action 1.3 "Run a knife crime awareness week" (under Reducing violence) has no lead: the plan names nobody to deliver it.',
    );
  });

  it('stays quiet on an action with a LEADS line or a lead written in the plan', () => {
    expect(run(actionWithoutLead, [priority, action], [has, rel('org/mps', 'LEADS', 'p/action-1')])).toEqual([]);
    const written = body('p/action-2', 'Action', 'Audit CCTV', { props: { leadAsWritten: 'Community Safety' } });
    expect(run(actionWithoutLead, [written], [])).toEqual([]);
  });
});

describe('overdue-action-without-status', () => {
  const due = (id: string, props: Record<string, string>) => body(id, 'Action', `Action ${id}`, { props });

  it('fires on an action due before today with no status', () => {
    const [f, ...rest] = run(overdueActionWithoutStatus, [due('p/a', { due: '2018-03' })], []);
    expect(rest).toEqual([]);
    expect(f!.message).toBe('Testham Community Safety Partnership\'s action "Action p/a" was due by 2018-03, and no status is recorded as at 2024-06-01.');
  });

  it('stays quiet with a status, a later date, or a timescale that is not a date', () => {
    const actions = [due('p/a', { due: '2018-03', status: 'complete' }), due('p/b', { due: '2030' }), due('p/c', { due: 'ongoing' })];
    expect(run(overdueActionWithoutStatus, actions, [])).toEqual([]);
  });

  it('judges at asOf: overdue only once the whole due period has passed', () => {
    const a = due('p/a', { due: '2018-03' });
    expect(run(overdueActionWithoutStatus, [a], [], { asOf: '2018' })).toEqual([]);
    expect(run(overdueActionWithoutStatus, [a], [], { asOf: '2018-04' })).toHaveLength(1);
  });
});

describe('body-without-members and body-without-chair', () => {
  const panel = body('p/mappa', 'Panel', 'MAPPA');
  const member = rel('org/probation', 'MEMBER_OF', 'p/mappa');
  const chair = rel('org/mps', 'CHAIRS', 'p/mappa');

  it('body-without-members fires on a panel nobody sits on; body-without-chair stays quiet then', () => {
    expect(run(bodyWithoutMembers, [panel], []).map((f) => f.message)).toEqual([
      'MAPPA has no members recorded: the plans do not say who sits on it or who chairs it.',
    ]);
    expect(run(bodyWithoutChair, [panel], [])).toEqual([]);
  });

  it('body-without-chair fires on members with no chair', () => {
    const [f] = run(bodyWithoutChair, [panel], [member]);
    expect(f).toMatchObject({ severity: 'low', message: 'MAPPA has 1 member recorded but no chair.' });
    expect(run(bodyWithoutMembers, [panel], [member])).toEqual([]);
  });

  it('both stay quiet on a chaired panel, and on sub-groups', () => {
    expect(run(bodyWithoutChair, [panel], [member, chair])).toEqual([]);
    expect(run(bodyWithoutMembers, [panel], [chair])).toEqual([]);
    expect(run(bodyWithoutMembers, [body('p/sg', 'SubGroup', 'Sub-group')], [])).toEqual([]);
  });
});

describe('body-dropped-from-later-plan', () => {
  const plan2017 = body('p/plan-2017', 'Strategy', 'Testham Plan 2017-2021', { validFrom: '2017-04', props: { sourceId: 'source/p-2017' } });
  const plan2024 = body('p/plan-2024', 'Strategy', 'Testham Plan 2024', { validFrom: '2024', props: { sourceId: 'source/p-2024' } });
  const in2017 = { source: 'source/p-2017', locator: 'governance', quote: 'q', basis: 'STATED' as const };
  const in2024 = { source: 'source/p-2024', locator: 'governance', quote: 'q', basis: 'STATED' as const };
  const prevent = body('p/prevent', 'SubGroup', 'Prevent Steering Group', { validTo: '2021-03', evidence: [in2017] });

  it('fires on a body named in one plan and not in a later one', () => {
    const [f, ...rest] = run(bodyDroppedFromLaterPlan, [plan2017, plan2024, prevent], []);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'low', nodeIds: ['p/prevent', 'p/plan-2017', 'p/plan-2024'] });
    expect(f!.message).toBe(
      'Prevent Steering Group is named in Testham Plan 2017-2021 but not in the later Testham Plan 2024 (its record ends 2021-03): it may have been stood down, merged or renamed, or left out of the later plan.',
    );
  });

  it('stays quiet when the later plan names it through a line, or names a body of the same name', () => {
    const marac = body('p/marac', 'Panel', 'MARAC', { evidence: [in2017] });
    const line = rel('p/marac', 'REPORTS_TO', P, { evidence: [in2024] });
    const vawg = body('p/vawg', 'Board', 'VAWG Board', { evidence: [in2017] });
    const vawg2024 = body('p/vawg-2024', 'Board', 'Violence Against Women and Girls Board', { aliases: ['VAWG Board'], evidence: [in2024] });
    expect(run(bodyDroppedFromLaterPlan, [plan2017, plan2024, marac, vawg, vawg2024], [line])).toEqual([]);
  });

  it("stays quiet when the later plan's quotes or narratives name it, by name or alias", () => {
    const mappa = body('p/mappa', 'Panel', 'Multi-Agency Public Protection Arrangements', { aliases: ['MAPPA'], evidence: [in2017] });
    const answer = body('p/answer', 'Action', 'Answer', { evidence: [{ ...in2024, quote: '-MAPPA meetings will continue to be the forum' }] });
    expect(run(bodyDroppedFromLaterPlan, [plan2017, plan2024, mappa, answer], [])).toEqual([]);
    const narrative = rel('p/answer', 'RESPONDS_TO', 'vru/ma-2-5', { evidence: [in2024], props: { narrative: 'Cases go to MAPPA.' } });
    const plain = { ...answer, evidence: [in2024] };
    expect(run(bodyDroppedFromLaterPlan, [plan2017, plan2024, mappa, plain], [narrative])).toEqual([]);
    expect(run(bodyDroppedFromLaterPlan, [plan2017, plan2024, mappa, plain], [])).toHaveLength(1);
  });

  it('does not take a name inside another body of the later plan as a mention', () => {
    const board = body('p/vawg', 'Board', 'Strategic VAWG Board', { aliases: ['VAWG Board'], evidence: [in2017] });
    const met = body('p/met-vawg', 'Board', 'Local Met VAWG board', { evidence: [{ ...in2024, quote: 'the local MET VAWG board' }] });
    expect(run(bodyDroppedFromLaterPlan, [plan2017, plan2024, board, met], []).map((f) => f.nodeIds[0])).toEqual(['p/vawg']);
  });

  it('stays quiet before the later plan begins, and with one plan', () => {
    expect(run(bodyDroppedFromLaterPlan, [plan2017, plan2024, prevent], [], { asOf: '2020' })).toEqual([]);
    expect(run(bodyDroppedFromLaterPlan, [plan2017, prevent], [])).toEqual([]);
  });
});
