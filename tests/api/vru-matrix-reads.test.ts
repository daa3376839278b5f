// The VRU matrix over HTTP, on each engine: a matrix of flags and totals (the web app's) is read
// without evidence and texts (server/graphql/evidence-free.ts), from columns the route keeps per
// graph version and per kind of read; its flags are those of the full analysis (a request asking
// a cell's gaps reads everything), before and after a write that changes an answer; and a request
// that asks a node's evidence beside the flags never gets the evidence-less nodes a matrix kept.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { readOptions } from '../../server/graphql/evidence-free.js';
import { loadSeedDir } from '../../server/seeds/load.js';
import type { GraphStore } from '../../server/store/contract.js';
import { onEachEngine } from '../store/contract-support.js';
import { SEEDS_DIR } from './support/store.js';

const CSPS = ['richmond/csp', 'havering/csp', 'wandsworth/csp', 'rbkc/skcp'];
const FLAGS = 'partnerships { id } totals { partnership { id } responded flags { flag count } } themes { number requirements { number requirement { id name } cells { flags } } }';
/** the web app's matrix: flags and totals only */
const MATRIX = `query($ids: [ID!]!) { vruAlignment(partnershipIds: $ids) { ${FLAGS} } }`;
/** the same with each cell's gaps: the full analysis */
const WITH_GAPS = `query($ids: [ID!]!) { vruAlignment(partnershipIds: $ids) { ${FLAGS.replace('cells { flags }', 'cells { flags gaps { flag } }')} } }`;
/** the flags with the mandatory actions' evidence */
const WITH_EVIDENCE = `query($ids: [ID!]!) { vruAlignment(partnershipIds: $ids) { themes { requirements { requirement { id evidence { quote } } cells { flags } } } } }`;

type Report = { themes: { requirements: { number: string; requirement: { id: string; evidence?: { quote: string }[] }; cells: { flags: string[]; gaps?: unknown[] }[] }[] }[] };

/** The report without the cells' gaps: what the matrix of flags answers. */
const flagsOnly = (r: Report) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'gaps' ? undefined : v))) as Report;

onEachEngine('the VRU matrix of flags, read without evidence', (open) => {
  let store: GraphStore;
  let server: RunningServer;
  beforeAll(async () => {
    store = await open();
    await store.writeBatch((await loadSeedDir(SEEDS_DIR)).batch, { replace: true });
    server = await startServer({ store, port: 0, host: '127.0.0.1', production: true, webDist: '/nonexistent', logger: { info: () => {}, error: () => {} } });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  const ask = async (query: string): Promise<Report> => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { ids: CSPS } }),
    });
    const body = (await res.json()) as { data?: { vruAlignment: Report }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data!.vruAlignment;
  };

  it('reads the matrix of flags without evidence or texts, and a cell\'s gaps or a node\'s evidence with them', () => {
    expect(readOptions(MATRIX)).toEqual({ evidence: false, text: false });
    expect(readOptions(WITH_GAPS)).toEqual({ evidence: true, text: true });
    expect(readOptions(WITH_EVIDENCE)).toEqual({ evidence: true, text: true });
  });

  it('answers the flags of the full analysis, and after a write that changes an answer, its new flags', async () => {
    const before = await ask(MATRIX);
    expect(before).toEqual(flagsOnly(await ask(WITH_GAPS)));
    const cellOf = (r: Report, number: string) => r.themes.flatMap((t) => t.requirements).find((row) => row.number === number)!.cells[0]!;
    expect(cellOf(before, '1.1').flags).not.toContain('NO_SUBSTANCE');

    // Richmond's answers to 1.1 say nothing now
    const answers = (await store.expand({ ids: ['vru/ma-1-1'], types: ['RESPONDS_TO'], direction: 'in' })).filter((r) => r.from.startsWith('richmond/'));
    expect(answers.length).toBeGreaterThan(0);
    await store.writeBatch({ nodes: [], rels: answers.map((r) => ({ ...r, props: { ...r.props, narrative: 'No comment' } })) });

    const after = await ask(MATRIX);
    expect(cellOf(after, '1.1').flags).toContain('NO_SUBSTANCE');
    expect(after).toEqual(flagsOnly(await ask(WITH_GAPS)));
  });

  it('gives the evidence of the nodes of the matrix to a request that asks for it, after a matrix read without it', async () => {
    await ask(MATRIX);
    const rows = (await ask(WITH_EVIDENCE)).themes.flatMap((t) => t.requirements);
    expect(rows).toHaveLength(53);
    for (const row of rows) expect(row.requirement.evidence!.length, row.requirement.id).toBeGreaterThan(0);
  });
});
