// Every Cypher statement of the Neo4j curation store, checked by Neo4j's own parser and semantic
// analyser against the curation labels and only its declared parameters (as tests/store/cypher-lint).
import { createRequire } from 'node:module';
import type { DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../server/store/neo4j/cypher.js';
import * as cypher from '../../server/store/neo4j/curation-cypher.js';

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
