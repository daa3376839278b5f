// The first chart's request in real Chromium: sent by the bootstrap while the chart modules load
// (one request, taken by the chart page, not sent twice), as a persisted query's hash by GET once
// the server knows the query, which the browser may keep and revalidate by its ETag.
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './harness/session.js';

const s = browserSession();

const isChartRequest = (r: Request) => r.url().includes('/graphql') && decodeURIComponent(r.url() + (r.postData() ?? '')).includes('"rootIds"');

describe('the first chart', () => {
  it('asks for its data once, by hash: a GET the server answers after one POST has registered the query', async () => {
    const seen: Request[] = [];
    s.page.on('request', (r) => {
      if (isChartRequest(r)) seen.push(r);
    });
    await s.page.goto(`${s.server.url}/chart?p=richmond/csp&depth=2`);
    await s.chartReady();
    // a fresh query: the GET by hash is not known yet, and one POST registers it
    expect(seen.map((r) => r.method())).toEqual(['GET', 'POST']);
    expect(seen[0]!.url()).toMatch(/extensions=.*persistedQuery.*sha256Hash/);

    seen.length = 0;
    await s.page.reload();
    await s.chartReady();
    expect(seen.map((r) => r.method())).toEqual(['GET']);
    const answer = await seen[0]!.response();
    expect([200, 304]).toContain(answer!.status());
    expect(answer!.headers()['etag']).toMatch(/^"[\w-]+"$/);
    expect(Number(await s.page.getAttribute('.cy', 'data-nodes'))).toBeGreaterThan(5);
  });
});
