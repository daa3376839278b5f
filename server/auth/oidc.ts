// OpenID Connect sign-in with openid-client: authorization code with PKCE, state and nonce. The
// verifier, state and nonce wait in the store (a pending session), so the callback may reach
// another server process; the ID token must carry the nonce this sign-in sent (no replayed token).
import * as client from 'openid-client';
import type { CurationStore } from '../store/curation-contract.js';
import { hashSecret, newSecret } from './secrets.js';

export const PENDING_TTL_MS = 10 * 60 * 1000;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export class OidcSignIn {
  private config: Promise<client.Configuration> | undefined;

  constructor(
    private readonly settings: { issuer: string; clientId: string; clientSecret?: string },
    private readonly store: CurationStore,
  ) {}

  /** Discovery once, on first use; plain http only for an issuer on loopback (tests, a local provider). */
  private discover(): Promise<client.Configuration> {
    const issuer = new URL(this.settings.issuer);
    const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
    this.config ??= client
      .discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, insecure ? { execute: [client.allowInsecureRequests] } : undefined)
      .catch((err: unknown) => {
        this.config = undefined;
        throw err;
      });
    return this.config;
  }

  /** Where to send the browser, and the secret of the pending sign-in for its cookie. */
  async start(redirectUri: string, returnTo: string, now: Date): Promise<{ url: string; pending: string }> {
    const config = await this.discover();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const pending = newSecret();
    await this.store.putSession({
      hash: hashSecret(pending),
      kind: 'oidc-pending',
      user: '',
      data: { verifier, state, nonce, returnTo, redirectUri },
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + PENDING_TTL_MS).toISOString(),
    });
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid profile email',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, pending };
  }

  /** Completes the sign-in from the callback URL; returns the identity and where the user was going. */
  async finish(pending: string, callbackUrl: URL, now: Date): Promise<{ subject: string; name: string; returnTo: string }> {
    const session = await this.store.getSession(hashSecret(pending), now.toISOString());
    await this.store.deleteSession(hashSecret(pending));
    if (session?.kind !== 'oidc-pending' || !session.data) throw new Error('the sign-in expired or was already used: start again');
    // openid-client checks the state too, but says only "invalid response encountered"
    if (callbackUrl.searchParams.get('state') !== session.data.state) throw new Error('the state in the callback is not the one this sign-in sent: start again');
    const tokens = await client
      .authorizationCodeGrant(await this.discover(), callbackUrl, {
        pkceCodeVerifier: session.data.verifier,
        expectedState: session.data.state,
        expectedNonce: session.data.nonce,
      })
      .catch((err: unknown) => {
        // openid-client's message is generic ("unexpected JWT claim value encountered"): the claim is in a cause
        let claim: unknown;
        for (let e = err as { cause?: unknown; claim?: unknown } | undefined; e && claim === undefined; e = e.cause as typeof e) claim = e.claim;
        throw typeof claim === 'string' ? new Error(`the ID token's ${claim} is not the one this sign-in expected: start again`) : err;
      });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider returned no ID token');
    const label = [claims.preferred_username, claims.email, claims.sub].find((v): v is string => typeof v === 'string' && v !== '')!;
    return { subject: `${claims.iss} ${claims.sub}`, name: label, returnTo: session.data.returnTo ?? '/' };
  }
}
