// The Cypher script export: literals that survive any text, and (with NEO4J_URI) a load into an
// emptied Neo4j that the app's own Neo4j engine then reads back as the same graph.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypherLiteral, toCypherScript } from '../../server/export/cypher-script.js';
import { openStore } from '../../server/store/open.js';
import { sliceOf, useSeededStore } from './support.js';
import { useNeo4jLock } from '../store/neo4j-lock.js';

const ctx = useSeededStore();

/** The script's statements: every line that is not a comment or blank. */
const statements = (script: string): string[] => script.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('//'));

describe('Cypher literals', () => {
  it('quote strings so that no character ends the string or the line', () => {
    expect(cypherLiteral(`it's a \\ "quote"\nline\u2028`)).toBe(`'it\\'s a \\\\ "quote"\\u000aline\\u2028'`);
  });
  it('write numbers as floats, as the driver does, and lists and maps', () => {
    expect(cypherLiteral(5000)).toBe('5000.0');
    expect(cypherLiteral(1.5)).toBe('1.5');
    expect(cypherLiteral([true, 'a'])).toBe("[true, 'a']");
    expect(cypherLiteral({ 'odd`key': 1 })).toBe('{`odd``key`: 1.0}');
    expect(() => cypherLiteral(Number.NaN)).toThrow('a number Cypher cannot hold: NaN');
  });
});

describe('Cypher script', () => {
  it('is one statement a line, headed by what it holds', async () => {
    const slice = await sliceOf(ctx.seeded, { partnershipIds: ['havering/csp'], asAt: '2018' });
    const script = toCypherScript(slice);
    expect(script).toContain('// as at: 2018;');
    expect(script).toContain('// partnerships: havering/csp (Havering Community Safety Partnership)');
    expect(statements(script).every((s) => s.endsWith(';'))).toBe(true);
    const created = statements(script).filter((s) => s.startsWith('UNWIND'));
    const rows = created.reduce((sum, s) => sum + (s.match(/`validStart`/g)?.length ?? 0), 0);
    expect(rows).toBe(slice.nodes.length + slice.rels.length);
  });
});

const uri = process.env.NEO4J_URI;
describe.skipIf(!uri)(`Cypher script into Neo4j${uri ? ` at ${uri}` : ' (skipped: NEO4J_URI is not set)'}`, () => {
  useNeo4jLock(uri);
  it('loads into an emptied database, and the app reads back the same graph', async () => {
    // a faithful copy of the graph, names included, to compare with the store (withholding has its own tests)
    const setting = process.env.GOVGRAPH_PERSONAL_DATA;
    process.env.GOVGRAPH_PERSONAL_DATA = 'show';
    const slice = await sliceOf(ctx.seeded, { partnershipIds: [] }).finally(() => {
      if (setting === undefined) delete process.env.GOVGRAPH_PERSONAL_DATA;
      else process.env.GOVGRAPH_PERSONAL_DATA = setting;
    });
    const script = toCypherScript(slice);
    const auth = process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', process.env.NEO4J_PASSWORD) : undefined;
    const driver = neo4j.driver(uri!, auth);
    const database = process.env.NEO4J_DATABASE || undefined;
    try {
      const session = driver.session({ database });
      try {
        // an implicit transaction, as CALL ... IN TRANSACTIONS needs
        await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
        for (const s of statements(script)) await session.run(s.slice(0, -1));
      } finally {
        await session.close();
      }
    } finally {
      await driver.close();
    }
    const loaded = await openStore(process.env);
    try {
      expect(await loaded.stats()).toEqual(await ctx.seeded.store.stats());
      const ids = slice.nodes.map((n) => n.id);
      expect(await loaded.getNodes(ids)).toEqual(await ctx.seeded.store.getNodes(ids));
      const relIds = slice.rels.map((r) => r.id);
      expect(await loaded.getRels(relIds)).toEqual(await ctx.seeded.store.getRels(relIds));
      expect((await loaded.search({ text: 'MARAC', first: 3 })).length).toBeGreaterThan(0);
    } finally {
      await loaded.close();
    }
  }, 600_000);
});
