// Sign-in over HTTP: /auth/options (what the sign-in page offers), /auth/login and /auth/logout (local accounts), /auth/oidc/start and
// /auth/oidc/callback (OpenID Connect), and identify(), which tells /graphql who is asking:
// a bearer token (API clients) or the session cookie (the web app, HttpOnly, SameSite=Lax).
// A request that rides on the cookie and changes something must come from our own origin (CSRF).
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express, type Request, type Response } from 'express';
import type { Viewer } from '../curation/viewer.js';
import { Curation } from '../curation/service.js';
import type { GraphStore } from '../store/contract.js';
import type { CurationStore } from '../store/curation-contract.js';
import type { AuthConfig } from './config.js';
import type { CurationContext } from './context.js';
import { OidcSignIn } from './oidc.js';
import { verifyPassword } from './password.js';
import { endSession, SESSION_TTL_MS, startSession, viewerOf } from './sessions.js';

export const SESSION_COOKIE = 'govgraph_session';
const PENDING_COOKIE = 'govgraph_oidc';

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

/** The longest account name (users-cli.ts's NAME). */
const MAX_ACCOUNT_NAME = 64;

export function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (header(req, 'cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return percentDecoded(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * A cookie's value as it was set. One that is not valid percent-encoding ("%", "%E0") was never
 * set by this server: kept as sent, it matches no session, as any other stranger's value does
 * (decoding it threw, a 500 for a client's junk cookie).
 */
function percentDecoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const fail = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

/** Only a path on this site: never send the browser elsewhere after signing in. */
const localPath = (p: unknown) => (typeof p === 'string' && /^\/(?!\/)/.test(p) && !p.includes('\\') ? p : '/');

export interface AuthOptions {
  graph: GraphStore;
  curation: CurationStore;
  config: AuthConfig;
}

/** Mounts the sign-in routes; returns how the /graphql route learns who is asking. */
export function mountAuth(app: Express, opts: AuthOptions): (req: IncomingMessage, res: ServerResponse) => Promise<CurationContext | null> {
  const { config, curation: store } = opts;
  const service = new Curation(opts.graph, store, { fourEyes: config.fourEyes, sourcesDir: config.sourcesDir });
  const oidc = config.oidc ? new OidcSignIn(config.oidc, store) : undefined;
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies, path: '/' };

  // behind a proxy that ends TLS, GOVGRAPH_PUBLIC_URL says the origin browsers use
  const ownOrigin = (req: IncomingMessage) =>
    config.publicUrl ? new URL(config.publicUrl).origin : `${(req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'}://${header(req, 'host')}`;
  /** The Origin (or Referer) of a state-changing request is ours. */
  const sameOrigin = (req: IncomingMessage) => {
    const referer = header(req, 'referer');
    const origin = header(req, 'origin') ?? (referer && URL.canParse(referer) ? new URL(referer).origin : undefined);
    return origin === ownOrigin(req);
  };

  const context = (viewer: Viewer | null): CurationContext => ({
    viewer,
    service,
    issueToken: async (who, label) => {
      const t = await startSession(store, who.name, 'token', new Date(), label);
      return { token: t.secret, expiresAt: t.expiresAt };
    },
  });

  /** The /graphql route asks this who a request is; a refusal is answered here (null). */
  async function identify(req: IncomingMessage, res: ServerResponse): Promise<CurationContext | null> {
    const refuse = (status: number, code: string, message: string) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
      return null;
    };
    const now = new Date();
    const bearer = /^Bearer (\S+)$/i.exec(header(req, 'authorization') ?? '')?.[1];
    let viewer: Viewer | null = null;
    if (bearer) {
      viewer = await viewerOf(store, bearer, 'token', now);
      if (!viewer) return refuse(401, 'UNAUTHENTICATED', 'the bearer token is unknown or expired');
    } else {
      const secret = cookieOf(req, SESSION_COOKIE);
      if (secret) {
        if (req.method !== 'GET' && req.method !== 'HEAD' && !sameOrigin(req)) {
          return refuse(403, 'FORBIDDEN', 'a request signed in by cookie must come from this site (Origin header)');
        }
        viewer = await viewerOf(store, secret, 'cookie', now);
      }
    }
    if (!viewer && config.requireSignIn) return refuse(401, 'UNAUTHENTICATED', 'sign in to read this graph (GOVGRAPH_REQUIRE_SIGNIN is on)');
    return context(viewer);
  }

  const auth = express.Router();
  auth.use(express.json({ limit: '10kb' }));

  // what the web app's sign-in page offers, and whether it may offer a reviewer their own change sets
  auth.get('/options', (_req, res) => {
    res.set('cache-control', 'no-cache');
    res.json({ oidc: config.oidc ? { name: config.oidc.name ?? new URL(config.oidc.issuer).host } : null, fourEyes: config.fourEyes });
  });

  auth.post('/login', async (req, res, next) => {
    try {
      if (!sameOrigin(req)) return fail(res, 403, 'FORBIDDEN', 'sign in from this site (Origin header)');
      const { name, password } = (req.body ?? {}) as { name?: unknown; password?: unknown };
      if (typeof name !== 'string' || typeof password !== 'string' || !name || !password) {
        return fail(res, 400, 'BAD_USER_INPUT', 'give name and password');
      }
      // no account has a longer name (users-cli.ts), and the name keys its sign-in counter, which
      // Neo4j indexes: a name of some 3,000 characters failed that write (a 500 for anyone)
      if (name.length > MAX_ACCOUNT_NAME) return fail(res, 400, 'BAD_USER_INPUT', `name: an account name is at most ${MAX_ACCOUNT_NAME} characters`);
      const now = Date.now();
      const { perAccount, perAddress, windowMs } = config.loginLimit;
      const [byName, byAddress] = await Promise.all([
        store.hit(`login:name:${name}`, windowMs, now),
        store.hit(`login:addr:${req.ip}`, windowMs, now),
      ]);
      const limited = [byName.count > perAccount ? byName : null, byAddress.count > perAddress ? byAddress : null].find((x) => x);
      if (limited) {
        res.set('Retry-After', String(Math.ceil((limited.resetAt - now) / 1000)));
        return fail(res, 429, 'RATE_LIMITED', 'too many sign-in attempts: try again later');
      }
      const user = await store.getUser(name);
      // verify even for an unknown name, so timing does not tell which names exist
      const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      if (!user || !ok) return fail(res, 401, 'UNAUTHENTICATED', 'wrong name or password');
      await store.clearHits(`login:name:${name}`);
      const session = await startSession(store, user.name, 'cookie', new Date());
      res.cookie(SESSION_COOKIE, session.secret, { ...cookieOptions, maxAge: SESSION_TTL_MS });
      res.json({ name: user.name, roles: user.roles });
    } catch (err) {
      next(err);
    }
  });

  auth.post('/logout', async (req, res, next) => {
    try {
      if (!sameOrigin(req)) return fail(res, 403, 'FORBIDDEN', 'sign out from this site (Origin header)');
      const secret = cookieOf(req, SESSION_COOKIE);
      if (secret) await endSession(store, secret);
      res.clearCookie(SESSION_COOKIE, cookieOptions);
      res.status(204).end();
    } catch (err) {
      next(err);
    }
  });

  const redirectUri = (req: Request) => `${ownOrigin(req)}/auth/oidc/callback`;
  auth.get('/oidc/start', async (req, res, next) => {
    try {
      if (!oidc) return fail(res, 404, 'NOT_FOUND', 'OpenID Connect is not configured (GOVGRAPH_OIDC_ISSUER)');
      const { url, pending } = await oidc.start(redirectUri(req), localPath(req.query.return), new Date());
      res.cookie(PENDING_COOKIE, pending, { ...cookieOptions, path: '/auth/oidc', maxAge: 10 * 60 * 1000 });
      res.redirect(302, url);
    } catch (err) {
      next(err);
    }
  });

  auth.get('/oidc/callback', async (req, res, next) => {
    try {
      if (!oidc) return fail(res, 404, 'NOT_FOUND', 'OpenID Connect is not configured (GOVGRAPH_OIDC_ISSUER)');
      const pending = cookieOf(req, PENDING_COOKIE);
      res.clearCookie(PENDING_COOKIE, { ...cookieOptions, path: '/auth/oidc' });
      if (!pending) return fail(res, 400, 'BAD_USER_INPUT', 'no sign-in under way in this browser: start again');
      const now = new Date();
      let identity;
      try {
        identity = await oidc.finish(pending, new URL(req.originalUrl, redirectUri(req)), now);
      } catch (err) {
        return fail(res, 401, 'UNAUTHENTICATED', `OpenID Connect sign-in failed: ${(err as Error).message}`);
      }
      let user = await store.findUserBySubject(identity.subject);
      if (!user) {
        // a first sign-in gets a reader account; an admin grants roles with npm run users -- grant
        user = { name: `oidc/${identity.name}`, roles: [], oidcSubject: identity.subject, createdAt: now.toISOString() };
        if (await store.getUser(user.name)) user.name = `oidc/${identity.subject.split(' ').at(-1)}`;
        await store.putUser(user);
      }
      const session = await startSession(store, user.name, 'cookie', now);
      res.cookie(SESSION_COOKIE, session.secret, { ...cookieOptions, maxAge: SESSION_TTL_MS });
      res.redirect(302, identity.returnTo);
    } catch (err) {
      next(err);
    }
  });

  app.use('/auth', auth);
  return identify;
}
