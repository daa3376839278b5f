// The analyses' bad input: an id that names nothing (or not a partnership) is NOT_FOUND, a bad
// date or option BAD_USER_INPUT, each naming the argument and the field.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AnalysisInputError } from '../../server/domain/analysis/index.js';
import { classify } from '../../server/graphql/errors.js';
import { firstError, useSeededApi } from './support/api.js';

const ctx = useSeededApi();

/** The error of a one-field query: its code, the argument it names, and that it is on the field. */
async function errorOf(query: string, field: string) {
  const r = await ctx.api.run(query);
  const e = firstError(r);
  expect(e.path).toEqual([field]);
  expect(r.data).toBeNull();
  return e;
}

describe('unknown ids: NOT_FOUND', () => {
  it.each([
    ['vruAlignment', '{ vruAlignment(partnershipIds: ["richmond/csp", "nowhere/csp"]) { partnerships { id } } }', 'partnershipIds', 'nowhere/csp'],
    ['governanceFindings', '{ governanceFindings(partnershipId: "nowhere/csp") { ruleId } }', 'partnershipId', 'nowhere/csp'],
    ['cascade', '{ cascade(id: "strategy/nothing") { truncated } }', 'id', 'strategy/nothing'],
    ['compareStructure', '{ compareStructure(partnershipId: "nowhere/csp", from: "2017", to: "2024") { from } }', 'partnershipId', 'nowhere/csp'],
    ['compareStructure', '{ compareStructure(partnershipId: "richmond/csp", from: "2017", to: "2017", toPartnershipId: "nowhere/csp") { from } }', 'toPartnershipId', 'nowhere/csp'],
    ['compareStructure', '{ compareStructure(partnershipId: "richmond/csp", from: "2017", to: "2017", toPartnershipId: "richmond/marac") { from } }', 'toPartnershipId', 'richmond/marac'],
  ])('%s', async (field, query, argument, id) => {
    const e = await errorOf(query, field);
    expect(e).toMatchObject({ code: 'NOT_FOUND', argument });
    expect(e.message).toContain(`"${id}"`);
  });

  it('an id of a node that is not a partnership names no partnership', async () => {
    const e = await errorOf('{ vruAlignment(partnershipIds: ["havering/dv-marac", "org/mps"]) { partnerships { id } } }', 'vruAlignment');
    expect(e).toMatchObject({ code: 'NOT_FOUND', argument: 'partnershipIds' });
    expect(e.message).toBe('partnershipIds: "havering/dv-marac" is a Panel, not a Partnership; "org/mps" is an Organisation, not a Partnership');
    const g = await errorOf('{ governanceFindings(partnershipId: "vru/ma-1-1") { ruleId } }', 'governanceFindings');
    expect(g).toMatchObject({ code: 'NOT_FOUND', argument: 'partnershipId' });
  });
});

describe('bad dates: BAD_USER_INPUT', () => {
  it.each([
    ['governanceFindings', '{ governanceFindings(partnershipId: "richmond/csp", asOf: "2024-13") { ruleId } }', 'asOf', '2024-13'],
    ['cascade', '{ cascade(id: "strategy/prevent", asOf: "last year") { truncated } }', 'asOf', 'last year'],
    ['compareStructure', '{ compareStructure(partnershipId: "richmond/csp", from: "2017-02-30", to: "2024") { from } }', 'from', '2017-02-30'],
    ['compareStructure', '{ compareStructure(partnershipId: "richmond/csp", from: "2017", to: "24") { from } }', 'to', '24'],
    ['sharedStructures', '{ sharedStructures(asOf: "2024/01") { asOf } }', 'asOf', '2024/01'],
  ])('%s, %s', async (field, query, argument, value) => {
    const e = await errorOf(query, field);
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(e.message).toBe(`${argument}: "${value}" is not a date (use yyyy, yyyy-mm or yyyy-mm-dd)`);
  });
});

describe('bad arguments: BAD_USER_INPUT', () => {
  it('vruAlignment wants from 1 to 100 partnerships', async () => {
    expect(await errorOf('{ vruAlignment(partnershipIds: []) { partnerships { id } } }', 'vruAlignment')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'partnershipIds',
      message: 'partnershipIds: give from 1 to 100 ids, got 0',
    });
    const many = Array.from({ length: 101 }, (_, i) => `"p/${i}"`).join(', ');
    expect(await errorOf(`{ vruAlignment(partnershipIds: [${many}]) { partnerships { id } } }`, 'vruAlignment')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'partnershipIds',
    });
  });

  it.each([
    ['{ cascade(id: "strategy/prevent", depth: 0) { truncated } }', 'cascade', 'depth'],
    ['{ cascade(id: "strategy/prevent", depth: 11) { truncated } }', 'cascade', 'depth'],
    ['{ sharedStructures(first: 0) { asOf } }', 'sharedStructures', 'first'],
    ['{ sharedStructures(first: 101) { asOf } }', 'sharedStructures', 'first'],
  ])('%s', async (query, field, argument) => {
    expect(await errorOf(query, field)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('a cascade cannot start at an organisation, nor go up from a partnership: the message says where it can', async () => {
    const org = await errorOf('{ cascade(id: "org/mps") { truncated } }', 'cascade');
    expect(org).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(org.message).toContain('"org/mps" is a Organisation');
    const up = await errorOf('{ cascade(id: "havering/csp", direction: UP) { truncated } }', 'cascade');
    expect(up).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(up.message).toMatch(/^a cascade up starts at a .*Action.*; "havering\/csp" is a Partnership$/);
  });

  it('an unknown direction is refused by the schema', async () => {
    const r = await ctx.api.run('{ cascade(id: "strategy/prevent", direction: SIDEWAYS) { truncated } }');
    expect(firstError(r).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('classification', () => {
  it("an analysis's input error that no resolver named an argument for is still the client's: BAD_USER_INPUT", () => {
    const error = new GraphQLError('limit: 0 is not a whole number from 1 to 500', { originalError: new AnalysisInputError('limit: 0') });
    expect(classify(error, undefined, error.message)).toBe('BAD_USER_INPUT');
    expect(classify(new GraphQLError('boom', { originalError: new RangeError('boom') }), undefined, 'boom')).toBe('INTERNAL');
  });
});
