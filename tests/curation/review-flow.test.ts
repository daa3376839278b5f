// Editors propose, reviewers approve or reject, the graph shows only approved changes, and every
// refusal has its code: over the real HTTP server, signed in with local accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRB, DRB_QUOTE, PROPOSE, REVIEW, renameDrb, signedIn, startHarness, MINUTES, type Client, type Harness } from './support.js';

let h: Harness;
let edith: Client, rita: Client, ruth: Client, harry: Client, ada: Client;
beforeAll(async () => {
  h = await startHarness();
  [edith, rita, ruth, harry, ada] = await Promise.all(['edith', 'rita', 'ruth', 'harry', 'ada'].map((n) => signedIn(h, n)));
});
afterAll(() => h?.close());

const nameOf = async (c: Client, id = DRB) => (await c.gql(`{ node(id: "${id}") { name } }`)).data.node.name;
const codeOf = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;

describe('the viewer', () => {
  it('names the partnership of each role, and says admin and no role plainly', async () => {
    const GRANTS = `{ viewer { roles grants { role kind partnershipId partnershipName } } }`;
    const richmond = 'Richmond Community Safety Partnership';
    expect((await ruth.gql(GRANTS)).data.viewer).toEqual({
      roles: ['editor:richmond/csp', 'reviewer:richmond/csp'],
      grants: [
        { role: 'editor:richmond/csp', kind: 'EDITOR', partnershipId: 'richmond/csp', partnershipName: richmond },
        { role: 'reviewer:richmond/csp', kind: 'REVIEWER', partnershipId: 'richmond/csp', partnershipName: richmond },
      ],
    });
    expect((await ada.gql(GRANTS)).data.viewer.grants).toEqual([{ role: 'admin', kind: 'ADMIN', partnershipId: null, partnershipName: null }]);
    expect((await (await signedIn(h, 'rory')).gql(GRANTS)).data.viewer).toEqual({ roles: [], grants: [] });
  });
});

describe('proposing', () => {
  it('an anonymous caller gets UNAUTHENTICATED, and nothing is stored', async () => {
    const r = await h.client().gql(PROPOSE, renameDrb('Anonymous'));
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(await h.curation.listChangeSets({ first: 10 })).toHaveLength(0);
  });

  it('an editor of another partnership gets FORBIDDEN', async () => {
    const r = await harry.gql(PROPOSE, renameDrb('Havering took it', 0, 'richmond/csp'));
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toMatch(/harry is not an editor of richmond\/csp/);
    // proposing as Havering does not reach a Richmond body either
    const r2 = await harry.gql(PROPOSE, renameDrb('Havering took it', 0, 'havering/csp'));
    expect(codeOf(r2)).toBe('FORBIDDEN');
    expect(r2.errors![0]!.extensions.argument).toBe('input.changes.0.node.id');
  });

  it('a reviewer who is not an editor gets FORBIDDEN', async () => {
    expect(codeOf(await rita.gql(PROPOSE, renameDrb('Rita')))).toBe('FORBIDDEN');
  });

  it('a quote that is not verbatim in the source is BAD_USER_INPUT naming the argument', async () => {
    const v = renameDrb('Daily Risk Meeting');
    v.input.evidence.quote = 'this meeting is chaired by the Mayor';
    const r = await edith.gql(PROPOSE, v);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.extensions.argument).toBe('input.evidence.quote');
  });

  it('a proposal does not show in the graph until approved', async () => {
    const r = await edith.gql(PROPOSE, renameDrb('Daily Risk Meeting'));
    expect(r.errors).toBeUndefined();
    const cs = r.data.proposeChange;
    expect(cs).toMatchObject({ state: 'PROPOSED', author: 'edith', partnershipId: 'richmond/csp', evidence: { basis: 'STATED', source: MINUTES, quote: DRB_QUOTE } });
    expect(cs.changes[0]).toMatchObject({ target: 'NODE', id: DRB, op: 'EDIT', baseVersion: 0, before: { name: 'Daily Risk Briefing' }, after: { name: 'Daily Risk Meeting' } });
    expect(cs.changes[0].after.evidence.at(-1)).toEqual({ source: MINUTES, quote: DRB_QUOTE });
    expect(await nameOf(edith)).toBe('Daily Risk Briefing');
  });
});

describe('review', () => {
  it('four eyes: a reviewer cannot approve their own change', async () => {
    const cs = (await ruth.gql(PROPOSE, renameDrb('Ruth names it'))).data.proposeChange;
    const r = await ruth.gql(REVIEW, { id: cs.id, d: 'APPROVED', r: 'looks right' });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toMatch(/another reviewer/);
    const rejected = await rita.gql(REVIEW, { id: cs.id, d: 'REJECTED', r: 'the plan does not rename it' });
    expect(rejected.data.reviewChange).toEqual({ id: cs.id, state: 'REJECTED', review: { reviewer: 'rita', decision: 'REJECTED', reason: 'the plan does not rename it' } });
    expect(await nameOf(edith)).toBe('Daily Risk Briefing');
    // a reviewed change set cannot be reviewed again
    expect(codeOf(await ada.gql(REVIEW, { id: cs.id, d: 'APPROVED', r: 'overrule' }))).toBe('BAD_USER_INPUT');
  });

  it('a reviewer of another partnership gets FORBIDDEN, a reason is required', async () => {
    const [cs] = await h.curation.listChangeSets({ author: 'edith', state: 'PROPOSED', first: 1 });
    expect(codeOf(await harry.gql(REVIEW, { id: cs!.id, d: 'APPROVED', r: 'fine' }))).toBe('FORBIDDEN');
    expect(codeOf(await rita.gql(REVIEW, { id: cs!.id, d: 'APPROVED', r: '  ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.client().gql(REVIEW, { id: cs!.id, d: 'APPROVED', r: 'fine' }))).toBe('UNAUTHENTICATED');
  });

  it('approval writes the change to the graph, the audit record and the feed; the proposer sees each state', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const [cs] = await h.curation.listChangeSets({ author: 'edith', state: 'PROPOSED', first: 1 });
    const r = await rita.gql(REVIEW, { id: cs!.id, d: 'APPROVED', r: 'matches the plan' });
    expect(r.data.reviewChange.state).toBe('APPROVED');
    expect(await nameOf(h.client())).toBe('Daily Risk Meeting');

    const hist = (await h.client().gql(`{ history(id: "${DRB}") { id version entries { seq changeSetId author op version
      before { name } after { name } evidence { basis quote } review { reviewer decision reason } } } }`)).data.history;
    expect(hist.version).toBe(1);
    expect(hist.entries).toEqual([
      {
        seq: 1, changeSetId: cs!.id, author: 'edith', op: 'EDIT', version: 1,
        before: { name: 'Daily Risk Briefing' }, after: { name: 'Daily Risk Meeting' },
        evidence: { basis: 'STATED', quote: DRB_QUOTE }, review: { reviewer: 'rita', decision: 'APPROVED', reason: 'matches the plan' },
      },
    ]);
    const feed = (await h.client().gql(`{ changedSince(partnershipId: "richmond/csp", since: "${since}") { targetId version } }`)).data.changedSince;
    expect(feed).toEqual([{ targetId: DRB, version: 1 }]);
    expect((await h.client().gql(`{ changedSince(partnershipId: "havering/csp", since: "${since}") { targetId } }`)).data.changedSince).toEqual([]);
    expect(codeOf(await h.client().gql(`{ changedSince(partnershipId: "richmond/csp", since: "yesterday") { seq } }`))).toBe('BAD_USER_INPUT');

    const mine = (await edith.gql(`{ changeSets(mine: true) { state summary } }`)).data.changeSets;
    expect(mine).toEqual(
      expect.arrayContaining([{ state: 'APPROVED', summary: 'rename to Daily Risk Meeting' }]),
    );
    expect(codeOf(await h.client().gql(`{ changeSets(mine: true) { id } }`))).toBe('UNAUTHENTICATED');
  });
});

describe('versions', () => {
  it('a change against an older version is refused with CONFLICT, when proposed and when approved', async () => {
    expect(codeOf(await edith.gql(PROPOSE, renameDrb('Stale', 0)))).toBe('CONFLICT');
    const a = (await edith.gql(PROPOSE, renameDrb('First', 1))).data.proposeChange;
    const b = (await edith.gql(PROPOSE, renameDrb('Second', 1))).data.proposeChange;
    expect((await rita.gql(REVIEW, { id: a.id, d: 'APPROVED', r: 'ok' })).data.reviewChange.state).toBe('APPROVED');
    const late = await rita.gql(REVIEW, { id: b.id, d: 'APPROVED', r: 'ok' });
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors![0]!.message).toContain(`richmond/daily-risk-briefing was changed by change set ${a.id} (“rename to First”), now version 2, after this change was made against version 1`);
    expect(await nameOf(edith)).toBe('First');
    expect((await h.curation.getChangeSets([b.id]))[0]!.state).toBe('PROPOSED');
  });
});

describe('changes of every kind', () => {
  it('creates a panel with a line, changes the chair, ends a line; an attested change is marked as such', async () => {
    const input = {
      partnershipId: 'richmond/csp',
      summary: 'new knife crime panel, chaired by the police',
      evidence: { attestation: 'Set up at the CSP board of 12 March 2026; minutes not yet published.' },
      changes: [
        { node: { id: 'richmond/knife-crime-panel', expectedVersion: 0, kind: 'Panel', name: 'Knife Crime Panel', aliases: ['KCP'], validFrom: '2026-03' } },
        { line: { type: 'REPORTS_TO', from: 'richmond/knife-crime-panel', to: 'richmond/csp', expectedVersion: 0, validFrom: '2026-03' } },
        { chair: { bodyId: DRB, chairId: 'org/richmond-police', from: '2026-04' } },
      ],
    };
    const r = await edith.gql(PROPOSE, { input });
    expect(r.errors).toBeUndefined();
    const cs = r.data.proposeChange;
    expect(cs.evidence).toEqual({ basis: 'ATTESTED', source: null, locator: null, quote: null, note: input.evidence.attestation });
    // the two co-chairs' lines end, the new chair's begins, and the attestation is a Source of its own
    expect(cs.changes.map((c: { id: string; op: string }) => `${c.op} ${c.id}`)).toEqual([
      'CREATE richmond/knife-crime-panel',
      'CREATE richmond/knife-crime-panel REPORTS_TO richmond/csp',
      'END org/mps CHAIRS richmond/daily-risk-briefing',
      'END org/richmond-spa CHAIRS richmond/daily-risk-briefing',
      'CREATE org/richmond-police CHAIRS richmond/daily-risk-briefing',
      `CREATE source/attested-${cs.id}`,
    ]);
    const approved = await ada.gql(REVIEW, { id: cs.id, d: 'APPROVED', r: 'confirmed with the CSP manager' });
    expect(approved.errors).toBeUndefined();
    expect(approved.data.reviewChange.state).toBe('APPROVED');

    const panel = (await h.client().gql(`{ node(id: "richmond/knife-crime-panel") { name kind partnership { id }
      evidence { locator quote source { id properties { key value } } } } }`)).data.node;
    expect(panel).toMatchObject({ name: 'Knife Crime Panel', kind: 'Panel', partnership: { id: 'richmond/csp' } });
    expect(panel.evidence[0].locator).toBe('editor attestation');
    expect(panel.evidence[0].source.properties).toEqual(expect.arrayContaining([{ key: 'attested', value: 'true' }, { key: 'basis', value: 'ATTESTED' }]));
    const chairs = (await h.client().gql(`{ node(id: "${DRB}") { lines(types: [CHAIRS], direction: IN, asOf: "2026-06") { from { id } } } }`)).data.node.lines;
    expect(chairs).toEqual([{ from: { id: 'org/richmond-police' } }]);
    const before = (await h.client().gql(`{ node(id: "${DRB}") { lines(types: [CHAIRS], direction: IN, asOf: "2025") { from { id } } } }`)).data.node.lines;
    expect(before.map((l: { from: { id: string } }) => l.from.id).sort()).toEqual(['org/mps', 'org/richmond-spa']);

    // the History tab's question: the node's own changes, then with its lines (ended ones too)
    const history = async (id: string, withLines: boolean) =>
      (await h.client().gql(`{ history(id: "${id}", withLines: ${withLines}) { version entries { targetId op changeSetId } } }`)).data.history;
    const own = await history(DRB, false);
    expect(own.entries.filter((e: { changeSetId: string }) => e.changeSetId === cs.id)).toEqual([]);
    const withLines = await history(DRB, true);
    expect(withLines.entries.filter((e: { changeSetId: string }) => e.changeSetId === cs.id).map((e: { op: string; targetId: string }) => `${e.op} ${e.targetId}`)).toEqual([
      'END org/mps CHAIRS richmond/daily-risk-briefing',
      'END org/richmond-spa CHAIRS richmond/daily-risk-briefing',
      'CREATE org/richmond-police CHAIRS richmond/daily-risk-briefing',
    ]);
    expect((await history('richmond/knife-crime-panel', true)).entries.map((e: { op: string; targetId: string }) => `${e.op} ${e.targetId}`)).toEqual([
      'CREATE richmond/knife-crime-panel',
      'CREATE richmond/knife-crime-panel REPORTS_TO richmond/csp',
    ]);
  });

  it('ends a node rather than deleting it', async () => {
    const r = await edith.gql(PROPOSE, {
      input: {
        partnershipId: 'richmond/csp',
        summary: 'panel wound up',
        evidence: { attestation: 'Wound up by the CSP board, May 2026.' },
        changes: [{ end: { id: 'richmond/knife-crime-panel', expectedVersion: 1, validTo: '2026-05' } }],
      },
    });
    await rita.gql(REVIEW, { id: r.data.proposeChange.id, d: 'APPROVED', r: 'ok' });
    const node = (await h.client().gql(`{ node(id: "richmond/knife-crime-panel") { validTo } }`)).data.node;
    expect(node).toEqual({ validTo: '2026-05' });
  });

  it('an editor ends a line of their partnership that the change set names alone; a shared item is named in its refusal', async () => {
    const line = 'richmond/pre-mace FEEDS_INTO richmond/mace#vsdp-2024';
    const version = (await edith.gql(`{ history(id: "${line}") { version } }`)).data.history.version;
    const r = await edith.gql(PROPOSE, {
      input: { partnershipId: 'richmond/csp', summary: 'Pre-MACE no longer feeds into MACE', evidence: { attestation: 'Agreed at the CSP board, May 2026.' }, changes: [{ end: { id: line, expectedVersion: version, validTo: '2026-05' } }] },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.proposeChange.changes.map((c: { op: string; id: string }) => `${c.op} ${c.id}`)[0]).toBe(`END ${line}`);
    // a reviewer reads the line by its ends' names, and a source by its title; a node only proposed has no name in the graph yet
    const named = await edith.gql(`{ changeSet(id: "${r.data.proposeChange.id}") { evidence { sourceTitle } changes { after { from fromName toName } } } }`);
    expect(named.data.changeSet.changes[0].after).toEqual({ from: 'richmond/pre-mace', fromName: 'Pre-MACE', toName: 'Multi Agency Child Exploitation' });
    expect(named.data.changeSet.evidence.sourceTitle).toBeNull();
    const cited = await edith.gql(`mutation($input: ChangeSetInput!) { proposeChange(input: $input) { evidence { source sourceTitle } changes { after { fromName toName } } } }`, {
      input: {
        partnershipId: 'richmond/csp',
        summary: 'knife crime panel',
        evidence: { source: MINUTES, locator: 'Item 5', quote: 'A Knife Crime Panel is set up, reporting to the Partnership.' },
        changes: [
          { node: { id: 'richmond/knife-panel-2', expectedVersion: 0, kind: 'Panel', name: 'Knife Panel' } },
          { line: { type: 'REPORTS_TO', from: 'richmond/knife-panel-2', to: 'richmond/csp', expectedVersion: 0 } },
        ],
      },
    });
    expect(cited.errors).toBeUndefined();
    expect(cited.data.proposeChange.evidence).toEqual({ source: MINUTES, sourceTitle: 'Richmond CSP minutes, March 2026' });
    expect(cited.data.proposeChange.changes[1].after).toEqual({ fromName: null, toName: 'Richmond Community Safety Partnership' });
    const panel = await edith.gql(`{ changeSets(partnershipId: "richmond/csp", first: 1) { partnershipName changes { after { partnershipId partnershipName } } } }`);
    expect(panel.data.changeSets[0]).toEqual({
      partnershipName: 'Richmond Community Safety Partnership',
      changes: [{ after: { partnershipId: 'richmond/csp', partnershipName: 'Richmond Community Safety Partnership' } }, { after: { partnershipId: null, partnershipName: null } }],
    });
    const shared = await edith.gql(PROPOSE, { input: { partnershipId: 'richmond/csp', summary: 'rename', evidence: { attestation: 'x' }, changes: [{ node: { id: 'org/mps', expectedVersion: 0, name: 'Met' } }] } });
    expect(shared.errors![0]!.message).toBe('input.changes.0.node.id: org/mps is shared by every partnership, not only richmond/csp: an admin changes it');
  });

  it('a shared organisation is an admin\'s to edit; a bad date names its argument', async () => {
    const org = { partnershipId: 'richmond/csp', summary: 'rename', evidence: { attestation: 'x' }, changes: [{ node: { id: 'org/mps', expectedVersion: 0, name: 'Met' } }] };
    const r = await edith.gql(PROPOSE, { input: org });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toMatch(/shared by every partnership/);
    const bad = { ...org, changes: [{ end: { id: DRB, expectedVersion: 2, validTo: '31/12/2026' } }] };
    const r2 = await edith.gql(PROPOSE, { input: bad });
    expect(r2.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.changes.0.end.validTo' });
  });
});
