// Every root field through Apollo's executeOperation on the seeded SQLite store: answers,
// asOf, pagination, unknown ids and bad arguments. Expected sets come from the seed files.
import { describe, expect, it } from 'vitest';
import { BODY_KINDS, type GraphNode } from '../../server/domain/model.js';
import { holdsAt, parsePeriod } from '../../server/domain/period.js';
import { firstError, useSeededApi } from './support/api.js';

const ctx = useSeededApi();

const seedNodes = (keep: (n: GraphNode) => boolean) => ctx.seeded.batch.nodes.filter(keep);
const ids = (list: { id: string }[]) => list.map((n) => n.id).sort();
const isBody = (n: GraphNode) => (BODY_KINDS as readonly string[]).includes(n.kind);

/**
 * An oracle for the walk, straight from the seed files: what lies below `root` within `depth` steps
 * of REPORTS_TO, FEEDS_INTO, PART_OF (against the arrow) and LINKS_WITH (either way) at `asOf`.
 */
function structureBelow(root: string, depth: number, asOf: string): string[] {
  const holds = new Set(ctx.seeded.batch.nodes.filter((n) => holdsAt(n, asOf)).map((n) => n.id));
  const rels = ctx.seeded.batch.rels.filter((r) => holdsAt(r, asOf) && holds.has(r.from) && holds.has(r.to));
  const seen = new Set([root]);
  let frontier = [root];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const r of rels) {
      const down = ['REPORTS_TO', 'FEEDS_INTO', 'PART_OF', 'LINKS_WITH'].includes(r.type) && frontier.includes(r.to) ? r.from : null;
      const across = r.type === 'LINKS_WITH' && frontier.includes(r.from) ? r.to : null;
      for (const id of [down, across]) {
        if (id && !seen.has(id)) {
          seen.add(id);
          next.push(id);
        }
      }
    }
    frontier = next;
  }
  return [...seen].sort();
}

/** Every page of a connection, `first` at a time. */
async function allPages(field: string, args: string, first: number): Promise<{ ids: string[]; pages: number; totalCount: number }> {
  const out: string[] = [];
  let after: string | null = null;
  let pages = 0;
  // eslint-disable-next-line no-useless-assignment -- read after the loop, which always sets it
  let totalCount = 0;
  for (;;) {
    const data: any = await ctx.api.data(
      `query($after: String) { ${field}(first: ${first}, after: $after${args ? `, ${args}` : ''}) {
        edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } }`,
      { after },
    );
    const conn = data[field];
    pages++;
    totalCount = conn.totalCount;
    out.push(...conn.edges.map((e: any) => e.node.id));
    if (!conn.pageInfo.hasNextPage) return { ids: out, pages, totalCount };
    after = conn.pageInfo.endCursor;
  }
}

describe('node and nodes', () => {
  it('returns a node with its kind-specific fields, and null for an unknown id', async () => {
    const data = await ctx.api.data(`{
      marac: node(id: "havering/dv-marac") { __typename id kind name aliases validFrom evidence { locator quote source { id file } } partnership { id } ... on Panel { tier } }
      nobody: node(id: "havering/no-such-body") { id }
    }`);
    const seed = ctx.seeded.batch.nodes.find((n) => n.id === 'havering/dv-marac')!;
    expect(data.marac).toMatchObject({ __typename: 'Panel', id: seed.id, kind: 'Panel', name: seed.name, aliases: seed.aliases, partnership: { id: 'havering/csp' } });
    expect(data.marac.evidence).toHaveLength(seed.evidence.length);
    expect(data.marac.evidence[0].source).toEqual({ id: 'source/havering-csp-plan-2017', file: 'havering-community-safety-partnership-plan-2017-2020.txt' });
    expect(data.nobody).toBeNull();
  });

  it('nodes: in order, null for unknown ids, at most 100', async () => {
    const data = await ctx.api.data(`{ nodes(ids: ["org/mps", "nope", "area/london"]) { id } }`);
    expect(data.nodes).toEqual([{ id: 'org/mps' }, null, { id: 'area/london' }]);
    const tooMany = await ctx.api.run(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => `x${i}`) });
    expect(firstError(tooMany)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids', path: ['nodes'] });
  });

  it('every property is listed, lists as values', async () => {
    const data = await ctx.api.data(`{ node(id: "vru/ma-1-1") { properties { key value values } ... on Requirement { number themeNumber theme { id } } } }`);
    expect(data.node.properties).toEqual([
      { key: 'number', value: '1.1', values: ['1.1'] },
      { key: 'theme', value: '1', values: ['1'] },
    ]);
    expect(data.node).toMatchObject({ number: '1.1', themeNumber: 1, theme: { id: 'vru/theme-1' } });
  });

  it('lines: every relationship of a node, filtered by type and direction', async () => {
    const data = await ctx.api.data(`{ node(id: "havering/dv-marac") {
      all: lines { id type from { id } to { id } }
      up: lines(types: [REPORTS_TO], direction: OUT) { to { id } }
    } }`);
    const seedRels = ctx.seeded.batch.rels.filter((r) => r.from === 'havering/dv-marac' || r.to === 'havering/dv-marac');
    expect(ids(data.node.all)).toEqual(ids(seedRels));
    expect(data.node.up.map((l: any) => l.to.id).sort()).toEqual(
      seedRels.filter((r) => r.type === 'REPORTS_TO' && r.from === 'havering/dv-marac').map((r) => r.to).sort(),
    );
  });
});

describe('search', () => {
  it('ranks an exact alias first and filters by kind', async () => {
    const data = await ctx.api.data(`{ search(text: "MARAC", first: 10) { node { id kind name aliases } score matched } }`);
    expect(data.search.length).toBeGreaterThan(1);
    expect(data.search[0].node.aliases.map((a: string) => a.toLowerCase())).toContain('marac');
    expect(data.search[0].score).toBeGreaterThanOrEqual(data.search.at(-1).score);
    const orgs = await ctx.api.data(`{ search(text: "police", kinds: [Organisation], first: 5) { node { kind } } }`);
    expect(orgs.search.length).toBeGreaterThan(0);
    expect(orgs.search.every((h: any) => h.node.kind === 'Organisation')).toBe(true);
  });

  it('pages with the cursor of the last hit, and names a cursor it did not give', async () => {
    const whole: any = await ctx.api.data(`{ search(text: "MARAC", first: 6) { node { id } } }`);
    const first: any = await ctx.api.data(`{ search(text: "MARAC", first: 3) { node { id } cursor } }`);
    const next: any = await ctx.api.data(`query($after: String) { search(text: "MARAC", first: 3, after: $after) { node { id } } }`, { after: first.search.at(-1).cursor });
    expect([...first.search, ...next.search].map((h: any) => h.node.id)).toEqual(whole.search.map((h: any) => h.node.id));
    expect(firstError(await ctx.api.run(`{ search(text: "MARAC", after: "nope") { score } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('rejects empty text and page sizes over the maximum', async () => {
    expect(firstError(await ctx.api.run(`{ search(text: "  ") { score } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text', path: ['search'] });
    expect(firstError(await ctx.api.run(`{ search(text: "MARAC", first: 101) { score } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('partnerships and stats', () => {
  it('lists the partnerships, at a date too', async () => {
    const data = await ctx.api.data(`{ partnerships { id name } }`);
    expect(ids(data.partnerships)).toEqual(ids(seedNodes((n) => n.kind === 'Partnership')));
    expect(ids(data.partnerships)).toEqual(expect.arrayContaining(['havering/csp', 'rbkc/skcp', 'richmond/csp', 'wandsworth/csp']));
    const in2018 = await ctx.api.data(`{ partnerships(asOf: "2018") { id } }`);
    expect(ids(in2018.partnerships)).toEqual(ids(seedNodes((n) => n.kind === 'Partnership' && holdsAt(n, '2018'))));
  });

  it('counts the graph by kind and type', async () => {
    const data = await ctx.api.data(`{ stats { nodes relationships byKind { kind count } byType { type count } } }`);
    expect(data.stats.nodes).toBe(ctx.seeded.batch.nodes.length);
    expect(data.stats.relationships).toBe(ctx.seeded.batch.rels.length);
    const actions = ctx.seeded.batch.nodes.filter((n) => n.kind === 'Action').length;
    expect(data.stats.byKind).toContainEqual({ kind: 'Action', count: actions });
    expect(data.stats.byType.reduce((s: number, t: any) => s + t.count, 0)).toBe(ctx.seeded.batch.rels.length);
  });
});

describe('connections', () => {
  it('pages through bodies without gaps or repeats, and agrees with one big page', async () => {
    const filter = 'filter: { partnership: "richmond/csp" }';
    const paged = await allPages('bodies', filter, 7);
    const expected = ids(seedNodes((n) => isBody(n) && n.partnership === 'richmond/csp'));
    expect([...paged.ids].sort()).toEqual(expected);
    expect(new Set(paged.ids).size).toBe(paged.ids.length);
    expect(paged.pages).toBe(Math.ceil(expected.length / 7) + (expected.length % 7 === 0 ? 1 : 0));
    expect(paged.totalCount).toBe(expected.length);
  });

  it('resumes after any edge cursor, not only the end cursor', async () => {
    const q = `query($after: String) { bodies(first: 6, after: $after, filter: { partnership: "richmond/csp" }) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const page1: any = await ctx.api.data(q, { after: null });
    expect(page1.bodies.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: page1.bodies.edges[0].cursor });
    const fromThird: any = await ctx.api.data(q, { after: page1.bodies.edges[2].cursor });
    expect(fromThird.bodies.edges.slice(0, 3).map((e: any) => e.node.id)).toEqual(page1.bodies.edges.slice(3).map((e: any) => e.node.id));
    expect(fromThird.bodies.pageInfo.hasPreviousPage).toBe(true);
  });

  it('first: 0 gives no edges but says whether there are any', async () => {
    const data = await ctx.api.data(`{ bodies(first: 0) { edges { cursor } pageInfo { hasNextPage } totalCount } }`);
    expect(data.bodies.edges).toEqual([]);
    expect(data.bodies.pageInfo.hasNextPage).toBe(true);
    expect(data.bodies.totalCount).toBe(seedNodes(isBody).length);
  });

  it('enforces the maximum page size and rejects cursors it did not make', async () => {
    expect(firstError(await ctx.api.run(`{ bodies(first: 101) { totalCount } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', path: ['bodies'] });
    expect(firstError(await ctx.api.run(`{ actions(first: -1) { totalCount } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(firstError(await ctx.api.run(`{ organisations(after: "bm90LWEtY3Vyc29y") { totalCount } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(firstError(await ctx.api.run(`{ strategies(after: "%%%") { totalCount } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('filters bodies by kind, area, tier, text and date', async () => {
    const panels = await allPages('bodies', 'filter: { kinds: [Panel], partnership: "havering/csp" }', 50);
    expect([...panels.ids].sort()).toEqual(ids(seedNodes((n) => n.kind === 'Panel' && n.partnership === 'havering/csp')));
    const tier2 = await allPages('bodies', 'filter: { tier: 2, partnership: "havering/csp" }', 50);
    expect([...tier2.ids].sort()).toEqual(ids(seedNodes((n) => isBody(n) && n.partnership === 'havering/csp' && n.props.tier === 2)));
    expect(tier2.ids.length).toBeGreaterThan(0);
    const covering = ctx.seeded.batch.rels.filter((r) => r.type === 'COVERS' && r.to === 'area/richmond').map((r) => r.from);
    const inRichmond = await allPages('bodies', 'filter: { area: "area/richmond" }', 50);
    expect([...inRichmond.ids].sort()).toEqual(ids(seedNodes((n) => isBody(n) && covering.includes(n.id))));
    const text = await allPages('bodies', 'filter: { text: "marac" }', 50);
    expect(text.ids).toContain('havering/dv-marac');

    const in2018 = await allPages('bodies', 'filter: { partnership: "richmond/csp", asOf: "2018" }', 50);
    const in2024 = await allPages('bodies', 'filter: { partnership: "richmond/csp", asOf: "2024" }', 50);
    const at = (d: string) => ids(seedNodes((n) => isBody(n) && n.partnership === 'richmond/csp' && holdsAt(n, d)));
    expect([...in2018.ids].sort()).toEqual(at('2018'));
    expect([...in2024.ids].sort()).toEqual(at('2024'));
    expect(at('2018')).not.toEqual(at('2024'));
  });

  it('says which filter argument is wrong', async () => {
    expect(firstError(await ctx.api.run(`{ bodies(filter: { kinds: [Organisation] }) { totalCount } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.kinds' });
    expect(firstError(await ctx.api.run(`{ bodies(filter: { partnership: "nowhere/csp" }) { totalCount } }`))).toMatchObject({ code: 'NOT_FOUND', argument: 'filter.partnership', path: ['bodies'] });
    expect(firstError(await ctx.api.run(`{ bodies(filter: { area: "org/mps" }) { totalCount } }`))).toMatchObject({ code: 'NOT_FOUND', argument: 'filter.area' });
    expect(firstError(await ctx.api.run(`{ actions(filter: { lead: "org/nobody" }) { totalCount } }`))).toMatchObject({ code: 'NOT_FOUND', argument: 'filter.lead' });
    expect(firstError(await ctx.api.run(`{ actions(filter: { dueBefore: "March 2018" }) { totalCount } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.dueBefore' });
    expect(firstError(await ctx.api.run(`{ bodies(filter: { asOf: "2018-13" }) { totalCount } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.asOf' });
  });

  it('filters organisations by type and by the body they sit on', async () => {
    const police = await allPages('organisations', 'filter: { type: "police" }', 50);
    expect([...police.ids].sort()).toEqual(ids(seedNodes((n) => n.kind === 'Organisation' && n.props.type === 'police')));
    expect(police.ids).toContain('org/mps');
    const kindOf = (id: string) => ctx.seeded.batch.nodes.find((n) => n.id === id)?.kind;
    const members = ctx.seeded.batch.rels.filter((r) => r.type === 'MEMBER_OF' && r.to === 'havering/csp' && kindOf(r.from) === 'Organisation').map((r) => r.from);
    const onHavering = await allPages('organisations', 'filter: { memberOf: "havering/csp" }', 50);
    expect([...onHavering.ids].sort()).toEqual([...new Set(members)].sort());
    expect(members.length).toBeGreaterThan(0);
  });

  it('filters strategies by partnership', async () => {
    const data = await allPages('strategies', 'filter: { partnership: "havering/csp" }', 50);
    expect([...data.ids].sort()).toEqual(ids(seedNodes((n) => n.kind === 'Strategy' && n.partnership === 'havering/csp')));
  });

  it('filters actions by lead, priority, strategy and due date', async () => {
    const led = ctx.seeded.batch.rels.filter((r) => r.type === 'LEADS' && r.from === 'org/mps').map((r) => r.to);
    const byMet = await allPages('actions', 'filter: { lead: "org/mps" }', 100);
    expect([...byMet.ids].sort()).toEqual([...new Set(led)].sort());
    expect(led.length).toBeGreaterThan(0);

    const priority = ctx.seeded.batch.rels.find((r) => r.type === 'HAS_ACTION' && r.from.startsWith('havering/'))!.from;
    const ofPriority = ctx.seeded.batch.rels.filter((r) => r.type === 'HAS_ACTION' && r.from === priority).map((r) => r.to);
    const byPriority = await allPages('actions', `filter: { priority: "${priority}" }`, 100);
    expect([...byPriority.ids].sort()).toEqual([...new Set(ofPriority)].sort());

    const plan = 'richmond/vsdp-2024';
    const below = (from: string[], type: string) => ctx.seeded.batch.rels.filter((r) => r.type === type && from.includes(r.from)).map((r) => r.to);
    const planActions = new Set([...below([plan], 'HAS_ACTION'), ...below(below([plan], 'HAS_PRIORITY'), 'HAS_ACTION')]);
    const byPlan = await allPages('actions', `filter: { strategy: "${plan}" }`, 100);
    expect([...byPlan.ids].sort()).toEqual([...planActions].filter((id) => ctx.seeded.batch.nodes.find((n) => n.id === id)?.kind === 'Action').sort());
    expect(byPlan.ids.length).toBeGreaterThan(10);

    const dueIn = (keep: (start: string, end: string) => boolean) =>
      ids(seedNodes((n) => n.kind === 'Action' && typeof n.props.due === 'string' && keep(parsePeriod(n.props.due as string)!.start, parsePeriod(n.props.due as string)!.end)));
    const before = await allPages('actions', 'filter: { dueBefore: "2018-04" }', 100);
    expect([...before.ids].sort()).toEqual(dueIn((start) => start < '2018-04-01'));
    const after = await allPages('actions', 'filter: { dueAfter: "2018" }', 100);
    expect([...after.ids].sort()).toEqual(dueIn((start) => start > '2018-12-31'));
    const between = await allPages('actions', 'filter: { dueAfter: "2017", dueBefore: "2019-01", partnership: "havering/csp" }', 100);
    expect([...between.ids].sort()).toEqual(
      dueIn((start) => start > '2017-12-31' && start < '2019-01-01').filter((id) => id.startsWith('havering/')),
    );
    expect(before.ids.length).toBeGreaterThan(0);
    expect(after.ids.length).toBeGreaterThan(0);
    expect(between.ids.length).toBeGreaterThan(0);
  });

  it('filters requirements by theme', async () => {
    const byNumber = await allPages('requirements', 'filter: { themeNumber: 1 }', 100);
    const byNode = await allPages('requirements', 'filter: { theme: "vru/theme-1" }', 100);
    const expected = ids(seedNodes((n) => n.kind === 'Requirement' && n.props.theme === 1));
    expect([...byNumber.ids].sort()).toEqual(expected);
    expect([...byNode.ids].sort()).toEqual(expected);
    expect(expected).toContain('vru/ma-1-1');
    const all = await allPages('requirements', '', 100);
    expect(all.totalCount).toBe(53);
  });
});

describe('reportingChain, subtree and structureChart', () => {
  it('fails with NOT_FOUND for unknown ids and ids of other kinds, with the path', async () => {
    expect(firstError(await ctx.api.run(`{ reportingChain(id: "havering/nope") { id } }`))).toMatchObject({ code: 'NOT_FOUND', argument: 'id', path: ['reportingChain'] });
    expect(firstError(await ctx.api.run(`{ reportingChain(id: "org/mps") { id } }`))).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
    expect(firstError(await ctx.api.run(`{ subtree(id: "nope") { root { id } } }`))).toMatchObject({ code: 'NOT_FOUND', path: ['subtree'] });
    expect(firstError(await ctx.api.run(`{ structureChart(rootIds: ["havering/csp", "nope"]) { nodes { classes } } }`))).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'rootIds',
      message: 'rootIds: no node has id "nope"',
    });
  });

  it('rejects bad dates, depths and root lists', async () => {
    expect(firstError(await ctx.api.run(`{ reportingChain(id: "havering/dv-marac", asOf: "last year") { id } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf', path: ['reportingChain'] });
    expect(firstError(await ctx.api.run(`{ subtree(id: "havering/csp", depth: 11) { root { id } } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
    expect(firstError(await ctx.api.run(`{ structureChart(rootIds: []) { nodes { classes } } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'rootIds' });
    expect(firstError(await ctx.api.run(`{ structureChart(rootIds: ["havering/csp"], asOf: "2017-02-30") { nodes { classes } } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
  });

  it('a date on a nested field fails that field only, with its path', async () => {
    const r = await ctx.api.run(`{ node(id: "havering/dv-marac") { id ... on Panel { reportsTo(asOf: "2017-99") { body { id } } } } }`);
    expect(firstError(r)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf', path: ['node', 'reportsTo'] });
  });

  it('subtree returns the root, the nodes below with their depth, and the lines among them', async () => {
    const data = await ctx.api.data(`{ subtree(id: "havering/csp", depth: 1) { root { id } nodes { depth node { id } } lines { type from { id } to { id } } } }`);
    const below = ctx.seeded.batch.rels.filter((r) => r.type === 'REPORTS_TO' && r.to === 'havering/csp').map((r) => r.from);
    expect(data.subtree.root.id).toBe('havering/csp');
    expect(data.subtree.nodes[0]).toEqual({ depth: 0, node: { id: 'havering/csp' } });
    expect(data.subtree.nodes.filter((n: any) => n.depth === 1).map((n: any) => n.node.id).sort()).toEqual(expect.arrayContaining([...new Set(below)]));
    const reached = new Set(data.subtree.nodes.map((n: any) => n.node.id));
    expect(data.subtree.lines.every((l: any) => reached.has(l.from.id) && reached.has(l.to.id))).toBe(true);
    // a body under the board and under a priority delivery group is drawn with both lines
    expect(data.subtree.lines.filter((l: any) => l.from.id === 'havering/dv-marac').length).toBeGreaterThanOrEqual(1);
  });

  it('structureChart draws a partnership for Cytoscape, grouped by partnership, and honours asOf', async () => {
    const q = `query($asOf: String) { structureChart(rootIds: ["richmond/csp"], depth: 4, groupBy: PARTNERSHIP, asOf: $asOf) {
      nodes { data { elementId label kind parent compound tier } classes } edges { data { elementId source target type } classes } } }`;
    const chart = (await ctx.api.data(q, {})).structureChart;
    const nodeIds = new Set(chart.nodes.map((n: any) => n.data.elementId));
    expect(chart.nodes[0].data).toMatchObject({ elementId: 'group:partnership:richmond/csp', compound: true, kind: null });
    expect(chart.nodes.find((n: any) => n.data.elementId === 'richmond/csp')).toMatchObject({ data: { parent: 'group:partnership:richmond/csp' } });
    expect(chart.nodes.find((n: any) => n.data.elementId === 'richmond/csp').classes.split(' ')).toEqual(expect.arrayContaining(['partnership', 'root']));
    for (const e of chart.edges) {
      expect(nodeIds.has(e.data.source) && nodeIds.has(e.data.target)).toBe(true);
    }

    const in2018 = (await ctx.api.data(q, { asOf: '2018' })).structureChart;
    const in2024 = (await ctx.api.data(q, { asOf: '2024' })).structureChart;
    const bodies = (c: any) => c.nodes.filter((n: any) => !n.data.compound).map((n: any) => n.data.elementId).sort();
    // what the walk reaches, and every other body of the partnership's plans (chart-completeness.test.ts)
    const planned = (asOf: string) => seedNodes((n) => isBody(n) && n.partnership === 'richmond/csp' && holdsAt(n, asOf)).map((n) => n.id);
    const expected = (asOf: string) => [...new Set([...structureBelow('richmond/csp', 4, asOf), ...planned(asOf)])].sort();
    expect(bodies(in2018)).toEqual(expected('2018'));
    expect(bodies(in2024)).toEqual(expected('2024'));
    expect(bodies(in2018)).not.toEqual(bodies(in2024));
  });

  it('structureChart draws both lines of a body with two parents (Havering DV MARAC)', async () => {
    const data = await ctx.api.data(`{ structureChart(rootIds: ["havering/csp"], depth: 3) { edges { data { source target type } } } }`);
    const up = data.structureChart.edges.filter((e: any) => e.data.source === 'havering/dv-marac' && e.data.type === 'REPORTS_TO');
    const seedUp = ctx.seeded.batch.rels.filter((r) => r.type === 'REPORTS_TO' && r.from === 'havering/dv-marac');
    expect(seedUp.length).toBeGreaterThan(1);
    expect(up.map((e: any) => e.data.target).sort()).toEqual(seedUp.map((r) => r.to).sort());
  });

  it('structureChart with several roots and other relationships: members and what they lead', async () => {
    const data = await ctx.api.data(`{ structureChart(rootIds: ["havering/csp", "rbkc/skcp"], depth: 1, relationships: [MEMBER_OF, CHAIRS], groupBy: TIER) {
      nodes { data { elementId kind parent compound } classes } edges { data { source target type } } } }`);
    const chart = data.structureChart;
    const members = ctx.seeded.batch.rels.filter((r) => (r.type === 'MEMBER_OF' || r.type === 'CHAIRS') && (r.to === 'havering/csp' || r.to === 'rbkc/skcp'));
    expect(chart.edges.length).toBe(members.length);
    // members are organisations, and bodies too (Havering's Safer Neighbourhood Board sits on the CSP)
    expect(chart.nodes.filter((n: any) => !n.data.compound && !n.classes.includes('root')).map((n: any) => n.data.elementId).sort()).toEqual([...new Set(members.map((r) => r.from))].sort());
    expect(chart.nodes.filter((n: any) => n.classes.includes('root')).map((n: any) => n.data.elementId).sort()).toEqual(['havering/csp', 'rbkc/skcp']);
  });
});

describe('responses to VRU requirements', () => {
  it('names a respondent that is a partnership as one, not as an organisation', async () => {
    const data: any = await ctx.api.data(`{
      node(id: "vru/ma-2-7") { ... on Requirement { responses { respondent { __typename id } narrative } } }
    }`);
    const respondents = data.node.responses.map((r: any) => r.respondent);
    expect(respondents).toContainEqual({ __typename: 'Partnership', id: 'richmond/krscp' });
    const expected = ctx.seeded.batch.rels
      .filter((r) => r.type === 'RESPONDS_TO' && r.to === 'vru/ma-2-7')
      .map((r) => r.props['respondent'])
      .sort();
    expect(respondents.map((r: any) => r.id).sort()).toEqual(expected);
  });
});
