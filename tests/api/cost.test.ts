// The cost of real work: the static cost prices every list by its expected size (so nested
// fan-outs multiply), and the runtime budget stops any request that resolves too many list items
// or runs too long, whatever its shape, with one QUERY_TOO_COMPLEX error.
import { readFileSync, readdirSync } from 'node:fs';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../server/graphql/context.js';
import { CostCache } from '../../server/graphql/cost/cost-cache.js';
import { operationCost } from '../../server/graphql/cost/static-cost.js';
import { LIMITS } from '../../server/graphql/limits.js';
import { typeDefs } from '../../server/graphql/schema.js';
import { useSeededApi } from './support/api.js';

const ctx = useSeededApi();
const schema = buildSchema(typeDefs);

/** The query of issue 10 that took 7 s and 14 MB, and n aliases of it. */
const FANOUT = 'node(id: "org/mps") { lines { from { lines { from { lines { from { id } } } } } } }';
const aliased = (n: number, body = FANOUT) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join(' ')} }`;

const costOf = (query: string, variables: Record<string, unknown> = {}) => {
  const doc = parse(query);
  return operationCost(schema, doc, doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode, variables);
};

/** Runs a query with a context whose budget is `limits`. */
async function runWithin(query: string, limits: { maxObjects: number; maxMillis: number }) {
  const context = createContext(ctx.seeded.store, 'cost-test', { limits });
  const res = await ctx.api.server.executeOperation({ query }, { contextValue: context });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return { result: res.body.singleResult, budget: context.budget };
}

describe('static cost', () => {
  it('multiplies nested lists by their expected sizes', () => {
    const one = costOf(`{ ${FANOUT} }`);
    expect(costOf(`{ node(id: "x") { lines { from { id } } } }`)).toBeLessThan(one / 50);
    // fifteen aliases cost fifteen times one
    expect(costOf(aliased(15))).toBeCloseTo(15 * one, 5);
  });

  it('prices a page by the `first` asked for, from a literal or a variable', () => {
    const page = (first: string) => `query($n: Int) { bodies(first: ${first}) { nodes { id members { organisation { id } } } } }`;
    expect(costOf(page('100'))).toBeGreaterThan(costOf(page('10')) * 9);
    expect(costOf(page('$n'), { n: 100 })).toBe(costOf(page('100')));
  });

  it('expands fragments where they are spread, and prices a fragment chain without expanding it 2^n times', () => {
    expect(costOf('{ node(id: "x") { ...L } } fragment L on Node { lines { from { id } } }')).toBe(costOf('{ node(id: "x") { lines { from { id } } } }'));
    const chain = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Node { lines { from { ...F${i + 1} } } a: lines { from { ...F${i + 1} } } }`).join(' ');
    const started = performance.now();
    expect(costOf(`{ node(id: "x") { ...F0 } } ${chain} fragment F40 on Node { id }`)).toBeGreaterThan(LIMITS.maxCost);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('lets every question of the web app through, at its largest page and four partnerships', () => {
    const dir = new URL('../../web/src/api/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    const all = parse(files.map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n'));
    const operations = all.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    expect(operations.length).toBeGreaterThan(5);
    const variables = { first: 100, ids: ['a', 'b', 'c', 'd'], partnershipIds: ['a', 'b', 'c', 'd'] };
    for (const op of operations) expect(operationCost(schema, all, op, variables), op.name?.value).toBeLessThan(LIMITS.maxCost);
  });

  it('keeps a price per operation and shape of its variables: the same as pricing afresh, whatever the variables', () => {
    const doc = parse('query($n: Int, $ids: [ID!]!, $text: String) { nodes(ids: $ids) { id lines { from { id } } } bodies(first: $n) { nodes { id } } search(text: $text) { score } }');
    const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
    const costs = new CostCache();
    const asked = [
      { n: 10, ids: ['a'], text: 'x' },
      { n: 100, ids: ['a'], text: 'x' },
      { n: 10, ids: ['a', 'b', 'c'], text: 'x' },
      // the same shape again, with other ids and text: the kept price
      { n: 10, ids: ['z'], text: 'y' },
      { ids: ['a'] },
      { n: '10', ids: 'a' },
    ];
    const prices = asked.map((v) => costs.cost(schema, doc, op, v));
    expect(prices).toEqual(asked.map((v) => operationCost(schema, doc, op, v)));
    expect(new Set(prices.slice(0, 3)).size).toBe(3);
    // another schema is priced afresh, not from what was kept for the first
    const other = buildSchema(typeDefs);
    expect(costs.cost(other, doc, op, asked[1])).toBe(operationCost(other, doc, op, asked[1]));
  });

  it('refuses the fifteen aliases of the fan-out before running them', async () => {
    const r = await ctx.api.run(aliased(15));
    expect(r.data).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', maxCost: LIMITS.maxCost } });
    expect(r.errors![0]!.message).toMatch(/^Query cost \d+ is over the limit of 20000/);
  });
});

describe('runtime budget', () => {
  const TWO_LEVELS = '{ node(id: "org/mps") { lines { from { lines { from { id } } } } } }';

  it('ends the fan-out of issue 10 with one QUERY_TOO_COMPLEX error and no data', async () => {
    const { result, budget } = await runWithin(`{ ${FANOUT} }`, LIMITS);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([{ message: expect.stringMatching(/more than 50000 list items/), extensions: { code: 'QUERY_TOO_COMPLEX' } }]);
    expect(budget.exceeded).toBeDefined();
  });

  it('answers a smaller fan-out, counting what it read and resolved', async () => {
    const { result, budget } = await runWithin(TWO_LEVELS, LIMITS);
    expect(result.errors).toBeUndefined();
    expect(budget.objects).toBeGreaterThan(1_000);
    expect(budget.objects).toBeLessThanOrEqual(LIMITS.maxObjects);
  });

  it('ends the same fan-out under a smaller budget', async () => {
    const { budget: full } = await runWithin(TWO_LEVELS, LIMITS);
    const { result } = await runWithin(TWO_LEVELS, { maxObjects: Math.floor(full.objects / 3), maxMillis: 60_000 });
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([{ message: expect.stringMatching(/more than \d+ list items/), extensions: { code: 'QUERY_TOO_COMPLEX' } }]);
  });

  it('ends a request that runs past its time', async () => {
    const { result } = await runWithin(TWO_LEVELS, { maxObjects: LIMITS.maxObjects, maxMillis: 0 });
    expect(result.errors).toEqual([{ message: expect.stringMatching(/longer than 0 ms/), extensions: { code: 'QUERY_TOO_COMPLEX' } }]);
  });

  it('lets ordinary questions through untouched', async () => {
    const r = await ctx.api.run('{ partnerships { id bodies { id members { organisation { name } } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.partnerships.length).toBeGreaterThan(3);
  });
});

describe('response bytes', () => {
  it('replaces an answer over the byte limit by one QUERY_TOO_COMPLEX error', async () => {
    const { stringifyWithin } = await import('../../server/graphql/cost/plugin.js');
    const small = { data: { text: 'é'.repeat(40) } };
    expect(stringifyWithin(200)(small)).toBe(JSON.stringify(small));
    // 240 characters of JSON, but 280 bytes of UTF-8
    const large = { data: { text: 'é'.repeat(220) } };
    expect(JSON.parse(stringifyWithin(250)(large))).toEqual({ errors: [{ message: expect.stringMatching(/larger than 250 bytes/), extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
  });
});
