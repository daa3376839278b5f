// Every Cypher statement of the Neo4j curation store, checked by Neo4j's own parser and semantic
// analyser against the curation labels and only its declared parameters (as tests/store/cypher-lint).
import { createRequire } from 'node:module';
import type { DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../server/store/neo4j/cypher.js';
import { auditWrite } from '../../server/store/neo4j/append-only.js';
import * as graphCypher from '../../server/store/neo4j/cypher.js';
import * as cypher from '../../server/store/neo4j/curation-cypher.js';
import { statement } from '../../server/store/neo4j/statement.js';

const { lintCypherQuery, testData } = createRequire(import.meta.url)('@neo4j-cypher/language-support') as typeof import('@neo4j-cypher/language-support');

const LABELS = ['CurUser', 'CurSession', 'CurHit', 'CurSource', 'CurChangeSet', 'CurVersion', 'CurCounter', 'CurAudit'];
const statements = [...cypher.SCHEMA, ...(Object.values(cypher) as unknown[]).filter((v): v is Statement => typeof (v as Statement)?.text === 'string')];

const lint = (s: Statement) => {
  const schema: DbSchema = {
    labels: LABELS,
    relationshipTypes: [],
    parameters: Object.fromEntries(s.params.map((p) => [p, null])),
    functions: testData.mockSchema.functions,
    procedures: testData.mockSchema.procedures,
    defaultLanguage: 'CYPHER 5',
  };
  return lintCypherQuery(s.text, schema).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
};

describe('Cypher statements of the Neo4j curation store', () => {
  it('are all found, each name once', () => {
    expect(statements.length).toBeGreaterThanOrEqual(30);
    expect(new Set(statements.map((s) => s.name)).size).toBe(statements.length);
  });
  it.each(statements.map((s) => [s.name, s] as const))('%s lints clean and uses every parameter it declares', (_n, s) => {
    expect(lint(s)).toEqual([]);
    const used = new Set([...s.text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
    expect(s.params.filter((p) => !used.has(p))).toEqual([]);
  });
  it('would catch a label outside the curation labels', () => {
    expect(lint({ name: 'BROKEN', params: [], text: 'MATCH (n:Node) RETURN n' })).toEqual([expect.stringContaining('Label Node is not present')]);
  });
});

// Neo4j Community has no triggers: the audit record is kept append-only where statements are made.
describe('the append-only guard on the audit record (store/neo4j/append-only.ts)', () => {
  const all = (m: object) => (Object.values(m) as unknown[]).flatMap((v) => (typeof (v as Statement)?.text === 'string' ? [v as Statement] : v && typeof v === 'object' ? Object.values(v).filter((x): x is Statement => typeof (x as Statement)?.text === 'string') : []));

  it('passes every statement of both Neo4j stores (each was made through it), appending included', () => {
    const every = [...all(graphCypher), ...all(cypher)];
    expect(every.length).toBeGreaterThan(60);
    expect(every.filter((s) => auditWrite(s.text))).toEqual([]);
    expect(cypher.APPEND_AUDIT.text).toMatch(/CREATE \(:CurAudit/);
  });

  it.each([
    ['SET on an entry', 'MATCH (a:CurAudit {seq: $seq}) SET a.json = $json'],
    ['SET beside a legitimate one', "MATCH (k:CurCounter {name: 'audit'}), (a:CurAudit) SET k.value = 0, a.at = null"],
    ['a label removed', 'MATCH (a:CurAudit) REMOVE a:CurAudit'],
    ['DELETE', 'MATCH (a:CurAudit) DELETE a'],
    ['DETACH DELETE in batches', 'MATCH (a:CurAudit) CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 100 ROWS'],
    ['DELETE through an alias', 'MATCH (a:CurAudit) WITH a AS gone DELETE gone'],
    ['MERGE, whose ON MATCH would rewrite', 'MERGE (a:CurAudit {seq: $seq}) ON MATCH SET a.json = $json'],
    ['a node of any label deleted', 'MATCH (n) WHERE n.seq = $seq DETACH DELETE n'],
    ['a node of any label rewritten', 'MATCH (n {seq: 1}) SET n += $props'],
  ])('refuses to make a statement that could alter the record: %s', (_what, text) => {
    expect(auditWrite(text)).toBeDefined();
    expect(() => statement('BAD', [], text)).toThrow(/could change or remove an audit entry, which is append-only/);
  });

  it('lets other labels be written, and a comment or string that names the label is not a write', () => {
    for (const text of [
      "MATCH (c:CurChangeSet {id: $id}) SET c.state = 'APPROVED'",
      "MATCH (k:CurCounter) SET k.note = 'MATCH (a:CurAudit) DELETE a'",
      'MATCH (a:CurAudit) RETURN count(a) AS n',
    ]) {
      expect(auditWrite(text), text).toBeUndefined();
    }
  });
});
