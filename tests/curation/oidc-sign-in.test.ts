// OpenID Connect sign-in against a real provider (oidc-provider) on loopback, through the real
// server's /auth/oidc/start and /auth/oidc/callback: authorization code with PKCE (S256), state and
// nonce. A first sign-in makes a reader account; an account an admin made for that identity
// (`npm run users -- add <name> --role ... --oidc "<issuer> <sub>"`) signs in with its roles, and
// roles granted later apply. A forged state or nonce is refused and signs nobody in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runUsers } from '../../server/auth/users-cli.js';
import { startProvider, type LoopbackProvider } from './oidc-provider.js';
import { renameDrb, PROPOSE, startHarness, type Client, type Harness } from './support.js';

const VIEWER = '{ viewer { name roles editorOf admin } }';
let h: Harness;
let idp: LoopbackProvider;

beforeAll(async () => {
  const listening = await startProvider({
    'sub-olly': { preferred_username: 'olly', email: 'olly@council.example' },
    'sub-olga': { preferred_username: 'olga', email: 'olga@council.example' },
  });
  h = await startHarness({ oidc: { issuer: listening.issuer, clientId: 'govgraph', clientSecret: 'a-client-secret-long-enough-for-hs256-0123456789' } }, {});
  idp = listening.configure(`http://127.0.0.1:${h.server.port}/auth/oidc/callback`);
  // an admin made olga's account for her identity at the provider, with her roles
  await runUsers(['add', 'olga', '--role', 'editor:richmond/csp', '--oidc', `${idp.issuer} sub-olga`], h.curation, async () => '', () => {});
});
afterAll(async () => {
  await h?.close();
  await idp?.close();
});

/** A browser's visit to the provider: follows its redirects, with its own cookies, until it sends the browser back to govgraph. */
async function atProvider(url: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let next = new URL(url);
  for (let hop = 0; hop < 12; hop++) {
    if (next.origin !== idp.issuer) return next;
    const res = await fetch(next, { redirect: 'manual', headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`the provider answered ${res.status} at ${next.pathname} without a redirect: ${await res.text()}`);
    next = new URL(location, next);
  }
  throw new Error('the provider redirected more than 12 times');
}

/** Starts a sign-in at govgraph; `tamper` may change the URL the browser is sent to. */
async function start(c: Client, returnTo = '/report', tamper: (u: URL) => void = () => {}): Promise<URL> {
  const res = await c.fetch(`/auth/oidc/start?return=${encodeURIComponent(returnTo)}`);
  expect(res.status).toBe(302);
  const url = new URL(res.headers.get('location')!);
  tamper(url);
  return url;
}

/** The whole flow as a browser goes through it; returns govgraph's answer to the callback. */
async function signIn(c: Client, sub: string, tamper: { authorize?: (u: URL) => void; callback?: (u: URL) => void } = {}): Promise<Response> {
  idp.signInAs(sub);
  const back = await atProvider((await start(c, '/report', tamper.authorize)).href);
  expect(back.origin + back.pathname).toBe(`http://127.0.0.1:${h.server.port}/auth/oidc/callback`);
  tamper.callback?.(back);
  return c.fetch(back.pathname + back.search);
}

describe('OpenID Connect sign-in', () => {
  it('sends the browser to the provider with a PKCE S256 challenge, state and nonce, from discovery', async () => {
    const url = await start(h.client());
    expect(url.origin).toBe(idp.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'govgraph',
      response_type: 'code',
      code_challenge_method: 'S256',
      redirect_uri: `http://127.0.0.1:${h.server.port}/auth/oidc/callback`,
      scope: 'openid profile email',
    });
    for (const p of ['code_challenge', 'state', 'nonce']) expect(url.searchParams.get(p)).toMatch(/^[\w-]{20,}$/);
  });

  it('a first sign-in makes a reader account: signed in, no roles, a change refused as FORBIDDEN', async () => {
    const c = h.client();
    const res = await signIn(c, 'sub-olly');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/report');
    expect(res.headers.getSetCookie().find((l) => l.startsWith('govgraph_session='))).toMatch(/HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/i);
    expect(idp.seen.codeChallengeMethods.at(-1)).toBe('S256');
    expect((await c.gql(VIEWER)).data.viewer).toEqual({ name: 'oidc/olly', roles: [], editorOf: [], admin: false });
    expect((await c.gql(PROPOSE, renameDrb('by a reader'))).errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect((await h.curation.getUser('oidc/olly'))!.oidcSubject).toBe(`${idp.issuer} sub-olly`);
  });

  it('the same identity signs in to the same account again, with the roles an admin granted it since', async () => {
    await runUsers(['grant', 'oidc/olly', '--role', 'reviewer:richmond/csp'], h.curation, async () => '', () => {});
    const c = h.client();
    expect((await signIn(c, 'sub-olly')).status).toBe(302);
    expect((await c.gql(VIEWER)).data.viewer).toEqual({ name: 'oidc/olly', roles: ['reviewer:richmond/csp'], editorOf: [], admin: false });
    expect((await h.curation.listUsers()).filter((u) => u.name.startsWith('oidc/'))).toHaveLength(1);
  });

  it('an identity an admin made an account for signs in as that account, with its roles, and may propose', async () => {
    const c = h.client();
    expect((await signIn(c, 'sub-olga')).status).toBe(302);
    expect((await c.gql(VIEWER)).data.viewer).toEqual({ name: 'olga', roles: ['editor:richmond/csp'], editorOf: ['richmond/csp'], admin: false });
    const proposed = await c.gql(PROPOSE, renameDrb('Daily Risk Meeting'));
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data.proposeChange).toMatchObject({ state: 'PROPOSED', author: 'olga' });
  });

  it('refuses a callback whose state is not the one sent: 401, nobody signed in, and the sign-in cannot be finished after', async () => {
    const c = h.client();
    let genuine = '';
    const res = await signIn(c, 'sub-olly', {
      callback: (u) => {
        genuine = u.pathname + u.search;
        u.searchParams.set('state', 'forged-state-0123456789abcdef');
      },
    });
    expect(res.status).toBe(401);
    expect((await res.json()).errors[0]).toMatchObject({ message: expect.stringMatching(/OpenID Connect sign-in failed: .*state/i), extensions: { code: 'UNAUTHENTICATED' } });
    expect(c.cookies.has('govgraph_session')).toBe(false);
    expect((await c.gql(VIEWER)).data.viewer).toBeNull();
    // the pending sign-in was used up: the genuine callback now finds none
    expect((await c.fetch(genuine)).status).toBe(400);
  });

  it('refuses an ID token whose nonce is not the one this sign-in sent', async () => {
    const c = h.client();
    const res = await signIn(c, 'sub-olly', { authorize: (u) => u.searchParams.set('nonce', 'a-nonce-from-another-sign-in-0123') });
    expect(res.status).toBe(401);
    expect((await res.json()).errors[0]).toMatchObject({ message: expect.stringMatching(/OpenID Connect sign-in failed: .*nonce/i), extensions: { code: 'UNAUTHENTICATED' } });
    expect((await c.gql(VIEWER)).data.viewer).toBeNull();
  });

  it('refuses a callback from a browser that started no sign-in', async () => {
    const started = h.client();
    idp.signInAs('sub-olly');
    const back = await atProvider((await start(started)).href);
    const other = h.client();
    expect((await other.fetch(back.pathname + back.search)).status).toBe(400);
    expect((await other.gql(VIEWER)).data.viewer).toBeNull();
  });
});
