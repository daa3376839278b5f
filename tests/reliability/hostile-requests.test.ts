// What an abusive client found the server doing wrong (the hunt of step 13), each now answered as
// the client's mistake, with what and where, on both engines (server/main.ts in production over
// SQLite, and over Neo4j when NEO4J_URI is set): more than 50 bad variable values (an INTERNAL
// error), a cookie that is not percent-encoding (a 500), a path parameter that is not (a 500),
// ELK options that held the server's one thread for over ten minutes, zip bombs sent as a template
// (2-3 GB of memory each), a CSV of 4.5 million lines (the heap ran out: the process ended), and hostile text (NUL, lone surrogates, RTL marks, emoji, very long
// strings) in every kind of string argument. After each case the process is up, /healthz answers,
// and nothing new is logged as an internal error.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CSV_FIELDS, MAX_TEXT_LINES } from '../../server/import/text-bounds.js';
import { MAX_UNZIPPED_BYTES, MAX_UNZIPPED_XML_BYTES } from '../../server/import/zip-bounds.js';
import { useNeo4jLock } from '../store/neo4j-lock.js';
import { expectUnharmedAfterEach, startMain, type MainProcess } from './support/main-process.js';
import { zipBomb } from './support/zip-bomb.js';

interface Answer {
  status: number;
  codes: string[];
  body: { errors?: { message: string; path?: string[]; extensions: { code: string; where?: string } }[]; error?: string };
}

function hostileSuite(env: () => Record<string, string>) {
  let server: MainProcess;
  beforeAll(async () => {
    server = await startMain(env());
  });
  afterAll(async () => {
    await server?.stop();
  });
  expectUnharmedAfterEach(() => server);

  const ask = async (target: string, init: RequestInit = {}): Promise<Answer> => {
    const res = await fetch(`${server.url}${target}`, init);
    const body = (await res.json()) as Answer['body'];
    return { status: res.status, codes: body.errors?.map((e) => e.extensions.code) ?? [], body };
  };
  const graphql = (query: string, variables?: unknown, headers: Record<string, string> = {}) =>
    ask('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });

  it('more than 50 bad values in one variable are the client\'s mistake: 400 BAD_USER_INPUT naming the variable', async () => {
    const { status, codes, body } = await graphql('query($k: [NodeKind!]) { search(text: "panel", kinds: $k) { score } }', { k: Array.from({ length: 5000 }, () => 'BOARD') });
    expect(status).toBe(400);
    expect(new Set(codes)).toEqual(new Set(['BAD_USER_INPUT']));
    expect(body.errors![0]!.message).toMatch(/^Variable "\$k" got invalid value "BOARD" at "k\[0\]"/);
  });

  it('a session cookie that is not percent-encoding signs no one in: the answer is an anonymous one', async () => {
    const { status, body } = await ask('/graphql?query=%7B__typename%7D', { headers: { 'apollo-require-preflight': 'true', cookie: 'govgraph_session=%E0%; other=%' } });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('a path parameter that is not percent-encoding is a 400 naming it', async () => {
    const { status, codes, body } = await ask('/export/%E0');
    expect(status).toBe(400);
    expect(codes).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0]!.message).toBe("Failed to decode param '%E0'");
  });

  it('ELK options the web app does not send are refused before ELK runs', async () => {
    const graph = {
      id: 'root',
      layoutOptions: { 'elk.algorithm': 'force', 'elk.force.iterations': '100000000' },
      children: Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, width: 10, height: 10 })),
      edges: [],
    };
    const { status, body } = await ask('/layout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(graph) });
    expect(status).toBe(400);
    expect(body.error).toBe('layoutOptions.elk.algorithm: "force" is not a value the server lays out with');
  });

  it('a zip bomb sent as a template is refused by the size it inflates to, its declared sizes true or not', async () => {
    const inflates = MAX_UNZIPPED_BYTES + 32 * 1024 * 1024;
    const whole = `the archive inflates to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB; a template is far smaller, so it is not read`;
    const xml = `its XML parts inflate to more than ${MAX_UNZIPPED_XML_BYTES / 1024 / 1024} MB; a template's are far smaller, so it is not read`;
    for (const [file, part, declared, message] of [
      ['plan.docx', 'word/document.xml', inflates, xml],
      ['plan.xlsx', 'xl/worksheets/sheet1.xml', inflates, xml],
      ['plan.docx', 'word/document.xml', 1000, xml],
      // an image, which its reader only keeps, has the larger budget
      ['plan.docx', 'word/media/image1.png', 1000, whole],
    ] as const) {
      const upload = zipBomb(part, inflates, declared);
      const { status, codes, body } = await ask(`/import-vru/preview?file=${file}&partnership=havering/csp&year=2025`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(upload) });
      expect(status, `${file} ${part}`).toBe(400);
      expect(codes).toEqual(['BAD_USER_INPUT']);
      expect(body.errors![0]!.message).toBe(`${file}: ${message}`);
    }
  });

  it('a CSV or text of millions of short lines (which ran the heap out and ended the process) is refused before it is parsed', async () => {
    const lines = 'a\n'.repeat(4_500_000);
    for (const file of ['plan.csv', 'plan.txt']) {
      const { status, codes, body } = await ask(`/import-vru/preview?file=${file}&partnership=havering/csp&year=2025`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: lines });
      expect(status, file).toBe(400);
      expect(codes).toEqual(['BAD_USER_INPUT']);
      expect(body.errors![0]!.message).toBe(`${file}: the file has 4500000 lines; a template has a few thousand at most (${MAX_TEXT_LINES} are read), so it is not read`);
    }
    const cells = `${','.repeat(4000)}\n`.repeat(2000);
    const { status, body } = await ask('/import-vru/preview?file=plan.csv&partnership=havering/csp&year=2025', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: cells });
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toBe(`plan.csv: the file has 8002000 cells; a template has a few thousand at most (${MAX_CSV_FIELDS} are read), so it is not read`);
  });

  it('hostile text in every kind of string argument (ids, search terms, cursors, dates) is answered without a fault', async () => {
    const texts = ['', 'a\u0000b', '\ud800', 'x\udfffy', '\u202eMARAC\u202c', '😀'.repeat(200), 'é'.repeat(20_000), "' OR 1=1 --", '%_%\\', '"}) MATCH (n) DETACH DELETE n //', '.*(?i)[', '\ufeffMARAC', '２０２４-01-01', '-000001-01-01', '+275760-09-13', Buffer.from('{"__proto__":{"a":1}}').toString('base64')];
    const operations = [
      'query($s: String!) { search(text: $s) { node { id } cursor } }',
      'query($s: String) { search(text: "panel", after: $s) { cursor } }',
      'query($s: String, $i: ID) { bodies(after: $s, filter: { text: $s, partnership: $i, area: $i, asOf: $s }) { totalCount edges { cursor } } }',
      'query($s: String, $i: ID) { actions(after: $s, filter: { partnership: $i, lead: $i, status: $s, dueBefore: $s, dueAfter: $s, text: $s, asOf: $s }) { totalCount } }',
      'query($i: ID!, $s: String) { reportingChain(id: $i, asOf: $s) { id } }',
      'query($i: ID!, $s: String) { structureChart(rootIds: [$i], asOf: $s) { nodes { data { elementId } } } }',
      'query($i: ID!, $s: String) { governanceFindings(partnershipId: $i, asOf: $s) { ruleId } }',
      'query($i: ID!, $s: String!) { compareStructure(partnershipId: "havering/csp", from: $s, to: "2024-01-01", toPartnershipId: $i) { __typename } }',
      'query($i: ID!, $s: String!) { changedSince(partnershipId: $i, since: $s) { __typename } }',
      'query($i: ID!) { history(id: $i) { __typename } }',
    ];
    for (const query of operations) {
      for (const text of texts) {
        const { status, codes } = await graphql(query, { s: text, i: text });
        // a 200 with an answer or the argument's error, or a 400 for a value GraphQL itself refuses
        expect([200, 400], `${query} ${JSON.stringify(text).slice(0, 40)}`).toContain(status);
        expect(codes.filter((c) => !['BAD_USER_INPUT', 'NOT_FOUND'].includes(c)), `${query} ${JSON.stringify(text).slice(0, 40)}`).toEqual([]);
      }
    }
  });
}

const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite', () => {
  hostileSuite(() => ({ GOVGRAPH_DB: path.join(dir, 'graph.sqlite') }));
});

const uri = process.env.NEO4J_URI;
describe.skipIf(!uri)(`Neo4j${uri ? ` at ${uri}` : ' (skipped: NEO4J_URI is not set)'}`, () => {
  useNeo4jLock(uri);
  hostileSuite(() => ({ NEO4J_URI: uri ?? '', NEO4J_USER: process.env.NEO4J_USER ?? '', NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '' }));
});
