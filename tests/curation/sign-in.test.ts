// Local sign-in over real HTTP: scrypt passwords, a shared rate limit, HttpOnly SameSite cookies,
// the Origin check for cookie-authenticated writes, hashed bearer tokens, and GOVGRAPH_REQUIRE_SIGNIN.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/auth/secrets.js';
import { PASSWORD, renameDrb, PROPOSE, signedIn, startHarness, type Harness } from './support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { edith: ['editor:richmond/csp'], mallory: [] });
});
afterAll(() => h?.close());

const VIEWER = '{ viewer { name roles editorOf admin } }';

describe('local accounts', () => {
  it('signs in with the right password into an HttpOnly SameSite cookie, and out again', async () => {
    const c = h.client();
    const res = await c.login('edith');
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((l) => l.startsWith('govgraph_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await c.gql(VIEWER)).data.viewer).toEqual({ name: 'edith', roles: ['editor:richmond/csp'], editorOf: ['richmond/csp'], admin: false });
    expect((await c.fetch('/auth/logout', { method: 'POST' })).status).toBe(204);
    expect((await c.gql(VIEWER)).data.viewer).toBeNull();
  });

  it('stores the password as scrypt, never as given', async () => {
    const user = await h.curation.getUser('edith');
    expect(user!.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(user!.passwordHash).not.toContain(PASSWORD);
  });

  it('a wrong password is 401; the sixth attempt within the window is 429 with Retry-After, even with the right password', async () => {
    const c = h.client();
    for (let i = 0; i < 5; i++) expect((await c.login('mallory', 'not the password at all')).status).toBe(401);
    const limited = await c.login('mallory');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses a sign-in posted from another site', async () => {
    const res = await h.client().fetch('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'edith', password: PASSWORD }),
      origin: 'https://evil.example',
    });
    expect(res.status).toBe(403);
  });
});

describe('CSRF', () => {
  it('a cookie-authenticated mutation from another origin, or with no Origin, is refused before it runs', async () => {
    const edith = await signedIn(h, 'edith');
    const before = (await h.curation.listChangeSets({ first: 100 })).length;
    for (const origin of ['https://evil.example', null]) {
      const r = await edith.gql(PROPOSE, renameDrb('CSRF'), { origin });
      expect(r.status).toBe(403);
      expect(r.errors![0]!.extensions.code).toBe('FORBIDDEN');
    }
    expect(await h.curation.listChangeSets({ first: 100 })).toHaveLength(before);
  });

  it('a form-like request (text/plain) cannot reach /graphql', async () => {
    const res = await h.client().fetch('/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ viewer { name } }"}' });
    expect(res.status).toBeGreaterThanOrEqual(400);
  });
});

describe('bearer tokens', () => {
  it('are made from a web session, shown once, stored hashed, and sign in API clients', async () => {
    const edith = await signedIn(h, 'edith');
    const made = (await edith.gql(`mutation { createApiToken(label: "ci") { token label expiresAt } }`)).data.createApiToken;
    expect(made.token).toMatch(/^ggt_/);
    const api = h.client();
    expect((await api.gql(VIEWER, undefined, { bearer: made.token })).data.viewer.name).toBe('edith');
    expect((await api.gql(`mutation { createApiToken(label: "x") { token } }`, undefined, { bearer: made.token })).errors![0]!.extensions.code).toBe('FORBIDDEN');
    const db = new Database(h.file!, { readonly: true });
    const rows = db.prepare('SELECT hash, json FROM cur_sessions').all() as { hash: string; json: string }[];
    db.close();
    expect(rows.some((r) => r.hash === hashSecret(made.token))).toBe(true);
    expect(rows.some((r) => r.json.includes(made.token) || r.hash === made.token)).toBe(false);
    expect((await api.gql(VIEWER, undefined, { bearer: 'ggt_forged' })).status).toBe(401);
  });
});

describe('GOVGRAPH_REQUIRE_SIGNIN', () => {
  it('reading needs an account when set, and is open by default', async () => {
    expect((await h.client().gql('{ stats { nodes } }')).data.stats.nodes).toBeGreaterThan(0);
    const closed = await startHarness({ requireSignIn: true }, { edith: ['editor:richmond/csp'] });
    try {
      const anon = await closed.client().gql('{ stats { nodes } }');
      expect(anon.status).toBe(401);
      expect(anon.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
      const edith = await signedIn(closed, 'edith');
      expect((await edith.gql('{ stats { nodes } }')).data.stats.nodes).toBeGreaterThan(0);
    } finally {
      await closed.close();
    }
  });
});
