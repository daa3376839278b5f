// Every Cypher statement of the Neo4j engine, checked by Neo4j's own parser and semantic analyser
// (@neo4j-cypher/language-support), which needs no server. Each statement is linted against the
// graph's labels and types and with only its declared parameters, so an undeclared $param, an
// unknown label or function, or a syntax error fails here.
// The analyser costs about half a second a statement, and the builders of cypher-reads.ts make
// hundreds (every filter shape, direction, type list and detail), all different texts, made of the
// same few lines: a statement is linted when it brings a line no linted statement of its builder
// has, so every line of every statement is linted in a statement of its own builder (checked
// below) at a third of the cost. Every statement's parameters are checked, each against its own.
import { createRequire } from 'node:module';
import type { DbSchema, SyntaxDiagnostic } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, REL_TYPES, type RelType } from '../../server/domain/model.js';
import { STRUCTURE_TYPES } from '../../server/domain/walk.js';
import * as cypher from '../../server/store/neo4j/cypher.js';
import type { Statement } from '../../server/store/neo4j/cypher.js';

const DIRECTIONS = ['out', 'in', 'both'] as const;

// The package's ESM build uses extensionless imports that Node cannot resolve; its CommonJS build works.
const { lintCypherQuery, testData } = createRequire(import.meta.url)(
  '@neo4j-cypher/language-support',
) as typeof import('@neo4j-cypher/language-support');

const isStatement = (v: unknown): v is Statement =>
  typeof v === 'object' && v !== null && typeof (v as Statement).text === 'string' && Array.isArray((v as Statement).params);

// A statement per kind or type (UPSERT_NODES, CREATE_RELS) is a record of statements.
const constants = (Object.values(cypher) as unknown[])
  .flatMap((v) => (isStatement(v) || typeof v !== 'object' || v === null || Array.isArray(v) ? [v] : Object.values(v)))
  .filter(isStatement);
// The reads built per case (cypher-reads.ts): every shape of list filter, and each builder's kinds of case.
const TYPES: (readonly RelType[] | null)[] = [null, ['REPORTS_TO'], ['PART_OF', 'REPORTS_TO']];
// Each in every detail (cypher-reads.ts, Detail); `core` differs from `no-evidence` in its maps
// alone, so the list's 64 shapes are linted in the other two.
const built = (['full', 'no-evidence', 'core'] as const).flatMap((ev) => [
  cypher.getNodesStatement(ev),
  cypher.getRelsStatement(ev),
  cypher.searchOpenStatement(ev),
  ...(ev === 'core' ? cypher.LIST_SHAPES.slice(0, 4) : cypher.LIST_SHAPES).flatMap((shape) => [cypher.listStatement(shape, 'page', ev), cypher.listStatement(shape, 'count', ev)]),
  // a page with the nodes its filter names, of a shape with and one without a cursor
  ...[cypher.LIST_SHAPES[3]!, cypher.LIST_SHAPES[35]!].map((shape) => cypher.withNamedStatement(cypher.listStatement(shape, 'page', ev), ev)),
  ...DIRECTIONS.flatMap((d) => TYPES.flatMap((t) => [cypher.expandStatement(d, t, ev), cypher.traverseStatement(d, t, 1, ev), cypher.traverseStatement(d, t, 25, ev)])),
  ...(['in', 'out'] as const).flatMap((d) => TYPES.map((t) => cypher.expandFarStatement(d, t, ev))),
  ...[STRUCTURE_TYPES, ['REPORTS_TO'] as const, ['HAS_PRIORITY'] as const, ['LEADS'] as const, ['REPORTS_TO', 'HAS_PRIORITY', 'LEADS'] as const].flatMap((t) => [
    cypher.walkStatement(t, 0, ev),
    cypher.walkStatement(t, 4, ev),
    // with what a partnership's chart adds (WalkQuery.planBodies)
    cypher.walkStatement(t, 0, ev, true),
    cypher.walkStatement(t, 4, ev, true),
  ]),
]);
// and the form that pins a read view (cypher.ts, pinning), which wraps any of them alike, of one of each builder
const pinned = new Map([...new Set(built)].filter((s) => s.params.includes('g')).map((s) => [s.name.split('_')[0], cypher.pinning(s)]));
const statements = [...constants, ...new Set(built), ...pinned.values()];

/** A builder's statements share its name's first words (LIST_PAGE, EXPAND_out...), the detail aside. */
const builderOf = (s: Statement) => s.name.replace(/_(FULL|NO_EVIDENCE|CORE)(?=_|$)/g, '').split('_').slice(0, 2).join('_');
const linesOf = (s: Statement) => s.text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
/** The built statements to lint: greedily, the one bringing most lines its builder's linted ones lack, until none does. */
function covering(all: readonly Statement[]): Statement[] {
  const covered = new Set<string>();
  const fresh = (s: Statement) => linesOf(s).filter((l) => !covered.has(`${builderOf(s)}\n${l}`)).length;
  const chosen: Statement[] = [];
  for (;;) {
    const best = all.reduce<Statement | null>((b, s) => (fresh(s) > (b ? fresh(b) : 0) ? s : b), null);
    if (!best) return chosen;
    chosen.push(best);
    for (const l of linesOf(best)) covered.add(`${builderOf(best)}\n${l}`);
  }
}
const linted = [...constants, ...covering([...new Set(built)]), ...pinned.values()];

function lint(s: Statement): SyntaxDiagnostic[] {
  const schema: DbSchema = {
    labels: ['Node', 'GraphVersion', 'GraphMeta', 'SearchBlock', 'SearchKey', ...NODE_KINDS],
    relationshipTypes: [...REL_TYPES],
    parameters: Object.fromEntries(s.params.map((p) => [p, null])),
    // The built-in functions and procedures of Neo4j as the package ships them.
    functions: testData.mockSchema.functions,
    procedures: testData.mockSchema.procedures,
    defaultLanguage: 'CYPHER 5',
  };
  return lintCypherQuery(s.text, schema);
}

const show = (d: SyntaxDiagnostic[]) => d.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${x.message}`);

describe('Cypher statements of the Neo4j engine', () => {
  it('finds all the statements of cypher.ts', () => {
    expect(statements.length).toBeGreaterThanOrEqual(20);
    expect(new Set(statements.map((s) => s.name)).size).toBe(statements.length);
  });

  it('lints every line of every statement in a statement of its builder', () => {
    const linesLinted = new Set(linted.flatMap((s) => linesOf(s).map((l) => `${builderOf(s)}\n${l}`)));
    expect(statements.flatMap((s) => linesOf(s).filter((l) => !linesLinted.has(`${builderOf(s)}\n${l}`)).map((l) => `${s.name}: ${l}`))).toEqual([]);
    expect(linted.length).toBeLessThan(statements.length / 2);
  });

  it.each(linted.map((s) => [s.name, s] as const))('%s lints clean', (_name, s) => {
    expect(show(lint(s))).toEqual([]);
  });

  it.each(statements.map((s) => [s.name, s] as const))('%s uses every parameter it declares, and declares every one it uses', (_name, s) => {
    const used = new Set([...s.text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
    expect(s.params.filter((p) => !used.has(p))).toEqual([]);
    expect([...used].filter((p) => !(s.params as readonly string[]).includes(p))).toEqual([]);
  });
});

describe('the lint catches broken statements', () => {
  const broken = (text: string, params: string[] = []): Statement => ({ name: 'BROKEN', params, text });

  it('an undeclared parameter', () => {
    expect(show(lint(broken('MATCH (n:Node {id: $id}) RETURN n', ['ids'])))).toEqual([expect.stringContaining('Parameter $id is not defined')]);
  });

  it('a syntax error', () => {
    expect(lint(broken('MATCH (n:Node) RETRUN n')).length).toBeGreaterThan(0);
  });

  it('an unbound variable', () => {
    expect(show(lint(broken('MATCH (n:Node) RETURN m')))).toEqual([expect.stringContaining('Variable `m` not defined')]);
  });

  it('a label or type outside the allowlists', () => {
    expect(show(lint(broken('MATCH (n:Person) RETURN n')))).toEqual([expect.stringContaining('Label Person is not present')]);
    expect(show(lint(broken('MATCH ()-[r:KNOWS]->() RETURN r')))).toEqual([expect.stringContaining('KNOWS is not present')]);
  });

  it('an unknown function and a wrong number of arguments', () => {
    expect(show(lint(broken('RETURN toLowr("A")')))).toEqual([expect.stringContaining('Function toLowr is not present')]);
    expect(show(lint(broken('RETURN split("a b")')))).toEqual([expect.stringContaining('Insufficient parameters')]);
  });

  it('a broken copy of a real statement', () => {
    const s = cypher.expandStatement('out', ['REPORTS_TO']);
    expect(lint({ ...s, text: s.text.replace('$asOfEnd', '$asOfEnd2') }).length).toBeGreaterThan(0);
    expect(lint({ ...s, text: s.text.replace('ORDER BY r.id', 'ORDER BY x.id') }).length).toBeGreaterThan(0);
  });
});
