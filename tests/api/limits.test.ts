// Limits against abusive queries: each one is hit just past its edge and passed just inside it,
// and reported as QUERY_TOO_COMPLEX (or BAD_USER_INPUT for a page size).
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../../server/graphql/args.js';
import { LIMITS } from '../../server/graphql/server.js';
import { firstError, useSeededApi } from './support/api.js';

const ctx = useSeededApi();

/** reportsTo { body { reportsTo { body { ... id } } } }: two levels of depth per step */
const nested = (steps: number): string => {
  let inner = 'id';
  for (let i = 0; i < steps; i++) inner = `reportsTo { body { ${inner} } }`;
  return `{ node(id: "havering/dv-marac") { ... on GovernanceBody { ${inner} } } }`;
};

describe('limits', () => {
  it('depth', async () => {
    // node (1) + 2 per step + id: depth = 2 * steps + 2
    // node, the inline fragment, two per step, id: depth = 2 * steps + 3
    const steps = Math.floor((LIMITS.maxDepth - 3) / 2);
    const ok = await ctx.api.run(nested(steps));
    expect(ok.errors).toBeUndefined();
    const r = await ctx.api.run(nested(steps + 1));
    expect(firstError(r)).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(firstError(r).message).toMatch(/depth limit of 15/);
  });

  it('cost', async () => {
    const wide = 'id name aliases text note validFrom validTo evidence { locator quote source { name } }';
    // the static cost (cost/static-cost.ts): about 4,900 for this, about 25,000 with members and chairs too
    const ok = await ctx.api.run(`{ bodies(first: 100) { nodes { ${wide} reportsTo { body { ${wide} } } } } }`);
    expect(ok.errors).toBeUndefined();
    const r = await ctx.api.run(`{ bodies(first: 100) { nodes { ${wide} reportsTo { body { ${wide} } } members { organisation { ${wide} } } chairs { organisation { ${wide} } } } } }`);
    expect(firstError(r)).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(firstError(r).message).toMatch(/over the limit of 20000/);
  });

  it('aliases', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`;
    expect((await ctx.api.run(aliases(LIMITS.maxAliases))).errors).toBeUndefined();
    const r = await ctx.api.run(aliases(LIMITS.maxAliases + 1));
    expect(firstError(r)).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(firstError(r).message).toMatch(/Aliases limit/);
  });

  it('directives', async () => {
    const directives = (n: number) => `{ stats { ${Array.from({ length: n }, () => 'nodes @include(if: true)').join(' ')} } }`;
    expect((await ctx.api.run(directives(LIMITS.maxDirectives))).errors).toBeUndefined();
    expect(firstError(await ctx.api.run(directives(LIMITS.maxDirectives + 1)))).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('tokens', async () => {
    // { search ( text : "x" kinds : [ ...n-15 kinds ] ) { score } }: commas are not tokens
    const tokens = (n: number) => `{ search(text: "x", kinds: [${Array(n - 15).fill('Panel').join(', ')}]) { score } }`;
    expect((await ctx.api.run(tokens(LIMITS.maxTokens))).errors).toBeUndefined();
    const r = await ctx.api.run(tokens(LIMITS.maxTokens + 1));
    expect(firstError(r)).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(firstError(r).message).toMatch(/more tha[nt] 2000 tokens/);
  });

  it('page size', async () => {
    for (const field of ['bodies', 'organisations', 'strategies', 'actions', 'requirements']) {
      expect((await ctx.api.run(`{ ${field}(first: ${MAX_PAGE_SIZE}) { totalCount } }`)).errors).toBeUndefined();
      expect(firstError(await ctx.api.run(`{ ${field}(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', path: [field] });
    }
  });

  it('lets the deep questions of the web client through', async () => {
    const r = await ctx.api.run(`{ node(id: "richmond/csp") { ... on Partnership { bodies { members { organisation { leads { action { leads { actor { evidence { source { name } } } } } } } } } } } }`);
    expect(r.errors ?? []).toEqual([]);
  });
});
